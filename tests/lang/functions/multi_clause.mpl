# Multi-clause functions: literal, wildcard, tuple and constructor parameter patterns with `when` guards
fn sign(n) when n < 0 = -1
fn sign(0) = 0
fn sign(n) = 1

fn fact(0) = 1
fn fact(n) = n * fact(n - 1)

fn describe(0, _) do
  "zero first"
end
fn describe(_, 0) do
  "zero second"
end
fn describe(a, b) when a == b do
  "equal"
end
fn describe(a, b) do
  "sum ${a + b}"
end

fn area((w, h)) = w * h

fn unwrap_or(Some(x), _) = x
fn unwrap_or(None, d) = d

fn fizz(n) when n % 15 == 0 = "FizzBuzz"
fn fizz(n) when n % 3 == 0 = "Fizz"
fn fizz(n) when n % 5 == 0 = "Buzz"
fn fizz(n) = "${n}"

fn greet("admin") = "welcome back, administrator"
fn greet(name :: String) -> String = "hello " <> name

fn gcd(a, 0) = a
fn gcd(a, b) = gcd(b, a % b)

fn main() do
  println("${sign(-9)} ${sign(0)} ${sign(4)}")
  println("${fact(10)}")
  println(describe(0, 5))
  println(describe(3, 0))
  println(describe(4, 4))
  println(describe(2, 3))
  println("${area((3, 4))}")
  println("${unwrap_or(Some(5), 0)} ${unwrap_or(None, 7)}")
  let words = for i in 1..16 do fizz(i) end
  println(String.join(words, " "))
  println(greet("admin"))
  println(greet("bob"))
  println("${gcd(84, 36)}")
end
