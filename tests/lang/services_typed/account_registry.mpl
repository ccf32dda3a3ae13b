# Service whose state is a struct holding a Map of structs; calls reply with Results of structs, Options, lists and tuples; casts update state
struct Account do
  id :: Int
  owner :: String
  balance :: Int
  frozen :: Bool
end deriving(Eq)

struct Registry do
  accounts :: Map<Int, Account>
  next_id :: Int
  log :: List<String>
end

service Accounts do
  fn init(first_id :: Int) -> Registry do
    Registry { accounts: %{}, next_id: first_id, log: [] }
  end

  call Open(owner :: String, deposit :: Int) :: Account!String do |reg|
    if deposit < 0 do
      (reg, Err("negative deposit"))
    else
      let acct = Account { id: reg.next_id, owner: owner, balance: deposit, frozen: false }
      let reg2 = %{reg | accounts: Map.put(reg.accounts, acct.id, acct), next_id: reg.next_id + 1, log: List.append(reg.log, "open ${acct.id}")}
      (reg2, Ok(acct))
    end
  end

  call Get(id :: Int) :: Account!String do |reg|
    (reg, lookup(reg, id))
  end

  call Transfer(from :: Int, to :: Int, amount :: Int) :: (Account, Account)!String do |reg|
    case move_money(reg, from, to, amount) do
      Ok((reg2, a, b)) -> (%{reg2 | log: List.append(reg2.log, "move ${amount}")}, Ok((a, b)))
      Err(e) -> (reg, Err(e))
    end
  end

  call Richest() :: Option<Account> do |reg|
    let all = Map.values(reg.accounts)
    let best = List.reduce(all, None, fn acc, a -> pick(acc, a) end)
    (reg, best)
  end

  call History() do |reg|
    (reg, reg.log)
  end

  cast Freeze(id :: Int) do |reg|
    case lookup(reg, id) do
      Ok(a) -> %{reg | accounts: Map.put(reg.accounts, id, %{a | frozen: true}), log: List.append(reg.log, "freeze ${id}")}
      Err(_) -> reg
    end
  end
end

fn lookup(reg :: Registry, id :: Int) -> Account!String do
  if Map.has_key(reg.accounts, id) do Ok(Map.get(reg.accounts, id)) else Err("no account ${id}") end
end

fn pick(best :: Option<Account>, a :: Account) -> Option<Account> do
  case best do
    Some(b) when b.balance >= a.balance -> best
    _ -> Some(a)
  end
end

fn move_money(reg :: Registry, from :: Int, to :: Int, amount :: Int) -> (Registry, Account, Account)!String do
  let a = lookup(reg, from)?
  let b = lookup(reg, to)?
  if a.frozen or b.frozen do
    return Err("account frozen")
  end
  if a.balance < amount do
    return Err("insufficient funds in ${from}")
  end
  let a2 = %{a | balance: a.balance - amount}
  let b2 = %{b | balance: b.balance + amount}
  let accounts = reg.accounts |> Map.put(from, a2) |> Map.put(to, b2)
  Ok((%{reg | accounts: accounts}, a2, b2))
end

fn show(r :: Account!String) -> String do
  case r do
    Ok(a) -> a.owner <> " #${a.id} has ${a.balance}" <> if a.frozen do " (frozen)" else "" end
    Err(e) -> "error: " <> e
  end
end

fn main() do
  let pid = Accounts.start(100)
  println(show(Accounts.open(pid, "ann", 50)))
  println(show(Accounts.open(pid, "bob", 10)))
  println(show(Accounts.open(pid, "cy", -5)))
  println(show(Accounts.open(pid, "dee", 500)))
  case Accounts.transfer(pid, 100, 101, 30) do
    Ok((a, b)) -> println("moved: " <> a.owner <> " ${a.balance}, " <> b.owner <> " ${b.balance}")
    Err(e) -> println("error: " <> e)
  end
  case Accounts.transfer(pid, 101, 100, 1000) do
    Ok((a, b)) -> println("moved: " <> a.owner <> " ${a.balance}, " <> b.owner <> " ${b.balance}")
    Err(e) -> println("error: " <> e)
  end
  case Accounts.transfer(pid, 100, 999, 1) do
    Ok(_) -> println("moved")
    Err(e) -> println("error: " <> e)
  end
  Accounts.freeze(pid, 102)
  case Accounts.transfer(pid, 102, 100, 1) do
    Ok(_) -> println("moved")
    Err(e) -> println("error: " <> e)
  end
  println(show(Accounts.get(pid, 101)))
  println(show(Accounts.get(pid, 102)))
  println(show(Accounts.get(pid, 7)))
  case Accounts.richest(pid) do
    Some(a) -> println("richest " <> a.owner)
    None -> println("nobody")
  end
  let empty = Accounts.start(1)
  case Accounts.richest(empty) do
    Some(a) -> println("richest " <> a.owner)
    None -> println("nobody")
  end
  println(String.join(Accounts.history(pid), "; "))
end
