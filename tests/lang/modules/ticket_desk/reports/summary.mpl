# Reports.Summary: text reports built from store snapshots using the Renderable/Weighted interfaces generically, for comprehensions with when filters over maps, and pipes
import Util.Render
import Util.Text
import Models.Ticket
import Models.User
import Services.Sla
import Services.Assignment
import Store.Query
from Models.Ticket import Ticket, Counts
from Models.User import User
from Services.Sla import SlaReport

pub fn dashboard(tickets :: List<Ticket>, users :: List<User>, now :: Int) -> List<String> do
  let counts = Ticket.count_statuses(tickets)
  let header = [Text.rule("dashboard at " <> Text.minutes_text(now)), "counts ${counts}", "active " <> Text.plural(active_total(counts), "ticket")]
  header ++ agent_lines(tickets, users) ++ tag_lines(tickets) ++ heavy_lines(tickets)
end

fn active_total(c :: Counts) -> Int = c.open + c.assigned + c.waiting

fn agent_lines(tickets :: List<Ticket>, users :: List<User>) -> List<String> do
  let load = Assignment.loads(tickets)
  users
    |> List.filter(fn u -> User.capacity(u.role) > 0 end)
    |> List.sort(fn a, b -> a.id - b.id end)
    |> List.map(fn u -> "agent " <> Assignment.load_line(u, load) <> inactive_mark(u) end)
end

fn inactive_mark(u :: User) -> String = if u.active do "" else " (gone)" end

fn tag_lines(tickets :: List<Ticket>) -> List<String> do
  let counts = tickets
    |> List.flat_map(fn t -> t.tags end)
    |> List.reduce(%{}, fn m, tag -> Map.put(m, tag, Map.get(m, tag) + 1) end)
  let popular = for {tag, n} in counts when n > 1 do tag <> " x${n}" end
  let single = for {tag, n} in counts when n == 1 do tag end
  ["tags: " <> String.join(popular, ", ") <> " | once: " <> String.join(single, ", ")]
end

fn heavy_lines(tickets :: List<Ticket>) -> List<String> do
  let top = Render.top_weighted(tickets, 2)
  let lines = Render.render_all(top)
  ["heaviest (total weight ${Render.total_weight(tickets)}):"] ++ Text.bullet_list(lines)
end

pub fn customer_view(tickets :: List<Ticket>, customer :: User) -> List<String> do
  let mine = tickets
    |> Query.run(Query.for_customer(customer.id))
    |> Query.by_id()
  let lines = List.map(mine, fn t -> t.render() <> " " <> Text.plural(List.length(t.comments), "comment") end)
  [customer.name <> " has " <> Text.plural(List.length(mine), "ticket")] ++ Text.bullet_list(lines)
end

pub fn sla_lines(reports :: List<SlaReport>) -> List<String> do
  let shown = Render.render_all(reports)
  let worst = case Render.heaviest(reports) do
    Some(r) when r.weight() > 0 -> "worst: #${r.ticket_id} " <> Sla.describe(r.state)
    _ -> "worst: none"
  end
  shown ++ [worst, "compliance ${Sla.compliance(reports)}%"]
end

pub fn roster(users :: List<User>) -> List<String> do
  users
    |> List.sort(fn a, b -> a.id - b.id end)
    |> Render.render_all()
end
