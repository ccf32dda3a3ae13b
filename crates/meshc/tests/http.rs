//! The HTTP server of mesh-rt over real sockets: compiled Mesh programs
//! (tests/http/*.mpl) are started on a free port and spoken to with
//! hand-written requests through `std::net::TcpStream`, so every byte —
//! malformed lines, slow or abandoned sends — is under the test's control.
//! Every bad-input test also checks that the same server still answers a
//! normal request afterwards.

mod common;

use common::net::*;
use flate2::write::{DeflateEncoder, GzEncoder, ZlibEncoder};
use flate2::Compression;
use std::io::Write;
use std::path::PathBuf;
use std::time::{Duration, Instant};

const LISTENING: &str = "HTTP server listening on";

fn app_exe() -> PathBuf {
    build("tests/http/app.mpl")
}

/// tests/http/app.mpl with the given environment.
fn app(env: &[(&str, &str)]) -> Server {
    Server::start(&app_exe(), env, &[LISTENING])
}

/// tests/http/small.mpl (no wildcard; `serve_with` max_body_bytes 100).
fn small(env: &[(&str, &str)]) -> Server {
    Server::start(&build("tests/http/small.mpl"), env, &[LISTENING])
}

fn assert_resp(r: &Resp, status: u16, content_type: &str, body: &str) {
    let ok = r.status == status && r.content_type() == content_type && r.body == body.as_bytes();
    let shown: String = body.chars().take(300).collect();
    assert!(
        ok,
        "expected {status} {content_type:?} {shown:?}\n     got {r:?}"
    );
    assert_eq!(
        r.header("content-length"),
        Some(r.body.len().to_string().as_str()),
        "content-length: {r:?}"
    );
    assert_eq!(r.header_count("content-type"), 1, "one content-type: {r:?}");
}

/// The app server still answers normal requests correctly, on a new
/// connection (GET with a param, POST with a body, keep-alive reuse).
fn assert_healthy(s: &mut Server) {
    s.assert_running();
    let mut c = Conn::open(s.port);
    assert_resp(&c.get("/users/42"), 200, TEXT, "user 42");
    assert_resp(
        &c.request("POST", "/echo-info", &[], b"still fine"),
        200,
        TEXT,
        "POST 10 still fine",
    );
    assert_resp(
        &c.get("/query?a=x%20y"),
        200,
        TEXT,
        "path=/query\na=[x y]\nb=none\nc=none\nd=none\ne=none",
    );
}

/// A raw request on a fresh connection; the response and whether the
/// server then closed the connection.
fn raw(port: u16, bytes: &[u8]) -> (Resp, bool) {
    let mut c = Conn::open(port);
    c.send(bytes).expect("send");
    let r = c
        .read_response()
        .unwrap_or_else(|e| panic!("no response to {:?}: {e}", String::from_utf8_lossy(bytes)));
    let closed = c.closed_within(Duration::from_secs(5));
    (r, closed)
}

// ------------------------------------------------------------------ routing

#[test]
fn routing_priority_is_exact_then_param_then_wildcard_whatever_the_registration_order() {
    let s = app(&[]);
    let mut c = Conn::open(s.port);
    // `/*` was registered first, `/users/:id` next, `/users/me` after it.
    assert_resp(&c.get("/users/me"), 200, TEXT, "me");
    assert_resp(&c.get("/users/7"), 200, TEXT, "user 7");
    assert_resp(&c.get("/users/7/posts/9"), 200, TEXT, "user 7 post 9");
    assert_resp(
        &c.get("/users/7/posts"),
        200,
        TEXT,
        "wild GET /users/7/posts",
    );
    assert_resp(&c.get("/users"), 200, TEXT, "wild GET /users");
    assert_resp(
        &c.get("/elsewhere/deep/path"),
        200,
        TEXT,
        "wild GET /elsewhere/deep/path",
    );
    assert_resp(&c.get("/"), 200, TEXT, "wild GET /");
    // Trailing slash: same segments.
    assert_resp(&c.get("/users/me/"), 200, TEXT, "me");
    // Within the wildcard tier the first registered wins: `/static/*`
    // (before `/*`) serves its prefix and the prefix itself; `/api/*`
    // (after `/*`) never does.
    assert_resp(
        &c.get("/static/css/site.css"),
        200,
        TEXT,
        "static /static/css/site.css",
    );
    assert_resp(&c.get("/static"), 200, TEXT, "static /static");
    assert_resp(&c.get("/staticx"), 200, TEXT, "wild GET /staticx");
    assert_resp(
        &c.get("/api/v1/things"),
        200,
        TEXT,
        "wild GET /api/v1/things",
    );
    // Within the param tier the first registered wins (`/a/:x` over `/a/:y`).
    assert_resp(&c.get("/a/1"), 200, TEXT, "x=[1] y=none");
}

#[test]
fn method_filters_apply_in_every_tier_and_fall_through_to_the_wildcard() {
    let s = app(&[]);
    let mut c = Conn::open(s.port);
    assert_resp(&c.get("/only-get"), 200, TEXT, "only get");
    assert_resp(
        &c.request("POST", "/only-get", &[], b""),
        200,
        TEXT,
        "wild POST /only-get",
    );
    assert_resp(
        &c.request("DELETE", "/only-get", &[], b""),
        200,
        TEXT,
        "wild DELETE /only-get",
    );
    // GET and POST routes on the same param pattern.
    assert_resp(
        &c.request("POST", "/users/5", &[], b"x"),
        200,
        TEXT,
        "updated 5",
    );
    assert_resp(&c.get("/users/5"), 200, TEXT, "user 5");
    assert_resp(
        &c.request("PUT", "/users/5", &[], b"x"),
        200,
        TEXT,
        "wild PUT /users/5",
    );
    // A GET-only wildcard does not take a POST.
    assert_resp(
        &c.request("POST", "/static/x", &[], b""),
        200,
        TEXT,
        "wild POST /static/x",
    );
    // Exact GET route, PATCH falls through.
    assert_resp(
        &c.request("PATCH", "/users/me", &[], b""),
        200,
        TEXT,
        "wild PATCH /users/me",
    );
}

#[test]
fn unmatched_routes_get_404_and_method_filters_do_not_give_405() {
    let s = small(&[]);
    let mut c = Conn::open(s.port);
    assert_resp(&c.get("/hello"), 200, TEXT, "hello");
    assert_resp(&c.get("/nope"), 404, TEXT, "Not Found");
    assert_resp(
        &c.request("POST", "/hello", &[], b""),
        404,
        TEXT,
        "Not Found",
    );
    assert_resp(&c.get("/hello/more"), 404, TEXT, "Not Found");
    assert_resp(&c.get("/hello"), 200, TEXT, "hello");
}

