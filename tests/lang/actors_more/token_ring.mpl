# A ring of 200 actors built back to front; a sum-type token (carrying an untyped Pid in one variant) goes around 5 times, each hop adding the actor's index
# output-order: concurrent
type RingMsg do
  Start(Pid, Int)
  Token(Int)
end

actor node(index :: Int, next) do
  receive do
    Token(acc) ->
      send(next, Token(acc + index))
      node(index, next)
    Start(_, _) -> node(index, next)
  end
end

actor head(first, laps :: Int) do
  receive do
    Start(f, l) ->
      send(f, Token(0))
      head(f, l)
    Token(acc) ->
      if laps == 1 do
        println("ring done after 5 laps, token ${acc}")
      else
        send(first, Token(acc))
        head(first, laps - 1)
      end
  end
end

fn build(i :: Int, next :: Pid<RingMsg>) -> Pid<RingMsg> do
  if i == 0 do next else build(i - 1, spawn(node, i, next)) end
end

fn main() do
  let h = spawn(head, self(), 0)
  let first = build(199, h)
  send(h, Start(first, 5))
  println("ring built")
end
