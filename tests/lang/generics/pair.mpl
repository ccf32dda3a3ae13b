# Generic struct Pair<A, B>: construction at several types, generic swap/map functions, pairs inside lists and Results
struct Pair<A, B> do
  left :: A
  right :: B
end deriving(Eq, Display)

fn pair<A, B>(a :: A, b :: B) -> Pair<A, B> do
  Pair { left: a, right: b }
end

fn swap<A, B>(p :: Pair<A, B>) -> Pair<B, A> do
  Pair { left: p.right, right: p.left }
end

fn map_left<A, B, C>(p :: Pair<A, B>, f :: Fun(A) -> C) -> Pair<C, B> do
  Pair { left: f(p.left), right: p.right }
end

fn map_right<A, B, C>(p :: Pair<A, B>, f :: Fun(B) -> C) -> Pair<A, C> do
  Pair { left: p.left, right: f(p.right) }
end

fn zip_pairs<A, B>(xs :: List<A>, ys :: List<B>) -> List<Pair<A, B>> do
  List.map(List.zip(xs, ys), fn t -> to_pair(t) end)
end

fn to_pair<A, B>(t :: (A, B)) -> Pair<A, B> do
  let (a, b) = t
  Pair { left: a, right: b }
end

fn lefts<A, B>(ps :: List<Pair<A, B>>) -> List<A> = List.map(ps, fn p -> p.left end)

fn rights<A, B>(ps :: List<Pair<A, B>>) -> List<B> = List.map(ps, fn p -> p.right end)

fn checked_div(a :: Int, b :: Int) -> Pair<Int, Int>!String do
  if b == 0 do
    Err("division by zero")
  else
    Ok(pair(a / b, a % b))
  end
end

fn main() do
  let p = pair(1, 2.5)
  println("${p}")
  println("${swap(p)}")
  let q = map_left(p, fn n -> n * 10 end)
  println("${q}")
  let r = map_right(q, fn x -> x * 2.0 end)
  println("${r}")
  let nested = pair(pair(1, 2), pair(3, 4))
  println("${nested}")
  println("${swap(nested.right)}")
  let zs = zip_pairs([1, 2, 3], [10, 20])
  println("${zs}")
  println("${lefts(zs)} ${rights(zs)}")
  let words = zip_pairs(["a", "b"], [true, false])
  println("${lefts(words)} ${rights(words)}")
  println("${pair(1, 2) == swap(pair(2, 1))}")
  case checked_div(17, 5) do
    Ok(qr) -> println("q=${qr.left} r=${qr.right}")
    Err(e) -> println(e)
  end
  case checked_div(1, 0) do
    Ok(qr) -> println("${qr}")
    Err(e) -> println(e)
  end
end
