# errors (2): case on Bool misses `true`; multi-clause function on Option misses `None`
fn flip(b :: Bool) -> Int do
  case b do
    false -> 0
  end
end

fn get(Some(x)) = x

fn main() do
  println("${flip(false) + get(Some(1))}")
end
