# Rules: functions returning closures that capture an Account or Ints, applied to Accounts made elsewhere; a multi-clause function over an imported sum type
from Accounts import Account, Txn

pub fn fee_policy(min_balance :: Int, fee :: Int) -> Fun(Account) -> Option<Txn> do
  fn(a :: Account) -> if a.balance < min_balance do Some(Fee("low balance", fee)) else None end end
end

pub fn watcher(owner :: Account) -> Fun(Account) -> Option<(Int, String)> do
  fn(a :: Account) -> if a.balance < owner.balance do Some((owner.balance - a.balance, a.owner)) else None end end
end

pub fn describe(Deposit(n)) = "+${n}"
pub fn describe(Withdraw(n)) when n >= 100 = "-${n} (large)"
pub fn describe(Withdraw(n)) = "-${n}"
pub fn describe(Fee(why, n)) = "fee ${n}: " <> why
