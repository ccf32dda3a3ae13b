# 1,000 service instances, each with its own state: every one is called twice and cast to once; instances stay independent
service Cell do
  fn init(v :: Int) -> Int do v end
  call Get() :: Int do |v|
    (v, v)
  end
  call Add(n :: Int) :: Int do |v|
    (v + n, v + n)
  end
  cast Double() do |v|
    v * 2
  end
end

fn start_all(i :: Int, n :: Int, acc :: List<Pid>) -> List<Pid> do
  if i == n do acc else start_all(i + 1, n, List.append(acc, Cell.start(i))) end
end

fn main() do
  let cells = start_all(0, 1000, [])
  let first = List.map(cells, fn c -> Cell.add(c, 1) end)
  for c in cells do
    Cell.double(c)
  end
  let values = List.map(cells, fn c -> Cell.get(c) end)
  println("cells ${List.length(cells)}")
  println("sum after add ${List.reduce(first, 0, fn a, b -> a + b end)}")
  println("sum after double ${List.reduce(values, 0, fn a, b -> a + b end)}")
  println("cell 7 holds ${List.get(values, 7)}")
end
