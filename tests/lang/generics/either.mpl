# A user generic sum type Either<L, R> with generic combinators, used at several instantiations; Either nested inside Option, List and a generic struct
type Either<L, R> do
  Left(L)
  Right(R)
end deriving(Eq, Display)

struct Tagged<T> do
  tag :: Int
  value :: T
end deriving(Display)

fn map_right<L, R, S>(e :: Either<L, R>, f :: Fun(R) -> S) -> Either<L, S> do
  case e do
    Left(l) -> Left(l)
    Right(r) -> Right(f(r))
  end
end

fn fold_either<L, R, T>(e :: Either<L, R>, on_left :: Fun(L) -> T, on_right :: Fun(R) -> T) -> T do
  case e do
    Left(l) -> on_left(l)
    Right(r) -> on_right(r)
  end
end

fn lefts<L, R>(es :: List<Either<L, R>>) -> List<L> do
  List.flat_map(es, fn e -> fold_either(e, fn l -> [l] end, fn _ -> [] end) end)
end

fn rights<L, R>(es :: List<Either<L, R>>) -> List<R> do
  List.flat_map(es, fn e -> fold_either(e, fn _ -> [] end, fn r -> [r] end) end)
end

fn classify(n :: Int) -> Either<Int, Float> do
  if n % 2 == 0 do Left(n / 2) else Right(Int.to_float(n) / 2.0) end
end

fn to_result<L, R>(e :: Either<L, R>) -> R!L do
  case e do
    Left(l) -> Err(l)
    Right(r) -> Ok(r)
  end
end

fn swap<L, R>(e :: Either<L, R>) -> Either<R, L> = fold_either(e, fn l -> Right(l) end, fn r -> Left(r) end)

fn tag_all<T>(xs :: List<T>) -> List<Tagged<T>> do
  List.map(List.enumerate(xs), fn p -> to_tagged(p) end)
end

fn to_tagged<T>(p :: (Int, T)) -> Tagged<T> do
  let (i, v) = p
  Tagged { tag: i, value: v }
end

fn main() do
  let es = List.map([1, 2, 3, 4, 5], classify)
  println("${es}")
  println("${lefts(es)} ${rights(es)}")
  println("${List.map(es, fn e -> map_right(e, fn f -> f * 4.0 end) end)}")
  let texts = List.map(es, fn e -> fold_either(e, fn l -> "L${l}" end, fn r -> "R${r}" end) end)
  println(String.join(texts, " "))
  let names :: List<Either<String, Int>> = [Left("x"), Right(3), Left("y")]
  println("${lefts(names)} ${rights(names)} ${swap(List.get(names, 1))}")
  println("${Left(1) == swap(Right(1))} ${classify(4) == Left(2)}")
  case to_result(classify(7)) do
    Ok(f) -> println("ok ${f}")
    Err(n) -> println("err ${n}")
  end
  case to_result(classify(8)) do
    Ok(f) -> println("ok ${f}")
    Err(n) -> println("err ${n}")
  end
  println("${tag_all(es)}")
  println("${tag_all([true, false])}")
  let maybe :: Option<Either<Int, Int>> = Some(Right(9))
  case maybe do
    Some(Right(n)) -> println("right ${n}")
    Some(Left(n)) -> println("left ${n}")
    None -> println("none")
  end
end
