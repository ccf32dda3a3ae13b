# error: `List<Int, String>` gives List two type arguments; it takes one
fn count(xs :: List<Int, String>) -> Int do
  List.length(xs)
end

fn main() do
  println("${count([1])}")
end
