# Job.async with closures capturing structs, awaited in a fixed order; Job.map over a generic worker; results combined through Result chains
struct Chunk do
  label :: String
  numbers :: List<Int>
end

struct Summary do
  count :: Int
  total :: Int
  largest :: Int
end deriving(Display, Eq)

fn summarise(c :: Chunk) -> Summary do
  let total = List.reduce(c.numbers, 0, fn a, b -> a + b end)
  let largest = List.reduce(c.numbers, List.head(c.numbers), fn m, x -> Math.max(m, x) end)
  Summary { count: List.length(c.numbers), total: total, largest: largest }
end

fn merge(a :: Summary, b :: Summary) -> Summary do
  Summary { count: a.count + b.count, total: a.total + b.total, largest: Math.max(a.largest, b.largest) }
end

fn await_all(jobs :: List<Pid<Summary>>) -> List<Summary>!String do
  case jobs do
    j :: rest -> prepend(Job.await(j)?, await_all(rest)?)
    _ -> Ok([])
  end
end

fn prepend(s :: Summary, rest :: List<Summary>) -> List<Summary>!String = Ok([s] ++ rest)

fn chunks() -> List<Chunk> do
  [
    Chunk { label: "a", numbers: [3, 9, 4] },
    Chunk { label: "b", numbers: [10, 1] },
    Chunk { label: "c", numbers: [7, 7, 7, 7] }
  ]
end

fn main() do
  let jobs = List.map(chunks(), fn c -> Job.async(fn -> summarise(c) end) end)
  case await_all(jobs) do
    Ok(parts) -> report(parts)
    Err(e) -> println("failed " <> e)
  end
  let bad = [Chunk { label: "ok", numbers: [1] }, Chunk { label: "empty", numbers: [] }]
  let bad_jobs = List.map(bad, fn c -> Job.async(fn -> summarise(c) end) end)
  case await_all(bad_jobs) do
    Ok(parts) -> report(parts)
    Err(_) -> println("a chunk crashed")
  end
  let squares = Job.map([1, 2, 3, 4], fn n -> n * n end)
  let ok_values = List.map(squares, fn r -> unwrap(r) end)
  println("${ok_values}")
  let labels = Job.map(chunks(), fn c -> String.to_upper(c.label) <> "${List.length(c.numbers)}" end)
  println(String.join(List.map(labels, fn r -> unwrap_text(r) end), "-"))
end

fn report(parts :: List<Summary>) -> () do
  for p in parts do
    println("part ${p}")
  end
  let all = List.reduce(List.tail(parts), List.head(parts), merge)
  println("merged ${all}")
end

fn unwrap(r :: Int!String) -> Int do
  case r do
    Ok(v) -> v
    Err(_) -> -1
  end
end

fn unwrap_text(r :: String!String) -> String do
  case r do
    Ok(v) -> v
    Err(e) -> e
  end
end
