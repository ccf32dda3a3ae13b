# Unbounded non-tail recursion overflows the stack: a clean panic of that actor only (no guard page is hit); in main it ends the program with status 1
fn down(n :: Int) -> Int do
  let x = down(n + 1)
  List.length([x, n])
end

actor deep() do
  println("deep ${down(0)}")
end

fn main() do
  let _ = spawn(deep)
  Timer.sleep(100)
  println("main still here")
  println("main ${down(0)}")
end
