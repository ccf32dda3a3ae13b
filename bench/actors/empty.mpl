# empty: the baseline run (start-up time and RSS) that bench/actors_bench.py
# subtracts from the other programs' figures.
fn main() do
  println("CHECK 0")
end
