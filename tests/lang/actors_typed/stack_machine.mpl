# Actors whose messages are sum types: a stack-machine actor receives Cmd values and forwards Event values (with struct payloads) to a printer actor
type Cmd do
  Push(Int)
  Pop
  Apply(Op)
  Dup
  Report
  Halt
end

type Op do
  AddOp
  MulOp
  SubOp
end deriving(Display)

struct Snapshot do
  depth :: Int
  top :: Int
end deriving(Display)

type Event do
  Value(Int)
  Underflow(String)
  Stack(Snapshot)
  Stopped(Int)
end

actor printer(seen :: Int) do
  receive do
    Value(v) -> note(seen, "value ${v}")
    Underflow(what) -> note(seen, "underflow in " <> what)
    Stack(s) -> note(seen, "stack ${s}")
    Stopped(n) -> println("[${seen}] stopped after ${n} commands")
  end
  printer(seen + 1)
end

fn note(seen :: Int, text :: String) -> () do
  println("[${seen}] " <> text)
end

actor machine(out, stack :: List<Int>, handled :: Int) do
  receive do
    Halt -> send(out, Stopped(handled + 1))
    cmd -> machine(out, step(out, stack, cmd), handled + 1)
  end
end

fn step(out :: Pid<Event>, stack :: List<Int>, cmd :: Cmd) -> List<Int> do
  case cmd do
    Push(n) -> [n] ++ stack
    Pop -> pop_one(out, stack)
    Dup -> dup(out, stack)
    Apply(op) -> binary(out, stack, op)
    Report -> report(out, stack)
    Halt -> stack
  end
end

fn pop_one(out :: Pid<Event>, stack :: List<Int>) -> List<Int> do
  case stack do
    top :: rest -> emit(out, Value(top), rest)
    _ -> emit(out, Underflow("pop"), stack)
  end
end

fn dup(out :: Pid<Event>, stack :: List<Int>) -> List<Int> do
  case stack do
    top :: _ -> [top] ++ stack
    _ -> emit(out, Underflow("dup"), stack)
  end
end

fn binary(out :: Pid<Event>, stack :: List<Int>, op :: Op) -> List<Int> do
  case stack do
    b :: a :: rest -> [calc(op, a, b)] ++ rest
    _ -> emit(out, Underflow("${op}"), stack)
  end
end

fn calc(op :: Op, a :: Int, b :: Int) -> Int do
  case op do
    AddOp -> a + b
    MulOp -> a * b
    SubOp -> a - b
  end
end

fn report(out :: Pid<Event>, stack :: List<Int>) -> List<Int> do
  let top = case stack do
    t :: _ -> t
    _ -> 0
  end
  emit(out, Stack(Snapshot { depth: List.length(stack), top: top }), stack)
end

fn emit(out :: Pid<Event>, e :: Event, stack :: List<Int>) -> List<Int> do
  send(out, e)
  stack
end

fn main() do
  println("machine starting")
  let p = spawn(printer, 1)
  let m = spawn(machine, p, [], 0)
  let program = [Push(2), Push(3), Apply(AddOp), Dup, Apply(MulOp), Report, Push(4), Apply(SubOp), Pop, Pop, Apply(AddOp), Push(7), Dup, Report, Halt]
  for c in program do
    send(m, c)
  end
end
