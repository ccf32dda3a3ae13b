# Six-field structs mixing Int, Float, Bool, String, List and Option fields: built, passed, returned, updated, compared, displayed and reduced
struct Record do
  id :: Int
  score :: Float
  active :: Bool
  name :: String
  tags :: List<String>
  parent :: Option<Int>
end deriving(Eq, Display, Debug)

fn make(id :: Int, name :: String) -> Record do
  Record { id: id, score: Int.to_float(id) * 1.5, active: id % 2 == 0, name: name, tags: [name, "t${id}"], parent: if id > 1 do Some(id - 1) else None end }
end

fn bump(r :: Record) -> Record do
  %{r | score: r.score + 0.25, tags: List.append(r.tags, "bumped")}
end

fn summary(r :: Record) -> String do
  let p = case r.parent do
    Some(x) -> "parent ${x}"
    None -> "root"
  end
  "${r.id}:${r.name}:${r.score}:${r.active}:${List.length(r.tags)}:" <> p
end

fn pick(a :: Record, b :: Record, first :: Bool) -> Record do
  if first do a else b end
end

fn main() do
  let a = make(1, "alpha")
  let b = make(2, "beta")
  println(summary(a))
  println(summary(b))
  let c = bump(bump(b))
  println(summary(c))
  println("${c}")
  println(a.inspect())
  println("${a == make(1, "alpha")} ${a == b} ${c == b} ${c != b}")
  let chosen = pick(a, c, false)
  println("${chosen.tags}")
  let all = [a, b, c]
  let total = List.reduce(all, 0.0, fn acc, r -> acc + r.score end)
  println("${total}")
  let names = List.map(List.filter(all, fn r -> r.active end), fn r -> r.name end)
  println("${names}")
  println("${b.parent} ${a.parent}")
end
