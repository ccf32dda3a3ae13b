# error: `end` used as a struct field name
struct Span do
  start :: Int
  end :: Int
end

fn len(s :: Span) -> Int do
  s.end - s.start
end
