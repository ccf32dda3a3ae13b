# error: `from Models import Secret` imports a struct that is not `pub`
from Models import Secret

fn main() do
  let s = Secret { code: 1 }
  println("${s.code}")
end
