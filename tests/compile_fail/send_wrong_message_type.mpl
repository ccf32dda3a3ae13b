# error: `counter` receives Int messages (Pid<Int>), but a String is sent
actor counter(total :: Int) do
  let next = receive do
    n -> total + n
  end
  counter(next)
end

fn main() do
  let c = spawn(counter, 0)
  send(c, "five")
end
