# Range: new/to_list/length/map/filter, empty, reversed and negative ranges, `a..b` literals, for over ranges, method syntax
fn main() do
  let r = Range.new(3, 8)
  println("${Range.to_list(r)} ${Range.length(r)}")
  println("${Range.to_list(Range.new(5, 5))} ${Range.length(Range.new(9, 2))} ${Range.to_list(Range.new(9, 2))}")
  println("${Range.to_list(-3..2)} ${Range.length(-3..2)}")
  println("${Range.map(1..5, fn i -> i * i end)}")
  let labels = Range.map(0..3, fn i -> "#" <> String.from(i) end)
  println(String.join(labels, " "))
  println("${Range.filter(0..20, fn i -> i % 7 == 0 end)}")
  println("${Range.filter(0..5, fn i -> i > 10 end)}")
  let total = List.reduce(Range.to_list(0..100001), 0, fn a, b -> a + b end)
  println("${total}")
  println("${Range.length(0..1000000)}")
  let sq = for i in 2..5 do i * 10 end
  println("${sq}")
  println("${r.length()}")
end
