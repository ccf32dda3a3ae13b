# A panic in main ends the program with exit status 1; output printed before the panic (by main and by an actor that main waited for) is kept
service Box do
  fn init() -> Int do 41 end
  call Get() :: Int do |n|
    (n, n)
  end
end

actor helper(out) do
  println("helper ran")
  Box.get(out)
end

fn main() do
  let b = Box.start()
  let _ = spawn(helper, b)
  Timer.sleep(80)
  println("box holds ${Box.get(b)}")
  let m = %{"a" => 1}
  let xs = Map.keys(m)
  println("key ${List.get(xs, 0)}")
  println("missing ${List.get(xs, 5)}")
  println("unreachable")
end
