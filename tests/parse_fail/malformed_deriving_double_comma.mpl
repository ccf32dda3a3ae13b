# error: empty entry (double comma) in `deriving(...)`
type Color do
  Red
  Green
end deriving(Eq,, Display)

fn main() do
  println("${Red}")
end
