# Service clients used from Jobs: Job.map fans calls out over a list, each job calls the service; results come back in list order
service Squares do
  fn init() -> Int do 0 end
  call Square(n :: Int) :: Int do |calls|
    (calls + 1, n * n)
  end
  call Calls() :: Int do |calls|
    (calls, calls)
  end
end

fn main() do
  let s = Squares.start()
  let results = Job.map([1, 2, 3, 4, 5, 6], fn n -> Squares.square(s, n) end)
  let values = List.map(results, fn r ->
    case r do
      Ok(v) -> v
      Err(_) -> -1
    end
  end)
  println("squares ${values}")
  let jobs = for i in 0..4 do Job.async(fn -> Squares.square(s, i + 10) end) end
  let awaited = for j in jobs do
    case Job.await(j) do
      Ok(v) -> v
      Err(_) -> -1
    end
  end
  println("awaited ${awaited}")
  println("calls ${Squares.calls(s)}")
end
