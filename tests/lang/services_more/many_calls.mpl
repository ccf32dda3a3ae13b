# 20,000 sequential calls and 20,000 casts to one service finish quickly and in order; replies are checked as they come
service Acc do
  fn init() -> (Int, Int) do (0, 0) end
  call Add(n :: Int) :: Int do |st|
    let (sum, count) = st
    ((sum + n, count + 1), sum + n)
  end
  cast Note(n :: Int) do |st|
    let (sum, count) = st
    (sum + n, count + 1)
  end
  call State() :: (Int, Int) do |st|
    (st, st)
  end
end

fn drive(a, i :: Int, n :: Int, expected :: Int, bad :: Int) -> Int do
  if i > n do
    bad
  else
    let got = Acc.add(a, i)
    let next = expected + i
    drive(a, i + 1, n, next, if got == next do bad else bad + 1 end)
  end
end

fn notes(a, i :: Int, n :: Int) -> () do
  if i > n do () else
    Acc.note(a, 1)
    notes(a, i + 1, n)
  end
end

fn main() do
  let a = Acc.start()
  println("mismatched replies ${drive(a, 1, 20000, 0, 0)}")
  notes(a, 1, 20000)
  let (sum, count) = Acc.state(a)
  println("sum ${sum} count ${count}")
end
