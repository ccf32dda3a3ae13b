# `?` in every position: statement position, inside if branches, inside closures (returning from the closure), in recursion over lists, and on Option
struct Order do
  id :: Int
  qty :: Int
  price :: Int
end deriving(Display)

fn check_qty(o :: Order) -> Int!String do
  if o.qty <= 0 do Err("order ${o.id}: bad qty") else Ok(o.qty) end
end

fn check_price(o :: Order) -> Int!String do
  if o.price > 1000 do Err("order ${o.id}: price too high") else Ok(o.price) end
end

fn validate(o :: Order) -> Order!String do
  check_qty(o)?
  check_price(o)?
  Ok(o)
end

fn total(o :: Order, discount :: Bool) -> Int!String do
  let base = if discount do
    let q = check_qty(o)?
    q * o.price * 9 / 10
  else
    check_qty(o)? * o.price
  end
  Ok(base)
end

fn validate_all(os :: List<Order>) -> List<Order>!String do
  case os do
    o :: rest -> prepend(validate(o)?, validate_all(rest)?)
    _ -> Ok([])
  end
end

fn prepend(o :: Order, rest :: List<Order>) -> List<Order>!String = Ok([o] ++ rest)

fn sum_totals(os :: List<Order>) -> Int!String do
  let per = List.map(os, fn o -> total(o, o.qty >= 10) end)
  List.reduce(per, Ok(0), fn acc, r -> add_results(acc, r) end)
end

fn add_results(a :: Int!String, b :: Int!String) -> Int!String do
  Ok(a? + b?)
end

fn first_big(os :: List<Order>) -> Option<Int> do
  let found = List.find(os, fn o -> o.qty * o.price > 500 end)?
  Some(found.id)
end

fn show(r :: Int!String) -> String do
  case r do
    Ok(v) -> "ok ${v}"
    Err(e) -> "err " <> e
  end
end

fn main() do
  let a = Order { id: 1, qty: 2, price: 100 }
  let b = Order { id: 2, qty: 10, price: 50 }
  let c = Order { id: 3, qty: 0, price: 5 }
  let d = Order { id: 4, qty: 1, price: 5000 }
  for o in [a, b, c, d] do
    case validate(o) do
      Ok(v) -> println("valid ${v}")
      Err(e) -> println(e)
    end
  end
  println(show(total(a, false)) <> " " <> show(total(b, true)) <> " " <> show(total(c, true)))
  case validate_all([a, b]) do
    Ok(vs) -> println("all valid ${vs}")
    Err(e) -> println(e)
  end
  case validate_all([a, d, c]) do
    Ok(vs) -> println("all valid ${vs}")
    Err(e) -> println(e)
  end
  println(show(sum_totals([a, b])))
  println(show(sum_totals([a, c, b])))
  let parse = fn s -> String.to_int(s) end
  let doubled = fn(s) do
    let n = parse(s)?
    Some(n * 2)
  end
  case doubled("21") do
    Some(v) -> println("doubled ${v}")
    None -> println("no number")
  end
  case doubled("x") do
    Some(v) -> println("doubled ${v}")
    None -> println("no number")
  end
  case first_big([a, b, d]) do
    Some(id) -> println("first big ${id}")
    None -> println("none big")
  end
  case first_big([a, c]) do
    Some(id) -> println("first big ${id}")
    None -> println("none big")
  end
end
