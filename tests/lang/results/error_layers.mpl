# Error conversion through `impl From<E1> for E2` in `?`: three error layers, an inferred-return function using `?`, and From used directly
type ParseError do
  Empty
  NotNumber(String)
end

type ConfigError do
  BadValue(String, ParseError)
  Missing(String)
  OutOfRange(String, Int)
end

type AppError do
  Config(String)
  Startup(Int)
end

struct Settings do
  workers :: Int
  port :: Int
  retries :: Int
end deriving(Display)

impl From<ParseError> for ConfigError do
  fn from(e :: ParseError) -> ConfigError = BadValue("?", e)
end

impl From<ConfigError> for AppError do
  fn from(e :: ConfigError) -> AppError do
    case e do
      BadValue(key, pe) -> Config(key <> ": " <> parse_text(pe))
      Missing(key) -> Config("missing " <> key)
      OutOfRange(key, v) -> Config(key <> " out of range (${v})")
    end
  end
end

fn parse_num(s :: String) -> Int!ParseError do
  if String.length(String.trim(s)) == 0 do
    return Err(Empty)
  end
  case String.to_int(s) do
    Some(n) -> Ok(n)
    None -> Err(NotNumber(s))
  end
end

fn field(m :: Map<String, String>, key :: String) -> String!ConfigError do
  if Map.has_key(m, key) do Ok(Map.get(m, key)) else Err(Missing(key)) end
end

fn ranged(key :: String, v :: Int, lo :: Int, hi :: Int) -> Int!ConfigError do
  if v < lo or v > hi do Err(OutOfRange(key, v)) else Ok(v) end
end

fn read_int(m :: Map<String, String>, key :: String, lo :: Int, hi :: Int) -> Int!ConfigError do
  let raw = field(m, key)?
  let n = parse_num(raw)?
  ranged(key, n, lo, hi)
end

fn load(m :: Map<String, String>) -> Settings!AppError do
  let workers = read_int(m, "workers", 1, 64)?
  let port = read_int(m, "port", 1024, 65535)?
  let retries = read_int(m, "retries", 0, 10)?
  Ok(Settings { workers: workers, port: port, retries: retries })
end

fn start(m) do
  let s = load(m)?
  if s.workers * s.retries > 100 do
    return Err(Startup(s.workers * s.retries))
  end
  Ok(s.port + s.workers)
end

fn show(r :: Int!AppError) -> String do
  case r do
    Ok(v) -> "started ${v}"
    Err(e) -> "failed " <> app_text(e)
  end
end

fn app_text(e :: AppError) -> String do
  case e do
    Config(msg) -> "config: " <> msg
    Startup(load) -> "startup load ${load}"
  end
end

fn parse_text(e) do
  case e do
    Empty -> "empty"
    NotNumber(s) -> "'" <> s <> "' is not a number"
  end
end

fn main() do
  let good = %{"workers" => "4", "port" => "8080", "retries" => "3"}
  case load(good) do
    Ok(s) -> println("${s}")
    Err(e) -> println(app_text(e))
  end
  println(show(start(good)))
  println(show(start(Map.put(good, "port", "80"))))
  println(show(start(Map.put(good, "workers", "many"))))
  println(show(start(Map.put(good, "retries", " "))))
  println(show(start(Map.delete(good, "port"))))
  println(show(start(Map.put(Map.put(good, "workers", "60"), "retries", "9"))))
  let direct = AppError.from(Missing("token"))
  println(app_text(direct))
  let lifted = ConfigError.from(NotNumber("x1"))
  case lifted do
    BadValue(k, pe) -> println(k <> " " <> parse_text(pe))
    _ -> println("other")
  end
end
