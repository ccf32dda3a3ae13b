# error: nested generic `Map<String, List<Int>` is missing one `>`
struct Index do
  entries :: Map<String, List<Int>
  size :: Int
end

fn main() do
  println("ok")
end
