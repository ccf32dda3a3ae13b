# An actor linked to a service dies when the service crashes handling a cast; an actor linked to a service that keeps running is unaffected
service Fragile do
  fn init() -> Int do 0 end
  cast Poke(n :: Int) do |count|
    if n < 0 do
      let xs :: List<Int> = []
      List.head(xs)
    else
      count + n
    end
  end
  call Count() :: Int do |count|
    (count, count)
  end
end

actor printer() do
  receive do
    s ->
      println(s)
      printer()
  end
end

actor dependant(name :: String, svc, out) do
  link(svc)
  send(out, name <> " linked")
  receive do
    s -> send(out, name <> " got " <> s)
  end
  terminate do
    send(out, name <> " terminated")
  end
end

fn main() do
  let out = spawn(printer)
  let weak = Fragile.start()
  let strong = Fragile.start()
  let d1 = spawn(dependant, "d1", weak, out)
  Timer.sleep(60)
  let d2 = spawn(dependant, "d2", strong, out)
  Timer.sleep(30)
  Fragile.poke(strong, 5)
  Fragile.poke(weak, 1)
  Fragile.poke(weak, -1)
  Timer.sleep(60)
  send(d2, "still here")
  Timer.sleep(80)
  println("strong count ${Fragile.count(strong)}")
end
