# Process.monitor: the watcher gets its own message type's Down(ref, reason) variant (or a "DOWN <ref> <reason>" String) when the process ends: panic, normal exit, or already gone (noproc)
type Event do
  Tick(Int)
  Down(Int, String)
end

actor short_lived(ms :: Int) do
  Timer.sleep(ms)
  let xs :: List<Int> = []
  println("crashing ${List.head(xs)}")
end

actor quiet() do
  Timer.sleep(30)
end

actor watcher(report :: Pid<String>, setup :: Bool, r :: Int, r2 :: Int, r3 :: Int, left :: Int) do
  if setup do
    let a = spawn(short_lived, 20)
    let m1 = Process.monitor(a)
    let q = spawn(quiet)
    let m2 = Process.monitor(q)
    let gone = spawn(quiet)
    Timer.sleep(60)
    let m3 = Process.monitor(gone)
    send(report, "watching")
    watcher(report, false, m1, m2, m3, 3)
  else if left > 0 do
    receive do
      Down(x, reason) ->
        let which = if x == r do "crasher" else if x == r2 do "quiet" else if x == r3 do "already gone" else "?" end
        let shown = if String.contains(reason, "List.head") do "panic" else reason end
        send(report, "${which} down: ${shown}")
        watcher(report, false, r, r2, r3, left - 1)
      Tick(_) -> watcher(report, false, r, r2, r3, left)
    end
  else
    send(report, "done")
  end
end

actor printer(n :: Int) do
  if n > 0 do
    receive do
      s -> println(s)
    end
    printer(n - 1)
  else
    ()
  end
end

actor string_watcher(report :: Pid<String>) do
  let q = spawn(quiet)
  let r = Process.monitor(q)
  receive do
    s -> send(report, "string watcher: ${String.starts_with(s, "DOWN ${r} ")}")
  end
end

fn main() do
  let p = spawn(printer, 6)
  let _ = spawn(watcher, p, true, 0, 0, 0, 0)
  Timer.sleep(200)
  let _ = spawn(string_watcher, p)
end
