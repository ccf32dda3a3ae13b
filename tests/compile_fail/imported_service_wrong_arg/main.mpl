# error: imported service `Bank` call `deposit` expects Int but receives a String
from Accounts import Bank

fn main() do
  let pid = Bank.start(100)
  let b = Bank.deposit(pid, "fifty")
  println("${b}")
end
