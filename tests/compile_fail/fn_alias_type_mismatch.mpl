# error: `type Handler = Fun(Int) -> String`, but the function given returns an Int
type Handler = Fun(Int) -> String

fn run(h :: Handler) -> String = h(1)

fn double(n :: Int) -> Int = n * 2

fn main() do
  println(run(double))
end
