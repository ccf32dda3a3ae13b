# error: `S.add(3)` omits the service pid as first argument
service S do
  fn init() -> Int do 0 end
  call Add(k :: Int) :: Int do |n|
    (n + k, n + k)
  end
end
fn main() do
  let p = S.start()
  println("${S.add(3)}")
end
