//! The WebSocket server of mesh-rt over real sockets: tests/ws/chat.mpl
//! is built and started (a WebSocket server plus an HTTP side door to act
//! and observe from outside), and spoken to with the synchronous
//! `tungstenite` client.

mod common;

use common::net::*;
use std::net::TcpStream;
use std::sync::{Arc, Barrier};
use std::time::{Duration, Instant};
use tungstenite::client::IntoClientRequest;
use tungstenite::http::HeaderValue;
use tungstenite::protocol::frame::coding::CloseCode;
use tungstenite::protocol::CloseFrame;
use tungstenite::{Message, WebSocket};

type Ws = WebSocket<TcpStream>;

struct Chat {
    server: Server,
    ws: u16,
    http: u16,
}

fn chat(env: &[(&str, &str)]) -> Chat {
    let exe = build("tests/ws/chat.mpl");
    let server = Server::start(&exe, env, &["WebSocket server listening on", "HTTP server listening on"]);
    let (ws, http) = (server.ports[0], server.ports[1]);
    Chat { server, ws, http }
}

/// Connects to `path` on `port` with extra headers; the handshake must
/// succeed.
fn connect_with(port: u16, path: &str, headers: &[(&str, &str)]) -> Ws {
    let mut req = format!("ws://127.0.0.1:{port}{path}").into_client_request().expect("request");
    for (n, v) in headers {
        req.headers_mut().insert(tungstenite::http::HeaderName::from_bytes(n.as_bytes()).unwrap(), HeaderValue::from_str(v).unwrap());
    }
    let stream = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    stream.set_read_timeout(Some(Duration::from_secs(15))).unwrap();
    stream.set_nodelay(true).unwrap();
    let (ws, resp) = tungstenite::client(req, stream).unwrap_or_else(|e| panic!("handshake on {path}: {e}"));
    assert_eq!(resp.status().as_u16(), 101);
    ws
}

/// The id in a greeting `hello conn=ID ...`.
fn greeting_id(hello: &str) -> u64 {
    hello.strip_prefix("hello conn=").and_then(|r| r.split(' ').next()).and_then(|n| n.parse().ok()).unwrap_or_else(|| panic!("greeting: {hello}"))
}

/// Connects to `path` and reads the greeting (and, for `/room/NAME`, the
/// join acknowledgement); returns the client and its connection id.
fn connect(port: u16, path: &str) -> (Ws, u64) {
    let mut ws = connect_with(port, path, &[]);
    let hello = next_text(&mut ws);
    let id = greeting_id(&hello);
    assert_eq!(hello, format!("hello conn={id} path={} test=-", path.split('?').next().unwrap()));
    if let Some(room) = path.strip_prefix("/room/") {
        assert_eq!(next_text(&mut ws), format!("joined:{room}:0"));
    }
    (ws, id)
}

impl Chat {
    fn connect_with(&self, path: &str, headers: &[(&str, &str)]) -> Ws {
        connect_with(self.ws, path, headers)
    }

    fn connect(&self, path: &str) -> (Ws, u64) {
        connect(self.ws, path)
    }

    fn post(&self, path: &str, body: &str) -> String {
        let r = Conn::open(self.http).request("POST", path, &[], body.as_bytes());
        assert_eq!(r.status, 200, "{r:?}");
        r.text()
    }

    fn get(&self, path: &str) -> String {
        let r = Conn::open(self.http).get(path);
        assert_eq!(r.status, 200, "{r:?}");
        r.text()
    }

    /// The server still accepts a connection and echoes on it.
    fn assert_healthy(&mut self) {
        self.server.assert_running();
        let (mut ws, _) = self.connect("/health");
        send(&mut ws, "still here");
        assert_eq!(next_text(&mut ws), "echo:still here");
        let _ = ws.close(None);
    }
}

fn send(ws: &mut Ws, text: &str) {
    ws.send(Message::text(text.to_string())).unwrap_or_else(|e| panic!("send {text:?}: {e}"));
}

