# A message of the wrong type sent through an untyped pid (Process.whereis) is dropped, not misread as the actor's type
actor greeter() do
  receive do
    name -> println("hello " <> name)
  end
end

fn main() do
  let g = spawn(greeter)
  let _ = Process.register("greeter", g)
  send(Process.whereis("greeter"), 42)
  send(Process.whereis("greeter"), "world")
  Timer.sleep(50)
  println("main done")
end
