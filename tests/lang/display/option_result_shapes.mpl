# Display and Debug of Option and Result in nested shapes: Option<Option<T>>, Result<Option<T>, (Int, String)>, unit payloads, list and struct payloads; strings quoted only by Debug
struct Id do
  n :: Int
end deriving(Display, Debug)

fn check(n :: Int) -> ()!String = if n > 0 do Ok(()) else Err("non-positive: ${n}") end

fn main() do
  let a :: Option<Option<Int>> = Some(None)
  let b :: Option<Option<Int>> = Some(Some(2))
  let c :: Option<Option<Int>> = None
  println("${a} ${b} ${c}")
  println("${check(1)} ${check(0)}")
  let r1 :: Result<Option<String>, (Int, String)> = Ok(Some("x"))
  let r2 :: Result<Option<String>, (Int, String)> = Err((404, "not found"))
  let r3 :: Result<Option<String>, (Int, String)> = Ok(None)
  println("${[r1, r2, r3]}")
  println([r1, r2, r3].inspect())
  let ids :: Result<List<Id>, String> = Ok([Id { n: 1 }, Id { n: 2 }])
  println("${ids}")
  println(ids.inspect())
  let deep :: Result<Result<Result<Int, String>, String>, String> = Ok(Ok(Err("innermost")))
  println("${deep}")
  println(deep.inspect())
  let unit_opt :: Option<()> = Some(())
  println("${unit_opt}")
  let m :: Map<String, Option<Float>> = %{"a" => Some(0.5), "b" => None}
  println("${m}")
  println(Some(Id { n: -1 }).inspect() <> " ${Some(Id { n: -1 })}")
end
