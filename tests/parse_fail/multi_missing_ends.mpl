# errors (2): line 3 `if` in `first` is closed by the `end` on line 7, so `fn first` lacks its `end`; line 12 `case` in `third` likewise leaves `fn third` unclosed at EOF (`second` is fine)
fn first(n :: Int) -> Int do
  if n > 0 do
    n
  else
    0
end

fn second() -> Int = 2

fn third(x :: Option<Int>) -> Int do
  case x do
    Some(v) -> v
    None -> 0
end
