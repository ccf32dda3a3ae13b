# error: `n` is bound in the `Some(n)` arm but used in the `None` arm
fn f(o :: Option<Int>) -> Int do
  case o do
    Some(n) -> n
    None -> n
  end
end
fn main() do
  println("${f(None)}")
end
