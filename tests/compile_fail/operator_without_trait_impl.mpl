# error: `+` on two `Money` structs, but there is no `impl Add for Money`
struct Money do
  cents :: Int
end

fn main() do
  let a = Money { cents: 100 }
  let b = Money { cents: 250 }
  let c = a + b
  println("${c.cents}")
end
