# error: service declares `call Get` twice
service S do
  fn init() -> Int do 0 end
  call Get() :: Int do |n|
    (n, n)
  end
  call Get() :: Int do |n|
    (n, n + 1)
  end
end
fn main() do
  let p = S.start()
  println("${S.get(p)}")
end
