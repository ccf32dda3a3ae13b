# while with immutable state (never-run, single pass ended by break, condition evaluated once per pass, inside for) and `if` without `else` in statement position; else-if chains vs nested if
fn check(label :: String, v :: Bool) -> Bool do
  println("check " <> label)
  v
end

fn main() do
  while false do
    println("never")
  end
  while check("a", false) do
    println("never either")
  end
  while check("b", true) do
    println("body b")
    break
  end
  let w = while true do
    println("once")
    break
  end
  println("${w}")
  for i in 0..4 do
    while i % 2 == 0 do
      println("even ${i}")
      break
    end
  end
  let n = 7
  if n > 5 do
    println("big")
  end
  if n > 10 do
    println("huge")
  end
  if n % 2 == 1 do println("odd") end
  let u = if false do println("x") end
  println("${u}")
  for x in [-5, 0, 5, 50] do
    if x < 0 do
      println("${x} negative")
    else if x == 0 do
      println("${x} zero")
    else if x < 10 do
      println("${x} small")
    else
      println("${x} large")
    end
  end
  let k = 3
  if k == 1 do
    println("one")
  else
    if k == 3 do
      println("three (nested)")
    end
  end
  println(if k > 1 do "value if" else "value else" end)
end
