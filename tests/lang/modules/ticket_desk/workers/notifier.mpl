# Workers.Notifier: two actors whose messages are sum types. notifier turns Notice values into Mail (looking users up through the UserStore service) and forwards them to mailer, which prints a digest only when told to dispatch
import Models.User
from Models.Notice import Notice, Mail, MailMsg, subject_prefix
from Models.Ticket import Priority, Status
from Store.UserStore import UserStore
from Util.Text import plural

actor notifier(users, mailer :: Pid<MailMsg>, handled :: Int) do
  receive do
    Flush -> send(mailer, Dispatch)
    n -> notifier(users, mailer, handled + fan_out(users, mailer, n))
  end
end

fn fan_out(users, mailer :: Pid<MailMsg>, n :: Notice) -> Int do
  let mails = compose(users, n)
  for m in mails do
    send(mailer, Deliver(m))
  end
  List.length(mails)
end

fn compose(users, n :: Notice) -> List<Mail> do
  case n do
    Opened(t, customer, Urgent) -> [mail_to(users, customer, t, "we received your request")] ++ to_admins(users, t, "urgent ticket opened")
    Opened(t, customer, _) -> [mail_to(users, customer, t, "we received your request")]
    AssignedTo(t, agent) -> [mail_to(users, agent, t, "assigned to you")]
    Commented(t, recipient, false) -> [mail_to(users, recipient, t, "new reply")]
    Commented(_, _, true) -> []
    StatusMoved(t, customer, status) -> [mail_to(users, customer, t, status_line(status))]
    SlaBreached(t, late) -> to_admins(users, t, "SLA breached by ${late}m")
    Flush -> []
  end
end

fn status_line(s :: Status) -> String do
  case s do
    Resolved(_) -> "your ticket was resolved"
    Closed -> "your ticket was closed"
    Open -> "your ticket was reopened"
    _ -> "status changed"
  end
end

fn mail_to(users, id :: Int, ticket :: Int, text :: String) -> Mail do
  let address = case UserStore.find(users, id) do
    Ok(u) -> u.email
    Err(_) -> "postmaster@desk.io"
  end
  Mail { to: address, subject: subject_prefix(ticket) <> text, ticket: ticket }
end

fn to_admins(users, ticket :: Int, text :: String) -> List<Mail> do
  UserStore.everyone(users)
    |> List.filter(fn u -> u.role == Admin end)
    |> List.map(fn u -> Mail { to: u.email, subject: subject_prefix(ticket) <> text, ticket: ticket } end)
end

actor mailer(outbox :: List<Mail>) do
  receive do
    Deliver(m) -> mailer(List.append(outbox, m))
    Dispatch -> print_digest(outbox)
  end
end

fn print_digest(outbox :: List<Mail>) -> () do
  let recipients = List.reduce(outbox, [], fn acc, m -> if List.contains(acc, m.to) do acc else List.append(acc, m.to) end end)
  println("=== mail digest: " <> plural(List.length(outbox), "message") <> " to " <> plural(List.length(recipients), "recipient") <> " ===")
  for r in recipients do
    let mine = List.filter(outbox, fn m -> m.to == r end)
    println(r <> " (${List.length(mine)})")
    for m in mine do
      println("  " <> m.subject)
    end
  end
  let tickets = List.reduce(outbox, [], fn acc, m -> if List.contains(acc, m.ticket) do acc else List.append(acc, m.ticket) end end)
  println("tickets mentioned: ${List.sort(tickets, fn a, b -> a - b end)}")
end
