# Multi-module project: Accounts hands Result<Result<Account, String>, Int> across the boundary, Rules returns closures capturing Accounts; Main folds transactions, prints derived Display and Debug, orders imported structs by derived Ord
import Accounts
import Rules
from Accounts import Account, Txn

fn step(state :: (Account, List<String>), t :: Txn) -> (Account, List<String>) do
  let (a, log) = state
  case Accounts.apply(a, t) do
    Ok(Ok(next)) -> (next, List.append(log, "ok " <> Rules.describe(t)))
    Ok(Err(why)) -> (a, List.append(log, "rejected " <> Rules.describe(t) <> ": " <> why))
    Err(code) -> (a, List.append(log, "error ${code}"))
  end
end

fn main() do
  let a = Accounts.open(1, "ann", 100)
  let txns = [Deposit(80), Withdraw(120), Withdraw(100), Deposit(0), Fee("monthly", 5), Withdraw(30)]
  let (a2, log) = List.reduce(txns, (a, []), step)
  for line in log do
    println(line)
  end
  println("${a2}")
  println(a2.inspect())
  let frozen = Accounts.freeze(a2)
  println("${Accounts.apply(frozen, Deposit(5))}")
  println("${Accounts.apply(a2, Deposit(5))}")
  println("${Accounts.apply(a2, Deposit(-1))}")
  let policy = Rules.fee_policy(0, 7)
  let b = Accounts.open(2, "bob", 500)
  let b2 = case Accounts.apply(b, Deposit(300)) do
    Ok(Ok(x)) -> x
    _ -> b
  end
  println("${policy(a2)} ${policy(b2)}")
  let watch = Rules.watcher(b2)
  println("${List.map([a2, b2, a], watch)}")
  let sorted = List.sort([b2, a2, a], fn x, y -> case compare(x, y) do
    Less -> -1
    Equal -> 0
    Greater -> 1
  end end)
  println("${List.map(sorted, fn x -> x.balance end)}")
  println("${a2 < a} ${b2 > a} ${a2.limits == b2.limits}")
  let fees = List.filter(a2.history, fn t -> case t do
    Fee(_, _) -> true
    _ -> false
  end end)
  println("${fees == [Fee("monthly", 5)]}")
end
