# errors (2): line 4 `call` handler without a name; line 9 case arm inside the `cast Put` handler uses `=>` instead of `->`
service Kv do
  fn init() -> Map<String, String> do %{} end
  call (key :: String) do |m|
    (m, Map.get(m, key))
  end
  cast Put(key :: String, v :: String) do |m|
    case Map.has_key(m, key) do
      true => m
      false -> Map.put(m, key, v)
    end
  end
end
