# Deep recursion over lists of structs: 200,000 structs folded by self tail calls with a struct accumulator, 5,000-deep and 100,000-deep non-tail recursion (the latter returning structs), cons-pattern recursion returning Option<struct>
struct Sample do
  id :: Int
  value :: Int
  ok :: Bool
end

struct Stats do
  count :: Int
  sum :: Int
  max :: Int
  bad :: Int
end deriving(Display)

fn sample(i :: Int) -> Sample = Sample { id: i, value: (i * 7919) % 1000, ok: i % 3 != 0 }

fn fold(xs :: List<Sample>, i :: Int, st :: Stats) -> Stats do
  if i == List.length(xs) do
    st
  else
    let s = List.get(xs, i)
    let st2 = if s.ok do %{st | count: st.count + 1, sum: st.sum + s.value, max: Math.max(st.max, s.value)} else %{st | bad: st.bad + 1} end
    fold(xs, i + 1, st2)
  end
end

fn alternating(xs :: List<Sample>, i :: Int, limit :: Int) -> Int do
  if i == limit do
    0
  else
    let s = List.get(xs, i)
    let sign = if s.id % 2 == 0 do 1 else -1 end
    s.value * sign + alternating(xs, i + 1, limit)
  end
end

fn count_big(xs :: List<Sample>) -> Int do
  case xs do
    h :: t -> if h.value > 500 do 1 + count_big(t) else count_big(t) end
    _ -> 0
  end
end

fn last_ok(xs :: List<Sample>, found :: Option<Sample>) -> Option<Sample> do
  case xs do
    h :: t -> if h.ok do last_ok(t, Some(h)) else last_ok(t, found) end
    _ -> found
  end
end

fn bump(st :: Stats, s :: Sample) -> Stats = %{st | count: st.count + 1, sum: st.sum + s.value}

fn nested(xs :: List<Sample>, i :: Int) -> Stats do
  if i == List.length(xs) do Stats { count: 0, sum: 0, max: 0, bad: 0 } else bump(nested(xs, i + 1), List.get(xs, i)) end
end

fn main() do
  let xs = for i in 0..200000 do sample(i) end
  println("${List.length(xs)}")
  let st = fold(xs, 0, Stats { count: 0, sum: 0, max: -1, bad: 0 })
  println("${st}")
  println("${alternating(xs, 0, 5000)}")
  let small = List.take(xs, 2000)
  println("${count_big(small)}")
  case last_ok(small, None) do
    Some(s) -> println("${s.id} ${s.value}")
    None -> println("none")
  end
  let total_ids = List.reduce(xs, 0, fn acc, s -> acc + s.id end)
  println("${total_ids}")
  println("${nested(List.take(xs, 100000), 0)}")
end
