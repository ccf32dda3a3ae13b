# A user `impl Json` (to_json) is used by Json.encode, its text inserted as is, also inside lists, options, maps and a generic derived struct; `v.to_json()` calls it
struct Money do
  cents :: Int
end

impl Json for Money do
  fn to_json(self) -> String do
    "\"$" <> "${self.cents / 100}.${self.cents % 100}\""
  end
end

struct Entry<T> do
  label :: String
  amount :: T
  extra :: List<T>
  tip :: Option<T>
end deriving(Json)

fn main() do
  let m = Money { cents: 1250 }
  println(Json.encode(m))
  println(m.to_json())
  println(Json.encode([m, Money { cents: 1000 }]))
  println(Json.encode(Some(Money { cents: 199 })))
  println(Json.encode(%{"x" => Money { cents: 310 }, "a" => Money { cents: 420 }}))
  let e = Entry { label: "A-1", amount: m, extra: [Money { cents: 250 }], tip: None }
  let text = Json.encode(e)
  println(text)
  println(Json.get(text, "amount"))
  let plain = Entry { label: "n", amount: 5, extra: [6, 7], tip: Some(8) }
  println(Json.encode(plain))
end
