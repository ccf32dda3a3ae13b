# Accounts: a service (always exported)
service Bank do
  fn init(balance :: Int) -> Int do balance end
  call Deposit(amount :: Int) :: Int do |b|
    (b + amount, b + amount)
  end
end
