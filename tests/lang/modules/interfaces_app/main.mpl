# Multi-module project: interface in one module, impls in another, methods called from main on imported types
import Zoo.Animals

fn main() do
  for a in Animals.roster() do
    println(a.tag() <> ": " <> a.describe())
  end
  let k = Keeper { name: "Sam", years: 12 }
  println(k.tag() <> ": " <> k.describe())
  let d = Dog("fido")
  println(d.describe())
end
