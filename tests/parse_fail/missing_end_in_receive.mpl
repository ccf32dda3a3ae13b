# error: missing `end` for the `receive` block in actor `logger`
actor logger(prefix :: String) do
  receive do
    msg -> println(prefix <> msg)
  after 1000 -> println(prefix <> "idle")
  logger(prefix)
end

fn main() do
  let l = spawn(logger, "[log] ")
  send(l, "started")
end
