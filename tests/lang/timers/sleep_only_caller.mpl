# Timer.sleep suspends only the caller: while one actor sleeps 300 ms, another actor and main keep running and finish first
actor sleeper(out) do
  Timer.sleep(300)
  send(out, "sleeper woke")
end

actor counter(n :: Int, limit :: Int, out) do
  if n == limit do
    send(out, "counter reached ${limit}")
  else
    counter(n + 1, limit, out)
  end
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
  let p = spawn(printer, 3)
  let t0 = Timer.now()
  let _ = spawn(sleeper, p)
  let _ = spawn(counter, 0, 1000, p)
  Timer.sleep(60)
  send(p, "main woke after ${if Timer.now() - t0 < 300 do "less" else "more" end} than 300 ms")
end
