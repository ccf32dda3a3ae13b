# Closures passed to List.map/filter/reduce/sort (stable, multi-key)/find/any/all/flat_map and over zip/enumerate results, capturing local thresholds; closure factories as arguments
struct Player do
  name :: String
  team :: String
  score :: Int
end deriving(Display)

fn main() do
  let ps = [
    Player { name: "ann", team: "red", score: 30 },
    Player { name: "bob", team: "blue", score: 25 },
    Player { name: "cy", team: "red", score: 25 },
    Player { name: "di", team: "blue", score: 40 },
    Player { name: "ed", team: "red", score: 30 }
  ]
  let threshold = 28
  let good = List.filter(ps, fn p -> p.score >= threshold end)
  println("${List.map(good, fn p -> p.name end)}")
  let by_score = List.sort(ps, fn a, b -> b.score - a.score end)
  println("${List.map(by_score, fn p -> p.name end)}")
  let by_team_then_name = List.sort(ps, fn a, b -> if a.team == b.team do (if a.name < b.name do -1 else 1 end) else (if a.team < b.team do -1 else 1 end) end end)
  println("${List.map(by_team_then_name, fn p -> p.name end)}")
  let total = List.reduce(ps, 0, fn acc, p -> acc + p.score end)
  println("${total}")
  let top = List.find(by_score, fn p -> p.team == "red" end)
  println("${top}")
  println("${List.find(ps, fn p -> p.score > 100 end)}")
  println("${List.any(ps, fn p -> p.score == 40 end)} ${List.all(ps, fn p -> p.score > 20 end)} ${List.all(ps, fn p -> p.team == "red" end)}")
  let tags = List.flat_map(List.take(ps, 2), fn p -> [p.name, p.team] end)
  println("${tags}")
  let ranked = List.map(List.enumerate(by_score), fn(pair) do
    let (i, p) = pair
    "${i + 1}. ${p.name}"
  end)
  println("${ranked}")
  let diffs = List.map(List.zip(ps, List.drop(ps, 1)), fn(pair) do
    let (a, b) = pair
    b.score - a.score
  end)
  println("${diffs}")
  let team_totals = List.reduce(ps, %{}, fn(m, p) do
    let cur = if Map.has_key(m, p.team) do Map.get(m, p.team) else 0 end
    Map.put(m, p.team, cur + p.score)
  end)
  println("${team_totals}")
  let bump = fn by -> fn(p :: Player) -> %{p | score: p.score + by} end end
  let bumped = List.map(ps, bump(5))
  println("${List.map(bumped, fn p -> p.score end)}")
end
