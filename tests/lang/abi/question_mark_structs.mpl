# `?` on Option and Result values carrying structs: chained lookups through maps of structs, early None and Err, From conversion of a struct error into a sum error, `?` inside a closure
struct User do
  id :: Int
  name :: String
  team :: Option<Int>
end deriving(Display)

struct Team do
  id :: Int
  title :: String
  lead :: Int
end deriving(Display)

struct NotFound do
  what :: String
  id :: Int
end deriving(Display)

type AppError do
  Missing(NotFound)
  Rule(String)
end deriving(Display)

impl From<NotFound> for AppError do
  fn from(e :: NotFound) -> AppError do
    Missing(e)
  end
end

fn users() -> Map<Int, User> do
  %{1 => User { id: 1, name: "ann", team: Some(10) }, 2 => User { id: 2, name: "bob", team: Some(10) }, 3 => User { id: 3, name: "cy", team: None }, 4 => User { id: 4, name: "di", team: Some(20) }, 5 => User { id: 5, name: "ed", team: Some(30) }}
end

fn teams() -> Map<Int, Team> do
  %{10 => Team { id: 10, title: "core", lead: 1 }, 20 => Team { id: 20, title: "ops", lead: 9 }}
end

fn user_opt(id :: Int) -> Option<User> = if Map.has_key(users(), id) do Some(Map.get(users(), id)) else None end

fn team_opt(id :: Int) -> Option<Team> = if Map.has_key(teams(), id) do Some(Map.get(teams(), id)) else None end

fn lead_of_user(id :: Int) -> Option<User> do
  let u = user_opt(id)?
  let tid = u.team?
  let t = team_opt(tid)?
  user_opt(t.lead)
end

fn user_res(id :: Int) -> User!NotFound do
  case user_opt(id) do
    Some(u) -> Ok(u)
    None -> Err(NotFound { what: "user", id: id })
  end
end

fn team_res(id :: Int) -> Team!NotFound do
  case team_opt(id) do
    Some(t) -> Ok(t)
    None -> Err(NotFound { what: "team", id: id })
  end
end

fn team_of(u :: User) -> Int!AppError do
  case u.team do
    Some(t) -> Ok(t)
    None -> Err(Rule("${u.name} has no team"))
  end
end

fn lead_name(id :: Int) -> String!AppError do
  let u = user_res(id)?
  let tid = team_of(u)?
  let t = team_res(tid)?
  let lead = user_res(t.lead)?
  if lead.id == u.id do
    Err(Rule("${u.name} leads ${t.title}"))
  else
    Ok(lead.name <> " leads " <> u.name <> " in " <> t.title)
  end
end

fn main() do
  for id in [2, 3, 4, 5, 7] do
    println("${id}: ${lead_of_user(id)}")
  end
  for id in [2, 1, 3, 4, 5, 8] do
    println("${id}: ${lead_name(id)}")
  end
  let name_of = fn(id :: Int) do
    let u = user_opt(id)?
    Some(String.to_upper(u.name))
  end
  println("${List.map([1, 3, 6], name_of)}")
end
