# Models.Ticket: tickets, their priority and status sum types (deriving Json, Eq, Ord, Display), intake requests decoded from JSON, counters
import Util.Render
import Models.Comment
from Util.Text import truncate, pad_right, minutes_text

pub type Priority do
  Low
  Normal
  High
  Urgent
end deriving(Eq, Ord, Display, Json)

pub type Status do
  Open
  Assigned(Int)
  Waiting(Int)
  Resolved(Int)
  Closed
end deriving(Eq, Display, Json)

pub struct Ticket do
  id :: Int
  title :: String
  body :: String
  customer_id :: Int
  priority :: Priority
  status :: Status
  opened_at :: Int
  updated_at :: Int
  tags :: List<String>
  comments :: List<Comment>
  reopened :: Int
end deriving(Json, Eq)

pub struct NewTicket do
  title :: String
  body :: String
  customer_id :: Int
  priority :: Priority
  tags :: List<String>
end deriving(Json, Eq)

pub struct TicketRequest do
  email :: String
  title :: String
  body :: String
  priority :: String
  tags :: List<String>
end deriving(Json, Eq)

pub struct Counts do
  open :: Int
  assigned :: Int
  waiting :: Int
  resolved :: Int
  closed :: Int
end deriving(Eq, Display, Json)

impl Renderable for Ticket do
  fn render(self) -> String do
    "#${self.id} " <> pad_right(priority_code(self.priority), 4) <> truncate(self.title, 28) <> " (" <> status_name(self.status) <> ")"
  end
  fn label(self) -> String = "ticket"
end

impl Weighted for Ticket do
  fn weight(self) -> Int = priority_rank(self.priority) * 10 + List.length(self.comments) + self.reopened * 5
end

pub fn priority_code(Urgent) = "P1"
pub fn priority_code(High) = "P2"
pub fn priority_code(Normal) = "P3"
pub fn priority_code(Low) = "P4"

pub fn priority_rank(p :: Priority) -> Int do
  case p do
    Low -> 1
    Normal -> 2
    High -> 3
    Urgent -> 4
  end
end

pub fn parse_priority("low") = Ok(Low)
pub fn parse_priority("normal") = Ok(Normal)
pub fn parse_priority("high") = Ok(High)
pub fn parse_priority("urgent") = Ok(Urgent)
pub fn parse_priority(other) = Err("unknown priority " <> other)

pub fn bump(Low) = Normal
pub fn bump(Normal) = High
pub fn bump(_) = Urgent

pub fn status_name(s :: Status) -> String do
  case s do
    Open -> "open"
    Assigned(agent) -> "assigned to #${agent}"
    Waiting(agent) -> "waiting on customer, agent #${agent}"
    Resolved(at) -> "resolved at " <> minutes_text(at)
    Closed -> "closed"
  end
end

pub fn is_active(t :: Ticket) -> Bool do
  case t.status do
    Open | Assigned(_) | Waiting(_) -> true
    Resolved(_) | Closed -> false
  end
end

pub fn assignee(t :: Ticket) -> Option<Int> do
  case t.status do
    Assigned(agent) -> Some(agent)
    _ -> None
  end
end

pub fn from_draft(d :: NewTicket, id :: Int, now :: Int) -> Ticket do
  Ticket {
    id: id,
    title: d.title,
    body: d.body,
    customer_id: d.customer_id,
    priority: d.priority,
    status: Open,
    opened_at: now,
    updated_at: now,
    tags: d.tags,
    comments: [],
    reopened: 0
  }
end

pub fn with_status(t :: Ticket, s :: Status, now :: Int) -> Ticket = %{t | status: s, updated_at: now}

pub fn add_comment(t :: Ticket, c :: Comment) -> Ticket do
  %{t | comments: List.append(t.comments, c), updated_at: c.at}
end

pub fn count_statuses(ts :: List<Ticket>) -> Counts do
  List.reduce(ts, Counts { open: 0, assigned: 0, waiting: 0, resolved: 0, closed: 0 }, tally)
end

fn tally(c :: Counts, t :: Ticket) -> Counts do
  case t.status do
    Open -> %{c | open: c.open + 1}
    Assigned(_) -> %{c | assigned: c.assigned + 1}
    Waiting(_) -> %{c | waiting: c.waiting + 1}
    Resolved(_) -> %{c | resolved: c.resolved + 1}
    Closed -> %{c | closed: c.closed + 1}
  end
end

pub fn age(t :: Ticket, now :: Int) -> Int = now - t.opened_at
