# error: matching an Option<Int> against the Result constructor `Ok(_)`
fn f(o :: Option<Int>) -> Int do
  case o do
    Ok(n) -> n
    _ -> 0
  end
end

fn main() do
  println("${f(Some(1))}")
end
