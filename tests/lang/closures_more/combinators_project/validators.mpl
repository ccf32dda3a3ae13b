# Validators: closure factories returning Fun(String) -> String!String, and all_of folding a list of such closures into one
pub fn min_len(n :: Int) -> Fun(String) -> String!String do
  fn s -> if String.length(s) >= n do Ok(s) else Err("'${s}' shorter than ${n}") end end
end

pub fn no_space() -> Fun(String) -> String!String do
  fn s -> if String.contains(s, " ") do Err("'${s}' has a space") else Ok(s) end end
end

pub fn trimmed() -> Fun(String) -> String!String do
  fn s -> Ok(String.trim(s)) end
end

pub fn all_of(checks :: List<Fun(String) -> String!String>) -> Fun(String) -> String!String do
  fn s -> List.reduce(checks, Ok(s), fn acc, c -> case acc do
    Ok(v) -> c(v)
    Err(e) -> Err(e)
  end end) end
end
