# Multi-module project: Person decoded in People and in Main (cross-module from_json), closures from People used by List.sort/filter, generic Pair from Types.Pair holding structs
import People
from Types.Pair import Pair, pair, map_both, swap

fn main() do
  let texts = [
    "{\"name\":\"ann\",\"age\":31,\"email\":\"a@x\",\"score\":9.5,\"admin\":true,\"friends\":[\"bob\"]}",
    "{\"name\":\"bob\",\"age\":25,\"email\":null,\"score\":7.25,\"admin\":false,\"friends\":[]}",
    "{\"name\":\"cy\"}",
    "{\"name\":\"di\",\"age\":47,\"email\":\"d@y\",\"score\":8,\"admin\":false,\"friends\":[\"ann\",\"bob\"]}"
  ]
  let results = People.parse_all(texts)
  let people = People.valid(results)
  println("${List.length(people)} of ${List.length(results)}")
  let sorted = List.sort(people, People.by_age())
  println("${List.map(sorted, fn p -> p.name end)}")
  let old = List.filter(people, People.older_than(30))
  println("${old}")
  let pr = pair(List.head(sorted), List.find(people, fn p -> p.admin end))
  println("${pr}")
  let names = map_both(pr, fn p -> p.name end, fn o -> case o do
    Some(p) -> p.name
    None -> "-"
  end end)
  println("${names} ${swap(names)}")
  let direct = Person.from_json(List.get(texts, 1))
  println("${direct == Ok(List.head(sorted))}")
  println(Json.encode(List.get(sorted, 1)))
  let errs = People.errors(results)
  println("${List.length(errs)} ${List.all(errs, fn e -> String.starts_with(e, "missing field") end)}")
  println(Json.encode(pair(1, "x")))
  let again = List.map(people, fn p -> Person.from_json(Json.encode(p)) == Ok(p) end)
  println("${again}")
end
