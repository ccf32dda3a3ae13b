# The HTTP server most of crates/meshc/tests/http.rs talks to (over real
# sockets). It serves:
# - routing: `/*` (any method, registered FIRST) answers `wild METHOD PATH`;
#   `/static/*` (GET, registered before `/*`) answers `static PATH`;
#   `/users/:id` answers `user ID`; `/users/me` (registered after the param
#   route) answers `me`; POST `/users/:id` answers `updated ID`;
#   `/users/:id/posts/:post` answers `user ID post POST`; `/api/*` (GET,
#   registered after `/*`, so shadowed by it); GET `/only-get` answers
#   `only get`; `/a/:x` and `/a/:y` (the first wins).
# - `/query`: the path and the decoded query values a, b, c, d, e.
# - `/headers`: `custom=` then `X-Custom` looked up under three spellings,
#   and a missing header.
# - `/echo` (any method): the request body as is; `/echo-info`: method,
#   body length in code points, and the body.
# - `/id?id=X`: `id=X` (the load test's unique ids).
# - `/slow?ms=N`: sleeps N ms (default 300), answers `slept N`.
# - `/crash`: the handler panics (list index out of bounds).
# - content types: `/text`, `/sniff-object`, `/sniff-array`, `/json`,
#   `/custom` (status 201, own Content-Type and two extra headers),
#   `/custom-type-wins` (a JSON-looking body declared text/plain),
#   `/bad-header` (an invalid header name, dropped), `/bad-status` (42).
# - `/spin?ms=N`: busy (no parking) for N ms, answers `spun N`.
# - `/big?n=N`: `0123456789` N times.
# - `/status?code=N&body=B`: status N, body B.
# - `/set-header?name=N&value=V`: body `abc` with the header N: V.
# - `/closure`: a closure handler using captured String, Int, List and Map.
# - middleware: two closure middlewares, "A" then "B". With `?trace=ID`
#   each records `L>` before calling next and `<L` after it in the Trace
#   service; `/traced` records `H`; `/trace/:id` answers the record. With
#   header `X-Stop: L` middleware L answers 403 `stopped by L` without
#   calling next (it still records its `L>` and `<L`).
service Trace do
  fn init() -> Map<String, String> do
    Map.new()
  end
  call Add(id :: String, step :: String) :: Int do |m|
    let before = if Map.has_key(m, id) do Map.get(m, id) else "" end
    (Map.put(m, id, before <> step), 0)
  end
  call Get(id :: String) :: String do |m|
    let v = if Map.has_key(m, id) do Map.get(m, id) else "(none)" end
    (m, v)
  end
end

fn opt(o :: String?) -> String do
  case o do
    Some(v) -> "[" <> v <> "]"
    None -> "none"
  end
end

fn or_else(o :: String?, d :: String) -> String do
  case o do
    Some(v) -> v
    None -> d
  end
end

fn stop_or_next(label :: String, req :: Request, next :: Fun(Request) -> Response) -> Response do
  if or_else(Request.header(req, "x-stop"), "") == label do
    HTTP.response(403, "stopped by " <> label)
  else
    next(req)
  end
end

fn traced(t, id :: String, label :: String, req :: Request, next :: Fun(Request) -> Response) -> Response do
  let _ = Trace.add(t, id, label <> ">")
  let resp = stop_or_next(label, req, next)
  let _ = Trace.add(t, id, "<" <> label)
  resp
end

# A middleware closure capturing the Trace pid and its label.
fn tracer(t, label :: String) -> Fun(Request, Fun(Request) -> Response) -> Response do
  fn(req :: Request, next :: Fun(Request) -> Response) do
    case Request.query(req, "trace") do
      Some(id) -> traced(t, id, label, req, next)
      None -> stop_or_next(label, req, next)
    end
  end
end

fn wild(req :: Request) -> Response do
  HTTP.response(200, "wild " <> Request.method(req) <> " " <> Request.path(req))
end

fn user(req :: Request) -> Response do
  HTTP.response(200, "user " <> or_else(Request.param(req, "id"), "?"))
end

fn query(req :: Request) -> Response do
  let parts = [
    "path=" <> Request.path(req),
    "a=" <> opt(Request.query(req, "a")),
    "b=" <> opt(Request.query(req, "b")),
    "c=" <> opt(Request.query(req, "c")),
    "d=" <> opt(Request.query(req, "d")),
    "e=" <> opt(Request.query(req, "e"))
  ]
  HTTP.response(200, String.join(parts, "\n"))
end

fn headers(req :: Request) -> Response do
  let parts = [
    opt(Request.header(req, "X-Custom")),
    opt(Request.header(req, "x-custom")),
    opt(Request.header(req, "X-CUSTOM")),
    opt(Request.header(req, "x-missing"))
  ]
  HTTP.response(200, "custom=" <> String.join(parts, " "))
end

fn slow(req :: Request) -> Response do
  let ms = case String.to_int(or_else(Request.query(req, "ms"), "300")) do
    Some(n) -> n
    None -> 300
  end
  Timer.sleep(ms)
  HTTP.response(200, "slept ${ms}")
end