#[test]
fn head_requests_use_get_routes_and_carry_no_body() {
    let s = app(&[]);
    let mut c = Conn::open(s.port);
    let r = c.request("HEAD", "/users/me", &[], b"");
    assert_eq!(
        (r.status, r.content_type(), r.header("content-length")),
        (200, TEXT, Some("2")),
        "{r:?}"
    );
    assert!(r.body.is_empty());
    // Nothing (no stray body) precedes the next response.
    assert_resp(&c.get("/users/9"), 200, TEXT, "user 9");
    let r = c.request("HEAD", "/sniff-object", &[], b"");
    assert_eq!(
        (r.status, r.content_type(), r.header("content-length")),
        (200, JSON, Some("7")),
        "{r:?}"
    );
    assert_resp(&c.get("/text"), 200, TEXT, "plain text");
}

#[test]
fn route_params_are_percent_decoded_segments() {
    let s = app(&[]);
    let mut c = Conn::open(s.port);
    assert_resp(&c.get("/users/abc-123"), 200, TEXT, "user abc-123");
    assert_resp(
        &c.get("/users/hello%20world"),
        200,
        TEXT,
        "user hello world",
    );
    assert_resp(&c.get("/users/%C3%A9t%C3%A9"), 200, TEXT, "user été");
    assert_resp(&c.get("/users/a+b"), 200, TEXT, "user a+b");
    assert_resp(
        &c.get("/users/x/posts/%E2%9C%93"),
        200,
        TEXT,
        "user x post ✓",
    );
    // Request.path is decoded and excludes the query.
    assert_resp(
        &c.get("/somewhere%20else?q=1"),
        200,
        TEXT,
        "wild GET /somewhere else",
    );
}

/// `/users/:id` takes one path segment; an encoded slash (`%2F`) is data
/// inside a segment (RFC 3986), so `/users/a%2Fb` should give id `a/b`.
/// The runtime decodes the whole path before splitting it into segments,
/// so the request is routed as `/users/a/b` (here to the wildcard).
#[test]
fn an_encoded_slash_stays_inside_its_segment() {
    let mut s = app(&[]);
    let mut c = Conn::open(s.port);
    let r = c.get("/users/a%2Fb");
    assert_healthy(&mut s);
    assert_resp(&r, 200, TEXT, "user a/b");
}

#[test]
fn query_values_are_percent_decoded_with_plus_as_space() {
    let s = app(&[]);
    let mut c = Conn::open(s.port);
    let r = c.get("/query?a=1&b=hello+world&c=%E2%9C%93&d=a%26b%3Dc&a=2");
    assert_resp(
        &r,
        200,
        TEXT,
        "path=/query\na=[1]\nb=[hello world]\nc=[✓]\nd=[a&b=c]\ne=none",
    );
    let r = c.get("/query?a=&b&c=%2B%20+");
    assert_resp(
        &r,
        200,
        TEXT,
        "path=/query\na=[]\nb=[]\nc=[+  ]\nd=none\ne=none",
    );
    let r = c.get("/query");
    assert_resp(
        &r,
        200,
        TEXT,
        "path=/query\na=none\nb=none\nc=none\nd=none\ne=none",
    );
    // Undecodable escapes: invalid UTF-8 becomes U+FFFD, a lone `%` stays.
    let r = c.get("/query?a=%FF&b=%&c=%zz");
    assert_resp(
        &r,
        200,
        TEXT,
        "path=/query\na=[\u{FFFD}]\nb=[%]\nc=[%zz]\nd=none\ne=none",
    );
    // Names are decoded too.
    let r = c.get("/query?%61=decoded+name");
    assert_resp(
        &r,
        200,
        TEXT,
        "path=/query\na=[decoded name]\nb=none\nc=none\nd=none\ne=none",
    );
}

#[test]
fn header_lookup_is_case_insensitive() {
    let s = app(&[]);
    let mut c = Conn::open(s.port);
    for name in ["X-Custom", "x-custom", "X-CUSTOM", "x-CuStOm"] {
        let r = c.request("GET", "/headers", &[(name, "Value With Case")], b"");
        assert_resp(
            &r,
            200,
            TEXT,
            "custom=[Value With Case] [Value With Case] [Value With Case] none",
        );
    }
    let r = c.get("/headers");
    assert_resp(&r, 200, TEXT, "custom=none none none none");
    // Surrounding whitespace is not part of the value.
    let r = c
        .send(b"GET /headers HTTP/1.1\r\nHost: x\r\nX-Custom:   padded \t \r\n\r\n")
        .map(|_| c.read_response().unwrap())
        .unwrap();
    assert_resp(&r, 200, TEXT, "custom=[padded] [padded] [padded] none");
}

// --------------------------------------------------------------- middleware

#[test]
fn middleware_runs_in_registration_order_around_the_handler() {
    let s = app(&[]);
    let mut c = Conn::open(s.port);
    assert_resp(&c.get("/traced?trace=t1"), 200, TEXT, "handled");
    assert_resp(&c.get("/trace/t1"), 200, TEXT, "A>B>H<B<A");
    // A request matched by the wildcard goes through the same chain.
    assert_resp(
        &c.get("/not/routed?trace=t2"),
        200,
        TEXT,
        "wild GET /not/routed",
    );
    assert_resp(&c.get("/trace/t2"), 200, TEXT, "A>B><B<A");
    assert_resp(&c.get("/trace/never"), 200, TEXT, "(none)");
}

#[test]
fn middleware_can_short_circuit_the_rest_of_the_chain() {
    let s = app(&[]);
    let mut c = Conn::open(s.port);
    // B stops: A ran around it, the handler never ran.
    let r = c.request("GET", "/traced?trace=s1", &[("X-Stop", "B")], b"");
    assert_resp(&r, 403, TEXT, "stopped by B");
    assert_resp(&c.get("/trace/s1"), 200, TEXT, "A>B><B<A");
    // A stops: B and the handler never ran.
    let r = c.request("GET", "/traced?trace=s2", &[("x-stop", "A")], b"");
    assert_resp(&r, 403, TEXT, "stopped by A");
    assert_resp(&c.get("/trace/s2"), 200, TEXT, "A><A");
    // Without tracing.
    assert_resp(
        &c.request("GET", "/users/me", &[("X-STOP", "A")], b""),
        403,
        TEXT,
        "stopped by A",
    );
    assert_resp(&c.get("/users/me"), 200, TEXT, "me");
}

