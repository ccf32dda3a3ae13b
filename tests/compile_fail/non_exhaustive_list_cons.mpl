# error: case on a list only matches `h :: t`; the empty list `[]` is not covered
fn first_or_zero(xs :: List<Int>) -> Int do
  case xs do
    h :: _ -> h
  end
end

fn main() do
  println("${first_or_zero([])}")
end
