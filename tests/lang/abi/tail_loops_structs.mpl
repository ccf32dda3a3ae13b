# Self tail calls whose loop state is structs and Floats: argument swaps of structs, Float accumulators, struct accumulators updated in case arms, 100,000 iterations
struct V do
  x :: Float
  y :: Float
end deriving(Display, Eq)

struct Acc do
  n :: Int
  sum :: Float
  last :: V
  hist :: List<Int>
end deriving(Display)

fn swap_loop(a :: V, b :: V, steps :: Int) -> (V, V) do
  if steps == 0 do (a, b) else swap_loop(b, a, steps - 1) end
end

fn spiral(p :: V, k :: Int, total :: Float) -> (V, Float) do
  if k == 0 do
    (p, total)
  else if k % 2 == 0 do
    spiral(V { x: p.y, y: 0.0 - p.x }, k - 1, total + p.x)
  else
    spiral(V { x: p.x * 0.5, y: p.y * 2.0 }, k - 1, total - p.y)
  end
end

fn collect(i :: Int, limit :: Int, acc :: Acc) -> Acc do
  if i >= limit do
    acc
  else
    case i % 3 do
      0 -> collect(i + 1, limit, %{acc | n: acc.n + 1, sum: acc.sum + Int.to_float(i) * 0.5, hist: if i % 30000 == 0 do List.append(acc.hist, i) else acc.hist end})
      1 -> collect(i + 1, limit, %{acc | last: V { x: Int.to_float(i), y: acc.sum }})
      _ -> collect(i + 1, limit, acc)
    end
  end
end

fn newton(x :: Float, guess :: Float, iters :: Int) -> Float do
  if iters == 0 do guess else newton(x, (guess + x / guess) / 2.0, iters - 1) end
end

fn main() do
  let a = V { x: 1.0, y: 2.0 }
  let b = V { x: -3.5, y: 0.25 }
  println("${swap_loop(a, b, 1001)}")
  println("${swap_loop(a, b, 100000)}")
  let start = V { x: 3.0, y: 1.5 }
  println("${spiral(start, 7, 0.0)}")
  println("${spiral(start, 13, 0.0)}")
  println("${spiral(start, 1001, 0.0)}")
  let acc = collect(0, 100000, Acc { n: 0, sum: 0.0, last: a, hist: [] })
  println("${acc}")
  println("${newton(2.0, 1.0, 20)}")
  let (p, q) = swap_loop(a, b, 7)
  println("${p == b} ${q == a}")
end
