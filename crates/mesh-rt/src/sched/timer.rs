//! Timers (`Timer.sleep`, `receive ... after`, `Timer.send_after`, job
//! timeouts) and the preemption tick, on one runtime thread.
//!
//! Every pending timer counts as work in progress (`busy`), so the program
//! does not end while a sleeper or a delayed message is due.

use super::proc::{Envelope, MsgKind};
use crate::copy::Fragment;
use std::collections::BTreeMap;
use std::sync::{Condvar, Mutex};
use std::time::{Duration, Instant};

/// Identifies a pending timer (its deadline orders the queue).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TimerKey {
    pub due: Instant,
    pub id: u64,
}

pub enum Action {
    /// End the park `seq` of `pid` with a timeout.
    Wake { pid: u64, seq: u64 },
    /// Deliver a message.
    Send { pid: u64, kind: MsgKind, data: Fragment },
    /// Start a process running this closure.
    Spawn { data: Fragment },
}

struct Timers {
    queue: BTreeMap<TimerKey, Action>,
    next_id: u64,
}

static TIMERS: Mutex<Timers> = Mutex::new(Timers { queue: BTreeMap::new(), next_id: 0 });
static CHANGED: Condvar = Condvar::new();

/// How often a running actor is checked for having run too long.
pub const SLICE: Duration = Duration::from_millis(10);

pub fn add(after_ms: u64, action: Action) -> TimerKey {
    super::busy_add(1);
    let mut t = TIMERS.lock().unwrap_or_else(|e| e.into_inner());
    t.next_id += 1;
    let key = TimerKey { due: Instant::now() + Duration::from_millis(after_ms), id: t.next_id };
    let earliest = t.queue.keys().next().is_none_or(|k| key < *k);
    t.queue.insert(key, action);
    drop(t);
    if earliest {
        CHANGED.notify_one();
    }
    key
}

/// Cancels a timer that has not fired (no effect if it has).
pub fn cancel(key: TimerKey) {
    let removed = TIMERS.lock().unwrap_or_else(|e| e.into_inner()).queue.remove(&key).is_some();
    if removed {
        super::busy_sub(1);
    }
}

/// The timer thread: fires due timers, and every [`SLICE`] asks actors
/// that have run for a whole slice to yield.
pub fn run() {
    let mut last_tick = Instant::now();
    loop {
        let now = Instant::now();
        let mut due = Vec::new();
        let mut t = TIMERS.lock().unwrap_or_else(|e| e.into_inner());
        while let Some((k, _)) = t.queue.first_key_value() {
            if k.due > now {
                break;
            }
            let (_, a) = t.queue.pop_first().expect("a first entry");
            due.push(a);
        }
        let next = t.queue.first_key_value().map(|(k, _)| k.due);
        let wait = next.map(|d| d.saturating_duration_since(now)).unwrap_or(SLICE).min(SLICE);
        if due.is_empty() {
            if now.duration_since(last_tick) >= SLICE {
                drop(t);
                super::preempt_tick();
                last_tick = now;
                continue;
            }
            let _unused = CHANGED.wait_timeout(t, wait).unwrap_or_else(|e| e.into_inner());
            continue;
        }
        drop(t);
        let n = due.len() as i64;
        for a in due {
            fire(a);
        }
        super::busy_sub(n);
    }
}

fn fire(a: Action) {
    match a {
        Action::Wake { pid, seq } => {
            if let Some(p) = super::registry::get(pid) {
                let mut inner = p.lock();
                if inner.park_seq == seq {
                    inner.timer = None;
                    inner.timed_out = true;
                    super::proc::wake_locked(&p, &mut inner);
                }
            }
        }
        Action::Send { pid, kind, data } => super::deliver(pid, Envelope { kind, data }),
        Action::Spawn { data } => {
            if super::spawn(data, super::Start::Call0, None, None, std::ptr::null()).is_none() {
                eprintln!("[mesh-rt] Timer.apply_after: cannot start a process (out of memory for its stack)");
            }
        }
    }
}
