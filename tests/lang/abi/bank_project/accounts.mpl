# Accounts: a six-field struct holding a nested struct, a list of sum values and an Option; apply returns Result<Result<Account, String>, Int>
pub struct Limits do
  daily :: Int
  overdraft :: Int
end deriving(Eq, Ord, Display, Debug)

pub type Txn do
  Deposit(Int)
  Withdraw(Int)
  Fee(String, Int)
end deriving(Eq, Ord, Display, Debug)

pub struct Account do
  id :: Int
  owner :: String
  balance :: Int
  limits :: Limits
  history :: List<Txn>
  flag :: Option<String>
end deriving(Eq, Ord, Display, Debug)

pub fn open(id :: Int, owner :: String, daily :: Int) -> Account do
  Account { id: id, owner: owner, balance: 0, limits: Limits { daily: daily, overdraft: 50 }, history: [], flag: None }
end

fn record(a :: Account, t :: Txn, delta :: Int) -> Account do
  %{a | balance: a.balance + delta, history: List.append(a.history, t)}
end

pub fn apply(a :: Account, t :: Txn) -> Result<Result<Account, String>, Int> do
  if a.flag == Some("frozen") do
    Err(423)
  else
    case t do
      Deposit(n) when n <= 0 -> Ok(Err("deposit must be positive"))
      Deposit(n) -> Ok(Ok(record(a, t, n)))
      Withdraw(n) when n > a.limits.daily -> Ok(Err("over daily limit ${a.limits.daily}"))
      Withdraw(n) when n > a.balance + a.limits.overdraft -> Ok(Err("insufficient funds"))
      Withdraw(n) -> Ok(Ok(record(a, t, 0 - n)))
      Fee(_, n) -> Ok(Ok(record(a, t, 0 - n)))
    end
  end
end

pub fn freeze(a :: Account) -> Account = %{a | flag: Some("frozen")}
