# error: struct literal for `Reading` is missing fields `tags` and `note`
struct Reading do
  sensor :: String
  tags :: List<String>
  note :: Option<String>
end

fn main() do
  let r = Reading { sensor: "t1" }
  println(r.sensor)
end
