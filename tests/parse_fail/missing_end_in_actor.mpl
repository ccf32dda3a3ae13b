# error: missing `end` for `actor pinger` (the `receive` is closed, the actor is not)
actor pinger(count :: Int) do
  let next = receive do
    n -> count + n
  after 500 -> count
  end
  pinger(next)

fn main() do
  let p = spawn(pinger, 0)
  send(p, 1)
end
