# Services calling other services; tuple state holding a Pid; registering a service and finding it with Process.whereis
service Rates do
  fn init() -> Map<String, Int> do
    %{"usd" => 100, "eur" => 110}
  end
  call Rate(cur :: String) :: Int do |m|
    (m, Map.get(m, cur))
  end
end

service Converter do
  fn init(rates) do
    (rates, 0)
  end
  call Convert(cur :: String, amount :: Int) :: Int do |state|
    let (rates, n) = state
    let r = Rates.rate(rates, cur)
    ((rates, n + 1), amount * r / 100)
  end
  call Count() :: Int do |state|
    let (_, n) = state
    (state, n)
  end
end

fn rate_of(p :: Pid, cur :: String) -> Int = Rates.rate(p, cur)

fn main() do
  let r = Rates.start()
  let code = Process.register("rates", r)
  println("register ${code}")
  let found = Process.whereis("rates")
  let c = Converter.start(found)
  println("${Converter.convert(c, "eur", 50)}")
  println("${Converter.convert(c, "usd", 7)}")
  println("${Converter.convert(c, "gbp", 7)}")
  println("conversions ${Converter.count(c)}")
  println("direct ${rate_of(found, "eur")}")
end
