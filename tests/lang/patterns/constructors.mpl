# Constructor, qualified, nested, tuple, or-, alias (`as`) and list cons (`h :: t`) patterns
type Token do
  Num(Int)
  Plus
  Minus
  Ident(String)
  Pair(Int, Int)
end

fn token_text(t :: Token) -> String do
  case t do
    Num(n) when n < 0 -> "negative ${n}"
    Num(n) -> "num ${n}"
    Plus | Minus -> "operator"
    Ident(name) -> "ident " <> name
    Token.Pair(a, b) -> "pair ${a + b}"
  end
end

fn sum_list(xs :: List<Int>) -> Int do
  case xs do
    h :: t -> h + sum_list(t)
    _ -> 0
  end
end

fn first_two(xs :: List<Int>) -> String do
  case xs do
    a :: b :: _ -> "${a},${b}"
    a :: _ -> "only ${a}"
    _ -> "empty"
  end
end

fn nested(r :: Result<(Int, String), String>) -> String do
  case r do
    Ok((0, s)) -> "zero-tagged " <> s
    Ok((n, s)) -> "${n}:${s}"
    Err(e) -> "error " <> e
  end
end

fn small(n :: Int) -> String do
  case n do
    1 | 2 | 3 -> "small"
    _ -> "not small"
  end
end

fn alias_demo(p :: (Int, Int)) -> String do
  case p do
    (0, _) as z -> "on axis, second = ${Tuple.second(z)}"
    (a, b) as whole when a == b -> "diagonal ${Tuple.first(whole)}"
    _ -> "elsewhere"
  end
end

fn deep(o :: Option<Option<Int>>) -> String do
  case o do
    Some(Some(n)) -> "value ${n}"
    Some(None) -> "inner none"
    None -> "outer none"
  end
end

fn main() do
  let tokens = [Num(-3), Num(7), Plus, Minus, Ident("x"), Pair(2, 5)]
  for t in tokens do
    println(token_text(t))
  end
  println("${sum_list([1, 2, 3, 4])}")
  println(first_two([9, 8, 7]))
  println(first_two([9]))
  println(first_two([]))
  println(nested(Ok((0, "a"))))
  println(nested(Ok((4, "b"))))
  println(nested(Err("bad")))
  println(small(2))
  println(small(4))
  println(alias_demo((0, 6)))
  println(alias_demo((3, 3)))
  println(alias_demo((1, 2)))
  println(deep(Some(Some(1))))
  println(deep(Some(None)))
  println(deep(None))
end
