# errors (2): `break` at top level of a function body; `continue` in a closure passed to List.each-like map inside a for
fn stop() do
  break
end

fn main() do
  for x in [1, 2] do
    let _ = List.map([x], fn y -> if y > 1 do continue else y end end)
  end
  stop()
end
