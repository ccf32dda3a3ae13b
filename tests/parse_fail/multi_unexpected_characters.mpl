# errors (3): line 3 `@`; line 7 `$` outside a string; line 11 backtick
fn first() -> Int do
  @value
end

fn second(name :: String) -> String do
  "hi " <> $name
end

fn third() -> String do
  `cmd`
end
