# Structural ==, compare and ordering: strings by content, lists elementwise/lexicographic, tuples, structs, variants, maps regardless of order
struct P do
  a :: Int
  b :: String
end

type T do
  One
  Two(Int)
  Three(String, Int)
end

fn name(o :: Ordering) -> String do
  case o do
    Less -> "Less"
    Equal -> "Equal"
    Greater -> "Greater"
  end
end

fn main() do
  let s1 = "ab" <> "c"
  println("${s1 == "abc"} ${[s1, "x"] == ["abc", "x"]} ${[1, 2] == [1, 2, 3]}")
  println("${(1, "a") == (1, "a")} ${(1, "a") == (1, "b")}")
  println("${P { a: 1, b: "x" } == P { a: 1, b: "x" }} ${P { a: 1, b: "x" } == P { a: 2, b: "x" }}")
  println("${Two(3) == Two(3)} ${Two(3) == Two(4)} ${One == Two(1)}")
  println("${[1.5, 2.0] == [1.5, 2.0]} ${0.0 == -0.0}")
  let m1 = Map.put(Map.put(Map.new(), "a", 1), "b", 2)
  let m2 = Map.put(Map.put(Map.new(), "b", 2), "a", 1)
  let m3 = Map.put(m2, "a", 5)
  println("${m1 == m2} ${m1 == m3}")
  let st1 = Set.add(Set.add(Set.new(), 1), 2)
  let st2 = Set.add(Set.add(Set.new(), 2), 1)
  println("${st1 == st2}")
  println(name(compare([1, 2, 3], [1, 3])))
  println(name(compare([1, 2], [1, 2, 0])))
  println(name(compare("apple", "apricot")))
  println(name(compare((1, "b"), (1, "a"))))
  println(name(compare(P { a: 1, b: "z" }, P { a: 2, b: "a" })))
  println(name(compare(One, Two(0))))
  println(name(compare(Three("a", 9), Three("a", 2))))
  println(name(compare(-1.5, 2.0)))
  println("${[2, 1] > [1, 9]} ${"b" > "abc"} ${(2, 0) >= (2, 0)} ${Two(5) < Three("", 0)}")
end
