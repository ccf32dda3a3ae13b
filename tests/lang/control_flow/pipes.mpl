# Pipe operator: into bare functions, calls with args, module functions, empty parens, and lines starting with |>
fn double(x :: Int) -> Int = x * 2
fn add(x :: Int, y :: Int) -> Int = x + y
fn wrap(s :: String, l :: String, r :: String) -> String = l <> s <> r

fn main() do
  let a = 5 |> double
  println("${a}")
  let b = 5 |> add(3)
  println("${b}")
  let c = 5 |> double() |> add(1) |> double
  println("${c}")
  let words = "the quick brown fox"
    |> String.split(" ")
    |> List.map(fn w -> String.to_upper(w) end)
    |> List.filter(fn w -> String.length(w) > 3 end)
  println("${words}")
  let text = [3, 1, 2]
    |> List.sort(fn x, y -> x - y end)
    |> List.map(fn n -> String.from(n) end)
    |> String.join("-")
  println(text)
  "hello" |> wrap("<", ">") |> println
  println("done" |> String.to_upper())
  let total = [1, 2, 3] |> List.reduce(0, fn acc, x -> acc + x end)
  println("${total}")
  let n = 1 + 2 |> double
  println("${n}")
  let m = %{"a" => 1}
    |> Map.put("b", 2)
    |> Map.put("c", 3)
  println("${Map.size(m)}")
  [4, 5]
    |> List.map(fn x -> x * x end)
    |> List.reduce(0, fn acc, x -> acc + x end)
    |> String.from()
    |> println()
end
