#!/usr/bin/env escript
%%! +P 2000000
%% skynet: every node spawns 10 children, 6 levels down to 1,000,000 leaves
%% (1,111,111 processes in all); each leaf sends its number to its parent,
%% each inner node the sum of its children's. Total 499999500000.
%% Peer of bench/actors/skynet.mpl. Prints the elapsed time.
-mode(compile).

main(_) ->
    T0 = erlang:monotonic_time(microsecond),
    Self = self(),
    spawn(fun() -> skynet(Self, 0, 1000000) end),
    Sum = receive S -> S end,
    T1 = erlang:monotonic_time(microsecond),
    io:format("skynet sum ~b in ~.1f ms~n", [Sum, (T1 - T0) / 1000]),
    io:format("CHECK ~b~n", [Sum]),
    io:format("RESULT skynet=~.1f unit=ms~n", [(T1 - T0) / 1000]).

skynet(Parent, Num, 1) ->
    Parent ! Num;
skynet(Parent, Num, Size) ->
    Self = self(),
    Sub = Size div 10,
    [spawn(fun() -> skynet(Self, Num + I * Sub, Sub) end) || I <- lists:seq(0, 9)],
    Parent ! collect(10, 0).

collect(0, Acc) -> Acc;
collect(Left, Acc) -> receive N -> collect(Left - 1, Acc + N) end.
