# Derived Ord/Eq on structs and sum types: compare() to Ordering, sorting with comparators built from it, generic min/max helpers with Ord bounds
type Tier do
  Bronze
  Silver
  Gold(Int)
end deriving(Eq, Ord, Display)

struct Score do
  tier :: Tier
  points :: Int
  time :: Int
end deriving(Eq, Ord, Display)

fn cmp_int(o :: Ordering) -> Int do
  case o do
    Less -> -1
    Equal -> 0
    Greater -> 1
  end
end

fn ascending<T: Ord>(xs :: List<T>) -> List<T> = List.sort(xs, fn a, b -> cmp_int(compare(a, b)) end)

fn descending<T: Ord>(xs :: List<T>) -> List<T> = List.sort(xs, fn a, b -> cmp_int(compare(b, a)) end)

fn max_by<T, K: Ord>(xs :: List<T>, key :: Fun(T) -> K) -> T do
  List.reduce(List.tail(xs), List.head(xs), fn best, x -> if key(x) > key(best) do x else best end end)
end

fn min_of<T: Ord>(xs :: List<T>) -> T do
  List.reduce(List.tail(xs), List.head(xs), fn m, x -> if x < m do x else m end end)
end

fn rank_text(o :: Ordering) -> String do
  case o do
    Less -> "below"
    Equal -> "tied"
    Greater -> "above"
  end
end

fn main() do
  let scores = [
    Score { tier: Silver, points: 50, time: 30 },
    Score { tier: Gold(2), points: 10, time: 99 },
    Score { tier: Bronze, points: 90, time: 10 },
    Score { tier: Gold(1), points: 70, time: 20 },
    Score { tier: Silver, points: 50, time: 25 }
  ]
  for s in ascending(scores) do
    println("${s}")
  end
  println("best ${List.head(descending(scores))}")
  println("most points ${max_by(scores, fn s -> s.points end)}")
  println("fastest ${max_by(scores, fn s -> 0 - s.time end)}")
  println("lowest tier ${min_of(List.map(scores, fn s -> s.tier end))}")
  println(rank_text(compare(Gold(1), Silver)) <> " " <> rank_text(compare(Bronze, Bronze)) <> " " <> rank_text(compare(Gold(1), Gold(3))))
  println("${ascending(["pear", "apple", "fig"])} ${descending([3, 1, 2])}")
  println("${ascending([[2, 1], [1, 5, 0], [1, 5]])}")
  println("${Silver > Bronze} ${Gold(0) > Silver} ${Score { tier: Bronze, points: 1, time: 1 } < Score { tier: Bronze, points: 1, time: 2 }}")
  let by_tier = List.sort(scores, fn a, b -> cmp_int(compare(a.tier, b.tier)) end)
  println("${List.map(by_tier, fn s -> s.points end)}")
end
