# GC in long-lived actors: one actor churns through millions of short-lived strings, lists and maps while keeping a small rolling window; another keeps a 50,000-element list alive across all its collections and checks it each round
fn round_garbage(r :: Int) -> Int do
  let words = for i in 0..500 do "w${r}-${i}" end
  let m = List.reduce(List.take(words, 50), %{}, fn acc, w -> Map.put(acc, w, String.length(w)) end)
  List.length(words) + Map.size(m)
end

actor churner(round :: Int, total :: Int, window :: List<String>, out) do
  if round == 2000 do
    send(out, "churner: ${total} values, window " <> String.join(window, " "))
  else
    let n = round_garbage(round)
    let appended = List.append(window, "r${round}")
    churner(round + 1, total + n, List.drop(appended, List.length(appended) - 3), out)
  end
end

fn checksum(xs :: List<Int>) -> Int = List.reduce(xs, 0, fn a, b -> (a * 7 + b) % 1000000007 end)

actor keeper(big :: List<Int>, expected :: Int, round :: Int, ok :: Bool, out) do
  if round == 100 do
    send(out, "keeper: big list intact after 100 rounds: ${ok}, length ${List.length(big)}")
  else
    let garbage = for i in 0..5000 do [i, i + 1] end
    let _ = List.length(List.flatten(garbage))
    keeper(big, expected, round + 1, ok and checksum(big) == expected, out)
  end
end

actor printer(left :: Int, lines :: List<String>) do
  if left > 0 do
    receive do
      s -> printer(left - 1, List.append(lines, s))
    end
  else
    for l in List.sort(lines, fn a, b -> if a < b do -1 else 1 end end) do
      println(l)
    end
    ()
  end
end

fn main() do
  let p = spawn(printer, 2, [])
  let big = for i in 0..50000 do i * 3 end
  let _ = spawn(keeper, big, checksum(big), 0, true, p)
  Timer.sleep(1)
  let _ = spawn(churner, 0, 0, [], p)
end
