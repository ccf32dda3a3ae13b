# Option chains with `?`: nested lookups through maps of structs, Option-returning helpers with inferred return types, `?` in statement position
struct Employee do
  name :: String
  manager :: Option<String>
  dept :: String
end

struct Dept do
  title :: String
  budget :: Int
end

fn directory() -> Map<String, Employee> do
  %{
    "ann" => Employee { name: "ann", manager: None, dept: "eng" },
    "bob" => Employee { name: "bob", manager: Some("ann"), dept: "eng" },
    "cy" => Employee { name: "cy", manager: Some("bob"), dept: "ops" },
    "dee" => Employee { name: "dee", manager: Some("zed"), dept: "ops" },
    "eve" => Employee { name: "eve", manager: Some("ann"), dept: "lab" }
  }
end

fn depts() -> Map<String, Dept> do
  %{"eng" => Dept { title: "Engineering", budget: 500 }, "ops" => Dept { title: "Operations", budget: 120 }}
end

fn find(m, k) do
  if Map.has_key(m, k) do Some(Map.get(m, k)) else None end
end

fn manager_of(name :: String) -> Option<Employee> do
  let e = find(directory(), name)?
  let boss = e.manager?
  find(directory(), boss)
end

fn grand_manager(name) do
  let m = manager_of(name)?
  manager_of(m.name)
end

fn manager_dept_title(name) do
  let m = manager_of(name)?
  let d = find(depts(), m.dept)?
  Some(d.title)
end

fn budget_ok(name :: String, needed :: Int) -> Option<Bool> do
  let e = find(directory(), name)?
  let d :: Dept = find(depts(), e.dept)?
  Some(d.budget >= needed)
end

fn first_some(opts) do
  case opts do
    Some(v) :: _ -> Some(v)
    None :: rest -> first_some(rest)
    _ -> None
  end
end

fn show(o :: Option<String>) -> String do
  case o do
    Some(s) -> s
    None -> "-"
  end
end

fn main() do
  for n in ["ann", "bob", "cy", "dee", "zed"] do
    let m = case manager_of(n) do
      Some(e) -> e.name
      None -> "-"
    end
    let g = case grand_manager(n) do
      Some(e) -> e.name
      None -> "-"
    end
    println(n <> ": manager " <> m <> ", grand " <> g <> ", dept " <> show(manager_dept_title(n)))
  end
  for q in [("bob", 400), ("cy", 400), ("eve", 1), ("nobody", 1)] do
    let (who, amount) = q
    let verdict = case budget_ok(who, amount) do
      Some(true) -> "fits"
      Some(false) -> "over"
      None -> "unknown"
    end
    println(who <> " ${amount}: " <> verdict)
  end
  println(show(first_some([None, Some("second"), Some("third")])))
  println(show(first_some([None, None])))
end
