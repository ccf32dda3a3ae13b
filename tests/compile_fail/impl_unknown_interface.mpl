# error: impl for interface `Printable`, which is not defined
struct Box do
  side :: Int
end

impl Printable for Box do
  fn print(self) -> String do
    "box"
  end
end

fn main() do
  println("ok")
end
