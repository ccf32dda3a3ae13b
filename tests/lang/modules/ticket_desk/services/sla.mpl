# Services.Sla: service-level targets per priority, evaluation of tickets against the clock (multi-clause functions with guards), SlaReport with Display/Renderable/Weighted
import Util.Render
import Models.Ticket
from Models.Ticket import Ticket, Priority
from Util.Text import minutes_text

pub type SlaState do
  OnTrack(Int)
  AtRisk(Int)
  Late(Int)
  Met(Int)
  Missed(Int)
end deriving(Eq, Display)

pub struct SlaReport do
  ticket_id :: Int
  target :: Int
  state :: SlaState
end deriving(Eq, Display)

impl Renderable for SlaReport do
  fn render(self) -> String = "#${self.ticket_id} target " <> minutes_text(self.target) <> ": " <> describe(self.state)
  fn label(self) -> String = "sla"
end

impl Weighted for SlaReport do
  fn weight(self) -> Int do
    case self.state do
      Late(n) -> 1000 + n
      AtRisk(n) -> 500 - n
      Missed(n) -> n
      OnTrack(_) | Met(_) -> 0
    end
  end
end

pub fn target_minutes(Urgent) = 60
pub fn target_minutes(High) = 4 * 60
pub fn target_minutes(Normal) = 24 * 60
pub fn target_minutes(Low) = 3 * 24 * 60

pub fn evaluate(t :: Ticket, now :: Int) -> SlaReport do
  let target = target_minutes(t.priority)
  let state = case t.status do
    Resolved(at) -> settle(at - t.opened_at, target)
    Closed -> Met(0)
    _ -> classify(now - t.opened_at, target)
  end
  SlaReport { ticket_id: t.id, target: target, state: state }
end

fn classify(elapsed, target) when elapsed > target = Late(elapsed - target)
fn classify(elapsed, target) when (target - elapsed) * 4 < target = AtRisk(target - elapsed)
fn classify(elapsed, target) = OnTrack(target - elapsed)

fn settle(elapsed, target) when elapsed <= target = Met(target - elapsed)
fn settle(elapsed, target) = Missed(elapsed - target)

pub fn describe(s :: SlaState) -> String do
  case s do
    OnTrack(left) -> "on track, " <> minutes_text(left) <> " left"
    AtRisk(left) -> "at risk, " <> minutes_text(left) <> " left"
    Late(by) -> "late by " <> minutes_text(by)
    Met(spare) -> "met with " <> minutes_text(spare) <> " to spare"
    Missed(by) -> "missed by " <> minutes_text(by)
  end
end

pub fn is_late(r :: SlaReport) -> Bool do
  case r.state do
    Late(_) -> true
    _ -> false
  end
end

pub fn minutes_late(r :: SlaReport) -> Int do
  case r.state do
    Late(n) | Missed(n) -> n
    _ -> 0
  end
end

pub fn compliance(reports :: List<SlaReport>) -> Int do
  let settled = List.filter(reports, fn r -> is_settled(r.state) end)
  if List.length(settled) == 0 do
    100
  else
    let met = List.filter(settled, fn r -> r.state != Missed(minutes_late(r)) end)
    List.length(met) * 100 / List.length(settled)
  end
end

fn is_settled(Met(_)) = true
fn is_settled(Missed(_)) = true
fn is_settled(_) = false
