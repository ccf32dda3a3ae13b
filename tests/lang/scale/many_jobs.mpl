# Job.map over 10,000 elements (one process each) and 2,000 Job.async/await pairs; results keep list order and every failing element is an Err
fn work(n :: Int) -> Int do
  if n % 1000 == 999 do
    let xs :: List<Int> = []
    List.head(xs)
  else
    n * n % 97
  end
end

fn main() do
  let inputs = for i in 0..10000 do i end
  let results = Job.map(inputs, work)
  let oks = List.filter(results, fn r ->
    case r do
      Ok(_) -> true
      Err(_) -> false
    end
  end)
  let sum = List.reduce(results, 0, fn acc, r ->
    case r do
      Ok(v) -> acc + v
      Err(_) -> acc
    end
  end)
  println("results ${List.length(results)}, ok ${List.length(oks)}, errors ${List.length(results) - List.length(oks)}")
  let expected = List.reduce(inputs, 0, fn acc, n -> if n % 1000 == 999 do acc else acc + n * n % 97 end end)
  println("sum matches: ${sum == expected}")
  let jobs = for i in 0..2000 do Job.async(fn -> i * 3 end) end
  let total = List.reduce(jobs, 0, fn acc, j ->
    case Job.await(j) do
      Ok(v) -> acc + v
      Err(_) -> acc
    end
  end)
  println("async total ${total}")
end
