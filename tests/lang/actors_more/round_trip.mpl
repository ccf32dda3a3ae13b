# Deeply nested values (lists of maps of Options of tuples holding structs, Results and sum types) survive a round trip through an actor, a service reply, a Job result and a spawn argument unchanged (==)
type Tag do
  Plain
  Weighted(Float)
  Pair(String, Int)
end

struct Item do
  name :: String
  tags :: List<Tag>
  extra :: Option<Map<String, Int>>
end

type Nested = List<Map<String, Option<(Item, Result<List<Int>, String>)>>>

fn sample() -> Nested do
  let a = Item { name: "a", tags: [Plain, Weighted(0.5)], extra: None }
  let b = Item { name: "b", tags: [Pair("k", 3)], extra: Some(%{"x" => 1, "y" => 2}) }
  [
    %{"first" => Some((a, Ok([1, 2, 3]))), "gap" => None},
    %{},
    %{"second" => Some((b, Err("bad"))), "third" => Some((a, Ok([])))}
  ]
end

actor echo() do
  receive do
    (v, reply_to) ->
      send(reply_to, v)
      echo()
  after 100 -> ()
  end
end

service Keeper do
  fn init(v :: Nested) -> Nested do v end
  call Get() :: Nested do |v|
    (v, v)
  end
end

fn check(v :: Nested, out) -> () do
  send(out, v == sample())
end

actor driver() do
  let original = sample()
  let e = spawn(echo)
  send(e, (original, self()))
  let back :: Nested = receive do
    v -> v
  end
  println("actor round trip equal: ${back == original}")
  let k = Keeper.start(original)
  println("service reply equal: ${Keeper.get(k) == original}")
  case Job.await(Job.async(fn -> sample() end)) do
    Ok(v) -> println("job result equal: ${v == original}")
    Err(_) -> println("job failed")
  end
  let _ = spawn(check, back, spawn(reporter))
end

actor reporter() do
  receive do
    ok -> println("spawn argument equal: ${ok}")
  end
end

fn main() do
  let _ = spawn(driver)
end
