# error: function returns Option<Int> but the body returns a plain Int in one branch
fn find_even(xs :: List<Int>) -> Option<Int> do
  if List.length(xs) == 0 do
    None
  else
    List.head(xs)
  end
end

fn main() do
  println("ok")
end
