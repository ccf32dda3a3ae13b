# error: an Atom `:ok` is passed where a String is expected
fn shout(s :: String) -> String = String.to_upper(s)

fn main() do
  println(shout(:ok))
end
