# error: `cast` body returns a (state, reply) tuple, but a cast returns only the new state
service S do
  fn init() -> Int do 0 end
  cast Bump() do |n|
    (n + 1, n)
  end
end
fn main() do
  let p = S.start()
  S.bump(p)
end
