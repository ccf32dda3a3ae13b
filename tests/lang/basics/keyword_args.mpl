# Keyword arguments: trailing `name: expr` arguments become one Map<String, _> last argument
fn greet(greeting :: String, opts :: Map<String, String>) -> String do
  let name = Map.get(opts, "name")
  let punct = if Map.has_key(opts, "punct") do Map.get(opts, "punct") else "." end
  greeting <> ", " <> name <> punct
end

fn total(opts :: Map<String, Int>) -> Int do
  Map.get(opts, "a") + Map.get(opts, "b") * Map.get(opts, "c")
end

fn main() do
  println(greet("Hello", name: "Ann"))
  println(greet("Hi", name: "Bo", punct: "!"))
  println(greet("Hey", %{"name" => "Cy"}))
  println("${total(a: 1, b: 2, c: 3)}")
  println("${total(b: 5, c: 2)}")
  let opts = %{"a" => 4, "b" => 1, "c" => 1}
  println("${total(opts)}")
end
