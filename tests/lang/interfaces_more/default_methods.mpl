# Interfaces with default methods that call required methods, overriding some defaults, generic functions bounded by two interfaces, impls for structs, sums and builtins
interface Shape do
  fn area(self) -> Float
  fn perimeter(self) -> Float
  fn name(self) -> String do
    "shape"
  end
  fn summary(self) -> String do
    self.name() <> " area=${self.area()} perimeter=${self.perimeter()}"
  end
  fn bigger_than(self, limit :: Float) -> Bool do
    self.area() > limit
  end
end

interface Priced do
  fn cost(self) -> Int
  fn with_tax(self) -> Int do
    self.cost() + self.cost() / 5
  end
end

struct Rect do
  w :: Float
  h :: Float
end deriving(Display)

type Blob do
  Square(Float)
  Strip(Float, Int)
end deriving(Display)

impl Shape for Rect do
  fn area(self) -> Float = self.w * self.h
  fn perimeter(self) -> Float = 2.0 * (self.w + self.h)
  fn name(self) -> String = "rect"
end

impl Shape for Blob do
  fn area(self) -> Float do
    case self do
      Square(s) -> s * s
      Strip(w, n) -> w * Int.to_float(n)
    end
  end
  fn perimeter(self) -> Float do
    case self do
      Square(s) -> 4.0 * s
      Strip(w, n) -> 2.0 * (w + Int.to_float(n))
    end
  end
  fn summary(self) -> String = "blob ${self} of area ${self.area()}"
end

impl Priced for Rect do
  fn cost(self) -> Int = Float.to_int(self.area() * 10.0)
end

impl Priced for Blob do
  fn cost(self) -> Int = 100
  fn with_tax(self) -> Int = 101
end

impl Priced for Int do
  fn cost(self) -> Int = self
end

fn catalog<T>(items :: List<T>) -> List<String> where T: Shape, T: Priced do
  List.map(items, fn it -> it.name() <> " costs ${it.cost()} (${it.with_tax()} taxed)" end)
end

fn total_area<T: Shape>(items :: List<T>) -> Float do
  List.reduce(items, 0.0, fn acc, s -> acc + s.area() end)
end

fn count_big<T: Shape>(items :: List<T>, limit :: Float) -> Int do
  List.length(List.filter(items, fn s -> s.bigger_than(limit) end))
end

fn main() do
  let rects = [Rect { w: 2.0, h: 3.0 }, Rect { w: 0.5, h: 4.0 }]
  let blobs = [Square(3.0), Strip(0.25, 8)]
  for r in rects do
    println(r.summary())
  end
  for b in blobs do
    println(b.summary() <> " / " <> b.name() <> " perimeter ${b.perimeter()}")
  end
  println("${catalog(rects)}")
  println("${catalog(blobs)}")
  println("${total_area(rects)} ${total_area(blobs)}")
  println("${count_big(rects, 2.0)} ${count_big(blobs, 2.0)}")
  println("${250.with_tax()} ${7.cost()}")
end
