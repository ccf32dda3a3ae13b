# error: `break` outside of a loop
fn find_first(xs :: List<Int>) -> Int do
  if List.length(xs) == 0 do
    break
  end
  List.head(xs)
end

fn main() do
  println("${find_first([1])}")
end
