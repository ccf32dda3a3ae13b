# error: reply of `Store.fetch` is a String, but it is added to an Int
service Store do
  fn init() -> String do "v" end
  call Fetch() :: String do |s|
    (s, s)
  end
end

fn main() do
  let pid = Store.start()
  let n = Store.fetch(pid) + 1
  println("${n}")
end
