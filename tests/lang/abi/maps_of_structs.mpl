# Maps of structs: Map<String, Account> in a struct field, updated through Results, read back, iterated with for {k, v}, struct keys, grouping into Map<Int, List<String>>
struct Account do
  owner :: String
  balance :: Int
  frozen :: Bool
end deriving(Eq, Display)

struct Cell do
  row :: Int
  col :: Int
end

struct Ledger do
  name :: String
  accounts :: Map<String, Account>
  marks :: Map<Cell, String>
end

fn open(l :: Ledger, owner :: String, amount :: Int) -> Ledger do
  %{l | accounts: Map.put(l.accounts, owner, Account { owner: owner, balance: amount, frozen: false })}
end

fn freeze(l :: Ledger, who :: String) -> Ledger do
  %{l | accounts: Map.put(l.accounts, who, %{Map.get(l.accounts, who) | frozen: true})}
end

fn transfer(l :: Ledger, from :: String, to :: String, amount :: Int) -> Ledger!String do
  if not Map.has_key(l.accounts, from) do
    Err("no account " <> from)
  else if not Map.has_key(l.accounts, to) do
    Err("no account " <> to)
  else
    let a = Map.get(l.accounts, from)
    let b = Map.get(l.accounts, to)
    if a.frozen do
      Err(from <> " is frozen")
    else if a.balance < amount do
      Err("insufficient funds in " <> from)
    else
      let accs = Map.put(Map.put(l.accounts, from, %{a | balance: a.balance - amount}), to, %{b | balance: b.balance + amount})
      Ok(%{l | accounts: accs})
    end
  end
end

fn balances(l :: Ledger) -> String do
  let parts = for {k, v} in l.accounts do "${k}=${v.balance}" end
  String.join(parts, " ")
end

fn report(r :: Ledger!String) -> String do
  case r do
    Ok(l) -> "ok " <> balances(l)
    Err(e) -> "error: " <> e
  end
end

fn main() do
  let l0 = Ledger { name: "main", accounts: Map.new(), marks: Map.new() }
  let l1 = open(open(open(l0, "ann", 100), "bob", 50), "cy", 0)
  println("${Map.size(l1.accounts)} ${Map.keys(l1.accounts)}")
  let l2 = case transfer(l1, "ann", "cy", 30) do
    Ok(l) -> l
    Err(_) -> l1
  end
  println("${Map.values(l2.accounts)}")
  println(report(transfer(l2, "bob", "dan", 5)))
  println(report(transfer(l2, "cy", "ann", 31)))
  let l3 = freeze(l2, "bob")
  println(report(transfer(l3, "bob", "ann", 1)))
  println(report(transfer(l3, "ann", "bob", 70)))
  println(balances(l1))
  let marks = Map.put(Map.put(Map.new(), Cell { row: 1, col: 2 }, "x"), Cell { row: 0, col: 0 }, "o")
  let marks = Map.put(marks, Cell { row: 1, col: 2 }, "X")
  let l4 = %{l3 | marks: marks}
  println("${Map.size(l4.marks)} " <> Map.get(l4.marks, Cell { row: 1, col: 2 }))
  println("${Map.has_key(l4.marks, Cell { row: 2, col: 1 })}")
  let frozen_names = for {k, v} in l4.accounts when v.frozen do k end
  println("${frozen_names}")
  println("${Map.get(l4.accounts, "bob") == Account { owner: "bob", balance: 50, frozen: true }}")
  let groups = List.reduce(Map.values(l2.accounts), Map.new(), fn(m, a) do
    let key = a.balance / 50
    let existing = if Map.has_key(m, key) do Map.get(m, key) else [] end
    Map.put(m, key, List.append(existing, a.owner))
  end)
  println("${groups}")
  println(l4.name)
end
