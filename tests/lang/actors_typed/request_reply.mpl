# Actor-to-actor request/reply: messages are sum types carrying typed Pids (Pid<Reply>), the client actor uses self() and receive with after, state is a struct
type Request do
  Deposit(Int)
  Withdraw(Int, Pid<Reply>)
  Balance(Pid<Reply>)
  Shutdown(Pid<Reply>)
end

type Reply do
  Amount(Int)
  Refused(String)
  Closed(Ledger)
end

struct Ledger do
  balance :: Int
  ops :: Int
end deriving(Display)

actor vault(ledger :: Ledger) do
  receive do
    Deposit(n) -> vault(%{ledger | balance: ledger.balance + n, ops: ledger.ops + 1})
    Withdraw(n, reply_to) -> vault(withdraw(ledger, n, reply_to))
    Balance(reply_to) -> vault(answer(ledger, reply_to, Amount(ledger.balance)))
    Shutdown(reply_to) -> send(reply_to, Closed(ledger))
  end
end

fn withdraw(ledger :: Ledger, n :: Int, reply_to :: Pid<Reply>) -> Ledger do
  if n > ledger.balance do
    answer(ledger, reply_to, Refused("cannot take ${n} from ${ledger.balance}"))
  else
    let next = %{ledger | balance: ledger.balance - n, ops: ledger.ops + 1}
    answer(next, reply_to, Amount(next.balance))
  end
end

fn answer(ledger :: Ledger, to :: Pid<Reply>, r :: Reply) -> Ledger do
  send(to, r)
  ledger
end

fn reply_text(r :: Reply) -> String do
  case r do
    Amount(n) -> "amount ${n}"
    Refused(why) -> "refused: " <> why
    Closed(l) -> "closed with ${l}"
  end
end

actor client(v, steps :: List<Int>, waiting :: Int) do
  if waiting > 0 do
    receive do
      r -> println(reply_text(r))
    after 2000 -> println("timeout")
    end
    client(v, steps, waiting - 1)
  else if List.length(steps) == 0 do
    send(v, Shutdown(self()))
    receive do
      r -> println("final " <> reply_text(r))
    end
  else
    client(v, List.tail(steps), issue(v, List.head(steps), self()))
  end
end

fn issue(v :: Pid<Request>, s :: Int, me :: Pid<Reply>) -> Int do
  if s >= 0 do
    send(v, Deposit(s))
    send(v, Balance(me))
    1
  else
    send(v, Withdraw(0 - s, me))
    send(v, Balance(me))
    2
  end
end

fn main() do
  let v = spawn(vault, Ledger { balance: 0, ops: 0 })
  let _ = spawn(client, v, [50, -20, -100, 5], 0)
end
