# error: `Custom(1, 2)` passes two arguments to the one-field variant `Custom`
type Level do
  Low
  Custom(Int)
end

fn main() do
  let l = Custom(1, 2)
  case l do
    Low -> println("low")
    Custom(n) -> println("${n}")
  end
end
