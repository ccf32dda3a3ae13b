# errors (4): Int<String>, Option<Int, Int>, Result<Int>, Pid<Int, Int> all have the wrong number of type arguments
fn f(x :: Int<String>) -> Int = 1
fn g(x :: Option<Int, Int>) -> Int = 1
fn h(x :: Result<Int>) -> Int = 1
fn k(x :: Pid<Int, Int>) -> Int = 1
fn main() do
  println("x")
end
