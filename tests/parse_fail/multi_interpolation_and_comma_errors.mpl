# errors (2): line 3 syntax error inside `${...}` (`${a * }`); line 7 missing `,` in list
fn report(a :: Int) -> String do
  "result: ${a * }"
end

fn main() do
  let xs = [1, 2 3]
  println(report(List.length(xs)))
end
