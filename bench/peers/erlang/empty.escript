#!/usr/bin/env escript
%%! +P 2000000
%% empty: the baseline run (VM start-up time and RSS) that
%% bench/actors_bench.py subtracts from the other programs' figures.
-mode(compile).

main(_) ->
    io:format("CHECK 0~n").
