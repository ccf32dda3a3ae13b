# Services.Desk: the business operations of the help desk; every operation returns T!DeskError and chains validation, store calls and rules with `?`
import Core.Validate
import Core.Errors
import Models.User
import Models.Ticket
import Store.Query
import Services.Assignment
from Core.Errors import DeskError, ValidationError, require, found, lift
from Models.User import User, Role
from Models.Ticket import Ticket, NewTicket, TicketRequest, Priority, Status
from Models.Comment import Comment
from Models.Notice import Notice
from Store.TicketStore import TicketStore
from Store.UserStore import UserStore
from Store.Clock import Clock, day

pub struct Desk do
  tickets :: Pid
  users :: Pid
  clock :: Pid
  notifier :: Pid<Notice>
end

pub fn register(desk :: Desk, name :: String, email :: String, role_text :: String) -> User!DeskError do
  let clean_name = Validate.length_between("name", name, 2, 30)?
  let clean_email = Validate.email(email)?
  let role = as_invalid(User.parse_role(role_text))?
  lift(UserStore.register(desk.users, clean_name, clean_email, role))
end

pub fn open_ticket(desk :: Desk, req :: TicketRequest) -> Ticket!DeskError do
  let customer = found(UserStore.find_by_email(desk.users, String.to_lower(req.email)), "customer " <> req.email)?
  require(customer.role == Customer, Denied(customer.name <> " is not a customer"))?
  let title = Validate.length_between("title", req.title, 5, 60)?
  let body = Validate.length_between("body", req.body, 10, 500)?
  let priority = as_invalid(Ticket.parse_priority(String.to_lower(req.priority)))?
  let tags = Validate.tags(req.tags)?
  let draft = NewTicket { title: title, body: body, customer_id: customer.id, priority: priority, tags: tags }
  let t = TicketStore.insert(desk.tickets, draft, Clock.now(desk.clock))?
  send(desk.notifier, Opened(t.id, customer.id, priority))
  Ok(t)
end

pub fn intake(desk :: Desk, body :: String) -> Ticket!DeskError do
  let req = decode_request(body)?
  open_ticket(desk, req)
end

fn decode_request(body :: String) -> TicketRequest!DeskError do
  case TicketRequest.from_json(body) do
    Ok(req) -> Ok(req)
    Err(e) when String.starts_with(e, "missing field") -> Err(Invalid(e))
    Err(_) -> Err(Invalid("bad request"))
  end
end

pub fn assign(desk :: Desk, id :: Int) -> (Ticket, User)!DeskError do
  let t = TicketStore.get(desk.tickets, id)?
  require(t.status == Open, Conflict("ticket #${id} is not open"))?
  let load = Assignment.loads(TicketStore.all(desk.tickets))
  let agent = Assignment.pick(UserStore.agents(desk.users), load, t.priority)?
  let now = Clock.now(desk.clock)
  let saved = lift(TicketStore.save(desk.tickets, Ticket.with_status(t, Assigned(agent.id), now)))?
  send(desk.notifier, AssignedTo(saved.id, agent.id))
  Ok((saved, agent))
end

pub fn comment(desk :: Desk, id :: Int, email :: String, text :: String, internal :: Bool) -> Ticket!DeskError do
  let author = find_user(desk, email)?
  let t = TicketStore.get(desk.tickets, id)?
  require(t.status != Closed, Conflict("ticket #${id} is closed"))?
  require(not internal or User.is_staff(author), Denied("customers cannot post internal notes"))?
  require(author.id == t.customer_id or User.is_staff(author), Denied(author.name <> " is not a participant of ticket #${id}"))?
  let body = Validate.length_between("comment", text, 1, 200)?
  let now = Clock.now(desk.clock)
  let c = Comment { author_id: author.id, text: body, at: now, internal: internal }
  let updated = TicketStore.comment(desk.tickets, id, c)?
  let next_status = after_comment(updated.status, User.is_staff(author), internal)
  let saved = if next_status == updated.status do
    updated
  else
    lift(TicketStore.save(desk.tickets, Ticket.with_status(updated, next_status, now)))?
  end
  let recipient = comment_recipient(saved, author)
  if recipient > 0 and not internal do
    send(desk.notifier, Commented(saved.id, recipient, internal))
  end
  Ok(saved)
end

fn after_comment(Assigned(agent), true, false) = Waiting(agent)
fn after_comment(Waiting(agent), false, _) = Assigned(agent)
fn after_comment(status, _, _) = status

fn comment_recipient(t :: Ticket, author :: User) -> Int do
  if author.id != t.customer_id do
    t.customer_id
  else
    case Ticket.assignee(t) do
      Some(agent) -> agent
      None -> waiting_agent(t.status)
    end
  end
end

fn waiting_agent(Waiting(agent)) = agent
fn waiting_agent(_) = 0

