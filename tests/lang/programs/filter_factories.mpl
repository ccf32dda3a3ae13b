# Closure factories whose declared return type (a Fun alias) gives the closure parameter its struct type, so fields can be read without annotating the parameter
struct Task do
  title :: String
  points :: Int
  done :: Bool
  tags :: List<String>
end

type Pred = Fun(Task) -> Bool

fn heavier_than(n :: Int) -> Pred = fn t -> t.points > n end

fn tagged(tag :: String) -> Pred do
  fn t -> List.contains(t.tags, tag) end
end

fn finished() -> Fun(Task) -> Bool = fn t -> t.done end

fn both(a :: Pred, b :: Pred) -> Pred = fn t -> a(t) and b(t) end

fn title_of() -> Fun(Task) -> String = fn t -> t.title end

fn main() do
  let tasks = [
    Task { title: "write", points: 3, done: true, tags: ["doc"] },
    Task { title: "test", points: 8, done: false, tags: ["code", "ci"] },
    Task { title: "ship", points: 5, done: true, tags: ["code"] }
  ]
  let names = fn ts -> List.map(ts, title_of()) end
  println("${names(List.filter(tasks, heavier_than(4)))}")
  println("${names(List.filter(tasks, tagged("code")))}")
  println("${names(List.filter(tasks, both(finished(), tagged("code"))))}")
  println("${names(List.filter(tasks, both(heavier_than(1), finished())))}")
end