#[test]
fn middleware_wraps_the_404_of_an_unmatched_route() {
    let s = small(&[]);
    let mut c = Conn::open(s.port);
    assert_resp(
        &c.request("GET", "/missing", &[("X-Stop", "gate")], b""),
        403,
        TEXT,
        "stopped: gate",
    );
    assert_resp(
        &c.request("DELETE", "/hello", &[("X-Stop", "m")], b""),
        403,
        TEXT,
        "stopped: m",
    );
    assert_resp(&c.get("/missing"), 404, TEXT, "Not Found");
    assert_resp(&c.get("/hello"), 200, TEXT, "hello");
}

#[test]
fn closures_with_captures_serve_as_handlers_and_middleware() {
    let s = app(&[]);
    let mut c = Conn::open(s.port);
    assert_resp(
        &c.get("/closure"),
        200,
        TEXT,
        "hello from a closure 42 x,y,z v",
    );
    // The middleware are closures over the Trace pid and their label.
    assert_resp(&c.get("/traced?trace=c1"), 200, TEXT, "handled");
    assert_resp(&c.get("/trace/c1"), 200, TEXT, "A>B>H<B<A");
    // Captures survive many requests (each runs in a fresh actor).
    for _ in 0..50 {
        assert_resp(
            &c.get("/closure"),
            200,
            TEXT,
            "hello from a closure 42 x,y,z v",
        );
    }
}

// ---------------------------------------------------------------- responses

#[test]
fn response_headers_and_content_types() {
    let s = app(&[]);
    let mut c = Conn::open(s.port);
    assert_resp(&c.get("/text"), 200, TEXT, "plain text");
    assert_resp(&c.get("/sniff-object"), 200, JSON, "{\"a\":1}");
    assert_resp(&c.get("/sniff-array"), 200, JSON, "  [1,2]");
    assert_resp(&c.get("/json"), 200, JSON, "not really json");
    let r = c.get("/custom");
    assert_resp(&r, 201, "text/html; charset=utf-8", "<p>hi</p>");
    assert_eq!(
        (r.header("x-one"), r.header("x-two")),
        (Some("1"), Some("deux")),
        "{r:?}"
    );
    assert_eq!(r.reason, "Created");
    assert_resp(&c.get("/custom-type-wins"), 200, "text/plain", "{\"a\":1}");
    // An invalid header name is dropped, the rest of the response kept.
    let r = c.get("/bad-header");
    assert_resp(&r, 200, TEXT, "kept");
    assert_eq!(r.header("x-good"), Some("yes"));
    assert!(!r.headers.iter().any(|(n, _)| n.contains(' ')), "{r:?}");
    // A status outside 100..=999 is a server error.
    assert_resp(
        &c.get("/bad-status"),
        500,
        JSON,
        "{\"error\":\"the handler answered with an invalid status 42\"}",
    );
    // A header value with CR LF (from a decoded query) cannot inject a header.
    let r = c.get("/set-header?name=x-crlf&value=a%0D%0AInjected:%20yes");
    assert_resp(&r, 200, TEXT, "abc");
    assert!(
        r.header("injected").is_none() && r.header("x-crlf").is_none(),
        "{r:?}"
    );
    let r = c.get("/set-header?name=X-Fine&value=ok");
    assert_eq!(r.header("x-fine"), Some("ok"), "{r:?}");
    // 204 and 304 carry no body even when the handler gave one; the
    // connection stays in step.
    for code in [204, 304] {
        let r = c.get(&format!("/status?code={code}&body=ignored"));
        assert_eq!((r.status, r.body.len()), (code, 0), "{r:?}");
        assert_resp(&c.get("/users/me"), 200, TEXT, "me");
    }
    let r = c.get("/status?code=418&body=teapot");
    assert_resp(&r, 418, TEXT, "teapot");
    // Big bodies both ways.
    let r = c.get("/big?n=200000");
    assert_eq!(
        (r.status, r.body.len(), r.header("content-length")),
        (200, 2_000_000, Some("2000000"))
    );
    assert!(r.body.chunks(10).all(|c| c == b"0123456789"));
    let body: Vec<u8> = (0..2_000_000).map(|i| b'a' + (i % 26) as u8).collect();
    let r = c.request("POST", "/echo", &[], &body);
    assert_eq!((r.status, r.body.len()), (200, body.len()));
    assert!(r.body == body, "the 2 MB echo differs");
    // Every response is HTTP/1.1 keep-alive with a Date.
    let r = c.get("/users/me");
    assert!(r.header("date").is_some() && !r.closes(), "{r:?}");
}

#[test]
fn keep_alive_serves_many_requests_on_one_connection_and_pipelines() {
    let s = app(&[]);
    let mut c = Conn::open(s.port);
    for i in 0..300 {
        match i % 3 {
            0 => assert_resp(
                &c.get(&format!("/id?id={i}")),
                200,
                TEXT,
                &format!("id={i}"),
            ),
            1 => assert_resp(
                &c.request("POST", "/echo", &[], format!("body {i}").as_bytes()),
                200,
                TEXT,
                &format!("body {i}"),
            ),
            _ => assert_resp(
                &c.get(&format!("/users/{i}")),
                200,
                TEXT,
                &format!("user {i}"),
            ),
        }
    }
    // Twenty pipelined requests in one write; answers in order.
    let mut batch = Vec::new();
    for i in 0..20 {
        batch.extend_from_slice(format!("GET /id?id=p{i} HTTP/1.1\r\nHost: x\r\n\r\n").as_bytes());
    }
    c.send(&batch).unwrap();
    for i in 0..20 {
        assert_resp(&c.read_response().unwrap(), 200, TEXT, &format!("id=p{i}"));
    }
    // `Connection: close` is honoured.
    let r = c.request("GET", "/users/me", &[("Connection", "close")], b"");
    assert_resp(&r, 200, TEXT, "me");
    assert!(r.closes(), "{r:?}");
    assert!(c.closed_within(Duration::from_secs(5)));
}

