# Jobs that panic: Job.await gives Err, Job.map gives Err only for the failing elements, await_timeout on a job that is too slow gives Err; main carries on
fn risky(n :: Int) -> Int do
  if n % 3 == 0 do
    let xs :: List<Int> = []
    List.head(xs)
  else
    n * 10
  end
end

fn show(r :: Int!String) -> String do
  case r do
    Ok(v) -> "ok ${v}"
    Err(_) -> "err"
  end
end

fn main() do
  let j = Job.async(fn -> risky(3) end)
  println("await crashing job: " <> show(Job.await(j)))
  let good = Job.async(fn -> risky(4) end)
  println("await good job: " <> show(Job.await(good)))
  let results = Job.map([1, 2, 3, 4, 5, 6], risky)
  println("map: " <> String.join(List.map(results, show), ", "))
  let slow = Job.async(fn ->
    Timer.sleep(200)
    1
  end)
  println("too slow: " <> show(Job.await_timeout(slow, 30)))
  let quick = Job.async(fn -> 2 end)
  println("quick enough: " <> show(Job.await_timeout(quick, 1000)))
  let nested = Job.async(fn ->
    case Job.await(Job.async(fn -> risky(9) end)) do
      Ok(v) -> v
      Err(_) -> -1
    end
  end)
  println("nested: " <> show(Job.await(nested)))
end
