# error: Query.where takes an Atom column (`:col`), but a String is given
fn main() do
  let q = Query.from("t") |> Query.where("col", "v")
  println("x")
end
