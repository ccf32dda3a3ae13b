# impl Iterable (type Item, type Iter = ListIterator, fn iter) makes a user struct usable in for loops
struct Playlist do
  songs :: List<String>
end

impl Iterable for Playlist do
  type Item = String
  type Iter = ListIterator
  fn iter(self) do
    Iter.from(self.songs)
  end
end

fn main() do
  let p = Playlist { songs: ["intro", "verse", "bridge", "end"] }
  for s in p do
    println("song " <> s)
  end
  let lens = for s in p do String.length(s) end
  println("${lens}")
  let upper = for s in p when String.length(s) > 4 do String.to_upper(s) end
  println("${upper}")
end
