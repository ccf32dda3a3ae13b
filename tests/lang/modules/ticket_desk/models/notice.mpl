# Models.Notice: the sum-typed messages of the notifier and mailer actors, and the Mail struct they pass along
from Models.Ticket import Priority, Status

pub type Notice do
  Opened(Int, Int, Priority)
  AssignedTo(Int, Int)
  Commented(Int, Int, Bool)
  StatusMoved(Int, Int, Status)
  SlaBreached(Int, Int)
  Flush
end

pub struct Mail do
  to :: String
  subject :: String
  ticket :: Int
end deriving(Eq, Json)

pub type MailMsg do
  Deliver(Mail)
  Dispatch
end

pub fn notice_ticket(n :: Notice) -> Int do
  case n do
    Opened(t, _, _) -> t
    AssignedTo(t, _) -> t
    Commented(t, _, _) -> t
    StatusMoved(t, _, _) -> t
    SlaBreached(t, _) -> t
    Flush -> 0
  end
end

pub fn subject_prefix(ticket :: Int) -> String = "[#${ticket}] "
