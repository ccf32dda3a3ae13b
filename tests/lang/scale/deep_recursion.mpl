# Non-tail recursion 100,000 deep inside an actor, inside a Job and inside a service call handler (process stacks grow as needed)
fn sum_to(n :: Int) -> Int do
  if n == 0 do 0 else n + sum_to(n - 1) end
end

fn build(n :: Int) -> List<Int> do
  if n == 0 do [] else [n] ++ build(n - 1) end
end

fn depth(xs :: List<Int>) -> Int do
  case xs do
    _ :: rest -> 1 + depth(rest)
    _ -> 0
  end
end

service Deep do
  fn init() -> Int do 0 end
  call Sum(n :: Int) :: Int do |calls|
    (calls + 1, sum_to(n))
  end
end

actor diver(n :: Int, out) do
  send(out, "actor: ${sum_to(n)}")
  send(out, "actor again: ${sum_to(n)}")
end

actor printer(left :: Int) do
  if left > 0 do
    receive do
      s ->
        println(s)
        printer(left - 1)
    end
  else
    ()
  end
end

fn main() do
  let p = spawn(printer, 2)
  let _ = spawn(diver, 100000, p)
  Timer.sleep(100)
  case Job.await(Job.async(fn -> sum_to(100000) end)) do
    Ok(v) -> println("job: ${v}")
    Err(e) -> println("job failed: " <> e)
  end
  let d = Deep.start()
  println("service: ${Deep.sum(d, 100000)}")
  println("main: ${sum_to(100000)}")
  println("list depth: ${depth(List.reverse(build(2000)))}")
end
