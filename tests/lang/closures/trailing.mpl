# Trailing closures: `f(args) do |x| ... end` passes a block closure as the last argument
fn each(xs :: List<Int>, f :: Fun(Int) -> ()) -> () do
  let _ = List.map(xs, f)
  ()
end

fn with_label(label :: String, f :: Fun(String) -> String) -> String = f(label)

fn main() do
  each([1, 2, 3]) do |x|
    println("item ${x}")
  end
  let doubled = List.map([1, 2, 3]) do |x|
    x * 2
  end
  println("${doubled}")
  let evens = List.filter([1, 2, 3, 4, 5, 6]) do |x| x % 2 == 0 end
  println("${evens}")
  let total = List.reduce([1, 2, 3, 4], 100) do |acc, x|
    acc - x
  end
  println("${total}")
  println(with_label("box") do |s| "[" <> s <> "]" end)
  let sorted = List.sort([3, 1, 2]) do |a, b|
    let d = b - a
    d
  end
  println("${sorted}")
end
