# WebSocket broadcast server for bench/ws_bench.py (peer: the axum peer's
# WebSocket port; client: bench/peers/wsclient).
#   PORT=8081 ./ws_bcast
# Every connection joins the room "bench"; every text message received is
# broadcast to the whole room, the sender included. The port comes from the
# environment variable PORT (default 8081). Prints `ws_bcast listening on
# PORT` to stderr once Ws.serve has returned.

fn on_connect(conn :: Int, path :: String, headers :: Map<String, String>) -> Int do
  Ws.join(conn, "bench")
  conn
end

fn on_message(conn :: Int, text :: String) -> Int do
  Ws.broadcast("bench", text)
end

fn on_close(conn :: Int, code :: Int, reason :: String) -> Int do
  0
end

fn port() -> Int do
  case Env.get("PORT") do
    Some(s) -> case String.to_int(s) do
      Some(n) -> n
      None -> 8081
    end
    None -> 8081
  end
end

fn idle() -> () do
  Timer.sleep(1000000)
  idle()
end

fn main() do
  let p = port()
  Ws.serve(on_connect, on_message, on_close, p)
  IO.eprintln("ws_bcast listening on ${p}")
  idle()
end
