# error: `receive` has an ordinary arm after its `after` clause
actor echo(state :: Int) do
  let next = receive do
    n -> n
  after 250 -> state
    m -> m + 1
  end
  echo(next)
end
