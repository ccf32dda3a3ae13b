# Ordering: compare() on Int, String, Float, List and derived types; Less/Equal/Greater; derived Ord on variants
type Priority do
  Low
  Medium
  High
  Urgent(Int)
end deriving(Eq, Ord, Display)

fn ord_name(o :: Ordering) -> String do
  case o do
    Less -> "Less"
    Equal -> "Equal"
    Greater -> "Greater"
  end
end

fn by_compare(a :: Priority, b :: Priority) -> Int do
  case compare(a, b) do
    Less -> -1
    Equal -> 0
    Greater -> 1
  end
end

fn main() do
  println(ord_name(compare(1, 2)))
  println(ord_name(compare("pear", "apple")))
  println(ord_name(compare(2.5, 2.5)))
  println(ord_name(compare([1, 2, 3], [1, 2])))
  println(ord_name(compare(Low, High)))
  println(ord_name(compare(Urgent(2), High)))
  println(ord_name(compare(Urgent(2), Urgent(9))))
  let sorted = List.sort([Urgent(3), Low, High, Urgent(1), Medium], by_compare)
  println("${sorted}")
  println("${Medium > Low and High >= High}")
  let top = List.reduce(sorted, Low, fn best, p -> if p > best do p else best end end)
  println("top ${top}")
end
