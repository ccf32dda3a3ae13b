# Services with untyped handler params and inferred reply types: a generic-free phone book service whose calls reply Option, Result and List values inferred from the bodies
struct Entry do
  name :: String
  number :: String
  calls :: Int
end deriving(Eq)

service PhoneBook do
  fn init() do
    %{}
  end

  call Add(name, number) do |book|
    if Map.has_key(book, name) do
      (book, Err(name <> " already listed"))
    else
      let e = Entry { name: name, number: number, calls: 0 }
      (Map.put(book, name, e), Ok(e))
    end
  end

  call Dial(name) do |book|
    if Map.has_key(book, name) do
      let e = Map.get(book, name)
      let e2 = %{e | calls: e.calls + 1}
      (Map.put(book, name, e2), Some(e2.number))
    else
      (book, None)
    end
  end

  call Busiest() do |book|
    let entries = Map.values(book)
    let sorted = List.sort(entries, fn a, b -> b.calls - a.calls end)
    (book, List.map(List.take(sorted, 2), fn e -> e.name <> "=${e.calls}" end))
  end

  cast Remove(name) do |book|
    Map.delete(book, name)
  end

  call Count() do |book|
    (book, Map.size(book))
  end
end

fn dial_text(r) do
  case r do
    Some(n) -> "dialing " <> n
    None -> "no such entry"
  end
end

fn main() do
  let pb = PhoneBook.start()
  for who in [("ann", "555-0100"), ("bob", "555-0199"), ("ann", "555-0000"), ("cy", "555-0123")] do
    let (name, number) = who
    case PhoneBook.add(pb, name, number) do
      Ok(e) -> println("added " <> e.name <> " " <> e.number)
      Err(msg) -> println("error: " <> msg)
    end
  end
  for name in ["bob", "ann", "bob", "zed", "cy", "bob"] do
    println(dial_text(PhoneBook.dial(pb, name)))
  end
  println("${PhoneBook.busiest(pb)}")
  PhoneBook.remove(pb, "bob")
  println("${PhoneBook.count(pb)} left, busiest ${PhoneBook.busiest(pb)}")
  println(dial_text(PhoneBook.dial(pb, "bob")))
end
