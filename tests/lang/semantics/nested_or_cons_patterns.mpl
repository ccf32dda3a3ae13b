# Or-patterns and list cons patterns nested inside constructor and tuple patterns (LANGUAGE.md 3.3: patterns compose)
type Cmd do
  Batch(List<Int>)
  Single(Int)
end

fn size_class(o :: Option<Int>) -> String do
  case o do
    Some(1 | 2) -> "small"
    Some(_) -> "other"
    None -> "none"
  end
end

fn loud(r :: Result<Int, String>) -> String do
  case r do
    Err("boom" | "bang") -> "explosion"
    Err(e) -> e
    Ok(_) -> "fine"
  end
end

fn first_of(c :: Cmd) -> Int do
  case c do
    Batch(h :: _) -> h
    Batch(_) -> -1
    Single(n) -> n
  end
end

fn pair_head(p :: (List<String>, Int)) -> String do
  case p do
    (h :: _, n) -> h <> "${n}"
    (_, n) -> "empty${n}"
  end
end

fn main() do
  println("${List.map([Some(1), Some(2), Some(3), None], size_class)}")
  println("${List.map([Err("boom"), Err("bang"), Err("quiet"), Ok(1)], loud)}")
  println("${List.map([Batch([7, 8]), Batch([]), Single(3)], first_of)}")
  println(pair_head((["a", "b"], 1)) <> " " <> pair_head(([], 2)))
end
