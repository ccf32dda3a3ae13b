# error: pattern `Span(a)` gives 1 field but variant `Span` has 2
type Level do
  Low
  Span(Int, Int)
end

fn width(l :: Level) -> Int do
  case l do
    Low -> 0
    Span(a) -> a
  end
end

fn main() do
  println("${width(Low)}")
end
