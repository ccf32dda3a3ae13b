# errors (2): line 6 second `after` in a `receive`; line 13 `after` inside a `case`
actor waiter(n :: Int) do
  let next = receive do
    m -> n + m
  after 100 -> n
  after 200 -> n
  end
  waiter(next)
end

fn pick(x :: Option<Int>) -> Int do
  case x do
    Some(v) -> v
  after 10 -> 0
  end
end
