# List.sort: comparator order both ways, stability on equal keys (structs, strings), 100,000 elements reversed and by a coarse key
struct Person do
  name :: String
  age :: Int
end

fn check_sorted(xs :: List<Int>, i :: Int) -> Bool do
  if i + 1 >= List.length(xs) do
    true
  else if List.get(xs, i) > List.get(xs, i + 1) do
    false
  else
    check_sorted(xs, i + 1)
  end
end

fn main() do
  let xs = [5, 3, 9, 1, 3, 7]
  println("${List.sort(xs, fn a, b -> a - b end)}")
  println("${List.sort(xs, fn a, b -> b - a end)}")
  println("${xs}")
  let people = [Person { name: "ann", age: 30 }, Person { name: "bob", age: 25 }, Person { name: "cid", age: 30 }, Person { name: "dee", age: 25 }, Person { name: "eve", age: 20 }]
  let by_age = List.sort(people, fn(a :: Person, b :: Person) -> a.age - b.age end)
  println(String.join(List.map(by_age, fn(p :: Person) -> p.name end), ","))
  let fruit = ["pear", "fig", "apple", "kiwi", "date"]
  println(String.join(List.sort(fruit, fn a, b -> String.length(a) - String.length(b) end), ","))
  let same = List.sort(fruit, fn a, b -> 0 end)
  println(String.join(same, ","))
  let e :: List<Int> = []
  println("${List.sort(e, fn a, b -> a - b end)} ${List.sort([42], fn a, b -> a - b end)}")
  let rev = Range.map(0..100000, fn i -> 100000 - i end)
  let sorted = List.sort(rev, fn a, b -> a - b end)
  println("${check_sorted(sorted, 0)} ${List.get(sorted, 0)} ${List.last(sorted)} ${List.length(sorted)}")
  let by_digit = List.sort(Range.to_list(0..100000), fn a, b -> a % 10 - b % 10 end)
  println("${List.get(by_digit, 0)} ${List.get(by_digit, 1)} ${List.get(by_digit, 9999)} ${List.get(by_digit, 10000)} ${List.last(by_digit)}")
end
