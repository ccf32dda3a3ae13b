# error: or-pattern alternatives bind different names (`a` vs `b`)
type Msg do
  Left(Int)
  Right(Int)
end

fn value(m :: Msg) -> Int do
  case m do
    Left(a) | Right(b) -> a
  end
end

fn main() do
  println("${value(Left(1))}")
end
