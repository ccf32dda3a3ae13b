# Derived Row: T.from_row(Map<String, String>) parses Int/Float/Bool/String fields, Bool from true/t/1/yes and false/f/0/no, Option "" -> None; errors "cannot parse 'x' as Int" and "missing column: count"
struct Account do
  name :: String
  count :: Int
  ratio :: Float
  active :: Bool
  email :: Option<String>
  age :: Option<Int>
end deriving(Row)

fn opt_s(o :: Option<String>) -> String do
  case o do
    Some(s) -> "Some(" <> s <> ")"
    None -> "None"
  end
end

fn opt_i(o :: Option<Int>) -> String do
  case o do
    Some(n) -> "Some(${n})"
    None -> "None"
  end
end

fn show(r :: Account!String) -> String do
  case r do
    Ok(a) -> a.name <> " ${a.count} ${a.ratio} ${a.active} " <> opt_s(a.email) <> " " <> opt_i(a.age)
    Err(e) -> "Err: " <> e
  end
end

fn row(active :: String) -> Map<String, String> do
  %{"name" => "Ann", "count" => "3", "ratio" => "0.5", "active" => active, "email" => "", "age" => ""}
end

fn main() do
  println(show(Account.from_row(%{"name" => "Ann", "count" => "42", "ratio" => "2.25", "active" => "true", "email" => "a@b.c", "age" => "30"})))
  println(show(Account.from_row(%{"name" => "", "count" => "-7", "ratio" => "3", "active" => "f", "email" => "", "age" => ""})))
  for v in ["true", "t", "1", "yes", "false", "f", "0", "no"] do
    println(v <> " -> " <> show(Account.from_row(row(v))))
  end
  println(show(Account.from_row(row("maybe"))))
  println(show(Account.from_row(%{"name" => "Bo", "count" => "x", "ratio" => "1", "active" => "t", "email" => "", "age" => ""})))
  println(show(Account.from_row(%{"name" => "Bo", "count" => "1", "ratio" => "fast", "active" => "t", "email" => "", "age" => ""})))
  println(show(Account.from_row(%{"name" => "Bo", "count" => "1", "ratio" => "1", "active" => "t", "email" => "", "age" => "old"})))
  println(show(Account.from_row(%{"name" => "Bo", "ratio" => "1", "active" => "t", "email" => "", "age" => ""})))
  println(show(Account.from_row(%{"count" => "1", "ratio" => "1", "active" => "t", "email" => "", "age" => ""})))
  println(show(Account.from_row(%{"name" => "Cy", "count" => "5", "ratio" => "1.5", "active" => "no", "email" => "c@d", "age" => "", "extra" => "ignored"})))
end