fn crash(req :: Request) -> Response do
  let xs = [1, 2, 3]
  HTTP.response(200, "never " <> String.from(List.get(xs, 10)))
end

# Busy for `ms` milliseconds without parking (no I/O, no sleep).
fn spin(until :: Int, n :: Int) -> Int do
  if Timer.now() >= until do
    n
  else
    spin(until, n + 1)
  end
end

fn query_int(req :: Request, name :: String, default :: Int) -> Int do
  case String.to_int(or_else(Request.query(req, name), "")) do
    Some(n) -> n
    None -> default
  end
end

fn main() do
  let t = Trace.start()
  let greeting = "hello from a closure"
  let n = 42
  let words = ["x", "y", "z"]
  let table = %{"k" => "v"}
  let r = HTTP.router()
    |> HTTP.on_get("/static/*", fn(req) -> HTTP.response(200, "static " <> Request.path(req)) end)
    |> HTTP.route("/*", wild)
    |> HTTP.on_get("/users/:id", user)
    |> HTTP.on_get("/users/me", fn(req) -> HTTP.response(200, "me") end)
    |> HTTP.on_post("/users/:id", fn(req) -> HTTP.response(200, "updated " <> or_else(Request.param(req, "id"), "?")) end)
    |> HTTP.on_get("/users/:id/posts/:post", fn(req) -> HTTP.response(200, "user " <> or_else(Request.param(req, "id"), "?") <> " post " <> or_else(Request.param(req, "post"), "?")) end)
    |> HTTP.on_get("/api/*", fn(req) -> HTTP.response(200, "api (unreachable)") end)
    |> HTTP.on_get("/only-get", fn(req) -> HTTP.response(200, "only get") end)
    |> HTTP.on_get("/a/:x", fn(req) -> HTTP.response(200, "x=" <> opt(Request.param(req, "x")) <> " y=" <> opt(Request.param(req, "y"))) end)
    |> HTTP.on_get("/a/:y", fn(req) -> HTTP.response(200, "second") end)
    |> HTTP.on_get("/query", query)
    |> HTTP.on_get("/headers", headers)
    |> HTTP.route("/echo", fn(req) -> HTTP.response(200, Request.body(req)) end)
    |> HTTP.route("/echo-info", fn(req) -> HTTP.response(200, Request.method(req) <> " " <> String.from(String.length(Request.body(req))) <> " " <> Request.body(req)) end)
    |> HTTP.on_get("/id", fn(req) -> HTTP.response(200, "id=" <> or_else(Request.query(req, "id"), "?")) end)
    |> HTTP.on_get("/slow", slow)
    |> HTTP.on_get("/crash", crash)
    |> HTTP.on_get("/text", fn(req) -> HTTP.response(200, "plain text") end)
    |> HTTP.on_get("/sniff-object", fn(req) -> HTTP.response(200, "{\"a\":1}") end)
    |> HTTP.on_get("/sniff-array", fn(req) -> HTTP.response(200, "  [1,2]") end)
    |> HTTP.on_get("/json", fn(req) -> HTTP.json(200, "not really json") end)
    |> HTTP.on_get("/custom", fn(req) -> HTTP.response_with_headers(201, "<p>hi</p>", %{"Content-Type" => "text/html; charset=utf-8", "X-One" => "1", "x-two" => "deux"}) end)
    |> HTTP.on_get("/custom-type-wins", fn(req) -> HTTP.response_with_headers(200, "{\"a\":1}", %{"content-type" => "text/plain"}) end)
    |> HTTP.on_get("/bad-header", fn(req) -> HTTP.response_with_headers(200, "kept", %{"bad name" => "x", "x-good" => "yes"}) end)
    |> HTTP.on_get("/bad-status", fn(req) -> HTTP.response(42, "odd") end)
    |> HTTP.on_get("/closure", fn(req) -> HTTP.response(200, greeting <> " " <> String.from(n) <> " " <> String.join(words, ",") <> " " <> Map.get(table, "k")) end)
    |> HTTP.on_get("/traced", fn(req) do
         let _ = Trace.add(t, or_else(Request.query(req, "trace"), "?"), "H")
         HTTP.response(200, "handled")
       end)
    |> HTTP.on_get("/trace/:id", fn(req) -> HTTP.response(200, Trace.get(t, or_else(Request.param(req, "id"), "?"))) end)
    |> HTTP.on_get("/spin", fn(req) do
         let ms = query_int(req, "ms", 100)
         let _ = spin(Timer.now() + ms, 0)
         HTTP.response(200, "spun ${ms}")
       end)
    |> HTTP.on_get("/big", fn(req) -> HTTP.response(200, String.repeat("0123456789", query_int(req, "n", 1))) end)
    |> HTTP.on_get("/status", fn(req) -> HTTP.response(query_int(req, "code", 200), or_else(Request.query(req, "body"), "")) end)
    |> HTTP.on_get("/set-header", fn(req) -> HTTP.response_with_headers(200, "abc", %{or_else(Request.query(req, "name"), "x-none") => or_else(Request.query(req, "value"), "")}) end)
    |> HTTP.use(tracer(t, "A"))
    |> HTTP.use(tracer(t, "B"))
  HTTP.serve(r, 0)
end
