# Generic bounds: <T: Display>, <T: Ord>, where clauses, a user interface with a default method used as a bound, impls for builtins and structs
interface Scored do
  fn score(self) -> Int
  fn grade(self) -> String do
    let s = self.score()
    if s >= 90 do "A" else if s >= 70 do "B" else "C" end
  end
end

struct Exam do
  points :: Int
  bonus :: Int
end deriving(Display)

type Effort do
  Low
  High(Int)
end deriving(Display)

impl Scored for Exam do
  fn score(self) -> Int = self.points + self.bonus
end

impl Scored for Effort do
  fn score(self) -> Int do
    case self do
      Low -> 40
      High(n) -> 80 + n
    end
  end
  fn grade(self) -> String do
    case self do
      Low -> "lazy"
      High(_) -> "keen"
    end
  end
end

impl Scored for Int do
  fn score(self) -> Int = self
end

fn show<T: Display>(x :: T) -> String do
  "<${x}>"
end

fn show_all<T: Display>(xs :: List<T>) -> String do
  String.join(List.map(xs, fn x -> show(x) end), " ")
end

fn largest<T: Ord>(xs :: List<T>) -> T do
  List.reduce(List.tail(xs), List.head(xs), fn best, x -> if x > best do x else best end end)
end

fn report<T>(x :: T) -> String where T: Scored, T: Display do
  "${x} scored ${x.score()} grade " <> x.grade()
end

fn total_score<T: Scored>(xs :: List<T>) -> Int do
  List.reduce(xs, 0, fn acc, x -> acc + x.score() end)
end

fn best<T: Scored>(xs :: List<T>) -> Int do
  largest(List.map(xs, fn x -> x.score() end))
end

fn main() do
  println(show(42))
  println(show("text"))
  println(show(Exam { points: 60, bonus: 5 }))
  println(show_all([High(3), Low]))
  println(show_all([1.5, 2.0]))
  println("${largest([3, 9, 2])} " <> largest(["b", "c", "a"]))
  println(report(Exam { points: 85, bonus: 10 }))
  println(report(Exam { points: 70, bonus: 0 }))
  println(report(High(15)))
  println(report(Low))
  println(report(55))
  println("${total_score([Exam { points: 10, bonus: 1 }, Exam { points: 20, bonus: 2 }])}")
  println("${total_score([Low, High(1), High(2)])} ${best([Low, High(1), High(2)])}")
  println("${total_score([1, 2, 3])}")
  println(7.grade() <> " " <> 95.grade())
end
