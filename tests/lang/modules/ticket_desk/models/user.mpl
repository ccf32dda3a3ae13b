# Models.User: users of the desk (customers, agents with a ticket capacity, admins), deriving Json and Eq; implements Util.Render interfaces
import Util.Render
from Util.Text import pad_right, capitalize

pub type Role do
  Customer
  Agent(Int)
  Admin
end deriving(Eq, Display, Json)

pub struct User do
  id :: Int
  name :: String
  email :: String
  role :: Role
  active :: Bool
end deriving(Json, Eq)

impl Renderable for User do
  fn render(self) -> String do
    pad_right(capitalize(self.name), 6) <> " <" <> self.email <> "> " <> role_name(self.role) <> active_suffix(self.active)
  end
  fn label(self) -> String = "user"
end

impl Weighted for User do
  fn weight(self) -> Int = capacity(self.role)
end

pub fn role_name(r :: Role) -> String do
  case r do
    Customer -> "customer"
    Agent(n) -> "agent/${n}"
    Admin -> "admin"
  end
end

fn active_suffix(true) = ""
fn active_suffix(false) = " (inactive)"

pub fn capacity(Agent(n)) = n
pub fn capacity(_) = 0

pub fn is_agent(u :: User) -> Bool do
  case u.role do
    Agent(_) -> u.active
    _ -> false
  end
end

pub fn is_staff(u :: User) -> Bool do
  case u.role do
    Customer -> false
    Agent(_) | Admin -> u.active
  end
end

pub fn parse_role(text :: String) -> Role!String do
  let parts = String.split(text, ":")
  case parts do
    "agent" :: n :: _ -> agent_role(n)
    "customer" :: _ -> Ok(Customer)
    "admin" :: _ -> Ok(Admin)
    _ -> Err("unknown role " <> text)
  end
end

fn agent_role(n :: String) -> Role!String do
  case String.to_int(n) do
    Some(cap) when cap > 0 -> Ok(Agent(cap))
    _ -> Err("bad agent capacity " <> n)
  end
end

pub fn first_name(u :: User) -> String = capitalize(List.head(String.split(u.name, " ")))
