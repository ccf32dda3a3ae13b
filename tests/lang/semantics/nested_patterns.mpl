# Nested patterns: alias inside a constructor, negative and string literals inside tuples, Float literal payloads, tuples inside Options inside Results, cons with constructor heads, deep tuples, nil
type Shape do
  Circle(Float)
  Rect(Float, Float)
end

fn a(o :: Option<Int>) -> String do
  case o do
    Some(1) -> "small"
    Some(n as m) when m > 100 -> "big ${n}"
    Some(_) -> "other"
    None -> "none"
  end
end

fn b(t :: (Int, String)) -> String do
  case t do
    (-1, _) -> "minus"
    (0, "zero") -> "zero str"
    (n, s) as whole -> "${n}${s}${Tuple.size(whole)}"
  end
end

fn c(s :: Shape) -> String do
  case s do
    Circle(0.0) -> "dot"
    Circle(r) -> "circle ${r}"
    Rect(w, h) when w == h -> "square"
    Rect(_, _) -> "rect"
  end
end

fn d(r :: Result<Option<(Int, Int)>, String>) -> String do
  case r do
    Ok(Some((0, y))) -> "y ${y}"
    Ok(Some((x, 0))) -> "x ${x}"
    Ok(Some(_)) -> "plane"
    Ok(None) -> "nothing"
    Err("bang") -> "explosion"
    Err(e) -> e
  end
end

fn e(xs :: List<Option<Int>>) -> Int do
  case xs do
    Some(x) :: rest -> x + e(rest)
    None :: rest -> e(rest)
    _ -> 0
  end
end

fn main() do
  println("${List.map([Some(1), Some(2), Some(500), Some(7), None], a)}")
  println("${List.map([(-1, "q"), (0, "zero"), (0, "x"), (5, "y")], b)}")
  println("${List.map([Circle(0.0), Circle(2.5), Rect(1.0, 1.0), Rect(1.0, 2.0)], c)}")
  println("${List.map([Ok(Some((0, 3))), Ok(Some((4, 0))), Ok(Some((1, 1))), Ok(None), Err("bang"), Err("other")], d)}")
  println("${e([Some(1), None, Some(10)])}")
  let x = nil
  println("${x}")
  let v = case (1, (2, (3, 4))) do
    (a, (b, (c, d))) -> a + b * c * d
  end
  println("${v}")
end
