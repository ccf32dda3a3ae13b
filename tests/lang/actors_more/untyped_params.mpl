# Actors with untyped params (types inferred from use) mixed with typed ones; a driver actor collects a reply and then feeds a second actor
actor summer(acc, left, reply_to) do
  receive do
    n ->
      if left == 1 do
        send(reply_to, acc + n)
      else
        summer(acc + n, left - 1, reply_to)
      end
  end
end

actor greeter(prefix, times :: Int, suffix :: String) do
  receive do
    name ->
      println(prefix <> name <> suffix)
      if times > 1 do greeter(prefix, times - 1, suffix) else println("greeter done") end
  end
end

actor driver(label) do
  let s = spawn(summer, 0, 3, self())
  send(s, 10)
  send(s, 20)
  send(s, 12)
  receive do
    total -> println(label <> " ${total}")
  end
  let g = spawn(greeter, "hello ", 2, "!")
  send(g, "ann")
  send(g, "bob")
end

fn main() do
  let _ = spawn(driver, "sum is")
end
