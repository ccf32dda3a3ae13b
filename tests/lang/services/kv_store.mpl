# Key-value service with Map state: complex handler bodies (if/else, case), Option/Result replies, snake_case API names
service Store do
  fn init() -> Map<String, String> do
    Map.new()
  end
  cast Put(key :: String, value :: String) do |m|
    Map.put(m, key, value)
  end
  call Get(key :: String) :: String? do |m|
    if Map.has_key(m, key) do
      (m, Some(Map.get(m, key)))
    else
      (m, None)
    end
  end
  call GetProjectByApiKey(api_key :: String) :: String!String do |m|
    let k = "key:" <> api_key
    case Map.has_key(m, k) do
      true -> (m, Ok(Map.get(m, k)))
      false -> (m, Err("no project for " <> api_key))
    end
  end
  call Delete(key :: String) :: Bool do |m|
    let existed = Map.has_key(m, key)
    (Map.delete(m, key), existed)
  end
  call Size() :: Int do |m|
    (m, Map.size(m))
  end
  call Keys() :: List<String> do |m| (m, Map.keys(m)) end
end

fn show(o :: String?) -> String do
  case o do
    Some(v) -> "found " <> v
    None -> "missing"
  end
end

fn main() do
  let s = Store.start()
  Store.put(s, "lang", "mesh")
  Store.put(s, "key:abc", "proj-1")
  Store.put(s, "lang", "mesh2")
  println(show(Store.get(s, "lang")))
  println(show(Store.get(s, "nope")))
  case Store.get_project_by_api_key(s, "abc") do
    Ok(p) -> println("project " <> p)
    Err(e) -> println(e)
  end
  case Store.get_project_by_api_key(s, "zzz") do
    Ok(p) -> println("project " <> p)
    Err(e) -> println(e)
  end
  let d1 = Store.delete(s, "lang")
  let d2 = Store.delete(s, "lang")
  println("${d1} ${d2}")
  println("${Store.size(s)}")
  println("${Store.keys(s)}")
end
