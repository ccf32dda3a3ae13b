# error: unknown constructor `Medium` (Level only has Low and High)
type Level do
  Low
  High
end

fn main() do
  let l = Medium
  case l do
    Low -> println("low")
    High -> println("high")
  end
end
