# Statement lists in case arms and receive arms, `if` without `else` in statement position, and branches of different types whose values are discarded
type Shape do
  Circle(Float)
  Rect(Float, Float)
  Empty
end deriving(Display)

fn area(s :: Shape) -> Float do
  case s do
    Circle(r) ->
      let r2 = r * r
      r2 * 3.0
    Rect(w, h) ->
      let a = w * h
      if a < 0.0 do
        println("negative area")
      end
      a
    Empty -> 0.0
  end
end

fn log_shape(s :: Shape, verbose :: Bool) -> () do
  if verbose do
    println("shape ${s}")
  end
  case s do
    Empty -> println("nothing to draw")
    Circle(r) when r > 10.0 ->
      println("big circle")
      println("radius ${r}")
    _ -> String.length("ignored")
  end
  if area(s) > 5.0 do
    println("large ${area(s)}")
  else
    0
  end
  println("--")
end

actor tally(total :: Int) do
  receive do
    Circle(r) ->
      let add = Float.to_int(r)
      println("circle adds ${add}")
      tally(total + add)
    Rect(w, h) ->
      let add = Float.to_int(w * h)
      println("rect adds ${add}")
      tally(total + add)
    Empty ->
      println("total ${total}")
  end
end

fn main() do
  let shapes = [Circle(2.0), Rect(1.5, 2.0), Empty, Circle(12.0)]
  for s in shapes do
    log_shape(s, true)
  end
  log_shape(Rect(3.0, 3.0), false)
  let kinds = for s in shapes do
    case s do
      Circle(_) ->
        let label = "round"
        String.to_upper(label)
      Rect(_, _) -> "boxy"
      Empty -> "void"
    end
  end
  println("${kinds}")
  let t = spawn(tally, 0)
  for s in [Circle(2.5), Rect(2.0, 4.5), Empty] do
    send(t, s)
  end
end
