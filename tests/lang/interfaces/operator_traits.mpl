# Operator traits: Add, Sub, Mul, Div, Mod overload + - * / % and Neg overloads unary minus on user types
struct Vec2 do
  x :: Int
  y :: Int
end deriving(Eq, Display)

impl Add for Vec2 do
  type Output = Vec2
  fn add(self, other :: Vec2) -> Vec2 do
    Vec2 { x: self.x + other.x, y: self.y + other.y }
  end
end

impl Sub for Vec2 do
  type Output = Vec2
  fn sub(self, other :: Vec2) -> Vec2 do
    Vec2 { x: self.x - other.x, y: self.y - other.y }
  end
end

impl Mul for Vec2 do
  type Output = Vec2
  fn mul(self, other :: Vec2) -> Vec2 do
    Vec2 { x: self.x * other.x, y: self.y * other.y }
  end
end

impl Neg for Vec2 do
  fn neg(self) -> Vec2 do
    Vec2 { x: 0 - self.x, y: 0 - self.y }
  end
end

struct Money do
  cents :: Int
end deriving(Display)

impl Div for Money do
  type Output = Money
  fn div(self, other :: Money) -> Money do
    Money { cents: self.cents / other.cents }
  end
end

impl Mod for Money do
  type Output = Money
  fn mod(self, other :: Money) -> Money do
    Money { cents: self.cents % other.cents }
  end
end

fn main() do
  let a = Vec2 { x: 1, y: 2 }
  let b = Vec2 { x: 10, y: 20 }
  println("${a + b}")
  println("${b - a}")
  println("${a * b}")
  println("${-a}")
  println("${a + b * a}")
  println("${a + a + a}")
  let back = -(a + b)
  let ok = back == Vec2 { x: -11, y: -22 }
  println("${back} ${ok}")
  let m = Money { cents: 1000 }
  let three = Money { cents: 3 }
  println("${m / three} ${m % three}")
  let sum = List.reduce([a, b, a], Vec2 { x: 0, y: 0 }, fn acc, v -> acc + v end)
  println("${sum}")
end
