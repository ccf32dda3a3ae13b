# error: `fn f<T>(x :: T) -> T = 1` returns an Int where the caller-chosen T is required
fn f<T>(x :: T) -> T = 1
fn main() do
  println(f("a"))
end
