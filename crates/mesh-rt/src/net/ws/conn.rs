//! One WebSocket connection: a task on the I/O runtime does the handshake
//! and then all socket work (frames in, the send queue out, ping every
//! 30 s, close 1001 when no pong comes in 10 s); an actor on the scheduler
//! runs the Mesh callbacks in order: `on_connect` after the handshake
//! (0 rejects: close 1008), `on_message` per text or binary frame,
//! `on_close` once. A crash of the actor closes with 1011; either way
//! the connection leaves its rooms.

use super::rooms::{self, Out};
use crate::abi::Ctx;
use crate::actor::Exit;
use crate::copy::{copy_in, Fragment};
use crate::desc::mesh_desc_string;
use crate::value::new_str;
use futures_util::{SinkExt, StreamExt};
use std::collections::VecDeque;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::mpsc;
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;
use tokio_tungstenite::tungstenite::protocol::{CloseFrame, WebSocketConfig};
use tokio_tungstenite::tungstenite::error::ProtocolError;
use tokio_tungstenite::tungstenite::{Error as WsError, Message};

/// The three callbacks, flattened once at `Ws.serve`.
pub struct Callbacks {
    pub on_connect: Fragment,
    pub on_message: Fragment,
    pub on_close: Fragment,
}

/// Largest message (and frame) accepted: bigger closes with 1009.
pub const MAX_MESSAGE: usize = 16 * 1024 * 1024;

fn env_ms(name: &str, default: u64) -> Duration {
    Duration::from_millis(std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default))
}

static NEXT_CONN: AtomicU64 = AtomicU64::new(1);

/// What the socket task tells the connection's actor.
enum Event {
    Text(String),
    Closed(u16, String),
}

struct Job {
    cbs: Arc<Callbacks>,
    id: u64,
    path: String,
    headers: Vec<(String, String)>,
    events: Arc<Mutex<VecDeque<Event>>>,
}

/// Serves one accepted TCP connection.
pub async fn serve(stream: tokio::net::TcpStream, cbs: Arc<Callbacks>) {
    let _ = stream.set_nodelay(true);
    let mut seen: Option<(String, Vec<(String, String)>)> = None;
    let config = WebSocketConfig::default().max_message_size(Some(MAX_MESSAGE)).max_frame_size(Some(MAX_MESSAGE));
    let callback = |req: &tokio_tungstenite::tungstenite::handshake::server::Request, resp| {
        let headers = req.headers().iter().map(|(n, v)| (n.as_str().to_string(), String::from_utf8_lossy(v.as_bytes()).into_owned())).collect();
        seen = Some((req.uri().path().to_string(), headers));
        Ok(resp)
    };
    let handshake = tokio_tungstenite::accept_hdr_async_with_config(stream, callback, Some(config));
    let Ok(Ok(mut ws)) = tokio::time::timeout(env_ms("MESH_WS_HANDSHAKE_MS", 10_000), handshake).await else { return };
    let Some((path, headers)) = seen else { return };
    let id = NEXT_CONN.fetch_add(1, Ordering::Relaxed);
    let (tx, mut rx) = mpsc::channel(rooms::QUEUE);
    rooms::add(id, tx.clone());
    let events = Arc::new(Mutex::new(VecDeque::new()));
    let job = Job { cbs, id, path, headers, events: events.clone() };
    let on_exit = Box::new(move |exit: &Exit, _: Option<&mut (dyn std::any::Any + Send)>| {
        if !exit.is_normal() {
            let _ = tx.try_send(Out::Close(1011, "internal error".into()));
        }
        rooms::remove(id);
    });
    let Some(p) = crate::sched::spawn_native(Box::new(job), |ctx| unsafe { run_actor(ctx) }, on_exit) else {
        rooms::remove(id);
        let _ = ws.close(Some(CloseFrame { code: CloseCode::Again, reason: "server busy".into() })).await;
        return;
    };
    let pid = p.pid;
    crate::sched::run_here(p);
    let tell = |e: Event| {
        events.lock().unwrap_or_else(|e| e.into_inner()).push_back(e);
        crate::sched::io_wake_here(pid);
    };
    let (ping_every, pong_within) = (env_ms("MESH_WS_PING_MS", 30_000), env_ms("MESH_WS_PONG_MS", 10_000));
    let mut next_ping = tokio::time::Instant::now() + ping_every;
    let mut pong_due: Option<tokio::time::Instant> = None;
    // One timer for the connection, moved only when its deadline changes
    // (a new one per message would cost a timer-wheel insert each).
    let timer = tokio::time::sleep_until(next_ping);
    tokio::pin!(timer);
    loop {
        let deadline = pong_due.unwrap_or(next_ping);
        if timer.deadline() != deadline {
            timer.as_mut().reset(deadline);
        }
        tokio::select! {
            frame = ws.next() => match frame {
                Some(Ok(Message::Text(t))) => tell(Event::Text(t.as_str().to_string())),
                Some(Ok(Message::Binary(b))) => tell(Event::Text(String::from_utf8_lossy(&b).into_owned())),
                Some(Ok(Message::Pong(_))) => pong_due = None,
                Some(Ok(Message::Ping(_))) => { let _ = ws.flush().await; }
                Some(Ok(Message::Close(f))) => {
                    let (code, reason) = f.map(|f| (u16::from(f.code), f.reason.as_str().to_string())).unwrap_or((1005, String::new()));
                    tell(Event::Closed(code, reason));
                    let _ = ws.flush().await;
                    break;
                }
                Some(Ok(Message::Frame(_))) => {}
                Some(Err(WsError::Capacity(_))) => {
                    tell(Event::Closed(1009, "message too big".into()));
                    let _ = ws.close(Some(CloseFrame { code: CloseCode::Size, reason: "message too big".into() })).await;
                    break;
                }
                Some(Err(WsError::Protocol(ProtocolError::ResetWithoutClosingHandshake))) | Some(Err(WsError::ConnectionClosed)) | Some(Err(WsError::Io(_))) | None => {
                    tell(Event::Closed(1006, "connection lost".into()));
                    break;
                }
                Some(Err(e @ (WsError::Protocol(_) | WsError::Utf8(_)))) => {
                    // A broken frame (unmasked, reserved opcode) or text
                    // that is not UTF-8: 1002 or 1007, as RFC 6455 says.
                    let (code, reason) = if matches!(e, WsError::Utf8(_)) { (CloseCode::Invalid, "invalid UTF-8") } else { (CloseCode::Protocol, "protocol error") };
                    tell(Event::Closed(code.into(), reason.into()));
                    let _ = tokio::time::timeout(Duration::from_secs(1), ws.close(Some(CloseFrame { code, reason: reason.into() }))).await;
                    break;
                }
                Some(Err(_)) => {
                    tell(Event::Closed(1006, "connection lost".into()));
                    break;
                }
            },
            out = rx.recv() => match out {
                Some(Out::Text(t)) => {
                    if ws.send(Message::Text(t)).await.is_err() {
                        tell(Event::Closed(1006, "connection lost".into()));
                        break;
                    }
                }
                Some(Out::Close(code, reason)) => {
                    tell(Event::Closed(code, reason.clone()));
                    let _ = tokio::time::timeout(Duration::from_secs(5), ws.close(Some(CloseFrame { code: CloseCode::from(code), reason: reason.into() }))).await;
                    break;
                }
                None => break,
            },
            _ = &mut timer => {
                if pong_due.is_some() {
                    tell(Event::Closed(1001, "no pong".into()));
                    let _ = tokio::time::timeout(Duration::from_secs(5), ws.close(Some(CloseFrame { code: CloseCode::Away, reason: "no pong".into() }))).await;
                    break;
                }
                let _ = ws.send(Message::Ping(Vec::new().into())).await;
                pong_due = Some(tokio::time::Instant::now() + pong_within);
                next_ping = tokio::time::Instant::now() + ping_every;
            }
        }
    }
    rooms::remove(id);
}

