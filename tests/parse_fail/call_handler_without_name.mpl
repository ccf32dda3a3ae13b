# error: `call` handler in a service has no name
service Store do
  fn init() -> Map<String, Int> do %{} end
  call (key :: String) :: Int do |m|
    (m, Map.get(m, key) |> Option.unwrap_or(0))
  end
  cast Put(key :: String, v :: Int) do |m|
    Map.put(m, key, v)
  end
end
