# Atoms: literals (incl. leading underscore), equality, atoms as function arguments and in lists
fn describe(level :: Atom) -> String do
  if level == :low do
    "calm"
  else if level == :high do
    "alert"
  else
    "unknown"
  end
end

fn main() do
  let levels = [:low, :high, :medium, :_internal]
  for l in levels do
    println(describe(l))
  end
  let k = :ok
  println("${k == :ok} ${k != :error}")
  let picked = List.filter(levels, fn l -> l != :medium end)
  println("${List.length(picked)}")
end
