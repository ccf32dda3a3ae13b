# Services.Assignment: picks an agent for a ticket by load and capacity; multi-clause eligibility rules with guards
import Models.User
import Models.Ticket
from Models.User import User, Role
from Models.Ticket import Ticket, Priority
from Core.Errors import DeskError

pub fn loads(tickets :: List<Ticket>) -> Map<Int, Int> do
  tickets
    |> List.filter(Ticket.is_active)
    |> List.reduce(%{}, fn m, t -> count_assignee(m, Ticket.assignee(t)) end)
end

fn count_assignee(m :: Map<Int, Int>, who :: Option<Int>) -> Map<Int, Int> do
  case who do
    Some(agent) -> Map.put(m, agent, Map.get(m, agent) + 1)
    None -> m
  end
end

pub fn eligible(Urgent, cap) when cap < 3 = false
pub fn eligible(_, cap) when cap <= 0 = false
pub fn eligible(_, _) = true

pub fn candidates(agents :: List<User>, load :: Map<Int, Int>, p :: Priority) -> List<User> do
  agents
    |> List.filter(fn a -> a.active end)
    |> List.filter(fn a -> eligible(p, User.capacity(a.role)) end)
    |> List.filter(fn a -> Map.get(load, a.id) < User.capacity(a.role) end)
end

pub fn pick(agents :: List<User>, load :: Map<Int, Int>, p :: Priority) -> User!DeskError do
  let pool = candidates(agents, load, p)
  let sorted = List.sort(pool, fn a, b -> compare_agents(a, b, load) end)
  case sorted do
    best :: _ -> Ok(best)
    _ -> Err(Conflict("no agent available for " <> Ticket.priority_code(p)))
  end
end

fn compare_agents(a :: User, b :: User, load :: Map<Int, Int>) -> Int do
  let diff = Map.get(load, a.id) - Map.get(load, b.id)
  if diff != 0 do diff else a.id - b.id end
end

pub fn load_line(agent :: User, load :: Map<Int, Int>) -> String do
  let n = Map.get(load, agent.id)
  let cap = User.capacity(agent.role)
  User.first_name(agent) <> " ${n}/${cap}" <> saturation(n, cap)
end

fn saturation(n, cap) when n >= cap = " full"
fn saturation(n, _) when n == 0 = " idle"
fn saturation(_, _) = ""
