# A service that crashes while handling a call: the waiting caller (a Job) fails with Err instead of hanging; later calls fail too; other services are unaffected
service Divider do
  fn init(base :: Int) -> Int do base end
  call Div(by :: Int) :: Int do |base|
    let parts = List.map([base], fn b -> b / by end)
    let checked = List.filter(parts, fn p -> p * by == base end)
    (base, List.head(checked))
  end
end

service Tally do
  fn init() -> Int do 0 end
  call Add(n :: Int) :: Int do |t|
    (t + n, t + n)
  end
end

fn attempt(d, by :: Int) -> String do
  case Job.await_timeout(Job.async(fn -> Divider.div(d, by) end), 2000) do
    Ok(v) -> "100 / ${by} = ${v}"
    Err(_) -> "call with ${by} failed"
  end
end

fn main() do
  let d = Divider.start(100)
  let t = Tally.start()
  println(attempt(d, 4))
  println("tally ${Tally.add(t, 1)}")
  println(attempt(d, 3))
  println("tally ${Tally.add(t, 1)}")
  println(attempt(d, 5))
  println("tally ${Tally.add(t, 1)}")
end
