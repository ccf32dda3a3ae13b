# Job: async work in new processes, await (Err when the job crashed), await_timeout and Job.map
fn slow_square(n :: Int) -> Int do
  Timer.sleep(10)
  n * n
end

fn main() do
  let j = Job.async(fn -> slow_square(12) end)
  case Job.await(j) do
    Ok(v) -> println("square ${v}")
    Err(e) -> println("failed " <> e)
  end
  let crash = Job.async(fn -> List.head(List.new()) + 1 end)
  case Job.await(crash) do
    Ok(v) -> println("unexpected ${v}")
    Err(_) -> println("job crashed")
  end
  let slow = Job.async(fn -> slow_square(3) end)
  case Job.await_timeout(slow, 2000) do
    Ok(v) -> println("in time ${v}")
    Err(_) -> println("timed out")
  end
  let results = Job.map([1, 2, 3], fn x -> x * 100 end)
  for r in results do
    case r do
      Ok(v) -> println("mapped ${v}")
      Err(e) -> println("err " <> e)
    end
  end
  let jobs = for i in 1..4 do Job.async(fn -> slow_square(i) end) end
  let total = List.reduce(jobs, 0, fn acc, jb ->
    case Job.await(jb) do
      Ok(v) -> acc + v
      Err(_) -> acc
    end
  end)
  println("total ${total}")
end