/// A handler's own `content-length` header that disagrees with its body:
/// the runtime must not pass it on. Today it reaches hyper, which (with
/// debug assertions, as in this build) panics the connection's task, so
/// the client gets no response at all; without debug assertions hyper
/// trusts the header and the framing of the connection is broken.
#[test]
fn a_handler_set_content_length_cannot_break_the_framing() {
    let mut s = app(&[]);
    let mut outcomes = Vec::new();
    for v in ["10", "1", "3"] {
        let mut c = Conn::open(s.port);
        c.send(
            format!("GET /set-header?name=content-length&value={v} HTTP/1.1\r\nHost: x\r\n\r\n")
                .as_bytes(),
        )
        .unwrap();
        let r = c.read_response();
        // What follows on the same connection must be the next answer.
        let next = r.as_ref().ok().and_then(|_| {
            c.send(b"GET /users/me HTTP/1.1\r\nHost: x\r\n\r\n").ok()?;
            c.read_response().ok()
        });
        outcomes.push((
            v,
            r.map(|r| (r.status, r.text())).map_err(|e| e.to_string()),
            next.map(|n| n.text()),
        ));
    }
    assert_healthy(&mut s);
    for (v, r, next) in outcomes {
        assert_eq!(
            r,
            Ok((200, "abc".to_string())),
            "content-length: {v} set by the handler; server stderr:\n{}",
            s.stderr()
                .lines()
                .filter(|l| !l.starts_with(' '))
                .collect::<Vec<_>>()
                .join("\n")
        );
        assert_eq!(
            next.as_deref(),
            Some("me"),
            "content-length: {v}: the next response on the connection"
        );
    }
}

// -------------------------------------------------------- crash isolation

#[test]
fn a_panicking_handler_answers_500_while_concurrent_requests_succeed() {
    let mut s = app(&[]);
    let port = s.port;
    let start = Instant::now();
    let mut threads = Vec::new();
    for t in 0..6 {
        threads.push(std::thread::spawn(move || {
            let mut c = Conn::open(port);
            for i in 0..15 {
                if t % 2 == 0 {
                    assert_resp(
                        &c.get("/crash"),
                        500,
                        JSON,
                        "{\"error\":\"internal server error\"}",
                    );
                } else if i % 5 == 0 {
                    assert_resp(&c.get("/slow?ms=100"), 200, TEXT, "slept 100");
                } else {
                    assert_resp(
                        &c.get(&format!("/id?id={t}-{i}")),
                        200,
                        TEXT,
                        &format!("id={t}-{i}"),
                    );
                }
            }
        }));
    }
    for t in threads {
        t.join().expect("client thread");
    }
    // A crash leaves its connection usable.
    let mut c = Conn::open(port);
    assert_resp(
        &c.get("/crash"),
        500,
        JSON,
        "{\"error\":\"internal server error\"}",
    );
    assert_resp(&c.get("/users/me"), 200, TEXT, "me");
    assert_resp(
        &c.get("/crash"),
        500,
        JSON,
        "{\"error\":\"internal server error\"}",
    );
    assert_resp(
        &c.request("POST", "/echo", &[], b"after"),
        200,
        TEXT,
        "after",
    );
    eprintln!("crash isolation: {:?}", start.elapsed());
    // The panic message went to stderr, not to the client.
    assert!(
        s.wait_stderr("index 10 out of bounds", Duration::from_secs(5)),
        "{}",
        s.stderr()
    );
    assert_healthy(&mut s);
}

// ------------------------------------------------------------------- limits

#[test]
fn body_over_the_limit_by_content_length_is_413_before_reading() {
    let mut s = app(&[("MESH_HTTP_MAX_BODY_BYTES", "1024")]);
    let limit_body = "x".repeat(1024);
    let mut c = Conn::open(s.port);
    assert_resp(
        &c.request("POST", "/echo-info", &[], limit_body.as_bytes()),
        200,
        TEXT,
        &format!("POST 1024 {limit_body}"),
    );
    // Only the head: the server answers without waiting for the body.
    let started = Instant::now();
    let (r, closed) = raw(
        s.port,
        b"POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 1025\r\n\r\n",
    );
    assert_resp(
        &r,
        413,
        JSON,
        "{\"error\":\"the request body is larger than 1024 bytes\"}",
    );
    assert!(r.closes() && closed, "{r:?}");
    assert!(started.elapsed() < Duration::from_secs(3));
    let (r, _) = raw(
        s.port,
        b"POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999\r\n\r\n",
    );
    assert_resp(
        &r,
        413,
        JSON,
        "{\"error\":\"the request body is larger than 1024 bytes\"}",
    );
    assert_healthy(&mut s);
}

#[test]
fn expect_100_continue_is_answered_before_the_body_and_refused_over_the_limit() {
    let mut s = app(&[("MESH_HTTP_MAX_BODY_BYTES", "1024")]);
    let mut c = Conn::open(s.port);
    c.send(b"POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n")
        .unwrap();
    let interim = c.read_response().unwrap();
    assert_eq!((interim.status, interim.reason.as_str()), (100, "Continue"));
    c.send(b"hello").unwrap();
    assert_resp(&c.read_response().unwrap(), 200, TEXT, "hello");
    // Over the limit: the 413 comes instead of the 100, the body unsent.
    let mut c = Conn::open(s.port);
    c.send(
        b"POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 5000\r\nExpect: 100-continue\r\n\r\n",
    )
    .unwrap();
    let r = c.read_response().unwrap();
    assert_resp(
        &r,
        413,
        JSON,
        "{\"error\":\"the request body is larger than 1024 bytes\"}",
    );
    assert!(c.closed_within(Duration::from_secs(5)));
    assert_healthy(&mut s);
}

#[test]
fn chunked_body_over_the_limit_is_413_while_reading() {
    let mut s = app(&[("MESH_HTTP_MAX_BODY_BYTES", "1024")]);
    // Within the limit in three chunks.
    let mut c = Conn::open(s.port);
    c.send(b"POST /echo-info HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n1\r\n \r\n5\r\nworld\r\n0\r\n\r\n").unwrap();
    assert_resp(
        &c.read_response().unwrap(),
        200,
        TEXT,
        "POST 11 hello world",
    );
    // 1,536 bytes in chunks of 512, the terminating chunk never sent.
    let mut c = Conn::open(s.port);
    let mut req = b"POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n".to_vec();
    for _ in 0..3 {
        req.extend_from_slice(b"200\r\n");
        req.extend_from_slice(&[b'y'; 512]);
        req.extend_from_slice(b"\r\n");
    }
    c.send(&req).unwrap();
    let r = c.read_response().unwrap();
    assert_resp(
        &r,
        413,
        JSON,
        "{\"error\":\"the request body is larger than 1024 bytes\"}",
    );
    assert!(r.closes(), "{r:?}");
    assert!(c.closed_within(Duration::from_secs(5)));
    assert_healthy(&mut s);
}

#[test]
fn serve_with_options_override_the_environment() {
    // The environment allows 1,000,000 bytes; the options map says 100.
    let s = small(&[("MESH_HTTP_MAX_BODY_BYTES", "1000000")]);
    let mut c = Conn::open(s.port);
    let hundred = "z".repeat(100);
    assert_resp(
        &c.request("POST", "/echo", &[], hundred.as_bytes()),
        200,
        TEXT,
        &hundred,
    );
    let (r, closed) = raw(
        s.port,
        format!("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 101\r\n\r\n{hundred}z")
            .as_bytes(),
    );
    assert_resp(
        &r,
        413,
        JSON,
        "{\"error\":\"the request body is larger than 100 bytes\"}",
    );
    assert!(closed);
    let mut c = Conn::open(s.port);
    assert_resp(&c.get("/hello"), 200, TEXT, "hello");
}

