# Workers.Keeper: a pub supervisor whose child is an actor from another module
from Workers.Echo import echo_worker

pub supervisor Keeper do
  strategy: one_for_one
  max_restarts: 3
  max_seconds: 5
  child silent do
    start: fn -> spawn(echo_worker, "kept: ", 1) end
    restart: temporary
    shutdown: brutal_kill
  end
end
