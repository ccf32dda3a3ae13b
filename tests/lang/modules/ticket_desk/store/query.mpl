# Store.Query: composable ticket filters as closures (a Fun type alias), sorting and generic paging helpers
import Models.Ticket
from Models.Ticket import Ticket, Priority, Status

pub type Filter = Fun(Ticket) -> Bool

pub fn everything() -> Filter = fn _ -> true end

pub fn active() -> Filter = fn t -> Ticket.is_active(t) end

pub fn at_least(p :: Priority) -> Filter do
  fn t -> Ticket.priority_rank(t.priority) >= Ticket.priority_rank(p) end
end

pub fn tagged(tag :: String) -> Filter = fn t -> List.contains(t.tags, tag) end

pub fn for_customer(id :: Int) -> Filter = fn(t :: Ticket) -> t.customer_id == id end

pub fn assigned_to(agent :: Int) -> Filter do
  fn t ->
    case Ticket.assignee(t) do
      Some(a) -> a == agent
      None -> false
    end
  end
end

pub fn unassigned() -> Filter = fn t -> t.status == Open end

pub fn older_than(now :: Int, minutes :: Int) -> Filter = fn t -> Ticket.age(t, now) > minutes end

pub fn all_of(fs :: List<Filter>) -> Filter do
  fn t -> List.all(fs, fn f -> f(t) end) end
end

pub fn any_of(fs :: List<Filter>) -> Filter do
  fn t -> List.any(fs, fn f -> f(t) end) end
end

pub fn negate(f :: Filter) -> Filter = fn t -> not f(t) end

pub fn run(ts :: List<Ticket>, f :: Filter) -> List<Ticket> = List.filter(ts, f)

pub fn ids(ts :: List<Ticket>) -> List<Int> = List.map(ts, fn t -> t.id end)

pub fn by_id(ts :: List<Ticket>) -> List<Ticket> = List.sort(ts, fn a, b -> a.id - b.id end)

pub fn by_urgency(ts :: List<Ticket>) -> List<Ticket> do
  List.sort(ts, fn a, b -> urgency_order(a, b) end)
end

fn urgency_order(a :: Ticket, b :: Ticket) -> Int do
  let by_rank = Ticket.priority_rank(b.priority) - Ticket.priority_rank(a.priority)
  if by_rank != 0 do by_rank else a.opened_at - b.opened_at end
end

pub fn page<T>(xs :: List<T>, number :: Int, size :: Int) -> List<T> do
  xs
    |> List.drop((number - 1) * size)
    |> List.take(size)
end

pub fn pages<T>(xs :: List<T>, size :: Int) -> Int do
  let n = List.length(xs)
  if n == 0 do 0 else (n + size - 1) / size end
end

pub fn count_where<T>(xs :: List<T>, pred :: Fun(T) -> Bool) -> Int = List.length(List.filter(xs, pred))
