# The seed's exact shapes, 100,000 times each (issue 5 acceptance):
# a service call handler returning `(State, String!String)`; a function in
# another module returning `Project!String` (six mixed fields); a service
# reply that is a struct inside a Result, consumed with `?`.
from Projects import Project, find_project
from Processor import Processor, ProjectStore

fn check_calls(pid, i :: Int, n :: Int, ok :: Int) -> Int do
  if i == n do
    ok
  else
    let r = Processor.process(pid, "e${i}")
    let good = case r do
      Ok(s) -> s == "stored e${i} #${i + 1}"
      Err(_) -> false
    end
    check_calls(pid, i + 1, n, if good do ok + 1 else ok end)
  end
end

fn check_returns(i :: Int, n :: Int, ok :: Int) -> Int do
  if i == n do
    ok
  else
    let good = case find_project(i) do
      Ok(p) -> p.id == i && p.name == "project-${i}" && p.api_key == "key-${i}" && p.ratio == Int.to_float(i) / 4.0 && p.active == (i % 2 == 0) && List.length(p.tags) == 2
      Err(_) -> false
    end
    check_returns(i + 1, n, if good do ok + 1 else ok end)
  end
end

fn fetch(store, id :: Int) -> String!String do
  let p = ProjectStore.get(store, id)?
  Ok("${p.name}/${p.api_key}/${List.get(p.tags, 0)}")
end

fn check_replies(store, i :: Int, n :: Int, ok :: Int) -> Int do
  if i == n do
    ok
  else
    let good = case fetch(store, i) do
      Ok(s) -> s == "project-${i}/key-${i}/t${i}"
      Err(_) -> false
    end
    check_replies(store, i + 1, n, if good do ok + 1 else ok end)
  end
end

fn main() do
  let n = 100000
  let processor = Processor.start()
  println("service (State, String!String) replies correct: ${check_calls(processor, 0, n, 0)} of ${n}")
  println("empty event: ${Processor.process(processor, "")}")
  println("processed: ${Processor.count(processor)}")
  println("cross-module Project!String correct: ${check_returns(0, n, 0)} of ${n}")
  let store = ProjectStore.start()
  println("service Project!String replies with ? correct: ${check_replies(store, 0, n, 0)} of ${n}")
  println("missing: ${fetch(store, -5)}")
  case find_project(7) do
    Ok(p) -> println("${p}")
    Err(e) -> println(e)
  end
end
