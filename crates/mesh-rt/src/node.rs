//! `Node` and `Global` (LANGUAGE.md 5.7) on a single node: distribution is
//! not implemented, so `Node.start`/`connect` report failure (1),
//! `Node.self()` is `""`, `Node.list()` is empty, and `Global` names are a
//! registry of this node only (a cluster of one). `Node.spawn` is compiled
//! as a local spawn.

use crate::abi::Ctx;
use crate::value::str_of;
use std::sync::Mutex;

export!(
    mesh_node_start,
    mesh_node_connect,
    mesh_node_self,
    mesh_node_list,
    mesh_node_monitor,
    mesh_global_register,
    mesh_global_whereis,
    mesh_global_unregister,
);

static GLOBAL: Mutex<Vec<(String, u64)>> = Mutex::new(Vec::new());

/// `Node.start(name, cookie)`: 1 (distribution is not available).
///
/// # Safety
/// `name` must be a String.
#[no_mangle]
pub unsafe extern "C" fn mesh_node_start(_ctx: *mut Ctx, name: u64, _cookie: u64) -> u64 {
    eprintln!("[mesh-rt] Node.start({}): distribution is not supported by this runtime; running as a single node", str_of(name));
    1
}

/// `Node.connect(node)`: 1 (no other node can be reached).
///
/// # Safety
/// Any context.
#[no_mangle]
pub unsafe extern "C" fn mesh_node_connect(_ctx: *mut Ctx, _node: u64) -> u64 {
    1
}

/// `Node.self()`: `""` (not a node).
///
/// # Safety
/// `ctx` must be the running actor's context.
#[no_mangle]
pub unsafe extern "C" fn mesh_node_self(ctx: *mut Ctx) -> u64 {
    crate::value::new_str(ctx, "")
}

/// `Node.list()`: no connected nodes.
///
/// # Safety
/// `ctx` must be the running actor's context.
#[no_mangle]
pub unsafe extern "C" fn mesh_node_list(ctx: *mut Ctx) -> u64 {
    crate::value::new_list(ctx, crate::desc::list_of(&crate::desc::mesh_desc_string), &[])
}

/// `Node.monitor(node)`: 1 (no such node).
///
/// # Safety
/// Any context.
#[no_mangle]
pub unsafe extern "C" fn mesh_node_monitor(_ctx: *mut Ctx, _node: u64) -> u64 {
    1
}

/// `Global.register(name, pid)`: 0, or 1 when taken by a live process.
///
/// # Safety
/// `name` must be a String.
#[no_mangle]
pub unsafe extern "C" fn mesh_global_register(_ctx: *mut Ctx, name: u64, pid: u64) -> u64 {
    let name = str_of(name);
    let mut g = GLOBAL.lock().unwrap_or_else(|e| e.into_inner());
    g.retain(|(_, p)| crate::sched::registry::get(*p).is_some());
    if g.iter().any(|(n, _)| n == name) {
        return 1;
    }
    g.push((name.to_string(), pid));
    0
}

/// `Global.whereis(name)`: the pid, or 0.
///
/// # Safety
/// `name` must be a String.
#[no_mangle]
pub unsafe extern "C" fn mesh_global_whereis(_ctx: *mut Ctx, name: u64) -> u64 {
    let name = str_of(name);
    let g = GLOBAL.lock().unwrap_or_else(|e| e.into_inner());
    g.iter().find(|(n, p)| n == name && crate::sched::registry::get(*p).is_some()).map(|(_, p)| *p).unwrap_or(0)
}

/// `Global.unregister(name)`: 0, or 1 when not registered.
///
/// # Safety
/// `name` must be a String.
#[no_mangle]
pub unsafe extern "C" fn mesh_global_unregister(_ctx: *mut Ctx, name: u64) -> u64 {
    let name = str_of(name);
    let mut g = GLOBAL.lock().unwrap_or_else(|e| e.into_inner());
    let before = g.len();
    g.retain(|(n, _)| n != name);
    (g.len() == before) as u64
}
