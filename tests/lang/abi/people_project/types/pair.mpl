# Types.Pair: a generic pub struct with derived Eq/Display/Json and generic functions over it, instantiated elsewhere with structs
pub struct Pair<A, B> do
  left :: A
  right :: B
end deriving(Eq, Display, Json)

pub fn pair<A, B>(a :: A, b :: B) -> Pair<A, B> = Pair { left: a, right: b }

pub fn map_both<A, B, C, D>(p :: Pair<A, B>, f :: Fun(A) -> C, g :: Fun(B) -> D) -> Pair<C, D> = Pair { left: f(p.left), right: g(p.right) }

pub fn swap<A, B>(p :: Pair<A, B>) -> Pair<B, A> = Pair { left: p.right, right: p.left }
