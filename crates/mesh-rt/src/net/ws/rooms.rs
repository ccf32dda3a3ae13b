//! Live WebSocket connections by id, and rooms: what `Ws.send`, `Ws.join`,
//! `Ws.leave` and `Ws.broadcast` act on. Sending never waits: each
//! connection has a bounded queue to its socket writer, and a message
//! that does not fit (a client too slow to read) is dropped for that
//! client and counted as a failure, so one slow client cannot hold up a
//! broadcast to the others.

use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::{Arc, LazyLock, Mutex, MutexGuard};
use tokio::sync::mpsc;

/// What a connection's writer sends.
pub enum Out {
    Text(tokio_tungstenite::tungstenite::Utf8Bytes),
    /// Close with this code and reason, then stop.
    Close(u16, String),
}

/// Messages waiting for one slow client before more are dropped.
pub const QUEUE: usize = 1024;

pub struct Conn {
    pub tx: mpsc::Sender<Out>,
    rooms: Mutex<Vec<String>>,
}

#[derive(Default)]
struct Tables {
    conns: FxHashMap<u64, Arc<Conn>>,
    rooms: FxHashMap<String, FxHashSet<u64>>,
}

static TABLES: LazyLock<Mutex<Tables>> = LazyLock::new(|| Mutex::new(Tables::default()));

fn tables() -> MutexGuard<'static, Tables> {
    TABLES.lock().unwrap_or_else(|e| e.into_inner())
}

/// Registers connection `id`.
pub fn add(id: u64, tx: mpsc::Sender<Out>) {
    tables().conns.insert(id, Arc::new(Conn { tx, rooms: Mutex::new(Vec::new()) }));
}

/// Forgets connection `id` and takes it out of every room.
pub fn remove(id: u64) {
    let mut t = tables();
    if let Some(c) = t.conns.remove(&id) {
        for room in c.rooms.lock().unwrap_or_else(|e| e.into_inner()).drain(..) {
            if let Some(m) = t.rooms.get_mut(&room) {
                m.remove(&id);
                if m.is_empty() {
                    t.rooms.remove(&room);
                }
            }
        }
    }
}

fn conn(id: u64) -> Option<Arc<Conn>> {
    tables().conns.get(&id).cloned()
}

/// Queues a message for `id`; false when it is gone or its queue is full.
pub fn send(id: u64, out: Out) -> bool {
    conn(id).is_some_and(|c| c.tx.try_send(out).is_ok())
}

pub fn join(id: u64, room: &str) -> bool {
    let mut t = tables();
    let Some(c) = t.conns.get(&id).cloned() else { return false };
    if t.rooms.entry(room.to_string()).or_default().insert(id) {
        c.rooms.lock().unwrap_or_else(|e| e.into_inner()).push(room.to_string());
    }
    true
}

pub fn leave(id: u64, room: &str) -> bool {
    let mut t = tables();
    let Some(c) = t.conns.get(&id).cloned() else { return false };
    if let Some(m) = t.rooms.get_mut(room) {
        m.remove(&id);
        if m.is_empty() {
            t.rooms.remove(room);
        }
    }
    c.rooms.lock().unwrap_or_else(|e| e.into_inner()).retain(|r| r != room);
    true
}

/// Sends `text` to every member of `room` but `except`; the number of
/// members it could not be queued for.
pub fn broadcast(room: &str, text: &str, except: Option<u64>) -> i64 {
    let members: Vec<Arc<Conn>> = {
        let t = tables();
        match t.rooms.get(room) {
            Some(m) => m.iter().filter(|id| Some(**id) != except).filter_map(|id| t.conns.get(id).cloned()).collect(),
            None => return 0,
        }
    };
    let msg = tokio_tungstenite::tungstenite::Utf8Bytes::from(text.to_string());
    members.iter().filter(|c| c.tx.try_send(Out::Text(msg.clone())).is_err()).count() as i64
}
