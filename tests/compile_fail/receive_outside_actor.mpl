# error: `receive` used in a plain function (main), not inside an actor (E0017)
fn main() do
  let msg = receive do
    s -> s
  after 100 -> "none"
  end
  println(msg)
end
