# Any-order definitions: main first, mutually recursive functions (is_even/is_odd, a tokenizer and a recursive-descent evaluator) used before their definitions
fn main() do
  println("${is_even(10)} ${is_odd(7)} ${is_even(3)}")
  println("${collatz_steps(27)}")
  println("${hailstone(6)}")
  for src in ["1 + 2 * 3", "(1 + 2) * 3", "10 - 4 - 3", "2 * (3 + 4) * 5", "8 / 2 / 2"] do
    println(src <> " = ${evaluate(src)}")
  end
  println(describe(Node("a", [Node("b", []), Node("c", [Node("d", [])])])))
  println("${count_nodes(Node("r", [Node("x", []), Node("y", [])]))}")
end

type Rose do
  Node(String, List<Rose>)
end

fn describe(t :: Rose) -> String do
  case t do
    Node(name, kids) when List.length(kids) == 0 -> name
    Node(name, kids) -> name <> "(" <> describe_all(kids) <> ")"
  end
end

fn describe_all(ts :: List<Rose>) -> String = String.join(List.map(ts, describe), " ")

fn count_nodes(t) do
  case t do
    Node(_, kids) -> 1 + count_forest(kids)
  end
end

fn count_forest(ts) = List.reduce(ts, 0, fn acc, t -> acc + count_nodes(t) end)

fn is_even(n) do
  if n == 0 do true else is_odd(n - 1) end
end

fn is_odd(n) do
  if n == 0 do false else is_even(n - 1) end
end

fn collatz_steps(n) = step_count(n, 0)

fn step_count(n, acc) do
  if n == 1 do acc else step_count(next_collatz(n), acc + 1) end
end

fn next_collatz(n) do
  if is_even(n) do n / 2 else 3 * n + 1 end
end

fn hailstone(n) do
  if n == 1 do [1] else [n] ++ hailstone(next_collatz(n)) end
end

fn evaluate(src :: String) -> Int do
  let tokens = tokenize(src)
  let (value, _) = parse_expr(tokens)
  value
end

fn tokenize(src :: String) -> List<String> do
  src
    |> String.replace("(", " ( ")
    |> String.replace(")", " ) ")
    |> String.split(" ")
    |> List.filter(fn t -> t != "" end)
end

fn parse_expr(ts :: List<String>) -> (Int, List<String>) do
  let (lhs, rest) = parse_term(ts)
  expr_tail(lhs, rest)
end

fn expr_tail(acc :: Int, ts :: List<String>) -> (Int, List<String>) do
  case ts do
    "+" :: rest -> add_term(acc, rest, 1)
    "-" :: rest -> add_term(acc, rest, -1)
    _ -> (acc, ts)
  end
end

fn add_term(acc :: Int, ts :: List<String>, sign :: Int) -> (Int, List<String>) do
  let (rhs, rest) = parse_term(ts)
  expr_tail(acc + sign * rhs, rest)
end

fn parse_term(ts :: List<String>) -> (Int, List<String>) do
  let (lhs, rest) = parse_atom(ts)
  term_tail(lhs, rest)
end

fn term_tail(acc :: Int, ts :: List<String>) -> (Int, List<String>) do
  case ts do
    "*" :: rest -> mul_atom(acc, rest, true)
    "/" :: rest -> mul_atom(acc, rest, false)
    _ -> (acc, ts)
  end
end

fn mul_atom(acc :: Int, ts :: List<String>, times :: Bool) -> (Int, List<String>) do
  let (rhs, rest) = parse_atom(ts)
  let v = if times do acc * rhs else acc / rhs end
  term_tail(v, rest)
end

fn parse_atom(ts :: List<String>) -> (Int, List<String>) do
  case ts do
    "(" :: rest -> close_paren(parse_expr(rest))
    tok :: rest -> (number(tok), rest)
    _ -> (0, ts)
  end
end

fn close_paren(r :: (Int, List<String>)) -> (Int, List<String>) do
  let (v, rest) = r
  (v, List.drop(rest, 1))
end

fn number(tok :: String) -> Int do
  case String.to_int(tok) do
    Some(n) -> n
    None -> 0
  end
end
