# `?` inside expressions: in interpolations, before field access (`get(n)?.x`), in multi-clause function bodies, in case arms and in a closure, with From conversion of struct errors
struct E1 do
  m :: String
end

struct E2 do
  m :: String
end deriving(Display)

impl From<E1> for E2 do
  fn from(e :: E1) -> E2 do
    E2 { m: "wrapped " <> e.m }
  end
end

struct P do
  x :: Int
end deriving(Display)

fn get(n :: Int) -> P!E1 = if n > 0 do Ok(P { x: n }) else Err(E1 { m: "bad ${n}" }) end

fn describe(n :: Int) -> String!E2 do
  Ok("got ${get(n)?.x} and ${get(n + 1)?}")
end

fn pick(0) -> P!E2 = Err(E2 { m: "zero" })
fn pick(n) -> P!E2 do
  let p = get(n)?
  Ok(%{p | x: p.x * 10})
end

fn arm(o :: Option<Int>) -> Int!E2 do
  case o do
    Some(n) -> Ok(get(n)?.x + 1)
    None -> Err(E2 { m: "none" })
  end
end

fn main() do
  println("${describe(1)} ${describe(-5)} ${describe(0)}")
  println("${pick(0)} ${pick(2)} ${pick(-1)}")
  println("${arm(Some(4))} ${arm(Some(-4))} ${arm(None)}")
  let f = fn(n :: Int) do
    let p = get(n)?
    Ok(p.x * 2)
  end
  let rs = List.map([3, -3], f)
  println("${List.length(rs)}")
  let ok_count = List.length(List.filter(rs, fn r -> case r do
    Ok(_) -> true
    Err(_) -> false
  end end))
  println("${ok_count}")
end
