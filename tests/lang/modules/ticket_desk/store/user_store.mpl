# Store.UserStore: the user directory service (state: a struct with two maps); calls reply User!String and Option<User>, casts deactivate
import Models.User

struct Directory do
  users :: Map<Int, User>
  by_email :: Map<String, Int>
  next_id :: Int
end

service UserStore do
  fn init() -> Directory do
    Directory { users: %{}, by_email: %{}, next_id: 1 }
  end

  call Register(name :: String, email :: String, role :: Role) :: User!String do |d|
    if Map.has_key(d.by_email, email) do
      (d, Err("duplicate email " <> email))
    else
      let u = User { id: d.next_id, name: name, email: email, role: role, active: true }
      let d2 = %{d | users: Map.put(d.users, u.id, u), by_email: Map.put(d.by_email, email, u.id), next_id: d.next_id + 1}
      (d2, Ok(u))
    end
  end

  call Find(id :: Int) :: User!String do |d|
    if Map.has_key(d.users, id) do (d, Ok(Map.get(d.users, id))) else (d, Err("user #${id} not found")) end
  end

  call FindByEmail(email :: String) :: Option<User> do |d|
    let found = if Map.has_key(d.by_email, email) do Some(Map.get(d.users, Map.get(d.by_email, email))) else None end
    (d, found)
  end

  call Agents() :: List<User> do |d|
    (d, List.filter(Map.values(d.users), User.is_agent))
  end

  call Everyone() :: List<User> do |d|
    (d, Map.values(d.users))
  end

  cast Deactivate(id :: Int) do |d|
    if Map.has_key(d.users, id) do
      let u = Map.get(d.users, id)
      %{d | users: Map.put(d.users, id, %{u | active: false})}
    else
      d
    end
  end
end
