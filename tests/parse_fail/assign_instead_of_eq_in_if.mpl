# error: `=` used instead of `==` in an `if` condition
fn is_admin(role :: String) -> Bool do
  if role = "admin" do
    true
  else
    false
  end
end

fn main() do
  println("${is_admin("user")}")
end
