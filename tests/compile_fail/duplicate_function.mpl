# error: function `total` defined twice with the same arity but not consecutively (duplicate definition)
fn total(xs :: List<Int>) -> Int do
  List.reduce(xs, 0, fn a, b -> a + b end)
end

fn helper() -> Int = 1

fn total(xs :: List<Int>) -> Int do
  List.length(xs)
end

fn main() do
  println("${total([1, 2]) + helper()}")
end
