# error: `break` inside a closure, even though the closure is inside a `for` loop
fn main() do
  for i in 0..10 do
    let f = fn x -> if x > 5 do break else x end end
    println("${f(i)}")
  end
end
