# HTTP hello server for bench/http_bench.py (peer: bench/peers/axum).
#   PORT=8080 ./hello
# GET /text -> 200 "Hello, World!" (text/plain; charset=utf-8)
# GET /json -> 200 {"message":"Hello, World!"} (application/json)
# Mesh programs cannot read their command line, so the port comes from the
# environment variable PORT (default 8080).

# A plain-text body is served as text/plain; charset=utf-8.
fn text(req) do
  HTTP.response(200, "Hello, World!")
end

fn json(req) do
  HTTP.json(200, "{\"message\":\"Hello, World!\"}")
end

fn port() -> Int do
  case Env.get("PORT") do
    Some(s) -> case String.to_int(s) do
      Some(n) -> n
      None -> 8080
    end
    None -> 8080
  end
end

fn main() do
  let r = HTTP.router() |> HTTP.on_get("/text", text) |> HTTP.on_get("/json", json)
  HTTP.serve(r, port())
end
