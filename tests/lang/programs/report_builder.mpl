# Keyword arguments (trailing name: value pairs as one Map) combined with multi-line pipelines that start lines with |>, over lists of structs
struct Sale do
  region :: String
  units :: Int
  unit_price :: Int
end

fn sales() -> List<Sale> do
  [
    Sale { region: "north", units: 10, unit_price: 3 },
    Sale { region: "south", units: 4, unit_price: 25 },
    Sale { region: "north", units: 7, unit_price: 10 },
    Sale { region: "east", units: 1, unit_price: 500 },
    Sale { region: "south", units: 12, unit_price: 2 }
  ]
end

fn revenue(s :: Sale) -> Int = s.units * s.unit_price

fn option_or(opts :: Map<String, String>, key :: String, fallback :: String) -> String do
  if Map.has_key(opts, key) do Map.get(opts, key) else fallback end
end

fn format_line(label :: String, amount :: Int, opts :: Map<String, String>) -> String do
  let sep = option_or(opts, "sep", ": ")
  let unit = option_or(opts, "unit", "")
  let text = label <> sep <> "${amount}" <> unit
  if Map.has_key(opts, "upper") do String.to_upper(text) else text end
end

fn limits(xs :: List<Int>, opts :: Map<String, Int>) -> List<Int> do
  let lo = Map.get(opts, "min")
  let hi = if Map.has_key(opts, "max") do Map.get(opts, "max") else 1000000 end
  xs |> List.filter(fn x -> x >= lo and x <= hi end)
end

fn by_region(xs :: List<Sale>) -> Map<String, Int> do
  xs
    |> List.reduce(%{}, fn m, s -> Map.put(m, s.region, Map.get(m, s.region) + revenue(s)) end)
end

fn main() do
  let totals = sales() |> by_region()
  for {region, amount} in totals do
    println(format_line(region, amount, unit: " EUR"))
  end
  let total = sales()
    |> List.map(revenue)
    |> List.reduce(0, fn a, b -> a + b end)
  println(format_line("total", total, sep: " = ", upper: "yes"))
  println(format_line("plain", 5, %{}))
  let mid = sales()
    |> List.map(revenue)
    |> limits(min: 25, max: 100)
  println("${mid}")
  let any_min = sales()
    |> List.map(fn s -> s.units end)
    |> limits(min: 5)
  println("${any_min}")
  let report = totals
    |> Map.keys()
    |> List.sort(fn a, b -> String.length(a) - String.length(b) end)
    |> List.map(fn r -> String.slice(r, 0, 1) |> String.to_upper() end)
    |> String.join("/")
  println(report)
end
