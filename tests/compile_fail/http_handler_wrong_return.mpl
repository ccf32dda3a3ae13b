# error: HTTP.on_get handler closure returns an Int instead of a Response
fn main() do
  let r = HTTP.router()
  let r = HTTP.on_get(r, "/x", fn(req) -> 5 end)
  HTTP.serve(r, 8080)
end
