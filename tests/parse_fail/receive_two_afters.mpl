# error: `receive` has two `after` clauses
actor waiter(total :: Int) do
  let next = receive do
    n -> total + n
  after 100 -> total
  after 200 -> total + 1
  end
  waiter(next)
end

fn main() do
  let w = spawn(waiter, 0)
  send(w, 3)
end
