#!/usr/bin/env escript
%%! +P 2000000
%% ring: 10,000 processes in a ring (9,999 forwarding processes plus the
%% driver) pass a token 100 laps = 1,000,000 messages; each hop adds one to
%% the token. Peer of bench/actors/ring.mpl. Prints messages per second.
-mode(compile).

-define(SIZE, 10000).
-define(TOTAL, 1000000).

main(_) ->
    T0 = erlang:monotonic_time(microsecond),
    Head = build(?SIZE - 1, self()),
    Head ! 1,
    K = drive(Head),
    T1 = erlang:monotonic_time(microsecond),
    Secs = (T1 - T0) / 1.0e6,
    io:format("~b messages around a ring of ~b in ~.1f ms: ~b messages/s~n",
              [K, ?SIZE, Secs * 1000, round(K / Secs)]),
    io:format("CHECK ~b~n", [K]),
    io:format("RESULT ring=~b unit=messages/s ms=~.1f~n", [round(K / Secs), Secs * 1000]).

hop(Next) ->
    receive
        K -> Next ! K + 1, hop(Next)
    end.

build(0, Last) -> Last;
build(N, Last) -> build(N - 1, spawn(fun() -> hop(Last) end)).

drive(Head) ->
    receive
        K when K >= ?TOTAL -> K;
        K -> Head ! K + 1, drive(Head)
    end.
