# Multi-module project: spawning an actor imported from Workers.Echo and a supervisor imported from Workers.Keeper
import Workers.Echo
from Workers.Echo import echo_worker
from Workers.Keeper import Keeper

fn main() do
  println(Echo.greeting())
  let _ = spawn(Keeper)
  let w = spawn(echo_worker, "> ", 3)
  send(w, "one")
  send(w, "two")
  send(w, "three")
end
