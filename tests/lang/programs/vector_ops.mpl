# Operator impls (Add, Sub, Mul, Div, Neg) on Float vectors and an Int money type, used through generic helpers and reduce; derived Display in interpolation
struct Vec3 do
  x :: Float
  y :: Float
  z :: Float
end deriving(Eq, Display)

struct Money do
  cents :: Int
end deriving(Eq, Ord, Display)

impl Add for Vec3 do
  type Output = Vec3
  fn add(self, o :: Vec3) -> Vec3 = Vec3 { x: self.x + o.x, y: self.y + o.y, z: self.z + o.z }
end

impl Sub for Vec3 do
  type Output = Vec3
  fn sub(self, o :: Vec3) -> Vec3 = Vec3 { x: self.x - o.x, y: self.y - o.y, z: self.z - o.z }
end

impl Mul for Vec3 do
  type Output = Vec3
  fn mul(self, o :: Vec3) -> Vec3 = Vec3 { x: self.x * o.x, y: self.y * o.y, z: self.z * o.z }
end

impl Neg for Vec3 do
  fn neg(self) -> Vec3 = Vec3 { x: 0.0 - self.x, y: 0.0 - self.y, z: 0.0 - self.z }
end

impl Add for Money do
  type Output = Money
  fn add(self, o :: Money) -> Money = Money { cents: self.cents + o.cents }
end

impl Sub for Money do
  type Output = Money
  fn sub(self, o :: Money) -> Money = Money { cents: self.cents - o.cents }
end

impl Div for Money do
  type Output = Money
  fn div(self, o :: Money) -> Money = Money { cents: self.cents / o.cents }
end

fn v(x :: Float, y :: Float, z :: Float) -> Vec3 = Vec3 { x: x, y: y, z: z }

fn scale(a :: Vec3, k :: Float) -> Vec3 = a * v(k, k, k)

fn dot(a :: Vec3, b :: Vec3) -> Float do
  let p = a * b
  p.x + p.y + p.z
end

fn sum_all<T: Add>(xs :: List<T>, zero :: T) -> T do
  List.reduce(xs, zero, fn acc, x -> acc + x end)
end

fn cents(n :: Int) -> Money = Money { cents: n }

fn split_bill(total :: Money, people :: Int) -> (Money, Money) do
  let share = total / cents(people)
  let rest = total - cents(share.cents * people)
  (share, rest)
end

fn main() do
  let a = v(1.0, 2.0, 3.0)
  let b = v(0.5, -1.5, 4.0)
  println("${a + b}")
  println("${a - b}")
  println("${a * b} dot ${dot(a, b)}")
  println("${-a} ${-(a - a)}")
  println("${scale(a, 2.5)}")
  println("${sum_all([a, b, scale(b, 2.0)], v(0.0, 0.0, 0.0))}")
  println("${sum_all([1, 2, 3], 0)} ${sum_all([0.25, 0.5], 0.0)}")
  let bill = sum_all([cents(1250), cents(899), cents(351)], cents(0))
  println("bill ${bill}")
  let (share, rest) = split_bill(bill, 3)
  println("share ${share} remainder ${rest}")
  println("${cents(5) < cents(7)} ${bill == cents(2500)} ${a + b == b + a}")
  let sorted = List.sort([cents(30), cents(5), cents(12)], fn x, y -> x.cents - y.cents end)
  println("${sorted}")
  let largest = List.reduce(sorted, cents(0), fn m, c -> if c > m do c else m end end)
  println("largest ${largest}")
end
