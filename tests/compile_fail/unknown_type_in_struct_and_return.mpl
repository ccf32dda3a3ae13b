# errors (2): struct field type `Timestamp` is unknown; return type `Optional<Int>` is unknown
struct Event do
  name :: String
  at :: Timestamp
end

fn find(xs :: List<Int>) -> Optional<Int> do
  List.find(xs, fn x -> x > 1 end)
end

fn main() do
  println("ok")
end
