# Allocation churn: 300,000 Result<six-field struct, String> values, a few kept in a Map and captured by closures while the rest becomes garbage; kept values stay intact
struct Rec do
  id :: Int
  name :: String
  vals :: List<Int>
  score :: Float
  tag :: Option<String>
  ok :: Bool
end deriving(Display, Eq)

fn make(i :: Int) -> Result<Rec, String> do
  if i % 7 == 0 do Err("bad ${i}") else Ok(Rec { id: i, name: "n${i}", vals: [i, i + 1, i * 2], score: Int.to_float(i) / 4.0, tag: if i % 3 == 0 do Some("t${i}") else None end, ok: i % 2 == 0 }) end
end

fn loop(i :: Int, n :: Int, keep :: Map<Int, Rec>, errs :: Int, fs :: List<Fun(Int) -> String>) -> (Map<Int, Rec>, Int, List<Fun(Int) -> String>) do
  if i == n do
    (keep, errs, fs)
  else
    case make(i) do
      Ok(r) -> loop(i + 1, n, if i % 1000 == 1 do Map.put(keep, i, r) else keep end, errs, if i % 5000 == 1 do List.append(fs, fn k -> "${r.name}:${k + r.id}:${r.tag}" end) else fs end)
      Err(_) -> loop(i + 1, n, keep, errs + 1, fs)
    end
  end
end

fn main() do
  let (keep, errs, fs) = loop(0, 300000, Map.new(), 0, [])
  println("${Map.size(keep)} ${errs} ${List.length(fs)}")
  let total = List.reduce(Map.values(keep), 0, fn acc, r -> acc + List.reduce(r.vals, 0, fn a, b -> a + b end) end)
  println("${total}")
  println("${Map.get(keep, 150001)}")
  println("${List.map(fs, fn f -> f(1) end)}")
  let strs = List.map(Range.to_list(0..50000), fn i -> "s" <> String.from(i) end)
  println("${List.length(strs)} ${List.get(strs, 49999)} ${Ok(Map.get(keep, 299001)) == make(299001)}")
end