/// The next data message (pings and pongs skipped); panics on a close.
fn next_msg(ws: &mut Ws) -> Message {
    loop {
        match ws.read() {
            Ok(Message::Ping(_)) | Ok(Message::Pong(_)) => continue,
            Ok(Message::Close(f)) => panic!("closed by the server: {f:?}"),
            Ok(m) => return m,
            Err(e) => panic!("read: {e}"),
        }
    }
}

fn next_text(ws: &mut Ws) -> String {
    match next_msg(ws) {
        Message::Text(t) => t.as_str().to_string(),
        m => panic!("expected a text message, got {m:?}"),
    }
}

/// Reads until the server's close frame: its code and reason.
fn expect_close(ws: &mut Ws) -> (u16, String) {
    loop {
        match ws.read() {
            Ok(Message::Close(Some(CloseFrame { code, reason }))) => return (u16::from(code), reason.as_str().to_string()),
            Ok(Message::Close(None)) => return (1005, String::new()),
            Ok(Message::Ping(_)) | Ok(Message::Pong(_)) => continue,
            Ok(m) => panic!("expected a close, got {m:?}"),
            Err(e) => panic!("expected a close frame, got {e}"),
        }
    }
}

/// No data message arrives on `ws` within `within` (pings, answered by
/// reading, and pongs do not count).
fn silent(ws: &mut Ws, within: Duration) -> Result<(), Message> {
    let deadline = Instant::now() + within;
    let r = loop {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            break Ok(());
        }
        ws.get_mut().set_read_timeout(Some(left)).unwrap();
        match ws.read() {
            Ok(Message::Ping(_)) | Ok(Message::Pong(_)) => continue,
            Ok(m) => break Err(m),
            Err(tungstenite::Error::Io(e)) if matches!(e.kind(), std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut) => break Ok(()),
            Err(e) => panic!("read: {e}"),
        }
    };
    ws.get_mut().set_read_timeout(Some(Duration::from_secs(15))).unwrap();
    r
}