/// The body of a connection's actor.
unsafe fn run_actor(ctx: *mut Ctx) {
    let job: &mut Job = crate::sched::native_state(ctx).expect("a WebSocket job");
    let id = job.id;
    let prog = crate::entry::program();
    // The callbacks are copied in once; locals are roots for the collector.
    let on_connect = copy_in(ctx, &job.cbs.on_connect);
    let on_message = copy_in(ctx, &job.cbs.on_message);
    let on_close = copy_in(ctx, &job.cbs.on_close);
    let path = new_str(ctx, &job.path);
    let headers = headers_map(ctx, &job.headers);
    if (prog.call3)(ctx, on_connect, id, path, headers) == 0 {
        rooms::send(id, Out::Close(1008, "rejected".into()));
        return;
    }
    loop {
        let job: &mut Job = crate::sched::native_state(ctx).expect("a WebSocket job");
        let ev = job.events.lock().unwrap_or_else(|e| e.into_inner()).pop_front();
        // Rust strings are dropped before Mesh code runs: a crash there
        // drops the stack without unwinding.
        match ev {
            None => crate::net::park_io(ctx),
            Some(Event::Text(t)) => {
                let s = new_str(ctx, &t);
                drop(t);
                (prog.call2)(ctx, on_message, id, s);
            }
            Some(Event::Closed(code, reason)) => {
                let s = new_str(ctx, &reason);
                drop(reason);
                (prog.call3)(ctx, on_close, id, code as u64, s);
                return;
            }
        }
    }
}

unsafe fn headers_map(ctx: *mut Ctx, headers: &[(String, String)]) -> u64 {
    let d: &'static crate::abi::TypeDesc = &mesh_desc_string;
    let mut m = crate::map::new_map(ctx, d, d);
    for (n, v) in headers {
        let k = new_str(ctx, n);
        let v = new_str(ctx, v);
        m = crate::map::map_put(ctx, m, k, v, d, d);
    }
    m
}
