//! Live processes by pid, and registered names (`Process.register`).

use super::proc::Proc;
use rustc_hash::FxHashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

const SHARDS: usize = 32;

static NEXT_PID: AtomicU64 = AtomicU64::new(1);
static TABLE: [Mutex<Option<FxHashMap<u64, Arc<Proc>>>>; SHARDS] = [const { Mutex::new(None) }; SHARDS];
static NAMES: Mutex<Option<FxHashMap<String, u64>>> = Mutex::new(None);

pub fn new_pid() -> u64 {
    NEXT_PID.fetch_add(1, Ordering::Relaxed)
}

pub fn insert(p: Arc<Proc>) {
    let mut s = TABLE[p.pid as usize % SHARDS].lock().unwrap_or_else(|e| e.into_inner());
    s.get_or_insert_with(FxHashMap::default).insert(p.pid, p);
}

pub fn get(pid: u64) -> Option<Arc<Proc>> {
    let s = TABLE[pid as usize % SHARDS].lock().unwrap_or_else(|e| e.into_inner());
    s.as_ref()?.get(&pid).cloned()
}

pub fn remove(pid: u64) {
    {
        let mut s = TABLE[pid as usize % SHARDS].lock().unwrap_or_else(|e| e.into_inner());
        if let Some(m) = s.as_mut() {
            m.remove(&pid);
        }
    }
    let mut n = NAMES.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(m) = n.as_mut() {
        m.retain(|_, p| *p != pid);
    }
}

/// 0 when registered, 1 when the name is taken by a live process.
pub fn register(name: &str, pid: u64) -> i64 {
    let mut n = NAMES.lock().unwrap_or_else(|e| e.into_inner());
    let m = n.get_or_insert_with(FxHashMap::default);
    if let Some(old) = m.get(name) {
        if get(*old).is_some() {
            return 1;
        }
    }
    m.insert(name.to_string(), pid);
    0
}

pub fn whereis(name: &str) -> u64 {
    let n = NAMES.lock().unwrap_or_else(|e| e.into_inner());
    n.as_ref().and_then(|m| m.get(name).copied()).unwrap_or(0)
}

pub fn unregister(name: &str) -> i64 {
    let mut n = NAMES.lock().unwrap_or_else(|e| e.into_inner());
    match n.as_mut().and_then(|m| m.remove(name)) {
        Some(_) => 0,
        None => 1,
    }
}
