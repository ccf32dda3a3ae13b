# Closures created inside for loops capture each iteration's values; loops with when filters, continue, break, nested loops and map iteration build closures that are called afterwards
fn main() do
  let fs = for i in 0..5 do fn x -> x * 10 + i end end
  println("${List.map(fs, fn f -> f(1) end)}")
  let names = ["a", "b", "c"]
  let greeters = for n in names when n != "b" do fn greeting -> greeting <> " " <> n end end
  println("${List.map(greeters, fn g -> g("hi") end)}")
  let limited = for i in 1..100 do
    if i % 2 == 0 do
      continue
    end
    if i > 7 do
      break
    end
    fn -> i * i end
  end
  println("${List.map(limited, fn f -> f() end)}")
  let grid = for r in 0..2 do
    for c in 0..3 do
      fn -> "${r}${c}" end
    end
  end
  println("${List.map(List.flatten(grid), fn f -> f() end)}")
  let m = %{"x" => 1, "y" => 2}
  let getters = for {k, v} in m do fn scale -> "${k}=${v * scale}" end end
  println("${List.map(getters, fn g -> g(100) end)}")
  let acc = List.reduce(fs, 0, fn total, f -> total + f(0) end)
  println("${acc}")
  let shadow = 5
  let cl = for shadow in [1, 2] do fn -> shadow end end
  println("${List.map(cl, fn f -> f() end)} ${shadow}")
end
