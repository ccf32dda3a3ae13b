# error: `call Name() :: Int` but the reply element of the tuple is a String
service Registry do
  fn init() -> String do "main" end
  call Name() :: Int do |s|
    (s, s)
  end
end

fn main() do
  let pid = Registry.start()
  println("${Registry.name(pid)}")
end
