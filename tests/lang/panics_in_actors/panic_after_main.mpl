# An actor that panics after main has returned: its earlier output appears after "main done", the panic goes to stderr and the exit status stays 0
actor late(n :: Int) do
  Timer.sleep(50)
  println("late actor about to fail with ${n}")
  let d = n - n
  println("never ${n / d}")
end

fn main() do
  let _ = spawn(late, 7)
  println("main done")
end
