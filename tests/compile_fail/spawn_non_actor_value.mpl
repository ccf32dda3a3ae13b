# error: `spawn(5)` - an Int is not an actor, function or supervisor
fn main() do
  let p = spawn(5)
end
