# case with literal patterns: Int (incl. negative), Float, String, Bool, nil, wildcard, bindings and guards
fn int_name(n :: Int) -> String do
  case n do
    -1 -> "minus one"
    0 -> "zero"
    1 -> "one"
    m when m > 100 -> "large ${m}"
    _ -> "other"
  end
end

fn float_name(x :: Float) -> String do
  case x do
    0.0 -> "zero"
    0.5 -> "half"
    -2.5 -> "minus two and a half"
    _ -> "some float"
  end
end

fn cmd(s :: String) -> String do
  match s do
    "start" -> "starting"
    "stop" -> "stopping"
    other -> "unknown: " <> other
  end
end

fn flag(b :: Bool) -> Int do
  case b do
    true -> 1
    false -> 0
  end
end

fn unit_case(u :: ()) -> String do
  case u do
    nil -> "nil matched"
  end
end

fn main() do
  println(int_name(-1))
  println(int_name(0))
  println(int_name(1))
  println(int_name(500))
  println(int_name(42))
  println(float_name(0.5))
  println(float_name(-2.5))
  println(float_name(0.0))
  println(float_name(9.75))
  println(cmd("start"))
  println(cmd("stop"))
  println(cmd("jump"))
  println("${flag(true) + flag(false) + flag(true)}")
  println(unit_case(()))
end
