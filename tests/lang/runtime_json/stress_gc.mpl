# Large documents: encoding and decoding tens of thousands of nested records (collections run meanwhile) give back the same data; a user to_json that allocates runs for every element of a big list and map
struct Point do
  x :: Int
  y :: Int
end deriving(Eq, Json)

struct Rec do
  id :: Int
  name :: String
  tags :: List<String>
  pos :: Point
  counts :: Map<String, Int>
  note :: Option<String>
end deriving(Json)

struct Batch do
  recs :: List<Rec>
end deriving(Json)

struct Money do
  cents :: Int
end

impl Json for Money do
  fn to_json(self) -> String do
    "\"" <> "${self.cents / 100}" <> "." <> "${self.cents % 100}" <> "\""
  end
end

fn make(i :: Int) -> Rec do
  let note = if i % 3 == 0 do Some("note ${i}") else None end
  Rec { id: i, name: "record \"${i}\"", tags: ["t${i}", "u${i % 10}"], pos: Point { x: i, y: 0 - i }, counts: %{"a" => i, "b" => i * 2}, note: note }
end

fn main() do
  let n = 30000
  let recs = for i in 0..n do make(i) end
  let text = Json.encode(Batch { recs: recs })
  println("encoded ${String.length(text) > 1000000}")
  case Batch.from_json(text) do
    Ok(b) -> check(b, text, n)
    Err(e) -> println("error: " <> e)
  end
  let ms = for i in 0..20000 do Money { cents: i } end
  let joined = "[" <> String.join(List.map(ms, fn m -> m.to_json() end), ",") <> "]"
  println("money list same: ${Json.encode(ms) == joined}")
  let mm = List.reduce(ms, %{}, fn acc, m -> Map.put(acc, "k${m.cents}", m) end)
  let mtext = Json.encode(mm)
  println("money map: ${Json.get(mtext, "k12345")} ${Json.get(mtext, "k7")} ${Map.size(mm)}")
end

fn check(b :: Batch, text :: String, n :: Int) do
  println("decoded ${List.length(b.recs)}")
  let ids = List.reduce(b.recs, 0, fn acc, r -> acc + r.id end)
  println("ids ${ids == n * (n - 1) / 2}")
  let ok_pos = List.all(b.recs, fn r -> r.pos == Point { x: r.id, y: 0 - r.id } end)
  println("positions ${ok_pos}")
  let r = List.get(b.recs, 12345)
  println(r.name <> " " <> String.join(r.tags, ",") <> " ${Map.get(r.counts, "b")}")
  println("same text ${Json.encode(b) == text}")
end
