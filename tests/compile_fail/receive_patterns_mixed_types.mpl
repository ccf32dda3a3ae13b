# error: receive arms match an Int literal and a String literal (message type cannot be both)
actor a() do
  receive do
    1 -> println("one")
    "x" -> println("x")
  end
end
fn main() do
  let _ = spawn(a)
end
