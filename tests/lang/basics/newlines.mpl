# Newline handling: multi-line calls, lists, maps, tuples and struct literals inside brackets; `;` separators; one-line blocks
struct Config do
  name :: String
  retries :: Int
  tags :: List<String>
end

fn add3(a :: Int, b :: Int, c :: Int) -> Int do a + b + c end

fn main() do
  let total = add3(
    1,
    2,
    3
  )
  println("${total}")
  let cfg = Config {
    name: "svc",
    retries: 3,
    tags: [
      "a",
      "b"
    ]
  }
  println(cfg.name <> " ${cfg.retries} ${cfg.tags}")
  let m = %{
    1 => "one",
    2 => "two"
  }
  println("${Map.size(m)}")
  let pair = (
    10,
    20
  )
  let (a, b) = pair
  println("${a + b}")
  let ok = true
  let v = if ok do 1 else 2 end
  println("${v}"); println("same line")
  let r = case v do 1 -> "one"; _ -> "other" end
  println(r)
  let s = List.map([1, 2], fn x -> x + 1 end); println("${s}")
  let sum = [1, 2, 3]
    |> List.map(fn x -> x * 2 end)
    |> List.reduce(0, fn acc, x -> acc + x end)
  println("${sum}")
  let nested = add3(add3(1,
    1, 1), 2,
    3)
  println("${nested}")
end
