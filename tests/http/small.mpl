# A server with no wildcard route (so unmatched requests get the runtime's
# 404) and its limits from the options map of `HTTP.serve_with`
# (max_body_bytes 100, read_timeout_ms 5000). It serves GET `/hello`
# (`hello`) and `/echo` (any method: the body). One middleware: with header
# `X-Stop` it answers 403 `stopped: VALUE` without calling next; otherwise
# it passes the request on, so it also wraps the 404.
fn gate(req :: Request, next :: Fun(Request) -> Response) -> Response do
  case Request.header(req, "x-stop") do
    Some(v) -> HTTP.response(403, "stopped: " <> v)
    None -> next(req)
  end
end

fn main() do
  let r = HTTP.router()
    |> HTTP.on_get("/hello", fn(req) -> HTTP.response(200, "hello") end)
    |> HTTP.route("/echo", fn(req) -> HTTP.response(200, Request.body(req)) end)
    |> HTTP.use(gate)
  HTTP.serve_with(r, 0, %{"max_body_bytes" => "100", "read_timeout_ms" => "5000"})
end
