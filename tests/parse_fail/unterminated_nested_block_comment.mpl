# error: nested `#=` comment: the inner one is closed but the outer one is not
#= outer comment
   #= inner comment =#
   still inside the outer comment
fn main() do
  println("hi")
end
