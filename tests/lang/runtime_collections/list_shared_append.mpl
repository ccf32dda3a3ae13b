# Appending twice to the same list must not leak in-place growth into other lists; take/tail/drop views and ++ then append
fn main() do
  let base = List.append(List.append([1], 2), 3)
  let a = List.append(base, 4)
  let b = List.append(base, 5)
  println("${base} ${a} ${b}")
  let c = List.append(a, 6)
  let d = List.append(a, 7)
  println("${a} ${c} ${d}")
  let t = List.take(c, 2)
  let t2 = List.append(t, 99)
  println("${c} ${t2}")
  let tl = List.tail(c)
  let tl2 = List.append(tl, 100)
  println("${tl2} ${c}")
  let dr = List.drop(c, 3)
  let dr2 = List.append(dr, 0)
  let dr3 = List.append(dr, 1)
  println("${dr2} ${dr3} ${dr}")
  let e = [] ++ [1]
  let e1 = e ++ [2]
  let e2 = e ++ [3]
  println("${e1} ${e2} ${e}")
  let lit = [10, 20]
  let l1 = List.append(lit, 30)
  let l2 = List.append(lit, 40)
  println("${l1} ${l2} ${lit}")
end
