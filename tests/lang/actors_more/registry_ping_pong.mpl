# Ping-pong between two actors that find each other by registered name (Process.whereis from inside actors) on every hit
actor player(name :: String, other :: String, hits :: Int) do
  receive do
    -1 -> println(name <> " told to stop after ${hits} hits")
    n when n >= 6 ->
      println(name <> " wins at ${n}")
      send(Process.whereis(other), -1)
    n ->
      println(name <> " hits ${n}")
      send(Process.whereis(other), n + 1)
      player(name, other, hits + 1)
  end
end

fn main() do
  let a = spawn(player, "ping", "pong", 0)
  let b = spawn(player, "pong", "ping", 0)
  let ra = Process.register("ping", a)
  let rb = Process.register("pong", b)
  println("registered ${ra} ${rb}")
  send(Process.whereis("ping"), 0)
end
