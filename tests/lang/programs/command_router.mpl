# Type aliases for function types: a Map<String, Handler> router of closures returning Results, handlers built by higher-order factories, `?` inside handlers
type Handler = Fun(List<String>) -> String!String

type Middleware = Fun(Handler) -> Handler

fn arg(args :: List<String>, i :: Int) -> String!String do
  if i < List.length(args) do Ok(List.get(args, i)) else Err("missing argument ${i + 1}") end
end

fn int_arg(args :: List<String>, i :: Int) -> Int!String do
  let raw = arg(args, i)?
  case String.to_int(raw) do
    Some(n) -> Ok(n)
    None -> Err("'" <> raw <> "' is not an integer")
  end
end

fn binary_op(f :: Fun(Int, Int) -> Int) -> Handler do
  fn(args) do
    let a = int_arg(args, 0)?
    let b = int_arg(args, 1)?
    Ok("${f(a, b)}")
  end
end

fn logged(name :: String) -> Middleware do
  fn h -> fn args -> prefix_result(name, h(args)) end end
end

fn prefix_result(name :: String, r :: String!String) -> String!String do
  case r do
    Ok(v) -> Ok(name <> " => " <> v)
    Err(e) -> Err(name <> " failed: " <> e)
  end
end

fn router() -> Map<String, Handler> do
  let echo :: Handler = fn args -> Ok(String.join(args, " ")) end
  let div :: Handler = fn(args) do
    let a = int_arg(args, 0)?
    let b = int_arg(args, 1)?
    if b == 0 do Err("division by zero") else Ok("${a / b}") end
  end
  let wrap = logged("calc")
  %{
    "add" => wrap(binary_op(fn a, b -> a + b end)),
    "mul" => binary_op(fn a, b -> a * b end),
    "div" => wrap(div),
    "echo" => echo,
    "upper" => fn(args) do
      let w = arg(args, 0)?
      Ok(String.to_upper(w))
    end
  }
end

fn dispatch(routes :: Map<String, Handler>, line :: String) -> String do
  let parts = String.split(line, " ")
  let cmd = List.head(parts)
  if not Map.has_key(routes, cmd) do
    return "unknown command " <> cmd
  end
  let handler = Map.get(routes, cmd)
  case handler(List.drop(parts, 1)) do
    Ok(out) -> out
    Err(e) -> "error: " <> e
  end
end

fn main() do
  let routes = router()
  let script = ["add 2 40", "mul 6 7", "div 9 2", "div 1 0", "add 1", "mul x 2", "echo hello  there", "upper mesh", "upper", "jump 3"]
  for line in script do
    println(dispatch(routes, line))
  end
  let names = Map.keys(routes)
  println("${List.length(names)} routes: " <> String.join(names, ","))
end
