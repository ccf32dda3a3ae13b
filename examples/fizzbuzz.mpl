# FizzBuzz with a multi-clause function and a for loop over a range.
fn fizzbuzz(n) when n % 15 == 0 = "FizzBuzz"
fn fizzbuzz(n) when n % 3 == 0 = "Fizz"
fn fizzbuzz(n) when n % 5 == 0 = "Buzz"
fn fizzbuzz(n) = String.from(n)

fn main() do
  for i in 1..16 do
    println(fizzbuzz(i))
  end
end
