#!/usr/bin/env escript
%%! +P 2000000
%% spawn_wait: spawn 1,000,000 processes that each wait for one message,
%% then send each one a message; each reports `done` to the parent and
%% exits. Peer of bench/actors/spawn_wait.mpl. Prints the elapsed time,
%% erlang:memory(total) while all are alive, and the footprint of one idle
%% waiting process (erlang:process_info(P, memory)).
-mode(compile).

-define(N, 1000000).

main(_) ->
    T0 = erlang:monotonic_time(microsecond),
    Parent = self(),
    Before = erlang:memory(total),
    Pids = [spawn(fun() -> waiter(Parent) end) || _ <- lists:seq(1, ?N)],
    T1 = erlang:monotonic_time(microsecond),
    Peak = erlang:memory(total),
    {memory, PerProc} = erlang:process_info(hd(Pids), memory),
    [P ! {go, 1} || P <- Pids],
    Sum = collect(?N, 0),
    T2 = erlang:monotonic_time(microsecond),
    io:format("spawned ~b waiters in ~.1f ms; all exited after ~.1f ms~n",
              [?N, (T1 - T0) / 1000, (T2 - T0) / 1000]),
    io:format("erlang:memory(total) with all alive: ~.1f MB (~.1f MB before); "
              "idle waiter: ~b bytes~n",
              [Peak / 1.0e6, Before / 1.0e6, PerProc]),
    io:format("CHECK ~b~n", [Sum]),
    io:format("RESULT spawn_wait=~.1f unit=ms spawn_ms=~.1f peak_vm_bytes=~b "
              "per_process_bytes=~b~n",
              [(T2 - T0) / 1000, (T1 - T0) / 1000, Peak, PerProc]).

waiter(Parent) ->
    receive
        {go, N} -> Parent ! {done, N}
    end.

collect(0, Sum) -> Sum;
collect(Left, Sum) ->
    receive
        {done, N} -> collect(Left - 1, Sum + N)
    end.
