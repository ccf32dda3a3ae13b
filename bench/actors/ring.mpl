# ring: 10,000 processes in a ring (9,999 forwarding actors plus the driver)
# pass a token 100 laps = 1,000,000 messages; each hop adds one to the token.
# Peer: bench/peers/erlang/ring.escript. Prints messages per second.

actor node(next :: Pid<Int>) do
  receive do
    k ->
      send(next, k + 1)
      node(next)
  end
end

# Spawns `n` nodes in a chain ending at `last`; returns the chain's head.
fn build(n :: Int, last :: Pid<Int>) -> Pid<Int> do
  if n == 0 do
    last
  else
    build(n - 1, spawn(node, last))
  end
end

# First run (first = None) builds the ring closed by this actor and sends
# the token; then every arrival of the token is one lap.
actor driver(size :: Int, total :: Int, first :: Option<Pid<Int>>, t0 :: Int) do
  case first do
    None ->
      let head = build(size - 1, self())
      send(head, 1)
      driver(size, total, Some(head), t0)
    Some(head) ->
      receive do
        k ->
          if k >= total do
            let ms = Math.max(Timer.now() - t0, 1)
            let rate = k * 1000 / ms
            println("${k} messages around a ring of ${size} in ${ms} ms: ${rate} messages/s")
            println("CHECK ${k}")
            println("RESULT ring=${rate} unit=messages/s ms=${ms}")
          else
            send(head, k + 1)
            driver(size, total, first, t0)
          end
      end
  end
end

fn main() do
  let _ = spawn(driver, 10000, 1000000, None, Timer.now())
end
