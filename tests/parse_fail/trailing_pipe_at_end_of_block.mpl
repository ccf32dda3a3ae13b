# error: `|>` with nothing after it before `end`
fn sorted_names(names :: List<String>) -> List<String> do
  names
    |> List.sort()
    |>
end

fn main() do
  println("${sorted_names(["b", "a"])}")
end
