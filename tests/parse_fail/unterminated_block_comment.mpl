# error: `#=` block comment is never closed with `=#`
fn main() do
  #= temporarily disabled:
     let x = compute()
     println("${x}")
  println("running")
end
