# A service stopped with Process.exit: a later call from an actor panics that actor only, main's own calls to a live service keep working
service Echo do
  fn init(tag :: String) -> String do tag end
  call Say(s :: String) :: String do |tag|
    (tag, tag <> ": " <> s)
  end
end

actor caller(svc, reply_to) do
  let r = Echo.say(svc, "are you there?")
  send(reply_to, "caller got " <> r)
  terminate do
    send(reply_to, "caller ended")
  end
end

actor watcher(left :: Int) do
  if left > 0 do
    receive do
      line ->
        println(line)
        watcher(left - 1)
    end
  else
    ()
  end
end

fn main() do
  let doomed = Echo.start("doomed")
  let alive = Echo.start("alive")
  println(Echo.say(doomed, "hello"))
  Process.exit(doomed, "shutdown")
  Timer.sleep(100)
  let w = spawn(watcher, 1)
  let _ = spawn(caller, doomed, w)
  Timer.sleep(100)
  println(Echo.say(alive, "still here"))
end
