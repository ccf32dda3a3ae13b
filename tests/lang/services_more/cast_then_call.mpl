# Casts return at once and are handled in arrival order before a later call from the same client; a call after 1,000 casts sees all of them
service Journal do
  fn init() -> List<String> do [] end
  cast Note(text :: String) do |lines|
    List.append(lines, text)
  end
  cast Bump(n :: Int) do |lines|
    List.append(lines, "#${n}")
  end
  call Lines() :: List<String> do |lines|
    (lines, lines)
  end
  call Count() :: Int do |lines|
    (lines, List.length(lines))
  end
end

fn bump_all(j, i :: Int, n :: Int) -> () do
  if i < n do
    Journal.bump(j, i)
    bump_all(j, i + 1, n)
  else
    ()
  end
end

fn main() do
  let j = Journal.start()
  let r = Journal.note(j, "first")
  println("cast returned ${r == ()}")
  Journal.note(j, "second")
  Journal.note(j, "third")
  println(String.join(Journal.lines(j), ", "))
  bump_all(j, 0, 1000)
  println("count ${Journal.count(j)}")
  let lines = Journal.lines(j)
  println("last two: " <> String.join(List.drop(lines, 1001), ", "))
end
