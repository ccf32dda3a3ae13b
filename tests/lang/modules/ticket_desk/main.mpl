# Help-desk backend simulated in memory: services (clock, users, tickets), notifier/mailer actors, an SLA scan in a Job, JSON intake and snapshots; main drives a fixed script
import Services.Desk
import Models.User
import Models.Ticket
import Models.Comment
import Services.Sla
import Services.Knowledge
import Reports.Summary
import Store.Snapshot
import Store.Query
import Workers.SlaScanner
from Services.Desk import Desk
from Store.Clock import Clock, day, hours
from Store.TicketStore import TicketStore
from Store.UserStore import UserStore
from Workers.Notifier import notifier, mailer
from Models.Ticket import Ticket, TicketRequest, Priority, Counts, status_name
from Models.User import User
from Models.Notice import Notice, Mail
from Core.Errors import DeskError
from Util.Text import rule, minutes_text, plural, kv

fn main() do
  let clock = Clock.start(0)
  let users = UserStore.start()
  let tickets = TicketStore.start(1)
  let mail = spawn(mailer, [])
  let note = spawn(notifier, users, mail, 0)
  let desk = Desk { tickets: tickets, users: users, clock: clock, notifier: note }

  section("staff and customers")
  register_everyone(desk)

  section("intake")
  open_initial_tickets(desk)
  rejected_intake(desk)

  section("assignment")
  advance(desk, 5)
  for id in [1, 3, 2, 4, 4, 42] do
    println(assign_text(Desk.assign(desk, id)))
  end

  section("conversation")
  conversation(desk)

  advance(desk, 255)
  section("sla check at " <> minutes_text(Clock.now(clock)))
  let breached = sla_check(desk)
  println("breach alerts sent for ${breached}")

  section("escalation and resolution")
  escalations(desk)

  section("reopen")
  reopen_requests(desk)

  section("staffing change")
  staffing(desk)

  section("housekeeping")
  housekeeping(desk)

  advance(desk, 0)
  section("sla at " <> minutes_text(Clock.now(clock)))
  let _ = sla_check_quiet(desk)

  section("dashboard")
  let all = Query.by_id(TicketStore.all(tickets))
  let everyone = UserStore.everyone(users)
  print_lines(Summary.dashboard(all, everyone, Clock.now(clock)))
  print_customer(desk, all, "bob@shop.com")
  print_customer(desk, all, "carol@home.org")
  print_lines(Summary.roster(everyone))

  section("knowledge base")
  knowledge(all)

  section("snapshot")
  snapshot(all)
  let log = TicketStore.log(tickets)
  println("store log: " <> plural(List.length(log), "record") <> ", last: " <> String.join(List.drop(log, List.length(log) - 3), ", "))
  println(kv("clock ticks", Clock.ticks(clock)) <> " " <> kv("tickets", TicketStore.count(tickets)))
  println("main done, flushing notifications")
  send(note, Flush)
end

fn section(title :: String) -> () do
  println(rule(title))
end

fn advance(desk :: Desk, minutes :: Int) -> Int = Clock.advance(desk.clock, minutes)

fn print_lines(lines :: List<String>) -> () do
  for line in lines do
    println(line)
  end
  nil
end

fn register_everyone(desk :: Desk) -> () do
  let people = [
    ("Grace Hopper", "grace@desk.io", "admin"),
    ("alan turing", "Alan@Desk.io", "agent:2"),
    ("Ada Lovelace", "ada@desk.io", "agent:3"),
    ("Linus", "linus@desk.io", "agent:1"),
    ("Bob", "bob@shop.com", "customer"),
    ("Carol", "carol@home.org", "customer"),
    ("Dave", "dave@mail.net", "customer"),
    ("Eve", "eve-at-nowhere", "customer"),
    ("Mallory", "bob@shop.com", "customer"),
    ("Trent", "trent@desk.io", "agent:0"),
    ("X", "x@y.io", "customer"),
    ("Oscar", "oscar@desk.io", "boss")
  ]
  for p in people do
    let (name, email, role) = p
    println(user_text(Desk.register(desk, name, email, role)))
  end
  nil
end

fn user_text(r :: User!DeskError) -> String do
  case r do
    Ok(u) -> u.line()
    Err(e) -> e.line()
  end
end

fn ticket_text(r :: Ticket!DeskError) -> String do
  case r do
    Ok(t) -> t.line() <> " tags ${t.tags}"
    Err(e) -> e.line()
  end
end

fn request(email :: String, title :: String, body :: String, priority :: String, tags :: List<String>) -> TicketRequest do
  TicketRequest { email: email, title: title, body: body, priority: priority, tags: tags }
end

