# Timer.sleep pauses the program and returns (); output before and after it keeps its order
fn main() do
  println("before")
  let r = Timer.sleep(20)
  println("after ${r}")
  Timer.sleep(0)
  Timer.sleep(-5)
  println("done")
end