#[test]
fn oversized_request_heads_get_431() {
    let mut s = app(&[("MESH_HTTP_MAX_HEADER_BYTES", "16384")]);
    let ok = "h".repeat(8000);
    let mut c = Conn::open(s.port);
    let r = c.request("GET", "/headers", &[("X-Custom", &ok)], b"");
    assert_resp(&r, 200, TEXT, &format!("custom=[{ok}] [{ok}] [{ok}] none"));
    let big = "h".repeat(20_000);
    let head = format!("GET /headers HTTP/1.1\r\nHost: x\r\nX-Custom: {big}\r\n\r\n");
    let (r, closed) = raw(s.port, head.as_bytes());
    assert_eq!((r.status, r.body.len()), (431, 0), "{r:?}");
    assert!(r.closes() && closed, "{r:?}");
    // The same head trickled in.
    let mut c = Conn::open(s.port);
    for piece in head.as_bytes().chunks(1000) {
        if c.send(piece).is_err() {
            break;
        }
        std::thread::sleep(Duration::from_millis(1));
    }
    assert_eq!(c.read_response().unwrap().status, 431);
    // A long request line alone.
    let (r, closed) = raw(
        s.port,
        format!(
            "GET /users/{} HTTP/1.1\r\nHost: x\r\n\r\n",
            "p".repeat(20_000)
        )
        .as_bytes(),
    );
    assert_eq!(r.status, 431, "{r:?}");
    assert!(closed);
    // Besides bytes, hyper limits the number of header fields to 100
    // (not configurable through the runtime): 101 short ones are refused.
    let fields = |n: usize| -> String { (0..n).map(|i| format!("X-H{i}: v\r\n")).collect() };
    let mut c = Conn::open(s.port);
    c.send(format!("GET /users/me HTTP/1.1\r\n{}\r\n", fields(100)).as_bytes())
        .unwrap();
    assert_resp(&c.read_response().unwrap(), 200, TEXT, "me");
    let (r, closed) = raw(
        s.port,
        format!("GET /users/me HTTP/1.1\r\n{}\r\n", fields(101)).as_bytes(),
    );
    assert_eq!(r.status, 431, "{r:?}");
    assert!(closed);
    assert_healthy(&mut s);
}

/// With the default limit (64 KiB), a 70,000-byte head trickled in gets
/// 431, but the same head (and even a 100,000-byte one) sent in one write
/// is accepted: hyper checks `max_buf_size` only while a head is still
/// incomplete, and a single read can fill the buffer past it.
#[test]
fn request_heads_over_the_default_limit_get_431_however_they_arrive() {
    let mut s = app(&[]);
    let fine = "f".repeat(60_000);
    let mut c = Conn::open(s.port);
    let r = c.request("GET", "/headers", &[("X-Custom", &fine)], b"");
    assert_resp(
        &r,
        200,
        TEXT,
        &format!("custom=[{fine}] [{fine}] [{fine}] none"),
    );
    let head = |n: usize| {
        format!(
            "GET /headers HTTP/1.1\r\nHost: x\r\nX-Custom: {}\r\n\r\n",
            "h".repeat(n)
        )
    };
    let mut c = Conn::open(s.port);
    for piece in head(70_000).as_bytes().chunks(1000) {
        if c.send(piece).is_err() {
            break;
        }
        std::thread::sleep(Duration::from_millis(1));
    }
    assert_eq!(
        c.read_response().unwrap().status,
        431,
        "trickled 70,000 bytes"
    );
    let mut statuses = Vec::new();
    for n in [70_000, 100_000] {
        let mut c = Conn::open(s.port);
        let _ = c.send(head(n).as_bytes());
        statuses.push((n, c.read_response().map(|r| r.status).unwrap_or(0)));
    }
    assert_healthy(&mut s);
    assert_eq!(
        statuses,
        [(70_000, 431), (100_000, 431)],
        "heads over 65,536 bytes sent in one write"
    );
}

#[test]
fn a_handler_that_takes_too_long_gets_504_and_its_actor_is_killed() {
    let mut s = app(&[("MESH_HTTP_HANDLER_TIMEOUT_MS", "300")]);
    let mut c = Conn::open(s.port);
    let started = Instant::now();
    let r = c.get("/slow?ms=5000");
    let took = started.elapsed();
    assert_resp(&r, 504, JSON, "{\"error\":\"the request handler did not answer in time\"}");
    assert!(took >= Duration::from_millis(250) && took < Duration::from_secs(3), "504 after {took:?}");
    // Handlers within the limit are unaffected.
    let mut c = Conn::open(s.port);
    assert_resp(&c.get("/slow?ms=50"), 200, TEXT, "slept 50");
    assert_healthy(&mut s);
}

