# errors (3): unknown variable `lenght` in `describe`; String argument to Int param in `main`; non-exhaustive case on Option in `unwrap`
fn describe(xs :: List<Int>) -> String do
  "size ${lenght}"
end

fn add(a :: Int, b :: Int) -> Int = a + b

fn unwrap(o :: Option<String>) -> String do
  case o do
    Some(s) -> s
  end
end

fn main() do
  println(describe([1]))
  println("${add(1, "2")}")
  println(unwrap(None))
end