/// Waits for `line` among the recorded closes.
fn wait_close_record(c: &Chat, line: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let closes = c.get("/closes");
        if closes.lines().any(|l| l == line) || Instant::now() > deadline {
            return closes;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

// ---------------------------------------------------------------- tests

#[test]
fn the_handshake_passes_path_and_headers_to_on_connect() {
    let mut c = chat(&[]);
    let mut ws = c.connect_with("/room/lobby?x=1&y=2", &[("X-Test", "abc"), ("X-Other", "zzz")]);
    let hello = next_text(&mut ws);
    let id = greeting_id(&hello);
    // The path excludes the query; header names arrive lower-cased.
    assert_eq!(hello, format!("hello conn={id} path=/room/lobby test=abc"));
    assert_eq!(next_text(&mut ws), "joined:lobby:0");
    // Connection ids are distinct.
    let (mut other, other_id) = c.connect("/plain");
    assert_ne!(id, other_id);
    send(&mut ws, "whoami");
    assert_eq!(next_text(&mut ws), format!("conn={id}"));
    send(&mut other, "whoami");
    assert_eq!(next_text(&mut other), format!("conn={other_id}"));
    assert_eq!(c.get("/counts"), "connects=2 closes=0");
    c.assert_healthy();
}

#[test]
fn echo_of_text_and_binary_frames_in_order() {
    let mut c = chat(&[]);
    let (mut ws, _) = c.connect("/echo");
    for text in ["hello", "", "ünïcödé ✓ 🦀", "with:colons:inside", &"long ".repeat(20_000)] {
        send(&mut ws, text);
        assert_eq!(next_text(&mut ws), format!("echo:{text}"));
    }
    // Binary frames reach on_message as text (invalid UTF-8 replaced); the
    // answer is a text frame.
    ws.send(Message::binary(b"bin data".to_vec())).unwrap();
    assert_eq!(next_msg(&mut ws), Message::text("echo:bin data"));
    ws.send(Message::binary(b"bad \xff\xfe utf8".to_vec())).unwrap();
    assert_eq!(next_text(&mut ws), "echo:bad \u{FFFD}\u{FFFD} utf8");
    // A ping is answered with a pong carrying the same payload.
    ws.send(Message::Ping(b"are you there".to_vec().into())).unwrap();
    loop {
        match ws.read().expect("a pong") {
            Message::Pong(p) => {
                assert_eq!(&p[..], b"are you there");
                break;
            }
            m => panic!("expected a pong, got {m:?}"),
        }
    }
    // Many messages written at once are handled one at a time, in order.
    for i in 0..300 {
        ws.write(Message::text(format!("m{i}"))).unwrap();
    }
    ws.flush().unwrap();
    for i in 0..300 {
        assert_eq!(next_text(&mut ws), format!("echo:m{i}"));
    }
    // Messages sent right after the handshake wait for on_connect.
    let mut fresh = c.connect_with("/eager", &[]);
    for i in 0..20 {
        fresh.write(Message::text(format!("early {i}"))).unwrap();
    }
    fresh.flush().unwrap();
    assert!(next_text(&mut fresh).starts_with("hello conn="));
    for i in 0..20 {
        assert_eq!(next_text(&mut fresh), format!("echo:early {i}"));
    }
    c.assert_healthy();
}

#[test]
fn rooms_join_leave_broadcast_and_broadcast_except() {
    let mut c = chat(&[]);
    let (mut a, _) = c.connect("/room/r");
    let (mut b, _) = c.connect("/x");
    let (mut outsider, outsider_id) = c.connect("/y");
    send(&mut b, "join:r");
    assert_eq!(next_text(&mut b), "joined:r:0");
    // Joining twice is harmless (no double delivery below).
    send(&mut b, "join:r");
    assert_eq!(next_text(&mut b), "joined:r:0");

    // A broadcast reaches every member, the sender included, once.
    send(&mut a, "say:r:one");
    assert_eq!(next_text(&mut a), "one");
    assert_eq!(next_text(&mut a), "said:0");
    assert_eq!(next_text(&mut b), "one");
    send(&mut b, "whoami");
    assert!(next_text(&mut b).starts_with("conn="), "b got `one` twice");
    // ...and nobody else: the outsider's next message is its own answer.
    send(&mut outsider, "whoami");
    assert_eq!(next_text(&mut outsider), format!("conn={outsider_id}"));

    // broadcast_except skips the given connection.
    send(&mut outsider, "join:r");
    assert_eq!(next_text(&mut outsider), "joined:r:0");
    send(&mut a, "shout:r:two");
    assert_eq!(next_text(&mut a), "shouted:0");
    assert_eq!(next_text(&mut b), "two");
    assert_eq!(next_text(&mut outsider), "two");

    // After leaving, b no longer receives.
    send(&mut b, "leave:r");
    assert_eq!(next_text(&mut b), "left:r:0");
    send(&mut a, "say:r:three");
    assert_eq!(next_text(&mut a), "three");
    assert_eq!(next_text(&mut a), "said:0");
    assert_eq!(next_text(&mut outsider), "three");
    send(&mut b, "whoami");
    assert!(next_text(&mut b).starts_with("conn="), "b still got a broadcast after leaving");
    // Leaving a room one is not in, and broadcasting to an empty room.
    send(&mut b, "leave:nowhere");
    assert_eq!(next_text(&mut b), "left:nowhere:0");
    send(&mut b, "say:empty:nobody hears");
    assert_eq!(next_text(&mut b), "said:0");
    // Broadcasts from outside a connection (an HTTP handler) too.
    assert_eq!(c.post("/broadcast/r", "from http"), "failed=0");
    assert_eq!(next_text(&mut a), "from http");
    assert_eq!(next_text(&mut outsider), "from http");
    assert_eq!(silent(&mut b, Duration::from_millis(200)), Ok(()));
    // Rooms are independent.
    send(&mut b, "join:other");
    assert_eq!(next_text(&mut b), "joined:other:0");
    assert_eq!(c.post("/broadcast/other", "only b"), "failed=0");
    assert_eq!(next_text(&mut b), "only b");
    assert_eq!(silent(&mut a, Duration::from_millis(200)), Ok(()));
    c.assert_healthy();
}

#[test]
fn a_broadcast_reaches_each_of_a_thousand_clients_exactly_once() {
    const THREADS: usize = 20;
    const PER_THREAD: usize = 50;
    let mut c = chat(&[]);
    let port = c.ws;
    let started = Instant::now();
    let ready = Arc::new(Barrier::new(THREADS + 1));
    let sent = Arc::new(Barrier::new(THREADS + 1));
    let threads: Vec<_> = (0..THREADS)
        .map(|_| {
            let (ready, sent) = (ready.clone(), sent.clone());
            std::thread::spawn(move || {
                let mut clients: Vec<Ws> = (0..PER_THREAD).map(|_| connect(port, "/room/all").0).collect();
                ready.wait();
                // (the main thread checks the counts here)
                ready.wait();
                sent.wait();
                for (i, ws) in clients.iter_mut().enumerate() {
                    assert_eq!(next_text(ws), "first", "client {i}");
                }
                ready.wait();
                sent.wait();
                for (i, ws) in clients.iter_mut().enumerate() {
                    // Not the first broadcast again: exactly once.
                    assert_eq!(next_text(ws), "second", "client {i}");
                }
                clients.len()
            })
        })
        .collect();
    ready.wait();
    let joined = started.elapsed();
    assert_eq!(c.get("/counts"), "connects=1000 closes=0");
    ready.wait();
    let t = Instant::now();
    assert_eq!(c.post("/broadcast/all", "first"), "failed=0");
    sent.wait();
    ready.wait();
    let first = t.elapsed();
    assert_eq!(c.post("/broadcast/all", "second"), "failed=0");
    sent.wait();
    let mut total = 0;
    for t in threads {
        total += t.join().expect("client thread");
    }
    eprintln!("1,000 clients: connected and joined in {joined:?}, first broadcast delivered in {first:?}, total {:?}", started.elapsed());
    assert_eq!(total, 1000);
    c.assert_healthy();
}

#[test]
fn a_message_over_16_mib_closes_with_1009() {
    let mut c = chat(&[]);
    let (mut w, _) = c.connect("/room/watchers");
    let (mut ws, id) = c.connect("/big");
    // Exactly 16 MiB is accepted.
    let mut text = String::from("len:");
    text.push_str(&"x".repeat(16 * 1024 * 1024 - 4));
    send(&mut ws, &text);
    assert_eq!(next_text(&mut ws), format!("len={}", 16 * 1024 * 1024));
    // One byte more is not.
    text.push('x');
    let _ = ws.send(Message::text(text));
    assert_eq!(expect_close(&mut ws), (1009, "message too big".to_string()));
    assert_eq!(next_text(&mut w), format!("closed:{id}:1009:message too big"));
    assert_eq!(c.post(&format!("/send/{id}"), "gone?"), "sent=-1");
    // A frame header alone announcing 17 MiB is refused before its payload.
    let (mut ws, id) = c.connect("/big-header");
    {
        use std::io::Write;
        let mut frame = vec![0x82u8, 0x80 | 127];
        frame.extend_from_slice(&(17u64 * 1024 * 1024).to_be_bytes());
        frame.extend_from_slice(&[9, 9, 9, 9]);
        ws.get_mut().write_all(&frame).unwrap();
    }
    assert_eq!(expect_close(&mut ws), (1009, "message too big".to_string()));
    assert_eq!(next_text(&mut w), format!("closed:{id}:1009:message too big"));
    c.assert_healthy();
}

#[test]
fn an_abrupt_disconnect_runs_on_close_and_leaves_the_rooms() {
    let mut c = chat(&[]);
    let (mut watcher, _) = c.connect("/room/watchers");
    let (mut stay, _) = c.connect("/room/r");
    let (gone, gone_id) = c.connect("/room/r");
    // Drop the TCP connection without a close frame.
    drop(gone);
    assert_eq!(next_text(&mut watcher), format!("closed:{gone_id}:1006:connection lost"));
    let closes = wait_close_record(&c, &format!("{gone_id}:1006:connection lost"));
    assert_eq!(closes, format!("{gone_id}:1006:connection lost"));
    // Its rooms were left and it is gone for Ws.send and Ws.join.
    assert_eq!(c.post("/broadcast/r", "after the drop"), "failed=0");
    assert_eq!(next_text(&mut stay), "after the drop");
    assert_eq!(c.post(&format!("/send/{gone_id}"), "anyone?"), "sent=-1");
    assert_eq!(c.post(&format!("/join/{gone_id}/r"), ""), "joined=-1");
    // Dropped mid-frame: a frame header promising more than arrives.
    let mut half = c.connect_with("/half", &[]);
    let half_id = greeting_id(&next_text(&mut half));
    {
        use std::io::Write;
        // A masked text frame announcing 100 bytes, then 10 of them.
        let mut frame = vec![0x81u8, 0x80 | 100, 1, 2, 3, 4];
        frame.extend_from_slice(&[b'a'; 10]);
        half.get_mut().write_all(&frame).unwrap();
    }
    drop(half);
    assert_eq!(next_text(&mut watcher), format!("closed:{half_id}:1006:connection lost"));
    // The rest carry on.
    send(&mut stay, "still");
    assert_eq!(next_text(&mut stay), "echo:still");
    c.assert_healthy();
}

#[test]
fn a_clean_close_from_the_client_reaches_on_close() {
    let mut c = chat(&[]);
    let (mut watcher, _) = c.connect("/room/watchers");
    let (mut ws, id) = c.connect("/room/r");
    ws.close(Some(CloseFrame { code: CloseCode::Normal, reason: "bye".into() })).unwrap();
    // The server answers the close.
    loop {
        match ws.read() {
            Ok(Message::Close(f)) => {
                let f = f.expect("a close frame with a code");
                assert_eq!(u16::from(f.code), 1000);
                break;
            }
            Ok(_) => continue,
            Err(e) => panic!("no close reply: {e}"),
        }
    }
    assert_eq!(next_text(&mut watcher), format!("closed:{id}:1000:bye"));
    assert_eq!(c.post("/broadcast/r", "x"), "failed=0");
    assert_eq!(c.post(&format!("/send/{id}"), "x"), "sent=-1");
    c.assert_healthy();
}

#[test]
fn on_connect_returning_0_rejects_with_1008() {
    let mut c = chat(&[]);
    let mut ws = c.connect_with("/reject", &[]);
    assert_eq!(expect_close(&mut ws), (1008, "rejected".to_string()));
    let mut ws = c.connect_with("/fine-path", &[("X-Reject", "yes")]);
    assert_eq!(expect_close(&mut ws), (1008, "rejected".to_string()));
    // Rejected connections never counted as connected.
    assert_eq!(c.get("/counts"), "connects=0 closes=0");
    c.assert_healthy();
}

#[test]
fn a_crashing_handler_closes_its_connection_with_1011_only() {
    let mut c = chat(&[]);
    let (mut other, _) = c.connect("/room/r");
    let (mut ws, id) = c.connect("/room/r");
    send(&mut ws, "crash");
    assert_eq!(expect_close(&mut ws), (1011, "internal error".to_string()));
    assert!(c.server.wait_stderr("index 5 out of bounds", Duration::from_secs(5)), "{}", c.server.stderr());
    // The crashed connection left its rooms; the other one is untouched.
    assert_eq!(c.post("/broadcast/r", "after the crash"), "failed=0");
    assert_eq!(next_text(&mut other), "after the crash");
    assert_eq!(c.post(&format!("/send/{id}"), "x"), "sent=-1");
    send(&mut other, "fine");
    assert_eq!(next_text(&mut other), "echo:fine");
    // Many crashes in a row.
    for _ in 0..20 {
        let (mut ws, _) = c.connect("/crashing");
        send(&mut ws, "crash");
        assert_eq!(expect_close(&mut ws).0, 1011);
    }
    c.assert_healthy();
}

#[test]
fn a_client_that_never_answers_pings_is_closed_with_1001() {
    let mut c = chat(&[("MESH_WS_PING_MS", "200"), ("MESH_WS_PONG_MS", "300")]);
    let (mut watcher, _) = c.connect("/room/watchers");
    // This client never reads, so it never answers a ping.
    let (deaf, deaf_id) = c.connect("/deaf");
    // The watcher reads (answering pings) and outlives several rounds.
    let started = Instant::now();
    assert_eq!(next_text(&mut watcher), format!("closed:{deaf_id}:1001:no pong"));
    let took = started.elapsed();
    assert!(took >= Duration::from_millis(400) && took < Duration::from_secs(5), "closed after {took:?}");
    drop(deaf);
    // Reading (so answering pings) for 1.2 s: still connected afterwards.
    assert_eq!(silent(&mut watcher, Duration::from_millis(1200)), Ok(()));
    send(&mut watcher, "alive");
    assert_eq!(next_text(&mut watcher), "echo:alive");
    c.assert_healthy();
}

#[test]
fn non_websocket_traffic_on_the_websocket_port_is_refused_harmlessly() {
    use std::io::{Read, Write};
    let mut c = chat(&[("MESH_WS_HANDSHAKE_MS", "500")]);
    for bytes in [
        &b"GET / HTTP/1.1\r\nHost: x\r\n\r\n"[..],
        b"garbage\r\n\r\n",
        b"\x00\x01\x02\x03",
        b"GET /chat HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n",
        b"GET /chat HTTP/1.1\r\n",
    ] {
        let mut s = TcpStream::connect(("127.0.0.1", c.ws)).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
        s.write_all(bytes).unwrap();
        let mut out = Vec::new();
        let started = Instant::now();
        let _ = s.read_to_end(&mut out);
        assert!(started.elapsed() < Duration::from_secs(4), "{:?}: the connection was not closed", String::from_utf8_lossy(bytes));
        let text = String::from_utf8_lossy(&out);
        assert!(!text.starts_with("HTTP/1.1 101"), "{:?} was upgraded: {text}", String::from_utf8_lossy(bytes));
    }
    // A connection that says nothing is dropped after the handshake time.
    let mut s = TcpStream::connect(("127.0.0.1", c.ws)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    let started = Instant::now();
    let _ = s.read_to_end(&mut Vec::new());
    assert!(started.elapsed() < Duration::from_secs(4));
    assert_eq!(c.get("/counts"), "connects=0 closes=0");
    c.assert_healthy();
}

#[test]
fn a_hundred_clients_echo_concurrently() {
    let mut c = chat(&[]);
    let port = c.ws;
    let threads: Vec<_> = (0..100)
        .map(|t| {
            std::thread::spawn(move || {
                let (mut ws, id) = connect(port, &format!("/c{t}"));
                for i in 0..50 {
                    send(&mut ws, &format!("{t}/{i}"));
                    assert_eq!(next_text(&mut ws), format!("echo:{t}/{i}"), "connection {id}");
                }
                ws.close(None).unwrap();
                loop {
                    match ws.read() {
                        Ok(_) => continue,
                        Err(_) => break,
                    }
                }
            })
        })
        .collect();
    for t in threads {
        t.join().expect("client");
    }
    let deadline = Instant::now() + Duration::from_secs(10);
    while c.get("/counts") != "connects=100 closes=100" && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    assert_eq!(c.get("/counts"), "connects=100 closes=100");
    let closes = c.get("/closes");
    assert!(closes.lines().all(|l| l.ends_with(":1005:")), "{closes}");
    c.assert_healthy();
}

#[test]
fn broken_frames_close_with_1002_and_bad_text_with_1007() {
    use std::io::Write;
    let mut c = chat(&[]);
    let (mut watcher, _) = c.connect("/room/watchers");
    // A client frame without a mask is a protocol error.
    let (mut ws, id) = c.connect("/unmasked");
    ws.get_mut().write_all(&[0x81, 0x02, b'h', b'i']).unwrap();
    assert_eq!(expect_close(&mut ws).0, 1002);
    assert_eq!(next_text(&mut watcher), format!("closed:{id}:1002:protocol error"));
    // A text frame that is not UTF-8 (masked with a zero key).
    let (mut ws, id) = c.connect("/bad-utf8");
    ws.get_mut().write_all(&[0x81, 0x82, 0, 0, 0, 0, 0xff, 0xfe]).unwrap();
    assert_eq!(expect_close(&mut ws).0, 1007);
    assert_eq!(next_text(&mut watcher), format!("closed:{id}:1007:invalid UTF-8"));
    c.assert_healthy();
}