fn open_initial_tickets(desk :: Desk) -> () do
  let fire = request("bob@shop.com", "Printer on fire!", "The office printer is literally on fire.", "urgent", ["hardware", " Fire ", "hardware"])
  println(ticket_text(Desk.open_ticket(desk, fire)))
  advance(desk, 10)
  let login_json = "{\"email\":\"Carol@Home.org\",\"title\":\"Cannot log in\",\"body\":\"Password reset link never arrives.\",\"priority\":\"Normal\",\"tags\":[\"login\",\"portal\"]}"
  println(ticket_text(Desk.intake(desk, login_json)))
  advance(desk, 5)
  let invoice = request("dave@mail.net", "Invoice total is wrong", "Invoice 1142 charges me twice.", "high", ["billing", "invoice"])
  println(ticket_text(Desk.open_ticket(desk, invoice)))
  let idea = request("bob@shop.com", "Feature idea: dark mode for the customer portal", "Please add a dark mode to the portal.", "low", ["portal", "UI"])
  println(ticket_text(Desk.open_ticket(desk, idea)))
end

fn rejected_intake(desk :: Desk) -> () do
  let attempts = [
    request("alan@desk.io", "Need a coffee machine", "The coffee machine is broken again.", "low", []),
    request("nobody@x.io", "Where am I", "I do not have an account here.", "low", []),
    request("carol@home.org", "Hi", "Short title but a long enough body.", "low", []),
    request("carol@home.org", "Slow page loads", "Very slow!!", "asap", []),
    request("bob@shop.com", "Printer on fire!", "Still burning, please hurry up.", "urgent", []),
    request("carol@home.org", "Too many labels", "This ticket has too many tags.", "low", ["a", "b", "c", "d", "e"])
  ]
  for req in attempts do
    println(ticket_text(Desk.open_ticket(desk, req)))
  end
  println(ticket_text(Desk.intake(desk, "{not json")))
  println(ticket_text(Desk.intake(desk, "{\"email\":\"dave@mail.net\",\"title\":\"Refund please\",\"body\":\"I want my money back.\",\"tags\":[]}")))
end

fn assign_text(r :: (Ticket, User)!DeskError) -> String do
  case r do
    Ok((t, agent)) -> "assigned to " <> User.first_name(agent) <> ": " <> t.line()
    Err(e) -> e.line()
  end
end

fn conversation(desk :: Desk) -> () do
  advance(desk, 10)
  say(Desk.comment(desk, 1, "ada@desk.io", "Fire department is on the way.", false))
  advance(desk, 15)
  say(Desk.comment(desk, 1, "bob@shop.com", "It is out now, thanks!", false))
  say(Desk.comment(desk, 3, "alan@desk.io", "Check billing run 42 first.", true))
  say(Desk.comment(desk, 2, "carol@home.org", "Any news?", true))
  say(Desk.comment(desk, 2, "dave@mail.net", "Same problem here.", false))
  say(Desk.comment(desk, 99, "carol@home.org", "Hello?", false))
  say(Desk.comment(desk, 2, "carol@home.org", "   ", false))
  say(Desk.comment(desk, 2, "zed@x.io", "Who am I?", false))
end

fn say(r :: Ticket!DeskError) -> () do
  case r do
    Ok(t) -> println("#${t.id} " <> status_name(t.status) <> ", " <> plural(List.length(t.comments), "comment") <> last_comment(t))
    Err(e) -> println(e.line())
  end
end

fn last_comment(t :: Ticket) -> String do
  case List.reverse(t.comments) do
    c :: _ -> " (last: " <> Comment.preview(c) <> ")"
    _ -> ""
  end
end

fn sla_check(desk :: Desk) -> List<Int> do
  let reports = run_scan(desk)
  let late = SlaScanner.late(reports)
  for r in late do
    send(desk.notifier, SlaBreached(r.ticket_id, Sla.minutes_late(r)))
  end
  List.map(late, fn r -> r.ticket_id end)
end

fn sla_check_quiet(desk :: Desk) -> Int = List.length(run_scan(desk))

fn run_scan(desk :: Desk) -> List<Services.Sla.SlaReport> do
  let job = SlaScanner.start(desk.tickets, desk.clock)
  case SlaScanner.collect(job) do
    Ok(reports) -> show_reports(reports)
    Err(e) -> fail_scan(e)
  end
end

fn show_reports(reports) do
  print_lines(Summary.sla_lines(reports))
  reports
end

fn fail_scan(e :: String) do
  println("sla scan failed: " <> e)
  []
end

fn escalations(desk :: Desk) -> () do
  case Desk.escalate(desk, 4) do
    Ok(t) -> println("#${t.id} escalated to ${t.priority}")
    Err(e) -> println(e.line())
  end
  case Desk.escalate(desk, 1) do
    Ok(t) -> println("#${t.id} escalated to ${t.priority}")
    Err(e) -> println(e.line())
  end
  advance(desk, 20)
  let attempts = [(1, "ada@desk.io"), (2, "alan@desk.io"), (2, "grace@desk.io"), (1, "ada@desk.io"), (4, "linus@desk.io")]
  for a in attempts do
    let (id, who) = a
    say(Desk.resolve(desk, id, who))
  end
  println("resolution attempts done")
