# A user Display impl is used for the value itself and wherever it is nested (lists, options, tuples, maps, String.from)
struct Money do
  cents :: Int
end

impl Display for Money do
  fn to_string(self) -> String do
    let whole = self.cents / 100
    let rest = self.cents % 100
    if rest < 10 do "$${whole}.0${rest}" else "$${whole}.${rest}" end
  end
end

type Temp do
  Celsius(Float)
end

impl Display for Temp do
  fn to_string(self) -> String do
    case self do
      Celsius(c) -> "${c} C"
    end
  end
end

fn main() do
  let m = Money { cents: 1234 }
  println("${m}")
  println(String.from(Money { cents: 5 }))
  println("${[m, Money { cents: 99 }]}")
  println("${Some(m)}")
  println("${(m, 1)}")
  println("${Map.put(Map.new(), "price", m)}")
  println("${[Celsius(21.5), Celsius(-4.0)]}")
  let many = List.map([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], fn i -> Money { cents: i * 101 } end)
  println("${many}")
end
