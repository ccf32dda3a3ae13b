# Service with struct state and struct update, Result and tuple replies, two-argument init, a cast named Send (Mailer.send)
struct Account do
  owner :: String
  balance :: Int
  history :: List<String>
end

service Bank do
  fn init(owner :: String, opening :: Int) -> Account do
    Account { owner: owner, balance: opening, history: [] }
  end
  call Deposit(amount :: Int) :: Int do |acct|
    let updated = %{acct | balance: acct.balance + amount, history: List.append(acct.history, "deposit ${amount}")}
    (updated, updated.balance)
  end
  call Withdraw(amount :: Int) :: Int!String do |acct|
    if amount > acct.balance do
      (acct, Err("insufficient funds"))
    else
      let updated = %{acct | balance: acct.balance - amount, history: List.append(acct.history, "withdraw ${amount}")}
      (updated, Ok(updated.balance))
    end
  end
  call Statement() :: (String, List<String>) do |acct|
    (acct, (acct.owner, acct.history))
  end
end

service Mailer do
  fn init() -> List<String> do [] end
  cast Send(to :: String) do |sent|
    List.append(sent, to)
  end
  call Sent() :: List<String> do |sent|
    (sent, sent)
  end
end

fn report(r :: Int!String) -> String do
  case r do
    Ok(v) -> "left ${v}"
    Err(e) -> "error: " <> e
  end
end

fn main() do
  let b = Bank.start("ann", 100)
  println("${Bank.deposit(b, 50)}")
  println(report(Bank.withdraw(b, 500)))
  println(report(Bank.withdraw(b, 30)))
  let (owner, history) = Bank.statement(b)
  println(owner <> ": " <> String.join(history, "; "))
  let m = Mailer.start()
  Mailer.send(m, "bob")
  Mailer.send(m, "cy")
  println("${Mailer.sent(m)}")
end
