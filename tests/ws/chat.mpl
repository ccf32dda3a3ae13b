# The WebSocket server crates/meshc/tests/ws.rs talks to, plus an HTTP
# side door for the test to act and observe from outside.
#
# WebSocket (Ws.serve on a free port):
# - on_connect: path `/reject` (or a header `X-Reject`) is refused (0).
#   Otherwise it sends `hello conn=ID path=PATH test=X-TEST-HEADER`; a path
#   `/room/NAME` also joins room NAME and then sends `joined:NAME:RESULT`.
# - on_message, by prefix:
#   `join:R` / `leave:R` -> `joined:R:RESULT` / `left:R:RESULT`;
#   `say:R:TEXT` -> Ws.broadcast(R, TEXT), then `said:FAILURES`;
#   `shout:R:TEXT` -> Ws.broadcast_except(R, TEXT, conn), then `shouted:FAILURES`;
#   `len:...` -> `len=N` (N = length of the whole message in code points);
#   `whoami` -> `conn=ID`; `crash` -> the handler panics;
#   anything else -> `echo:TEXT`.
# - on_close: records `ID:CODE:REASON` and broadcasts `closed:ID:CODE:REASON`
#   to room `watchers`.
#
# HTTP (HTTP.serve on a free port, which also keeps main alive):
# - POST /broadcast/:room (body) -> `failed=N` from Ws.broadcast.
# - POST /send/:conn (body) -> `sent=N` from Ws.send.
# - POST /join/:conn/:room -> `joined=N` from Ws.join.
# - GET /closes -> the recorded closes, one per line.
# - GET /counts -> `connects=N closes=M`.
service Stats do
  fn init() -> (Int, List<String>) do
    (0, [])
  end
  call Connected() :: Int do |s|
    let (n, closes) = s
    ((n + 1, closes), n + 1)
  end
  call Closed(line :: String) :: Int do |s|
    let (n, closes) = s
    ((n, List.append(closes, line)), List.length(closes) + 1)
  end
  call Closes() :: List<String> do |s|
    let (_, closes) = s
    (s, closes)
  end
  call Connects() :: Int do |s|
    let (n, _) = s
    (s, n)
  end
end

fn or_else(o :: String?, d :: String) -> String do
  case o do
    Some(v) -> v
    None -> d
  end
end

fn rest_of(text :: String, prefix :: String) -> String do
  String.slice(text, String.length(prefix), String.length(text))
end

# (room, text) from `ROOM:TEXT`.
fn room_and_text(rest :: String) -> (String, String) do
  case String.index_of(rest, ":") do
    Some(i) -> (String.slice(rest, 0, i), String.slice(rest, i + 1, String.length(rest)))
    None -> (rest, "")
  end
end

fn to_int(s :: String) -> Int do
  case String.to_int(s) do
    Some(n) -> n
    None -> 0
  end
end

fn join_room(conn :: Int, room :: String) -> Int do
  let r = Ws.join(conn, room)
  Ws.send(conn, "joined:" <> room <> ":" <> String.from(r))
end

fn say(conn :: Int, rest :: String) -> Int do
  let (room, text) = room_and_text(rest)
  let failed = Ws.broadcast(room, text)
  Ws.send(conn, "said:" <> String.from(failed))
end

fn shout(conn :: Int, rest :: String) -> Int do
  let (room, text) = room_and_text(rest)
  let failed = Ws.broadcast_except(room, text, conn)
  Ws.send(conn, "shouted:" <> String.from(failed))
end

fn crash(conn :: Int) -> Int do
  let xs = [conn]
  List.get(xs, 5)
end

fn on_message(conn :: Int, text :: String) -> Int do
  if String.starts_with(text, "join:") do
    join_room(conn, rest_of(text, "join:"))
  else if String.starts_with(text, "leave:") do
    let room = rest_of(text, "leave:")
    Ws.send(conn, "left:" <> room <> ":" <> String.from(Ws.leave(conn, room)))
  else if String.starts_with(text, "say:") do
    say(conn, rest_of(text, "say:"))
  else if String.starts_with(text, "shout:") do
    shout(conn, rest_of(text, "shout:"))
  else if String.starts_with(text, "len:") do
    Ws.send(conn, "len=" <> String.from(String.length(text)))
  else if text == "whoami" do
    Ws.send(conn, "conn=" <> String.from(conn))
  else if text == "crash" do
    crash(conn)
  else
    Ws.send(conn, "echo:" <> text)
  end
end

fn main() do
  let stats = Stats.start()
  let on_connect = fn(conn :: Int, path :: String, headers :: Map<String, String>) do
    if path == "/reject" or Map.has_key(headers, "x-reject") do
      0
    else
      let _ = Stats.connected(stats)
      let test = if Map.has_key(headers, "x-test") do Map.get(headers, "x-test") else "-" end
      let _ = Ws.send(conn, "hello conn=" <> String.from(conn) <> " path=" <> path <> " test=" <> test)
      let _ = if String.starts_with(path, "/room/") do join_room(conn, rest_of(path, "/room/")) else 0 end
      conn
    end
  end
  let on_close = fn(conn :: Int, code :: Int, reason :: String) do
    let line = String.from(conn) <> ":" <> String.from(code) <> ":" <> reason
    let _ = Stats.closed(stats, line)
    Ws.broadcast("watchers", "closed:" <> line)
  end
  Ws.serve(on_connect, on_message, on_close, 0)
  let r = HTTP.router()
    |> HTTP.on_post("/broadcast/:room", fn(req) -> HTTP.response(200, "failed=" <> String.from(Ws.broadcast(or_else(Request.param(req, "room"), ""), Request.body(req)))) end)
    |> HTTP.on_post("/send/:conn", fn(req) -> HTTP.response(200, "sent=" <> String.from(Ws.send(to_int(or_else(Request.param(req, "conn"), "")), Request.body(req)))) end)
    |> HTTP.on_post("/join/:conn/:room", fn(req) -> HTTP.response(200, "joined=" <> String.from(Ws.join(to_int(or_else(Request.param(req, "conn"), "")), or_else(Request.param(req, "room"), "")))) end)
    |> HTTP.on_get("/closes", fn(req) -> HTTP.response(200, String.join(Stats.closes(stats), "\n")) end)
    |> HTTP.on_get("/counts", fn(req) -> HTTP.response(200, "connects=" <> String.from(Stats.connects(stats)) <> " closes=" <> String.from(List.length(Stats.closes(stats)))) end)
  HTTP.serve(r, 0)
end
