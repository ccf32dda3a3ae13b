# error: keyword arguments become a Map<String, _>, but `greet` takes a String
fn greet(name :: String) -> String = "hi " <> name

fn main() do
  println(greet(name: "Ann"))
end
