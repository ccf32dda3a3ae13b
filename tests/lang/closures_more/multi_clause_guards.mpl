# Multi-clause closures: literal, constructor and guarded clauses, guards reading captured values, two-parameter clauses, used with List.map/filter/reduce/sort
type Shape do
  Circle(Float)
  Rect(Float, Float)
  Tri(Float, Float, Float)
end

fn main() do
  let limit = 10
  let classify = fn n when n < 0 -> "neg" | 0 -> "zero" | n when n > limit -> "big" | n when n % 2 == 0 -> "even" | _ -> "odd" end
  println("${List.map([-3, 0, 4, 7, 11, 10], classify)}")
  let fizz = fn n when n % 15 == 0 -> "FizzBuzz" | n when n % 3 == 0 -> "Fizz" | n when n % 5 == 0 -> "Buzz" | n -> "${n}" end
  println(String.join(List.map(Range.to_list(1..16), fizz), " "))
  let area = fn Circle(r) -> 3.0 * r * r | Rect(w, h) -> w * h | Tri(a, b, c) when a == b and b == c -> 0.0 - a | Tri(_, b, h) -> b * h / 2.0 end
  println("${List.map([Circle(1.0), Rect(2.0, 3.5), Tri(3.0, 4.0, 5.0), Tri(2.0, 2.0, 2.0)], area)}")
  let cmp = fn a, b when a > b -> 1 | a, b when a < b -> -1 | _, _ -> 0 end
  println("${cmp(3, 1)} ${cmp(1, 3)} ${cmp(2, 2)}")
  println("${List.sort([3, 1, 2, 5, 4], fn a, b -> cmp(b, a) end)}")
  let opt_sum = fn acc, Some(x) -> acc + x | acc, None -> acc end
  println("${List.reduce([Some(1), None, Some(5)], 0, opt_sum)}")
  let pick = fn Ok(v) when v > 100 -> "big ok" | Ok(v) -> "ok ${v}" | Err(e) -> "err " <> e end
  let rs :: List<Result<Int, String>> = [Ok(5), Ok(500), Err("x")]
  println("${List.map(rs, pick)}")
  let first_word = fn "" -> "(empty)" | s when String.contains(s, " ") -> List.head(String.split(s, " ")) | s -> s end
  println("${List.map(["", "hello world", "single"], first_word)}")
  let evens = List.filter([1, 2, 3, 4, 5, 6], fn n when n % 2 == 0 -> true | _ -> false end)
  println("${evens}")
end
