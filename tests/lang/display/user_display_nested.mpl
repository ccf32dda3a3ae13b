# A user `impl Display` is used wherever the type appears: fields of derived-Display structs, variant payloads, lists, maps, options, tuples, results and interpolation
struct Money do
  cents :: Int
end

impl Display for Money do
  fn to_string(self) -> String do
    let sign = if self.cents < 0 do "-" else "" end
    let a = Math.abs(self.cents)
    let frac = a % 100
    let pad = if frac < 10 do "0" else "" end
    "${sign}\$${a / 100}.${pad}${frac}"
  end
end

type Level do
  Low
  High
end

impl Display for Level do
  fn to_string(self) -> String do
    case self do
      Low -> "low!"
      High -> "HIGH!"
    end
  end
end

struct Line do
  item :: String
  price :: Money
  level :: Level
end deriving(Display)

type Entry do
  Charge(Money)
  Refund(Money, String)
end deriving(Display)

fn main() do
  let m = Money { cents: 1205 }
  let n = Money { cents: -7 }
  println("${m} ${n}")
  println("${Line { item: "pen", price: m, level: High }}")
  println("${[Charge(m), Refund(n, "late")]}")
  println("${[m, n]} ${Some(m)} ${(Low, m)}")
  println("${Map.put(Map.new(), "total", Money { cents: 100000 })}")
  println("total: " <> m.to_string())
  let lines = List.map([5, 50, 500], fn c -> Line { item: "x${c}", price: Money { cents: c }, level: if c > 10 do High else Low end } end)
  println("${lines}")
  let r :: Result<Money, Level> = Err(Low)
  let s :: Result<Money, Level> = Ok(n)
  println("${r} ${s}")
end
