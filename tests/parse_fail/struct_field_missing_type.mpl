# error: struct field `tags` has `::` but no type
struct Post do
  title :: String
  tags ::
  body :: String
end

fn main() do
  println("ok")
end
