# Generic struct Stack<T> with Option<(T, Stack<T>)> pops, generic helpers used with Int, String and a nested generic element
struct Stack<T> do
  items :: List<T>
  pushes :: Int
end

fn empty<T>() -> Stack<T> do
  Stack { items: [], pushes: 0 }
end

fn push<T>(s :: Stack<T>, x :: T) -> Stack<T> do
  %{s | items: [x] ++ s.items, pushes: s.pushes + 1}
end

fn pop<T>(s :: Stack<T>) -> Option<(T, Stack<T>)> do
  case s.items do
    top :: rest -> Some((top, %{s | items: rest}))
    _ -> None
  end
end

fn peek<T>(s :: Stack<T>) -> Option<T> do
  let (top, _) = pop(s)?
  Some(top)
end

fn depth<T>(s :: Stack<T>) -> Int = List.length(s.items)

fn push_all<T>(s :: Stack<T>, xs :: List<T>) -> Stack<T> do
  List.reduce(xs, s, fn acc, x -> push(acc, x) end)
end

fn drain<T>(s :: Stack<T>, acc :: List<T>) -> List<T> do
  case pop(s) do
    None -> acc
    Some((x, rest)) -> drain(rest, List.append(acc, x))
  end
end

fn pop_two<T>(s :: Stack<T>) -> Option<(T, T)> do
  let (a, s1) = pop(s)?
  let (b, _) = pop(s1)?
  Some((a, b))
end

fn describe(o :: Option<(Int, Int)>) -> String do
  case o do
    Some((a, b)) -> "got ${a} and ${b}"
    None -> "not enough"
  end
end

fn main() do
  let s = push_all(empty(), [1, 2, 3])
  println("depth ${depth(s)} pushes ${s.pushes}")
  case peek(s) do
    Some(v) -> println("peek ${v}")
    None -> println("empty")
  end
  println("${drain(s, [])}")
  println(describe(pop_two(s)))
  println(describe(pop_two(push(empty(), 9))))
  let words = push_all(empty(), ["x", "y"])
  let words = push(words, "z")
  println(String.join(drain(words, []), ""))
  println("pushes ${words.pushes}")
  let stacks = push(push(empty(), push(empty(), 1)), push_all(empty(), [5, 6]))
  let sizes = List.map(drain(stacks, []), fn st -> depth(st) end)
  println("${sizes}")
  let none :: Stack<Int> = empty()
  case peek(none) do
    Some(v) -> println("peek ${v}")
    None -> println("nothing to peek")
  end
end
