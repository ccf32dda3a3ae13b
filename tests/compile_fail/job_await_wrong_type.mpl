# error: Job.await returns Int!String but the result is used as an Int directly
fn main() do
  let p = Job.async(fn -> 21 * 2 end)
  let v = Job.await(p) + 1
  println("${v}")
end
