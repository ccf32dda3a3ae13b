# Display of Int (incl. negative and extremes), Bool, Unit, String, Atom; Int.to_string and String.from
fn main() do
  println("${0} ${7} ${-7}")
  println("${9223372036854775807}")
  println("${-9223372036854775807 - 1}")
  println(Int.to_string(-12345))
  println(String.from(1000000))
  println("${true} ${false}")
  println(String.from(1 < 2))
  println("${()}")
  println("${"text"}")
  println(String.from("as is"))
  println("${:ok}")
  println("${[:a, :b]}")
  println("${String.length(Int.to_string(123456))}")
end
