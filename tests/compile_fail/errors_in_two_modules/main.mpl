# errors (2): a type error inside stats.mpl (Float + Int) and one in main.mpl (println of an Int); both modules must be reported
import Stats

fn main() do
  println(Stats.count([1, 2]))
end
