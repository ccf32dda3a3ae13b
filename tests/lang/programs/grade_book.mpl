# for comprehensions with `when` filters over maps (including nested maps of maps), map entries as {k, v}, Map.to_list tuples, and averages as Floats
fn book() -> Map<String, Map<String, Int>> do
  %{
    "ann" => %{"math" => 91, "art" => 78, "bio" => 85},
    "bob" => %{"math" => 55, "art" => 95},
    "cy" => %{"math" => 72, "art" => 64, "bio" => 99, "geo" => 80}
  }
end

fn average(m :: Map<String, Int>) -> Float do
  let total = List.reduce(Map.values(m), 0, fn a, b -> a + b end)
  Int.to_float(total) / Int.to_float(Map.size(m))
end

fn best_subject(m :: Map<String, Int>) -> (String, Int) do
  List.reduce(Map.to_list(m), ("", -1), fn best, entry -> pick(best, entry) end)
end

fn pick(best :: (String, Int), entry :: (String, Int)) -> (String, Int) do
  let (_, b) = best
  let (_, s) = entry
  if s > b do entry else best end
end

fn main() do
  let grades = book()
  for {student, subjects} in grades do
    let (subj, score) = best_subject(subjects)
    println(student <> ": avg ${average(subjects)}, best " <> subj <> " ${score}")
  end
  let honours = for {student, subjects} in grades when average(subjects) >= 80.0 do student end
  println("honours ${honours}")
  let takes_bio = for {student, subjects} in grades when Map.has_key(subjects, "bio") do student end
  println("bio ${takes_bio}")
  let high = for {student, subjects} in grades do
    for {subj, score} in subjects when score >= 85 do student <> "/" <> subj end
  end
  println("${List.flatten(high)}")
  let math = for {student, subjects} in grades when Map.get(subjects, "math") > 60 do (student, Map.get(subjects, "math")) end
  let math_map = Map.from_list(math)
  println("${Map.keys(math_map)} ${Map.values(math_map)}")
  let curved = for {student, subjects} in grades do
    let bumped = for {subj, score} in subjects do (subj, Math.min(100, score + 5)) end
    (student, Map.from_list(bumped))
  end
  for {student, subjects} in Map.from_list(curved) when student != "bob" do
    println(student <> " curved ${Map.values(subjects)}")
  end
  let counts = for {subj, _} in Map.get(grades, "cy") do
    let takers = for {_, subjects} in grades when Map.has_key(subjects, subj) do 1 end
    subj <> "=${List.length(takers)}"
  end
  println(String.join(counts, " "))
end
