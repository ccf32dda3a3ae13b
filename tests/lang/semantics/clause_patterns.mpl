# Multi-clause functions tried in order: Int (incl. negative) and String literals, Bool pairs, tuple patterns, constructor patterns with guards, recursion through clauses
type Cmd do
  Push(Int)
  Pop
  Add
end

fn describe(0) = "zero"
fn describe(-1) = "minus one"
fn describe(n) when n < 0 = "negative"
fn describe(n) when n > 1000 = "huge"
fn describe(_) = "other"

fn greet("") = "nobody"
fn greet("admin") = "root"
fn greet(name) = "hi " <> name

fn both(true, true) = "both"
fn both(true, _) = "first"
fn both(_, true) = "second"
fn both(_, _) = "neither"

fn quadrant((0, 0)) = "origin"
fn quadrant((x, y)) when x > 0 and y > 0 = "I"
fn quadrant((x, y)) when x < 0 and y > 0 = "II"
fn quadrant((_, y)) when y < 0 = "lower"
fn quadrant(_) = "axis"

fn step(stack, Push(n)) = [n] ++ stack
fn step(stack, Pop) = List.drop(stack, 1)
fn step(stack, Add) when List.length(stack) >= 2 = [List.get(stack, 0) + List.get(stack, 1)] ++ List.drop(stack, 2)
fn step(stack, Add) = stack

fn fact(0) = 1
fn fact(n) when n > 0 = n * fact(n - 1)
fn fact(_) = 0

fn collatz_len(1, acc) = acc
fn collatz_len(n, acc) when n % 2 == 0 = collatz_len(n / 2, acc + 1)
fn collatz_len(n, acc) = collatz_len(3 * n + 1, acc + 1)

fn main() do
  println("${List.map([0, -1, -5, 5000, 7], describe)}")
  println(greet("") <> ", " <> greet("admin") <> ", " <> greet("ann"))
  println("${[both(true, true), both(true, false), both(false, true), both(false, false)]}")
  println("${List.map([(0, 0), (1, 2), (-1, 2), (3, -3), (0, 5)], quadrant)}")
  let prog = [Push(2), Push(3), Add, Push(10), Push(1), Pop, Add, Add]
  println("${List.reduce(prog, [], step)}")
  println("${fact(10)} ${fact(-3)}")
  println("${collatz_len(27, 0)}")
end
