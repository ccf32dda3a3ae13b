# error: `S.start("zero")` - init takes `start :: Int`
service S do
  fn init(start :: Int) -> Int do start end
  call Get() :: Int do |n|
    (n, n)
  end
end
fn main() do
  let p = S.start("zero")
  println("${S.get(p)}")
end
