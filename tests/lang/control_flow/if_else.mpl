# if/else: values, one-line forms, `else if` chains with one end, `else` + newline + `if` nesting, `if` without else, && in nested ifs
fn grade(score :: Int) -> String do
  if score >= 90 do
    "A"
  else if score >= 80 do
    "B"
  else if score >= 70 do
    "C"
  else
    "F"
  end
end

fn nested(n :: Int) -> String do
  if n > 0 do
    "positive"
  else
    if n == 0 do
      "zero"
    else
      "negative"
    end
  end
end

fn main() do
  for s in [95, 85, 72, 10] do
    println(grade(s))
  end
  println(nested(5))
  println(nested(0))
  println(nested(-5))
  let v = if 3 > 2 do "yes" else "no" end
  println(v)
  if true do println("no else branch") end
  if false do
    println("never printed")
  end
  let x = 7
  let parity = if x % 2 == 0 do "even" else "odd" end; println(parity)
  if x > 5 && x < 10 do
    if x != 8 and not (x == 6) do
      println("nested && ok")
    end
  end
  let n = if x > 100 do 1 else if x > 5 do 2 else 3 end
  println("${n}")
  let sum = (if x > 0 do x else 0 end) + 1
  println("${sum}")
end