#[test]
fn a_slow_body_gets_408() {
    let mut s = app(&[("MESH_HTTP_READ_TIMEOUT_MS", "500")]);
    let mut c = Conn::open(s.port);
    let started = Instant::now();
    c.send(b"POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nabc")
        .unwrap();
    let r = c.read_response().unwrap();
    let took = started.elapsed();
    assert_resp(
        &r,
        408,
        JSON,
        "{\"error\":\"the request body did not arrive in time\"}",
    );
    assert!(r.closes(), "{r:?}");
    assert!(
        took >= Duration::from_millis(400) && took < Duration::from_secs(5),
        "408 after {took:?}"
    );
    assert!(c.closed_within(Duration::from_secs(5)));
    // A body trickling in (each byte on time, the whole too late) is slow too.
    let mut c = Conn::open(s.port);
    c.send(b"POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 20\r\n\r\n")
        .unwrap();
    let started = Instant::now();
    for _ in 0..20 {
        if c.send(b"a").is_err() {
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let r = c.read_response().unwrap();
    assert_eq!(r.status, 408, "{r:?} after {:?}", started.elapsed());
    // The read timeout does not cover the handler's own time.
    let mut c = Conn::open(s.port);
    assert_resp(&c.get("/slow?ms=1000"), 200, TEXT, "slept 1000");
    // A body within the timeout is fine.
    let mut c = Conn::open(s.port);
    c.send(b"POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 6\r\n\r\nabc")
        .unwrap();
    std::thread::sleep(Duration::from_millis(150));
    c.send(b"def").unwrap();
    assert_resp(&c.read_response().unwrap(), 200, TEXT, "abcdef");
    assert_healthy(&mut s);
}

#[test]
fn a_slow_request_head_gets_408_then_the_connection_closes() {
    let mut s = app(&[("MESH_HTTP_READ_TIMEOUT_MS", "500")]);
    let mut c = Conn::open(s.port);
    let started = Instant::now();
    c.send(b"GET /users/me HTTP/1.1\r\nHost: x\r\n").unwrap();
    let r = c.read_response().expect("a 408 before the close");
    let took = started.elapsed();
    assert_resp(&r, 408, JSON, "{\"error\":\"request timeout\"}");
    assert!(r.closes(), "{r:?}");
    assert!(
        took >= Duration::from_millis(400) && took < Duration::from_secs(5),
        "408 after {took:?}"
    );
    assert!(c.closed_within(Duration::from_secs(5)));
    // A head sent a byte at a time: every byte on time, the whole too late.
    let mut c = Conn::open(s.port);
    for b in b"GET /users/me HTTP/1.1\r\nHost: x\r\nX-Slow: yes\r\n\r\n" {
        if c.send(&[*b]).is_err() {
            break;
        }
        std::thread::sleep(Duration::from_millis(40));
    }
    let r = c.read_response().expect("a 408 before the close");
    assert_eq!(r.status, 408, "{r:?}");
    assert_healthy(&mut s);
}

/// The brief: "for a slow request head, a 408 is written then the
/// connection closes". On a connection that already carried a request the
/// runtime closes without a 408 (server.rs writes the 408 only when no
/// request was ever answered on the connection).
#[test]
fn a_slow_request_head_on_a_reused_connection_gets_408_too() {
    let mut s = app(&[("MESH_HTTP_READ_TIMEOUT_MS", "500")]);
    let mut c = Conn::open(s.port);
    assert_resp(&c.get("/users/me"), 200, TEXT, "me");
    c.send(b"GET /users/me HTTP/1.1\r\nHost: x\r\n").unwrap();
    let r = c.read_response();
    assert_healthy(&mut s);
    let r = r.expect("a 408 for the partial second request, not a bare close");
    assert_resp(&r, 408, JSON, "{\"error\":\"request timeout\"}");
}

#[test]
fn connections_beyond_the_maximum_get_503_and_close() {
    let mut s = app(&[("MESH_HTTP_MAX_CONNECTIONS", "2")]);
    let mut a = Conn::open(s.port);
    let mut b = Conn::open(s.port);
    assert_resp(&a.get("/users/1"), 200, TEXT, "user 1");
    assert_resp(&b.get("/users/2"), 200, TEXT, "user 2");
    for _ in 0..3 {
        let mut c = Conn::open(s.port);
        let r = c.read_response().expect("a 503 without asking");
        assert_resp(&r, 503, JSON, "{\"error\":\"too many connections\"}");
        assert!(r.closes(), "{r:?}");
        assert!(c.closed_within(Duration::from_secs(5)));
    }
    // The two admitted connections still work.
    assert_resp(&a.get("/users/3"), 200, TEXT, "user 3");
    assert_resp(&b.get("/users/4"), 200, TEXT, "user 4");
    // A closed connection frees its place.
    drop(a);
    let mut c = retry_connect(s.port);
    assert_resp(&c.get("/users/5"), 200, TEXT, "user 5");
    drop(b);
    drop(c);
    // Connections dropped mid-body free their places too.
    for _ in 0..5 {
        let mut d = retry_connect(s.port);
        d.send(b"POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nonly part")
            .unwrap();
        std::thread::sleep(Duration::from_millis(20));
    }
    let mut a = retry_connect(s.port);
    let mut b = retry_connect(s.port);
    assert_resp(&a.get("/users/6"), 200, TEXT, "user 6");
    assert_resp(&b.get("/users/7"), 200, TEXT, "user 7");
    drop((a, b));
    let _ = retry_connect(s.port);
    s.assert_running();
}

/// A connection the server admits (a place may take a moment to free up
/// after a close): sends a request and checks that it is not refused.
fn retry_connect(port: u16) -> Conn {
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let mut c = Conn::open(port);
        // Admitted connections say nothing until asked; refused ones get a
        // 503 at once.
        let _ = c.stream.set_read_timeout(Some(Duration::from_millis(100)));
        let mut probe = [0u8; 1];
        let refused = matches!(std::io::Read::read(&mut c.stream, &mut probe), Ok(_));
        if !refused {
            let _ = c.stream.set_read_timeout(Some(Duration::from_secs(15)));
            return c;
        }
        assert!(
            Instant::now() < deadline,
            "no connection place freed up within 5 s"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

// ---------------------------------------------------------------- encodings

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut e = GzEncoder::new(Vec::new(), Compression::default());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

fn zlib(data: &[u8]) -> Vec<u8> {
    let mut e = ZlibEncoder::new(Vec::new(), Compression::default());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

fn raw_deflate(data: &[u8]) -> Vec<u8> {
    let mut e = DeflateEncoder::new(Vec::new(), Compression::default());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

#[test]
fn gzip_and_deflate_request_bodies_are_decoded() {
    let mut s = app(&[]);
    let text = "compressed body ✓ ".repeat(200);
    let n = text.chars().count();
    let mut c = Conn::open(s.port);
    for (enc, body) in [
        ("gzip", gzip(text.as_bytes())),
        ("x-gzip", gzip(text.as_bytes())),
        ("GZIP", gzip(text.as_bytes())),
        ("deflate", zlib(text.as_bytes())),
        ("deflate", raw_deflate(text.as_bytes())),
        ("identity", text.as_bytes().to_vec()),
    ] {
        let r = c.request("POST", "/echo-info", &[("Content-Encoding", enc)], &body);
        assert_resp(&r, 200, TEXT, &format!("POST {n} {text}"));
    }
    // Two gzip members in a row are one body.
    let mut two = gzip(b"first half, ");
    two.extend(gzip(b"second half"));
    assert_resp(
        &c.request("POST", "/echo", &[("Content-Encoding", "gzip")], &two),
        200,
        TEXT,
        "first half, second half",
    );
    // Compressed and chunked.
    let z = gzip(b"chunked and gzipped");
    let (a, b) = z.split_at(z.len() / 2);
    let mut req = b"POST /echo HTTP/1.1\r\nHost: x\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n".to_vec();
    for part in [a, b] {
        req.extend_from_slice(format!("{:x}\r\n", part.len()).as_bytes());
        req.extend_from_slice(part);
        req.extend_from_slice(b"\r\n");
    }
    req.extend_from_slice(b"0\r\n\r\n");
    c.send(&req).unwrap();
    assert_resp(
        &c.read_response().unwrap(),
        200,
        TEXT,
        "chunked and gzipped",
    );
    assert_healthy(&mut s);
}

#[test]
fn bad_or_unknown_content_encodings_are_refused() {
    let mut s = app(&[("MESH_HTTP_MAX_BODY_BYTES", "4096")]);
    let mut c = Conn::open(s.port);
    let r = c.request("POST", "/echo", &[("Content-Encoding", "br")], b"abc");
    assert_resp(
        &r,
        415,
        JSON,
        "{\"error\":\"unsupported Content-Encoding `br` (supported: gzip, deflate)\"}",
    );
    assert!(r.closes());
    let mut c = Conn::open(s.port);
    let r = c.request(
        "POST",
        "/echo",
        &[("Content-Encoding", "gzip")],
        b"this is not gzip at all",
    );
    assert_eq!((r.status, r.content_type()), (400, JSON), "{r:?}");
    assert!(
        r.text()
            .starts_with("{\"error\":\"the request body is not valid gzip"),
        "{}",
        r.text()
    );
    let mut c = Conn::open(s.port);
    let r = c.request(
        "POST",
        "/echo",
        &[("Content-Encoding", "deflate")],
        b"\xff\xfe\xfd not deflate",
    );
    assert_eq!((r.status, r.content_type()), (400, JSON), "{r:?}");
    assert!(
        r.text()
            .starts_with("{\"error\":\"the request body is not valid deflate"),
        "{}",
        r.text()
    );
    // A truncated gzip stream.
    let z = gzip("truncated ".repeat(50).as_bytes());
    let mut c = Conn::open(s.port);
    let r = c.request(
        "POST",
        "/echo",
        &[("Content-Encoding", "gzip")],
        &z[..z.len() / 2],
    );
    assert_eq!(r.status, 400, "{r:?}");
    // A small body that inflates past the limit (a "zip bomb").
    let bomb = gzip(&vec![0u8; 200_000]);
    assert!(bomb.len() < 4096);
    let mut c = Conn::open(s.port);
    let r = c.request("POST", "/echo", &[("Content-Encoding", "gzip")], &bomb);
    assert_resp(
        &r,
        413,
        JSON,
        "{\"error\":\"the decoded request body is larger than 4096 bytes\"}",
    );
    // Exactly the limit after decoding is fine.
    let mut c = Conn::open(s.port);
    let r = c.request(
        "POST",
        "/echo-info",
        &[("Content-Encoding", "deflate")],
        &zlib(&[b'q'; 4096]),
    );
    assert_resp(&r, 200, TEXT, &format!("POST 4096 {}", "q".repeat(4096)));
    assert_healthy(&mut s);
}

// -------------------------------------------------------------- bad input

#[test]
fn malformed_requests_get_400_and_a_close() {
    let mut s = app(&[]);
    let cases: &[(&str, &[u8])] = &[
        ("garbage line", b"HELLO\r\n\r\n"),
        ("binary junk", b"\x00\x01\x02\x03\x04\r\n\r\n"),
        (
            "unknown version",
            b"GET /users/me HTTP/9.9\r\nHost: x\r\n\r\n",
        ),
        (
            "HTTP/2.0 in an HTTP/1 line",
            b"GET /users/me HTTP/2.0\r\nHost: x\r\n\r\n",
        ),
        ("not HTTP", b"GET /users/me FTP/1.1\r\nHost: x\r\n\r\n"),
        (
            "lower-case protocol",
            b"GET /users/me http/1.1\r\nHost: x\r\n\r\n",
        ),
        (
            "bad method chars",
            b"G(T /users/me HTTP/1.1\r\nHost: x\r\n\r\n",
        ),
        (
            "method with a slash",
            b"GE/T /users/me HTTP/1.1\r\nHost: x\r\n\r\n",
        ),
        ("no target", b"GET HTTP/1.1\r\nHost: x\r\n\r\n"),
        ("no version", b"GET /users/me\r\nHost: x\r\n\r\n"),
        (
            "double space",
            b"GET  /users/me HTTP/1.1\r\nHost: x\r\n\r\n",
        ),
        (
            "control char in path",
            b"GET /users/m\x01e HTTP/1.1\r\nHost: x\r\n\r\n",
        ),
        (
            "space in header name",
            b"GET /users/me HTTP/1.1\r\nBad Header: x\r\n\r\n",
        ),
        (
            "header without colon",
            b"GET /users/me HTTP/1.1\r\nHost: x\r\nNoColon\r\n\r\n",
        ),
        (
            "bad content-length",
            b"POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n",
        ),
        (
            "conflicting content-lengths",
            b"POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd",
        ),
    ];
    for (what, bytes) in cases {
        let (r, closed) = raw(s.port, bytes);
        assert_eq!(r.status, 400, "{what}: {r:?}");
        assert!(
            r.closes() && closed,
            "{what}: the connection stays open: {r:?}"
        );
    }
    // A bad chunk size, found while reading the body.
    let (r, closed) = raw(s.port, b"POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n");
    assert_resp(
        &r,
        400,
        JSON,
        "{\"error\":\"the request body could not be read\"}",
    );
    assert!(closed);
    assert_healthy(&mut s);
}

#[test]
fn invalid_utf8_in_the_path_is_400() {
    let mut s = app(&[]);
    for path in [
        "/users/%FF",
        "/users/%C3%28",
        "/%80abc",
        "/users/ok/posts/%ED%A0%80",
    ] {
        let (r, closed) = raw(
            s.port,
            format!("GET {path} HTTP/1.1\r\nHost: x\r\n\r\n").as_bytes(),
        );
        assert_resp(
            &r,
            400,
            JSON,
            "{\"error\":\"the request path is not valid UTF-8\"}",
        );
        assert!(r.closes() && closed, "{path}: {r:?}");
    }
    // Raw (unencoded) bytes in the request target: invalid UTF-8 is
    // refused by the parser, valid UTF-8 is taken as it is.
    for bytes in [
        &b"GET /users/\xff HTTP/1.1\r\nHost: x\r\n\r\n"[..],
        b"GET /users/a\xc3 HTTP/1.1\r\nHost: x\r\n\r\n",
    ] {
        let (r, closed) = raw(s.port, bytes);
        assert_eq!(r.status, 400, "{r:?}");
        assert!(closed);
    }
    let mut c = Conn::open(s.port);
    c.send(b"GET /users/\xc3\xa9 HTTP/1.1\r\nHost: x\r\n\r\n")
        .unwrap();
    assert_resp(&c.read_response().unwrap(), 200, TEXT, "user é");
    // Valid encoded UTF-8 is fine.
    assert_resp(&c.get("/users/%C3%A9"), 200, TEXT, "user é");
    assert_healthy(&mut s);
}

#[test]
fn invalid_utf8_in_header_values_and_bodies_is_replaced_not_fatal() {
    let mut s = app(&[]);
    let mut c = Conn::open(s.port);
    c.send(b"GET /headers HTTP/1.1\r\nHost: x\r\nX-Custom: a\xffb\xc3\r\n\r\n")
        .unwrap();
    assert_resp(
        &c.read_response().unwrap(),
        200,
        TEXT,
        "custom=[a\u{FFFD}b\u{FFFD}] [a\u{FFFD}b\u{FFFD}] [a\u{FFFD}b\u{FFFD}] none",
    );
    // Latin-1 looking bytes (obs-text) in a header value.
    c.send(b"GET /headers HTTP/1.1\r\nHost: x\r\nX-Custom: caf\xe9\r\n\r\n")
        .unwrap();
    assert_resp(
        &c.read_response().unwrap(),
        200,
        TEXT,
        "custom=[caf\u{FFFD}] [caf\u{FFFD}] [caf\u{FFFD}] none",
    );
    // Valid UTF-8 in a header value is kept.
    c.send("GET /headers HTTP/1.1\r\nHost: x\r\nX-Custom: naïve ✓\r\n\r\n".as_bytes())
        .unwrap();
    assert_resp(
        &c.read_response().unwrap(),
        200,
        TEXT,
        "custom=[naïve ✓] [naïve ✓] [naïve ✓] none",
    );
    // Bodies likewise.
    let r = c.request("POST", "/echo-info", &[], b"a\xff\xfeb");
    assert_resp(&r, 200, TEXT, "POST 4 a\u{FFFD}\u{FFFD}b");
    assert_healthy(&mut s);
}

#[test]
fn abrupt_disconnects_do_not_disturb_the_server() {
    let mut s = app(&[]);
    // Mid-body.
    for _ in 0..10 {
        let mut c = Conn::open(s.port);
        c.send(b"POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n")
            .unwrap();
        c.send(&[b'b'; 100]).unwrap();
        drop(c);
    }
    // Mid-head.
    for _ in 0..10 {
        let mut c = Conn::open(s.port);
        c.send(b"POST /echo HTTP/1.1\r\nHost: x\r\nContent-Le")
            .unwrap();
        drop(c);
    }
    // While the handler runs (it sleeps 300 ms, then answers nobody).
    for _ in 0..5 {
        let mut c = Conn::open(s.port);
        c.send(b"GET /slow?ms=300 HTTP/1.1\r\nHost: x\r\n\r\n")
            .unwrap();
        drop(c);
    }
    // Meanwhile and afterwards the server serves.
    assert_healthy(&mut s);
    std::thread::sleep(Duration::from_millis(400));
    let mut c = Conn::open(s.port);
    assert_resp(&c.get("/slow?ms=10"), 200, TEXT, "slept 10");
    assert_healthy(&mut s);
}

/// A client may send a complete request and then close its sending side
/// (`shutdown(SHUT_WR)`, as `nc -N` or `curl --http1.1` piped scripts do)
/// while it waits for the answer. The runtime drops such a connection
/// unanswered when the handler has not answered by the time the EOF is
/// read (hyper's `half_close` is off by default).
#[test]
fn a_complete_request_followed_by_a_half_close_is_still_answered() {
    let mut s = app(&[]);
    // A quick handler sometimes answers before the server notices the
    // half-close; one that takes 200 ms never does.
    let mut c = Conn::open(s.port);
    c.send(b"GET /slow?ms=200 HTTP/1.1\r\nHost: x\r\n\r\n")
        .unwrap();
    c.shutdown_write();
    let r = c.read_response();
    assert_healthy(&mut s);
    assert_resp(
        &r.expect("an answer before the close"),
        200,
        TEXT,
        "slept 200",
    );
}

// -------------------------------------------------------------------- load

#[test]
fn sleeping_handlers_run_concurrently() {
    let mut s = app(&[]);
    let port = s.port;
    let started = Instant::now();
    let threads: Vec<_> = (0..100)
        .map(|i| {
            std::thread::spawn(move || {
                let mut c = Conn::open(port);
                assert_resp(
                    &c.get(&format!("/slow?ms=500&n={i}")),
                    200,
                    TEXT,
                    "slept 500",
                );
            })
        })
        .collect();
    for t in threads {
        t.join().expect("client");
    }
    let took = started.elapsed();
    eprintln!("100 concurrent 500 ms handlers: {took:?}");
    assert!(
        took < Duration::from_secs(5),
        "100 handlers sleeping 500 ms took {took:?}"
    );
    assert_healthy(&mut s);
}

#[test]
fn a_busy_handler_does_not_hold_up_other_connections() {
    let mut s = app(&[]);
    let port = s.port;
    let busy = std::thread::spawn(move || {
        let mut c = Conn::open(port);
        assert_resp(&c.get("/spin?ms=1500"), 200, TEXT, "spun 1500");
    });
    std::thread::sleep(Duration::from_millis(200));
    let mut worst = Duration::ZERO;
    for i in 0..20 {
        let started = Instant::now();
        let mut c = Conn::open(port);
        assert_resp(
            &c.get(&format!("/users/{i}")),
            200,
            TEXT,
            &format!("user {i}"),
        );
        worst = worst.max(started.elapsed());
        std::thread::sleep(Duration::from_millis(20));
    }
    busy.join().expect("busy client");
    assert!(
        worst < Duration::from_millis(500),
        "a request took {worst:?} while another handler was busy"
    );
    assert_healthy(&mut s);
}

#[test]
fn ten_thousand_requests_over_a_hundred_connections() {
    let mut s = app(&[]);
    let port = s.port;
    let started = Instant::now();
    let threads: Vec<_> = (0..100)
        .map(|t| {
            std::thread::spawn(move || {
                let mut c = Conn::open(port);
                for i in 0..100 {
                    let r = c.get(&format!("/id?id=c{t}-r{i}+%C3%A9"));
                    assert_eq!(
                        (r.status, r.text()),
                        (200, format!("id=c{t}-r{i} é")),
                        "connection {t}, request {i}: {r:?}"
                    );
                    assert_eq!(r.content_type(), TEXT);
                }
            })
        })
        .collect();
    let mut failures = 0;
    for t in threads {
        if t.join().is_err() {
            failures += 1;
        }
    }
    eprintln!(
        "10,000 requests over 100 connections: {:?}",
        started.elapsed()
    );
    assert_eq!(failures, 0, "{failures} client threads failed");
    assert_healthy(&mut s);
}
