# StringUtils (string_utils.mpl): a private helper with the same name as one in Main, and an untyped pub function
fn helper() -> String = "!"

pub fn shout(s :: String) -> String = String.to_upper(s) <> helper()

pub fn double(x) do
  x * 2
end
