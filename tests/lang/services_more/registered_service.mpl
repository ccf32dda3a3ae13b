# A service registered by name and reached from actors through Process.whereis; mesher's registry shape (the pid is untyped Pid)
struct Config do
  env :: String
  limits :: Map<String, Int>
end

service Registry do
  fn init(env :: String) -> Config do
    Config { env: env, limits: %{"rate" => 10} }
  end
  call Env() :: String do |c|
    (c, c.env)
  end
  call Limit(name :: String) :: Int!String do |c|
    if Map.has_key(c.limits, name) do (c, Ok(Map.get(c.limits, name))) else (c, Err("no limit " <> name)) end
  end
  cast SetLimit(name :: String, v :: Int) do |c|
    %{c | limits: Map.put(c.limits, name, v)}
  end
end

fn registry() -> Pid = Process.whereis("registry")

actor setter(name :: String, v :: Int, done_to) do
  Registry.set_limit(registry(), name, v)
  send(done_to, 1)
end

actor reporter(waiting :: Int) do
  if waiting > 0 do
    receive do
      _ -> reporter(waiting - 1)
    end
  else
    let r = registry()
    println("env " <> Registry.env(r))
    for name in ["rate", "burst", "size", "depth"] do
      case Registry.limit(r, name) do
        Ok(v) -> println(name <> " ${v}")
        Err(e) -> println(e)
      end
    end
  end
end

fn main() do
  let pid = Registry.start("prod")
  println("register ${Process.register("registry", pid)}")
  let rep = spawn(reporter, 2)
  let _ = spawn(setter, "burst", 50, rep)
  let _ = spawn(setter, "size", 4096, rep)
end
