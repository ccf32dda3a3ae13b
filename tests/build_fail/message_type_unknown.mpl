# E0042: nothing tells what `asker` receives (the pid it gets replies on is
# looked up by name, so no typed `send` reaches it).
actor echo() do
  receive do
    (n, reply_to) -> send(reply_to, n * 2)
  end
end

actor asker() do
  send(Process.whereis("echo"), (21, self()))
  receive do
    r -> println("reply ${r}")
  end
end

fn main() do
  let _ = Process.register("echo", spawn(echo))
  let _ = spawn(asker)
end
