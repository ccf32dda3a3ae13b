# Allocates about 10 GB in total while keeping about 5 MB live: the
# collector must keep the peak resident memory under 100 MB.
fn build_live(i :: Int, acc :: List<String>) -> List<String> do
  if i == 0 do
    acc
  else
    build_live(i - 1, List.append(acc, String.repeat("k", 1000)))
  end
end

fn churn(i :: Int, total :: Int) -> Int do
  if i == 0 do
    total
  else
    let s = String.repeat("x", 1000)
    churn(i - 1, total + String.length(s))
  end
end

fn main() do
  let live = build_live(5000, [])
  let total = churn(10000000, 0)
  println("${total}")
  println("${List.length(live)} ${String.length(List.get(live, 4999))}")
end