pub fn resolve(desk :: Desk, id :: Int, email :: String) -> Ticket!DeskError do
  let staff = find_user(desk, email)?
  let t = TicketStore.get(desk.tickets, id)?
  may_resolve(t.status, staff, id)?
  let now = Clock.now(desk.clock)
  let saved = lift(TicketStore.save(desk.tickets, Ticket.with_status(t, Resolved(now), now)))?
  send(desk.notifier, StatusMoved(saved.id, saved.customer_id, saved.status))
  Ok(saved)
end

fn may_resolve(status :: Status, staff :: User, id :: Int) -> ()!DeskError do
  case status do
    Assigned(agent) | Waiting(agent) when agent == staff.id -> Ok(())
    Assigned(_) | Waiting(_) when staff.role == Admin -> Ok(())
    Assigned(_) | Waiting(_) -> Err(Denied(staff.name <> " does not own ticket #${id}"))
    Open -> Err(Conflict("ticket #${id} is not assigned"))
    Resolved(_) | Closed -> Err(Conflict("ticket #${id} is already resolved"))
  end
end

pub fn reopen(desk :: Desk, id :: Int, email :: String) -> Ticket!DeskError do
  let who = find_user(desk, email)?
  let t = TicketStore.get(desk.tickets, id)?
  require(who.id == t.customer_id, Denied("only the customer may reopen ticket #${id}"))?
  let now = Clock.now(desk.clock)
  let reopened = reopen_status(t, now)?
  let saved = lift(TicketStore.save(desk.tickets, reopened))?
  send(desk.notifier, StatusMoved(saved.id, saved.customer_id, saved.status))
  Ok(saved)
end

fn reopen_status(t :: Ticket, now :: Int) -> Ticket!DeskError do
  case t.status do
    Resolved(at) when now - at <= day() -> Ok(%{Ticket.with_status(t, Open, now) | reopened: t.reopened + 1})
    Resolved(_) -> Err(Conflict("reopen window for ticket #${t.id} has passed"))
    _ -> Err(Conflict("ticket #${t.id} is not resolved"))
  end
end

pub fn escalate(desk :: Desk, id :: Int) -> Ticket!DeskError do
  let t = TicketStore.get(desk.tickets, id)?
  require(t.priority != Urgent, Conflict("ticket #${id} is already urgent"))?
  require(Ticket.is_active(t), Conflict("ticket #${id} is not active"))?
  lift(TicketStore.save(desk.tickets, %{t | priority: Ticket.bump(t.priority)}))
end

pub fn close_resolved(desk :: Desk, older_than :: Int) -> List<Int> do
  let now = Clock.now(desk.clock)
  let all = Query.by_id(TicketStore.all(desk.tickets))
  let due = for t in all when resolved_before(t.status, now - older_than) do t end
  for t in due do
    let _ = TicketStore.save(desk.tickets, Ticket.with_status(t, Closed, now))
    send(desk.notifier, StatusMoved(t.id, t.customer_id, Closed))
    t.id
  end
end

fn resolved_before(Resolved(at), limit) when at < limit = true
fn resolved_before(_, _) = false

pub fn deactivate_agent(desk :: Desk, email :: String) -> List<Int>!DeskError do
  let agent = find_user(desk, email)?
  require(User.is_agent(agent), Invalid(agent.name <> " is not an active agent"))?
  UserStore.deactivate(desk.users, agent.id)
  let now = Clock.now(desk.clock)
  let mine = Query.run(Query.by_id(TicketStore.all(desk.tickets)), Query.assigned_to(agent.id))
  let waiting = Query.run(Query.by_id(TicketStore.all(desk.tickets)), fn t -> t.status == Waiting(agent.id) end)
  let released = List.map(mine ++ waiting, fn t -> release(desk, t, now) end)
  Ok(List.sort(released, fn a, b -> a - b end))
end

fn release(desk :: Desk, t :: Ticket, now :: Int) -> Int do
  let _ = TicketStore.save(desk.tickets, Ticket.with_status(t, Open, now))
  t.id
end

pub fn assign_all_open(desk :: Desk) -> List<String> do
  let open = Query.run(TicketStore.all(desk.tickets), Query.unassigned())
  open
    |> Query.by_urgency()
    |> List.map(fn t -> assign_line(assign(desk, t.id), t.id) end)
end

fn assign_line(r :: (Ticket, User)!DeskError, id :: Int) -> String do
  case r do
    Ok((t, agent)) -> "#${t.id} -> " <> User.first_name(agent)
    Err(e) -> "#${id} unassigned: " <> Errors.error_text(e)
  end
end

fn find_user(desk :: Desk, email :: String) -> User!DeskError do
  found(UserStore.find_by_email(desk.users, String.to_lower(email)), "user " <> email)
end

pub fn as_invalid<T>(r :: T!String) -> T!DeskError do
  case r do
    Ok(v) -> Ok(v)
    Err(e) -> Err(Invalid(e))
  end
end
