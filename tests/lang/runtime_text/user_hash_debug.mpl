# User Hash and Eq impls decide map/set key identity; a user Debug impl is used by inspect, also nested in derived Debug
struct Word do
  text :: String
end

impl Eq for Word do
  fn eq(self, other :: Word) -> Bool do
    String.to_lower(self.text) == String.to_lower(other.text)
  end
end

impl Hash for Word do
  fn hash(self) -> Int do
    String.length(self.text)
  end
end

impl Display for Word do
  fn to_string(self) -> String do
    String.to_lower(self.text)
  end
end

struct Secret do
  value :: String
end

impl Debug for Secret do
  fn inspect(self) -> String do
    "Secret(***)"
  end
end

struct Login do
  user :: String
  password :: Secret
end deriving(Debug)

fn main() do
  let m = Map.put(Map.new(), Word { text: "Hello" }, 1)
  let m = Map.put(m, Word { text: "HELLO" }, 2)
  let m = Map.put(m, Word { text: "World" }, 3)
  println("${Map.size(m)} ${Map.get(m, Word { text: "hello" })}")
  println("${m}")
  let s = Set.add(Set.add(Set.add(Set.new(), Word { text: "a" }), Word { text: "A" }), Word { text: "b" })
  println("${Set.size(s)} ${s}")
  println("${Set.contains(s, Word { text: "B" })}")
  let l = Login { user: "ann", password: Secret { value: "hunter2" } }
  println(l.inspect())
  println([Secret { value: "x" }].inspect())
  println("${Word { text: "MiXeD" } == Word { text: "mixed" }}")
end
