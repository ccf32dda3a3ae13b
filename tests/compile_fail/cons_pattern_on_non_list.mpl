# error: cons pattern `h :: t` used on an Int scrutinee
fn f(n :: Int) -> Int do
  case n do
    h :: t -> h
    _ -> 0
  end
end

fn main() do
  println("${f(1)}")
end
