# The baseline for idle_actors.mpl's memory figures.
fn main() do
  println("empty")
end
