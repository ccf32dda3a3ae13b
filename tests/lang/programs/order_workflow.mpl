# A state machine over nested sum types: transitions return Result, events are folded with reduce, history kept in a struct updated with %{s | ...}
type Payment do
  Card(Int)
  Voucher(String)
end

type State do
  Draft
  Placed(Int)
  Paid(Int, Payment)
  Shipped(String)
  Cancelled(String)
end

type Event do
  Place(Int)
  Pay(Payment)
  Ship(String)
  Cancel(String)
end

struct Order do
  state :: State
  history :: List<String>
  errors :: Int
end

fn transition(s :: State, e :: Event) -> State!String do
  case (s, e) do
    (Draft, Place(n)) when n > 0 -> Ok(Placed(n))
    (Draft, Place(_)) -> Err("empty order")
    (Placed(total), Pay(Card(amount))) when amount >= total -> Ok(Paid(total, Card(amount)))
    (Placed(total), Pay(Card(amount))) -> Err("card short by ${total - amount}")
    (Placed(total), Pay(Voucher(code))) -> Ok(Paid(total, Voucher(code)))
    (Paid(_, _), Ship(addr)) -> Ok(Shipped(addr))
    (Shipped(_), Cancel(_)) -> Err("already shipped")
    (Cancelled(_), _) -> Err("order is cancelled")
    (_, Cancel(why)) -> Ok(Cancelled(why))
    (_, _) -> Err("invalid event")
  end
end

fn state_name(s :: State) -> String do
  case s do
    Draft -> "draft"
    Placed(t) -> "placed(${t})"
    Paid(t, Card(_)) -> "paid ${t} by card"
    Paid(t, Voucher(c)) -> "paid ${t} with voucher " <> c
    Shipped(a) -> "shipped to " <> a
    Cancelled(w) -> "cancelled: " <> w
  end
end

fn event_name(e :: Event) -> String do
  case e do
    Place(n) -> "place ${n}"
    Pay(Card(n)) -> "pay card ${n}"
    Pay(Voucher(c)) -> "pay voucher " <> c
    Ship(a) -> "ship " <> a
    Cancel(w) -> "cancel " <> w
  end
end

fn apply_event(o :: Order, e :: Event) -> Order do
  case transition(o.state, e) do
    Ok(next) -> %{o | state: next, history: List.append(o.history, event_name(e) <> " -> " <> state_name(next))}
    Err(msg) -> %{o | errors: o.errors + 1, history: List.append(o.history, event_name(e) <> " !! " <> msg)}
  end
end

fn run(events :: List<Event>) -> Order do
  List.reduce(events, Order { state: Draft, history: [], errors: 0 }, apply_event)
end

fn print_order(label :: String, o :: Order) -> () do
  println("== " <> label <> " (${o.errors} errors)")
  for line in o.history do
    println("  " <> line)
  end
  println("  final: " <> state_name(o.state))
end

fn main() do
  print_order("happy", run([Place(30), Pay(Card(50)), Ship("Oslo")]))
  print_order("short card", run([Place(0), Place(40), Pay(Card(25)), Pay(Voucher("FREE")), Ship("Rome"), Cancel("late")]))
  print_order("cancelled", run([Place(10), Cancel("changed mind"), Pay(Card(10)), Ship("Bern")]))
  print_order("odd", run([Ship("Nowhere"), Pay(Voucher("X"))]))
end
