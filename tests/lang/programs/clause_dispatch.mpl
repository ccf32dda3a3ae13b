# Multi-clause functions: literal, tuple, constructor and cons patterns with guards, clauses calling each other in any order, inferred types across clauses
type Token do
  Num(Int)
  Word(String)
  Sym(String)
end

fn main() do
  println(String.join(List.map([-5, 0, 7, 150], classify), " "))
  println("${fib(0)} ${fib(1)} ${fib(15)}")
  println("${List.map([(0, 0), (3, 0), (0, -2), (4, 4), (2, -9)], quadrant)}")
  let toks = [Num(3), Word("if"), Sym("+"), Word("elephant"), Num(-1), Sym(";")]
  println(String.join(List.map(toks, token_text), " | "))
  println("${sum_pairs([1, 2, 3, 4, 5])}")
  println("${compress([1, 1, 2, 3, 3, 3, 1])}")
  println(fizz_line(1, 16, ""))
  println("${gcd(84, 36)} ${gcd(17, 5)} ${gcd(0, 9)}")
  println("${ackermann(2, 3)}")
end

fn classify(n) when n < 0 = "negative"
fn classify(0) = "zero"
fn classify(n) when n > 100 = "huge"
fn classify(_) = "positive"

fn fib(0) = 0
fn fib(1) = 1
fn fib(n) = fib(n - 1) + fib(n - 2)

fn quadrant((0, 0)) = "origin"
fn quadrant((_, 0)) = "x-axis"
fn quadrant((0, _)) = "y-axis"
fn quadrant((x, y)) when x == y = "diagonal"
fn quadrant((x, y)) when x > 0 and y < 0 = "fourth"
fn quadrant(_) = "elsewhere"

fn token_text(Num(n)) when n < 0 = "minus ${0 - n}"
fn token_text(Num(n)) = "num ${n}"
fn token_text(Word(w)) when String.length(w) > 4 = "long word " <> w
fn token_text(Word(w)) = keyword_or_word(w)
fn token_text(Sym(s)) = "sym " <> s

fn keyword_or_word("if") = "keyword if"
fn keyword_or_word(w) = "word " <> w

fn sum_pairs(a :: b :: rest) = [a + b] ++ sum_pairs(rest)
fn sum_pairs(xs) = xs

fn compress(x :: y :: rest) when x == y = compress([y] ++ rest)
fn compress(x :: rest) = [x] ++ compress(rest)
fn compress(xs) = xs

fn fizz_line(i, limit, acc) when i >= limit = acc
fn fizz_line(i, limit, acc) = fizz_line(i + 1, limit, acc <> fizz_word(i % 3, i % 5, i))

fn fizz_word(0, 0, _) = "Z"
fn fizz_word(0, _, _) = "F"
fn fizz_word(_, 0, _) = "B"
fn fizz_word(_, _, n) = "${n % 10}"

fn gcd(a, 0) = a
fn gcd(a, b) = gcd(b, a % b)

fn ackermann(0, n) = n + 1
fn ackermann(m, 0) = ackermann(m - 1, 1)
fn ackermann(m, n) = ackermann(m - 1, ackermann(m, n - 1))