end

fn reopen_requests(desk :: Desk) -> () do
  advance(desk, 80)
  reopened(Desk.reopen(desk, 1, "bob@shop.com"))
  reopened(Desk.reopen(desk, 1, "dave@mail.net"))
  advance(desk, 1600)
  reopened(Desk.reopen(desk, 2, "carol@home.org"))
  reopened(Desk.reopen(desk, 3, "dave@mail.net"))
end

fn reopened(r :: Ticket!DeskError) -> () do
  case r do
    Ok(t) -> println("#${t.id} is " <> status_name(t.status) <> " again, reopened ${t.reopened}x")
    Err(e) -> println(e.line())
  end
end

fn staffing(desk :: Desk) -> () do
  for email in ["alan@desk.io", "alan@desk.io", "bob@shop.com"] do
    case Desk.deactivate_agent(desk, email) do
      Ok(ids) -> println("deactivated " <> email <> ", released ${ids}")
      Err(e) -> println(e.line())
    end
  end
  print_lines(Desk.assign_all_open(desk))
end

fn housekeeping(desk :: Desk) -> () do
  say(Desk.resolve(desk, 3, "linus@desk.io"))
  advance(desk, 1500)
  let closed = Desk.close_resolved(desk, day())
  println("closed ${closed} at " <> minutes_text(Clock.now(desk.clock)))
  say(Desk.comment(desk, 2, "carol@home.org", "One more thing...", false))
  case Desk.escalate(desk, 2) do
    Ok(t) -> println("#${t.id} escalated to ${t.priority}")
    Err(e) -> println(e.line())
  end
  let stale = TicketStore.all(desk.tickets)
    |> Query.run(Query.all_of([Query.active(), Query.older_than(Clock.now(desk.clock), hours(24))]))
    |> Query.ids()
  println("stale active tickets ${stale}")
  let billing_or_urgent = TicketStore.all(desk.tickets)
    |> Query.run(Query.any_of([Query.tagged("billing"), Query.at_least(Urgent)]))
    |> Query.by_id()
    |> Query.ids()
  println("billing or urgent ${billing_or_urgent}")
  let quiet = TicketStore.all(desk.tickets)
    |> Query.run(Query.negate(Query.active()))
    |> Query.ids()
  println("inactive ${quiet}, pages of 3: ${Query.pages(quiet, 3)}, page 2 of everything: ${Query.ids(Query.page(Query.by_id(TicketStore.all(desk.tickets)), 2, 3))}")
end

fn print_customer(desk :: Desk, all :: List<Ticket>, email :: String) -> () do
  case UserStore.find_by_email(desk.users, email) do
    Some(u) -> print_lines(Summary.customer_view(all, u))
    None -> println("no customer " <> email)
  end
end

fn snapshot(all :: List<Ticket>) -> () do
  let texts = Snapshot.export(all)
  println("exported " <> plural(List.length(texts), "ticket"))
  let first = List.head(texts)
  println(Snapshot.field(first, "title") <> " | reopened " <> Snapshot.field(first, "reopened") <> " | priority " <> Snapshot.field(first, "priority") <> " | tags " <> Snapshot.field(first, "tags"))
  case Snapshot.verify(all) do
    Ok(same) -> println("round trip equal: ${same}")
    Err(e) -> println("round trip failed: " <> e)
  end
  case Snapshot.counts_roundtrip(Ticket.count_statuses(all)) do
    Ok(c) -> println("counts survive json: ${c}")
    Err(e) -> println("counts failed: " <> e)
  end
  println("mail survives json: ${Snapshot.mail_roundtrip(Mail { to: "a@b.io", subject: "[#9] hi", ticket: 9 })}")
  case Snapshot.import_all(["{bad"]) do
    Ok(ts) -> println("imported ${List.length(ts)}")
    Err(_) -> println("corrupt snapshot rejected")
  end
end

fn knowledge(all :: List<Ticket>) -> () do
  for t in all do
    println(Knowledge.suggestion_line(t, limit: 2, min_score: 5))
  end
  println(Knowledge.suggestion_line(List.head(all), limit: 1, min_score: 15))
  println(Knowledge.suggestion_line(List.head(all), min_score: 50))
  case Knowledge.most_helpful() do
    Some(a) -> println("most helpful: " <> a.line())
    None -> println("empty knowledge base")
  end
  case Knowledge.article_json(4) do
    Ok(text) -> println("KB-4 json title " <> Json.get(text, "title") <> ", tags " <> Json.get(text, "tags"))
    Err(e) -> println(e)
  end
  case Knowledge.article_json(9) do
    Ok(text) -> println(text)
    Err(e) -> println(e)
  end
end
