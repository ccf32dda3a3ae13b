# List.take/drop clamp n to [0, length] (negative n too); the results stay independent values when appended to
fn main() do
  let xs = [1, 2, 3, 4, 5]
  println("${List.take(xs, 2)} ${List.drop(xs, 2)}")
  println("${List.take(xs, 0)} ${List.drop(xs, 0)}")
  println("${List.take(xs, 99)} ${List.drop(xs, 99)}")
  println("${List.take(xs, -3)} ${List.drop(xs, -3)}")
  let front = List.take(xs, 3)
  let f2 = List.append(front, 100)
  println("${f2} ${xs}")
  let back = List.drop(xs, 3)
  let b2 = List.append(back, 6)
  let b3 = List.append(back, 7)
  println("${b2} ${b3} ${back} ${xs}")
  println("${List.take(List.drop(xs, 1), 3)}")
  println("${List.length(List.drop(xs, 5))} ${List.is_empty(List.take(xs, 0))}")
end
