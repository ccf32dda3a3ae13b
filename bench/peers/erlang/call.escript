#!/usr/bin/env escript
%%! +P 2000000
%% call: 1,000,000 gen_server:call round trips from one client against a
%% trivial gen_server (a counter). Peer of bench/actors/call.mpl. Prints
%% microseconds per call.
-mode(compile).
-behaviour(gen_server).
-export([init/1, handle_call/3, handle_cast/2]).

-define(N, 1000000).

main(_) ->
    {ok, Pid} = gen_server:start_link(?MODULE, 0, []),
    T0 = erlang:monotonic_time(microsecond),
    Total = calls(Pid, ?N, 0),
    T1 = erlang:monotonic_time(microsecond),
    Us = (T1 - T0) / ?N,
    io:format("~b calls, counter at ~b, in ~.1f ms: ~.3f us/call~n",
              [?N, Total, (T1 - T0) / 1000, Us]),
    io:format("CHECK ~b~n", [Total]),
    io:format("RESULT call=~.3f unit=us/call ms=~.1f~n", [Us, (T1 - T0) / 1000]).

calls(_Pid, 0, Last) -> Last;
calls(Pid, Left, _) -> calls(Pid, Left - 1, gen_server:call(Pid, {add, 1})).

init(Start) -> {ok, Start}.

handle_call({add, By}, _From, N) -> {reply, N + By, N + By}.

handle_cast(_Msg, N) -> {noreply, N}.
