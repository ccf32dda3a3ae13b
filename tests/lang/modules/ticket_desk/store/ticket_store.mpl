# Store.TicketStore: the ticket repository service; its state is a struct holding a Map of Ticket structs; calls reply Ticket!String, lists and counts
import Models.Ticket
from Models.Comment import Comment

struct StoreState do
  tickets :: Map<Int, Ticket>
  next_id :: Int
  log :: List<String>
end

service TicketStore do
  fn init(first_id :: Int) -> StoreState do
    StoreState { tickets: %{}, next_id: first_id, log: [] }
  end

  call Insert(draft :: NewTicket, now :: Int) :: Ticket!String do |st|
    if has_duplicate(st, draft) do
      (st, Err("duplicate ticket '" <> draft.title <> "'"))
    else
      let t = Ticket.from_draft(draft, st.next_id, now)
      let st2 = %{st | tickets: Map.put(st.tickets, t.id, t), next_id: st.next_id + 1}
      (record(st2, "insert #${t.id}"), Ok(t))
    end
  end

  call Get(id :: Int) :: Ticket!String do |st|
    (st, fetch(st, id))
  end

  call Save(t :: Ticket) :: Ticket!String do |st|
    case fetch(st, t.id) do
      Ok(_) -> (record(%{st | tickets: Map.put(st.tickets, t.id, t)}, "save #${t.id}"), Ok(t))
      Err(e) -> (st, Err(e))
    end
  end

  call Comment(id :: Int, c :: Comment) :: Ticket!String do |st|
    case fetch(st, id) do
      Ok(t) -> store_comment(st, t, c)
      Err(e) -> (st, Err(e))
    end
  end

  call All() :: List<Ticket> do |st|
    (st, Map.values(st.tickets))
  end

  call Count() :: Int do |st|
    (st, Map.size(st.tickets))
  end

  call Remove(id :: Int) :: Ticket!String do |st|
    case fetch(st, id) do
      Ok(t) -> (record(%{st | tickets: Map.delete(st.tickets, id)}, "remove #${id}"), Ok(t))
      Err(e) -> (st, Err(e))
    end
  end

  call Log() :: List<String> do |st|
    (st, st.log)
  end
end

fn fetch(st :: StoreState, id :: Int) -> Ticket!String do
  if Map.has_key(st.tickets, id) do
    Ok(Map.get(st.tickets, id))
  else
    Err("ticket #${id} not found")
  end
end

fn store_comment(st :: StoreState, t :: Ticket, c :: Comment) -> (StoreState, Ticket!String) do
  let updated = Ticket.add_comment(t, c)
  (record(%{st | tickets: Map.put(st.tickets, t.id, updated)}, "comment #${t.id}"), Ok(updated))
end

fn has_duplicate(st :: StoreState, draft :: NewTicket) -> Bool do
  st.tickets
    |> Map.values()
    |> List.any(fn t -> t.customer_id == draft.customer_id and t.title == draft.title and Ticket.is_active(t) end)
end

fn record(st :: StoreState, line :: String) -> StoreState = %{st | log: List.append(st.log, line)}
