# error: missing `end` for the `while` loop; the file ends inside it
fn countdown(n :: Int) do
  while n > 0 do
    println("${n}")
    Timer.sleep(10)
end
