# error: `call` handler name must be uppercase (`GetValue`), got `get_value`
service Cache do
  fn init() -> Int do 0 end
  call get_value() :: Int do |n|
    (n, n)
  end
end

fn main() do
  let c = Cache.start()
  println("${Cache.get_value(c)}")
end
