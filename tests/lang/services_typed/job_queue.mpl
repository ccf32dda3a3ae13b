# Two services: a job queue whose state is a struct (calls reply Job!String, Option<Job>, tuples) and a stats service fed by casts; sum-typed job status
type Status do
  Queued
  Running(String)
  Done(Int)
  Failed(String)
end deriving(Eq)

struct Job do
  id :: Int
  name :: String
  priority :: Int
  status :: Status
end deriving(Eq)

struct QueueState do
  jobs :: List<Job>
  counter :: Int
  capacity :: Int
end

struct Stats do
  completed :: Int
  failed :: Int
  total_output :: Int
end deriving(Display)

service JobQueue do
  fn init(capacity :: Int) -> QueueState do
    QueueState { jobs: [], counter: 0, capacity: capacity }
  end

  call Submit(name :: String, priority :: Int) :: Job!String do |st|
    let pending = List.filter(st.jobs, fn j -> j.status == Queued end)
    if List.length(pending) >= st.capacity do
      (st, Err("queue full, rejected " <> name))
    else
      let job = Job { id: st.counter + 1, name: name, priority: priority, status: Queued }
      (%{st | jobs: List.append(st.jobs, job), counter: st.counter + 1}, Ok(job))
    end
  end

  call Take(worker :: String) :: Option<Job> do |st|
    let queued = List.filter(st.jobs, fn j -> j.status == Queued end)
    case List.sort(queued, fn a, b -> b.priority - a.priority end) do
      best :: _ -> take_job(st, best, worker)
      _ -> (st, None)
    end
  end

  call Finish(id :: Int, outcome :: Int!String) :: Job!String do |st|
    case find_job(st.jobs, id) do
      Some(j) -> finish_job(st, j, outcome)
      None -> (st, Err("no job ${id}"))
    end
  end

  call Lookup(id :: Int) :: Option<Job> do |st|
    (st, find_job(st.jobs, id))
  end

  call Summary() :: (Int, List<String>) do |st|
    (st, (List.length(st.jobs), List.map(st.jobs, fn j -> j.name <> ":" <> status_text(j.status) end)))
  end
end

service StatsKeeper do
  fn init() -> Stats do
    Stats { completed: 0, failed: 0, total_output: 0 }
  end
  cast Record(outcome :: Int!String) do |s|
    case outcome do
      Ok(n) -> %{s | completed: s.completed + 1, total_output: s.total_output + n}
      Err(_) -> %{s | failed: s.failed + 1}
    end
  end
  call Current() :: Stats do |s|
    (s, s)
  end
end

fn take_job(st :: QueueState, job :: Job, worker :: String) -> (QueueState, Option<Job>) do
  let running = %{job | status: Running(worker)}
  (%{st | jobs: replace(st.jobs, running)}, Some(running))
end

fn finish_job(st :: QueueState, job :: Job, outcome :: Int!String) -> (QueueState, Job!String) do
  case job.status do
    Running(_) -> finished(st, job, outcome)
    _ -> (st, Err("job ${job.id} is not running"))
  end
end

fn finished(st :: QueueState, job :: Job, outcome :: Int!String) -> (QueueState, Job!String) do
  let status = case outcome do
    Ok(n) -> Done(n)
    Err(e) -> Failed(e)
  end
  let updated = %{job | status: status}
  (%{st | jobs: replace(st.jobs, updated)}, Ok(updated))
end

fn replace(jobs :: List<Job>, job :: Job) -> List<Job> do
  List.map(jobs, fn j -> if j.id == job.id do job else j end end)
end

fn find_job(jobs :: List<Job>, id :: Int) -> Option<Job> = List.find(jobs, fn j -> j.id == id end)

fn status_text(s :: Status) -> String do
  case s do
    Queued -> "queued"
    Running(w) -> "running@" <> w
    Done(n) -> "done(${n})"
    Failed(e) -> "failed(" <> e <> ")"
  end
end

fn work(job :: Job) -> Int!String do
  if String.contains(job.name, "bad") do
    Err("crashed")
  else
    Ok(String.length(job.name) * job.priority)
  end
end

fn main() do
  let q = JobQueue.start(3)
  let stats = StatsKeeper.start()
  for entry in [("index", 2), ("bad-import", 5), ("mail", 1), ("thumbs", 3)] do
    let (name, prio) = entry
    case JobQueue.submit(q, name, prio) do
      Ok(j) -> println("queued #${j.id} " <> j.name)
      Err(e) -> println(e)
    end
  end
  for worker in ["w1", "w2"] do
    case JobQueue.take(q, worker) do
      Some(j) -> println(worker <> " took " <> j.name <> " (" <> status_text(j.status) <> ")")
      None -> println(worker <> " idle")
    end
  end
  for id in [2, 1, 3, 9] do
    let outcome = case find_running(q, id) do
      Some(job) -> work(job)
      None -> Err("not started")
    end
    StatsKeeper.record(stats, outcome)
    case JobQueue.finish(q, id, outcome) do
      Ok(j) -> println("finished " <> j.name <> " -> " <> status_text(j.status))
      Err(e) -> println("finish error: " <> e)
    end
  end
  println(String.join(List.map([1, 2, 3], fn _ -> take_name(q) end), ","))
  let (count, lines) = JobQueue.summary(q)
  println("${count} jobs: " <> String.join(lines, " "))
  println("${StatsKeeper.current(stats)}")
end

fn find_running(q, id :: Int) -> Option<Job> do
  let job = JobQueue.lookup(q, id)?
  case job.status do
    Running(_) -> Some(job)
    _ -> None
  end
end

fn take_name(q) -> String do
  case JobQueue.take(q, "w3") do
    Some(j) -> j.name
    None -> "-"
  end
end
