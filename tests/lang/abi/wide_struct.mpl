# A twelve-field struct (Int, Float, Bool, String, List, Option, tuple, nested struct, sum) through generic identity, lists, Options, closures, updates of the last fields, ==, compare
struct Inner do
  a :: Int
  b :: Float
end deriving(Eq, Ord, Display)

type Level do
  Low
  High(Int)
end deriving(Eq, Ord, Display)

struct Wide do
  f1 :: Int
  f2 :: Float
  f3 :: Bool
  f4 :: String
  f5 :: List<Int>
  f6 :: Option<String>
  f7 :: (Int, String)
  f8 :: Inner
  f9 :: Level
  f10 :: Float
  f11 :: Int
  f12 :: String
end deriving(Eq, Ord, Display)

fn identity<T>(x :: T) -> T = x

fn make(n :: Int) -> Wide do
  Wide { f1: n, f2: Int.to_float(n) / 4.0, f3: n > 1, f4: "w${n}", f5: [n, n * n], f6: if n == 2 do None else Some("s${n}") end, f7: (n * 10, "t"), f8: Inner { a: -n, b: 0.5 }, f9: if n > 2 do High(n) else Low end, f10: 1.0 - Int.to_float(n), f11: n * 1000, f12: "last${n}" }
end

fn checksum(w :: Wide) -> Int do
  let (t, _) = w.f7
  let lvl = case w.f9 do
    Low -> 0
    High(k) -> k
  end
  let six = case w.f6 do
    Some(s) -> String.length(s)
    None -> 0
  end
  w.f1 + List.reduce(w.f5, 0, fn acc, x -> acc + x end) + t + w.f8.a + lvl + w.f11 + six + String.length(w.f4) + String.length(w.f12)
end

fn order_name(o :: Ordering) -> String do
  case o do
    Less -> "less"
    Equal -> "equal"
    Greater -> "greater"
  end
end

fn main() do
  let ws = List.map([1, 2, 3], make)
  println("${List.get(ws, 0)}")
  println("${List.get(ws, 2)}")
  println("${List.map(ws, checksum)}")
  let w2 = identity(List.get(ws, 1))
  println("${w2.f12} ${w2.f11} ${w2.f10} ${w2.f9} ${w2.f6}")
  let updated = %{w2 | f12: "changed", f11: -1, f10: 0.125}
  println("${updated.f12} ${updated.f11} ${updated.f10} ${updated.f1} ${updated.f5}")
  println("${w2 == make(2)} ${updated == w2} ${identity(updated) == updated}")
  println(order_name(compare(List.get(ws, 0), List.get(ws, 1))))
  println(order_name(compare(updated, w2)))
  println(order_name(compare(w2, identity(w2))))
  let keep = fn(w :: Wide) -> fn -> w end end
  let thunk = keep(List.get(ws, 2))
  println("${thunk().f8} ${thunk().f7}")
  let maybe = List.find(ws, fn w -> w.f9 == High(3) end)
  case maybe do
    Some(w) -> println("found ${w.f4} ${w.f3}")
    None -> println("not found")
  end
end
