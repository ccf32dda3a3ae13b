//! The axum peer of bench/http/hello.mpl and bench/http/ws_bcast.mpl.
//!
//!     axum-peer HTTP_PORT [WS_PORT]
//!
//! HTTP on 127.0.0.1:HTTP_PORT (tokio, exactly 2 worker threads):
//!   GET /text -> 200 `Hello, World!`, content-type text/plain; charset=utf-8
//!   GET /json -> 200 `{"message":"Hello, World!"}`, content-type application/json
//! WebSocket on 127.0.0.1:WS_PORT (any path), doing what ws_bcast.mpl does:
//! every connection joins one room; a text message received from any
//! connection is sent to every member of the room (the sender included).
//! Each connection has its own writer task fed by an unbounded channel,
//! like a Mesh connection process with its mailbox (the axum chat example's
//! shape); a broadcast walks the room and queues the message on each
//! member's channel.
//!
//! Prints `listening` to stderr once every listener is bound.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use axum::extract::ws::{Message, WebSocket, WebSocketUpgrade};
use axum::extract::State;
use axum::http::header::CONTENT_TYPE;
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;
use futures_util::{SinkExt, StreamExt};
use tokio::sync::mpsc;

async fn text() -> impl IntoResponse {
    ([(CONTENT_TYPE, "text/plain; charset=utf-8")], "Hello, World!")
}

async fn json() -> impl IntoResponse {
    ([(CONTENT_TYPE, "application/json")], r#"{"message":"Hello, World!"}"#)
}

/// The room "bench": connection id -> the connection's outgoing queue.
#[derive(Default)]
struct Room {
    next_id: AtomicU64,
    members: Mutex<HashMap<u64, mpsc::UnboundedSender<Message>>>,
}

async fn ws_upgrade(ws: WebSocketUpgrade, State(room): State<Arc<Room>>) -> impl IntoResponse {
    ws.on_upgrade(move |socket| connection(socket, room))
}

async fn connection(socket: WebSocket, room: Arc<Room>) {
    let id = room.next_id.fetch_add(1, Ordering::Relaxed);
    let (tx, mut rx) = mpsc::unbounded_channel::<Message>();
    room.members.lock().unwrap().insert(id, tx);
    let (mut sink, mut stream) = socket.split();
    let writer = tokio::spawn(async move {
        while let Some(msg) = rx.recv().await {
            if sink.send(msg).await.is_err() {
                break;
            }
        }
    });
    while let Some(Ok(msg)) = stream.next().await {
        match msg {
            Message::Text(t) => {
                let members = room.members.lock().unwrap();
                for m in members.values() {
                    let _ = m.send(Message::Text(t.clone()));
                }
            }
            Message::Close(_) => break,
            _ => {}
        }
    }
    room.members.lock().unwrap().remove(&id);
    writer.abort();
}

fn main() {
    let mut args = std::env::args().skip(1);
    let port: u16 = match args.next().and_then(|a| a.parse().ok()) {
        Some(p) => p,
        None => {
            eprintln!("usage: axum-peer HTTP_PORT [WS_PORT]");
            std::process::exit(2);
        }
    };
    let ws_port: Option<u16> = args.next().map(|a| a.parse().expect("WS_PORT: a port number"));
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("tokio runtime");
    rt.block_on(async move {
        let app = Router::new().route("/text", get(text)).route("/json", get(json));
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await.expect("bind HTTP port");
        let ws_server = match ws_port {
            Some(p) => {
                let ws_app = Router::new().fallback(ws_upgrade).with_state(Arc::new(Room::default()));
                let l = tokio::net::TcpListener::bind(("127.0.0.1", p)).await.expect("bind WS port");
                Some(tokio::spawn(async move { axum::serve(l, ws_app).await }))
            }
            None => None,
        };
        eprintln!("listening");
        axum::serve(listener, app).await.expect("serve");
        if let Some(s) = ws_server {
            let _ = s.await;
        }
    });
}
