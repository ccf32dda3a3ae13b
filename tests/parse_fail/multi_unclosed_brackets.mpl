# errors (3): line 3 unclosed `[`; line 8 unclosed `%{`; line 13 unclosed `{` in struct literal
fn nums() -> List<Int> do
  let xs = [1, 2, 3
  xs
end

fn table() -> Map<String, Int> do
  let m = %{"a" => 1
  m
end

fn origin() -> Point do
  let p = Point { x: 0, y: 0
  p
end
