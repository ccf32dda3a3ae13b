//! The HTTP test servers (tests/http/*.mpl) and assertions on their
//! answers, shared by http.rs and http_limits.rs.
#![allow(dead_code)]

use super::net::*;
use std::path::PathBuf;
use std::time::Duration;

pub const LISTENING: &str = "HTTP server listening on";

pub fn app_exe() -> PathBuf {
    build("tests/http/app.mpl")
}

/// tests/http/app.mpl with the given environment.
pub fn app(env: &[(&str, &str)]) -> Server {
    Server::start(&app_exe(), env, &[LISTENING])
}

/// tests/http/small.mpl (no wildcard; `serve_with` max_body_bytes 100).
pub fn small(env: &[(&str, &str)]) -> Server {
    Server::start(&build("tests/http/small.mpl"), env, &[LISTENING])
}

pub fn assert_resp(r: &Resp, status: u16, content_type: &str, body: &str) {
    let ok = r.status == status && r.content_type() == content_type && r.body == body.as_bytes();
    let shown: String = body.chars().take(300).collect();
    assert!(ok, "expected {status} {content_type:?} {shown:?}\n     got {r:?}");
    assert_eq!(r.header("content-length"), Some(r.body.len().to_string().as_str()), "content-length: {r:?}");
    assert_eq!(r.header_count("content-type"), 1, "one content-type: {r:?}");
}

/// The app server still answers normal requests correctly, on a new
/// connection (GET with a param, POST with a body, keep-alive reuse).
pub fn assert_healthy(s: &mut Server) {
    s.assert_running();
    let mut c = Conn::open(s.port);
    assert_resp(&c.get("/users/42"), 200, TEXT, "user 42");
    assert_resp(&c.request("POST", "/echo-info", &[], b"still fine"), 200, TEXT, "POST 10 still fine");
    assert_resp(&c.get("/query?a=x%20y"), 200, TEXT, "path=/query\na=[x y]\nb=none\nc=none\nd=none\ne=none");
}

/// A raw request on a fresh connection; the response and whether the
/// server then closed the connection.
pub fn raw(port: u16, bytes: &[u8]) -> (Resp, bool) {
    let mut c = Conn::open(port);
    c.send(bytes).expect("send");
    let r = c.read_response().unwrap_or_else(|e| panic!("no response to {:?}: {e}", String::from_utf8_lossy(bytes)));
    let closed = c.closed_within(Duration::from_secs(5));
    (r, closed)
}

// ------------------------------------------------------------------ routing
