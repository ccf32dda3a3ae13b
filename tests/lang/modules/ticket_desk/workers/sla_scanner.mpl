# Workers.SlaScanner: runs the SLA evaluation in a separate process with Job.async and hands the result back through Job.await
import Services.Sla
from Services.Sla import SlaReport
from Store.TicketStore import TicketStore
from Store.Clock import Clock
import Store.Query

pub fn scan(store, now :: Int) -> List<SlaReport> do
  TicketStore.all(store)
    |> Query.by_id()
    |> List.map(fn t -> Sla.evaluate(t, now) end)
end

pub fn start(store, clock) -> Pid<List<SlaReport>> do
  let now = Clock.now(clock)
  Job.async(fn -> scan(store, now) end)
end

pub fn collect(job :: Pid<List<SlaReport>>) -> List<SlaReport>!String do
  let reports = Job.await(job)?
  Ok(reports)
end

pub fn late(reports :: List<SlaReport>) -> List<SlaReport> = List.filter(reports, Sla.is_late)
