# errors (2): `?` in main (returns ()) (E0036); `?` on a String value inside a Result function (E0037)
fn read_name(s :: String) -> String!String do
  let t = s?
  Ok(t)
end

fn main() do
  let v = read_name("x")?
  println(v)
end
