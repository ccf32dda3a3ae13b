# Lists through generated code: cons patterns (h :: t) over 100,000 elements, for loops over lists/ranges with when, break, continue
fn sum(xs :: List<Int>, acc :: Int) -> Int do
  case xs do
    h :: t -> sum(t, acc + h)
    _ -> acc
  end
end

fn firsts(xs :: List<String>) -> String do
  case xs do
    a :: rest -> a <> "+" <> String.from(List.length(rest))
    _ -> "empty"
  end
end

fn main() do
  let xs = Range.to_list(0..100000)
  println("${sum(xs, 0)}")
  let sq = for x in [1, 2, 3] do x * x end
  println("${sq}")
  let odd = for x in 0..10 when x % 2 == 1 do x end
  println("${odd}")
  let upto = for x in xs do
    if x == 5 do
      break
    end
    x
  end
  println("${upto}")
  let skip = for x in [1, 2, 3, 4] do
    if x == 2 do
      continue
    end
    x * 10
  end
  println("${skip}")
  println(firsts(["p", "q", "r"]) <> " " <> firsts([]))
  let big = for x in xs do x + 1 end
  println("${List.length(big)} ${List.last(big)}")
end
