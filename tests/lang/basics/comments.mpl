# Comments: line, doc (##), module doc (##!), nested block comments, trailing comments on code and field lines
##! Module documentation for this test file.

## A documented struct.
struct Item do
  name :: String   # trailing comment on a field line
  qty :: Int       # another one
end

#= a block comment
   #= with a nested block comment =#
   still inside the outer comment
=#
## Doubles a number.
fn double(n :: Int) -> Int do
  n * 2 # trailing comment after an expression
end

fn main() do
  let item = Item { name: "bolt", qty: 3 } # trailing comment after a let
  #= inline block =# println("${item.qty} ${item.name}")
  println("# not a comment")
  println("#= not a block =#")
  let n = double(#= inside a call =# 21)
  println("${n}")
  #= multi
  line =#
  println("end")
end
