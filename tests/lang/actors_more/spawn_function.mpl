# spawn of plain functions (not actors) with arguments of several types; spawn arguments are copies; each function reports to a collector actor
struct Job do
  name :: String
  weights :: List<Int>
end

actor collector(left :: Int, lines :: List<String>) do
  if left == 0 do
    for l in List.sort(lines, fn a, b -> compare_text(a, b) end) do
      println(l)
    end
    ()
  else
    receive do
      line -> collector(left - 1, List.append(lines, line))
    end
  end
end

fn compare_text(a :: String, b :: String) -> Int do
  case compare(a, b) do
    Less -> -1
    Equal -> 0
    Greater -> 1
  end
end

fn weigh(job :: Job, out) -> () do
  let total = List.reduce(job.weights, 0, fn a, b -> a + b end)
  send(out, job.name <> " weighs ${total}")
end

fn repeat(word :: String, times :: Int, out) -> () do
  send(out, String.join(for _ in 0..times do word end, "-"))
end

fn nothing_to_say() -> () do
  ()
end

fn main() do
  let c = spawn(collector, 3, [])
  let job = Job { name: "crate", weights: [5, 10, 20] }
  let _ = spawn(weigh, job, c)
  let _ = spawn(repeat, "ho", 3, c)
  let _ = spawn(nothing_to_say)
  let _ = spawn(weigh, %{job | name: "box", weights: [1]}, c)
  println("main still has ${job.name} ${job.weights}")
end
