# error: inside an actor, a received Int message is concatenated with `<>` as if it were a String
actor logger(count :: Int) do
  receive do
    n -> println("got " <> n + count)
  end
  logger(count + 1)
end

fn main() do
  let l = spawn(logger, 0)
  send(l, 3)
end
