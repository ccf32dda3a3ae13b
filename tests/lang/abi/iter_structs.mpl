# Lazy Iter pipelines over lists and maps of structs: map/filter/take/skip/enumerate/zip, collects into List/Map/Set/String, find -> Option<struct>, reduce with a struct accumulator
struct Order do
  id :: Int
  customer :: String
  total :: Float
  paid :: Bool
end deriving(Eq, Display)

struct Summary do
  count :: Int
  revenue :: Float
  biggest :: Option<Order>
end deriving(Display)

fn bigger(b :: Option<Order>, o :: Order) -> Option<Order> do
  case b do
    Some(x) when x.total >= o.total -> Some(x)
    _ -> Some(o)
  end
end

fn main() do
  let orders = [
    Order { id: 1, customer: "ann", total: 20.5, paid: true },
    Order { id: 2, customer: "bob", total: 5.25, paid: false },
    Order { id: 3, customer: "ann", total: 99.0, paid: true },
    Order { id: 4, customer: "cy", total: 12.0, paid: true },
    Order { id: 5, customer: "bob", total: 64.75, paid: true }
  ]
  let paid = Iter.from(orders) |> Iter.filter(fn o -> o.paid end) |> List.collect()
  println("${List.map(paid, fn o -> o.id end)}")
  let big = Iter.from(orders) |> Iter.map(fn o -> %{o | total: o.total * 2.0} end) |> Iter.filter(fn o -> o.total > 100.0 end) |> Iter.take(1) |> List.collect()
  println("${big}")
  let labels = Iter.from(orders)
    |> Iter.skip(3)
    |> Iter.enumerate()
    |> Iter.map(fn(p) do
      let (i, o) = p
      "${i}:${o.customer}"
    end)
    |> List.collect()
  println("${labels}")
  let by_id = Iter.from(orders) |> Iter.map(fn o -> (o.id, o) end) |> Map.collect()
  println("${Map.get(by_id, 4)}")
  let customers = Iter.from(orders) |> Iter.map(fn o -> o.customer end) |> Set.collect()
  println("${Set.size(customers)} ${Set.contains(customers, "cy")}")
  let initials = Iter.from(orders) |> Iter.map(fn o -> String.slice(o.customer, 0, 1) end) |> String.collect()
  println(initials)
  let found = Iter.find(Iter.from(orders), fn o -> o.customer == "bob" and o.paid end)
  println("${found}")
  let none = Iter.find(Iter.from(orders), fn o -> o.total > 1000.0 end)
  println("${none}")
  let summary = Iter.reduce(Iter.from(orders), Summary { count: 0, revenue: 0.0, biggest: None }, fn s, o -> if o.paid do %{s | count: s.count + 1, revenue: s.revenue + o.total, biggest: bigger(s.biggest, o)} else s end end)
  println("${summary}")
  let pairs = Iter.zip(Iter.from(orders), Iter.from(List.drop(orders, 1)))
    |> Iter.filter(fn(p) do
      let (a, b) = p
      a.total < b.total
    end)
    |> Iter.map(fn(p) do
      let (a, b) = p
      "${a.id}<${b.id}"
    end)
    |> List.collect()
  println("${pairs}")
  println("${Iter.count(Iter.filter(Iter.from(orders), fn o -> not o.paid end))}")
  let sum_ids = Iter.from(orders) |> Iter.map(fn o -> o.id end) |> Iter.sum()
  println("${sum_ids}")
  let all_pos = Iter.all(Iter.from(orders), fn o -> o.total > 0.0 end)
  let any_big = Iter.any(Iter.from(orders), fn o -> o.total > 99.0 end)
  println("${all_pos} ${any_big}")
  let cheap_ids = Iter.from(by_id)
    |> Iter.filter(fn(kv) do
      let (_, o) = kv
      o.total < 20.0
    end)
    |> Iter.map(fn(kv) do
      let (k, _) = kv
      k
    end)
    |> List.collect()
  println("${cheap_ids}")
end
