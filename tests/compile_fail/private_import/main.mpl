# error: `from Util import helper` imports a private function (needs `pub`)
from Util import helper

fn main() do
  println(helper())
end
