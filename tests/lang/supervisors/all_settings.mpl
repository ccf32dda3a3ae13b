# Supervisor declarations with every setting: all four strategies, max_restarts, max_seconds, child start/restart/shutdown
actor idle_worker(name :: String) do
  receive do
    msg -> idle_worker(name <> msg)
  end
end

supervisor Crew do
  strategy: one_for_all
  max_restarts: 2
  max_seconds: 10
  child scout do
    start: fn -> spawn(idle_worker, "scout") end
    restart: transient
    shutdown: brutal_kill
  end
  child keeper do
    start: fn -> spawn(idle_worker, "keeper") end
    restart: permanent
    shutdown: 500
  end
  child helper do
    start: fn -> spawn(idle_worker, "helper") end
    restart: temporary
    shutdown: 1000
  end
end

supervisor WorkerPool do
  strategy: one_for_one
  max_restarts: 5
  max_seconds: 60
  child first do
    start: fn -> spawn(idle_worker, "first") end
    restart: permanent
    shutdown: 100
  end
end

supervisor Chain do
  strategy: rest_for_one
  max_restarts: 1
  max_seconds: 1
  child leader do
    start: fn -> spawn(idle_worker, "head") end
    restart: permanent
    shutdown: brutal_kill
  end
  child follower do
    start: fn -> spawn(idle_worker, "tail") end
    restart: transient
    shutdown: 200
  end
end

pub supervisor Dynamic do
  strategy: simple_one_for_one
  max_restarts: 3
  max_seconds: 5
  child template do
    start: fn -> spawn(idle_worker, "dyn") end
    restart: temporary
    shutdown: brutal_kill
  end
end

fn main() do
  let crew = spawn(Crew)
  let pool = spawn(WorkerPool)
  let chain = spawn(Chain)
  let dynamic = spawn(Dynamic)
  println("supervisors started")
end
