# Workers.Echo: an actor (always exported) plus a pub helper used by main
pub fn greeting() -> String = "echo workers ready"

actor echo_worker(prefix :: String, remaining :: Int) do
  if remaining > 0 do
    receive do
      msg -> println(prefix <> msg)
    end
    echo_worker(prefix, remaining - 1)
  else
    println(prefix <> "done")
  end
end
