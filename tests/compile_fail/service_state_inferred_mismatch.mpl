# error: untyped service state is Int (init returns 0) but the call body uses it with `<>`
service S do
  fn init() do 0 end
  call Name() do |n|
    (n <> "x", n)
  end
end
fn main() do
  let p = S.start()
  println("${S.name(p)}")
end
