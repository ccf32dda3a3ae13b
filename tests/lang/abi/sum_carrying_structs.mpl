# Sum types carrying structs and lists of themselves: an event log folded into a state struct, recursion, or-patterns, aliases, ==, Display
struct Pos do
  x :: Int
  y :: Int
end deriving(Eq, Display)

struct Key do
  code :: Int
  shift :: Bool
end deriving(Eq, Display)

type Event do
  Click(Pos)
  Drag(Pos, Pos)
  Press(Key)
  Batch(List<Event>)
  Quit
end deriving(Eq, Display)

struct State do
  cursor :: Pos
  typed :: String
  clicks :: Int
  done :: Bool
end deriving(Display)

fn letter(code :: Int) -> String = String.slice("abcdefghijklmnopqrstuvwxyz", code, code + 1)

fn apply(s :: State, e :: Event) -> State do
  case e do
    Click(p) -> %{s | cursor: p, clicks: s.clicks + 1}
    Drag(_, to) -> %{s | cursor: to}
    Press(k) when k.shift -> %{s | typed: s.typed <> String.to_upper(letter(k.code))}
    Press(k) -> %{s | typed: s.typed <> letter(k.code)}
    Batch(es) -> List.reduce(es, s, apply)
    Quit -> %{s | done: true}
  end
end

fn count(e :: Event) -> Int do
  case e do
    Batch(es) -> List.reduce(es, 0, fn acc, x -> acc + count(x) end)
    _ -> 1
  end
end

fn kind(e :: Event) -> String do
  case e do
    Click(_) | Drag(_, _) -> "mouse"
    Press(_) -> "key"
    Batch(_) as b -> "batch of ${count(b)}"
    Quit -> "quit"
  end
end

fn flatten(es :: List<Event>) -> List<Event> do
  List.flat_map(es, fn e -> case e do
    Batch(inner) -> flatten(inner)
    other -> [other]
  end end)
end

fn main() do
  let events = [
    Click(Pos { x: 1, y: 1 }),
    Press(Key { code: 7, shift: true }),
    Batch([Press(Key { code: 4, shift: false }), Drag(Pos { x: 1, y: 1 }, Pos { x: 9, y: 3 }), Batch([Press(Key { code: 11, shift: false }), Click(Pos { x: 2, y: 2 })])]),
    Press(Key { code: 14, shift: false }),
    Quit
  ]
  let start = State { cursor: Pos { x: 0, y: 0 }, typed: "", clicks: 0, done: false }
  let final = List.reduce(events, start, apply)
  println("${final}")
  println("${List.map(events, kind)}")
  println("${List.reduce(events, 0, fn acc, e -> acc + count(e) end)}")
  println("${List.get(events, 2)}")
  let again = Batch([Press(Key { code: 4, shift: false }), Drag(Pos { x: 1, y: 1 }, Pos { x: 9, y: 3 }), Batch([Press(Key { code: 11, shift: false }), Click(Pos { x: 2, y: 2 })])])
  println("${List.get(events, 2) == again} ${List.get(events, 0) == Click(Pos { x: 1, y: 2 })}")
  let clicks = List.filter(flatten(events), fn e -> case e do
    Click(_) -> true
    _ -> false
  end end)
  println("${clicks}")
  println("${List.length(flatten(events))}")
end
