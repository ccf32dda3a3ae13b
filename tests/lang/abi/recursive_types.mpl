# Recursive and mutually recursive types: a linked list of structs through Option<Link>, a struct holding a List of a sum that holds the struct, Hash-derived sum and struct keys, Iterable impl, generic struct update
struct Link do
  val :: Int
  next :: Option<Link>
end deriving(Eq, Display)

struct Dir do
  name :: String
  entries :: List<Entry>
end deriving(Display)

type Entry do
  File(String, Int)
  Sub(Dir)
end deriving(Display)

type Color do
  Red
  Rgb(Int, Int, Int)
end deriving(Eq, Hash, Display)

struct P do
  x :: Int
  y :: Int
end deriving(Eq, Hash, Display)

struct Bag<T> do
  items :: List<T>
  count :: Int
end deriving(Display)

impl Iterable for Dir do
  type Item = Entry
  type Iter = ListIterator
  fn iter(self) do
    Iter.from(self.entries)
  end
end

fn build(n :: Int, acc :: Option<Link>) -> Option<Link> = if n == 0 do acc else build(n - 1, Some(Link { val: n, next: acc })) end

fn sum_links(l :: Option<Link>, acc :: Int) -> Int do
  case l do
    Some(k) -> sum_links(k.next, acc + k.val)
    None -> acc
  end
end

fn size(d :: Dir) -> Int do
  List.reduce(d.entries, 0, fn acc, e -> acc + case e do
    File(_, n) -> n
    Sub(s) -> size(s)
  end end)
end

fn add<T>(b :: Bag<T>, x :: T) -> Bag<T> = %{b | items: List.append(b.items, x), count: b.count + 1}

fn main() do
  let l = build(3, None)
  println("${l}")
  println("${sum_links(build(10000, None), 0)}")
  println("${l == build(3, None)} ${l == build(2, None)}")
  let d = Dir { name: "root", entries: [File("a", 10), Sub(Dir { name: "sub", entries: [File("b", 5), Sub(Dir { name: "empty", entries: [] })] }), File("c", 1)] }
  println("${size(d)}")
  println("${d}")
  let names = for e in d do
    case e do
      File(n, _) -> n
      Sub(s) -> s.name <> "/"
    end
  end
  println("${names}")
  let cm = Map.put(Map.put(Map.new(), Red, "red"), Rgb(1, 2, 3), "custom")
  let cm = Map.put(cm, Rgb(1, 2, 3), "custom2")
  println("${Map.size(cm)} " <> Map.get(cm, Rgb(1, 2, 3)) <> " " <> Map.get(cm, Red))
  let ps = Set.from_list([P { x: 1, y: 2 }, P { x: 1, y: 2 }, P { x: 2, y: 1 }])
  println("${Set.size(ps)} ${Set.contains(ps, P { x: 2, y: 1 })} ${Set.contains(ps, P { x: 3, y: 1 })}")
  let b = add(add(Bag { items: [], count: 0 }, P { x: 0, y: 0 }), P { x: 9, y: 9 })
  println("${b}")
  let nm = d.name.length()
  println("${nm} ${d.name.to_upper()}")
end
