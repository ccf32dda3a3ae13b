# error: named `fn helper` defined inside a function body (only closures `fn(x) -> ... end` are allowed)
fn process(xs :: List<Int>) -> List<Int> do
  fn helper(x :: Int) -> Int do
    x * 10
  end
  List.map(xs, helper)
end

fn main() do
  println("${process([1, 2])}")
end
