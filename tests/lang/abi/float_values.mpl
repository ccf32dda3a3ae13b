# Float-heavy values across call boundaries: structs mixing Float and Int fields in Options, Float!String with `?`, nested tuples, generic identity at Float, closures capturing Floats
struct Stats do
  min :: Float
  max :: Float
  mean :: Float
  count :: Int
  spread :: Float
  label :: String
end deriving(Display, Eq)

fn stats(xs :: List<Float>, label :: String) -> Option<Stats> do
  if List.length(xs) == 0 do
    None
  else
    let lo = List.reduce(xs, List.head(xs), fn a, x -> if x < a do x else a end end)
    let hi = List.reduce(xs, List.head(xs), fn a, x -> if x > a do x else a end end)
    let total = List.reduce(xs, 0.0, fn a, x -> a + x end)
    let n = List.length(xs)
    Some(Stats { min: lo, max: hi, mean: total / Int.to_float(n), count: n, spread: hi - lo, label: label })
  end
end

fn safe_div(a :: Float, b :: Float) -> Float!String do
  if b == 0.0 do Err("divide ${a} by zero") else Ok(a / b) end
end

fn ratio(a :: Float, b :: Float, c :: Float) -> Float!String do
  let x = safe_div(a, b)?
  let y = safe_div(x, c)?
  Ok(x + y)
end

fn identity<T>(x :: T) -> T = x

fn pair_up<A, B>(a :: A, b :: B) -> (A, B) = (a, b)

fn mix(i :: Int, f :: Float, j :: Int, g :: Float, k :: Int, h :: Float) -> (Float, Int, Float) do
  (f * Int.to_float(i) + g, i + j + k, h - f)
end

fn main() do
  let s = stats([2.5, -1.25, 4.0, 0.75], "a")
  println("${s}")
  println("${stats([], "e")}")
  case s do
    Some(st) -> println("${st.mean * 2.0} ${st.spread / 2.0}")
    None -> println("none")
  end
  println("${ratio(9.0, 2.0, 3.0)}")
  println("${ratio(1.0, 0.0, 3.0)}")
  println("${ratio(1.0, 4.0, 0.0)}")
  println("${identity(0.1) + identity(0.2)}")
  let p = pair_up(1.5, pair_up(2, -0.5))
  println("${p}")
  case p do
    (a, (b, c)) -> println("${a + c} ${b}")
  end
  println("${mix(2, 1.5, 3, 0.25, 4, 10.0)}")
  let scale = 2.5
  let offset = -0.5
  let f = fn x -> x * scale + offset end
  println("${List.map([0.0, 1.0, 2.0], f)}")
  let opt_f :: Option<Float> = Some(3.75)
  let doubled = case opt_f do
    Some(v) -> v * 2.0
    None -> 0.0
  end
  println("${doubled}")
  let m = Map.put(Map.put(Map.new(), "pi", 3.14159), "e", 2.71828)
  println("${Map.get(m, "pi") + Map.get(m, "e")}")
  let fs = [Some(1.5), None, Some(-2.0)]
  let total = List.reduce(fs, 0.0, fn acc, o -> case o do
    Some(v) -> acc + v
    None -> acc
  end end)
  println("${total}")
  let rs :: List<Result<Float, String>> = [Ok(0.5), Err("x"), Ok(0.25)]
  println("${rs}")
  println("${s == stats([4.0, 0.75, 2.5, -1.25], "a")} ${s == stats([4.0], "a")}")
end
