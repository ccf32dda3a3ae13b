# error: `send` target is an Int, not a Pid
fn main() do
  let target = 42
  send(target, "hi")
end
