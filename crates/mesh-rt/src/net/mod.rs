//! Network I/O: one tokio runtime (its own threads, `MESH_IO_THREADS`,
//! default 2) runs sockets, HTTP and WebSocket protocol work; actors that
//! wait for I/O park (`WaitFor::Io`) and are woken when it completes, so no
//! worker thread ever blocks on the network.

pub mod http;
pub mod listen;
pub mod stream;
pub mod ws;

use crate::abi::Ctx;
use crate::process::{actor, park};
use crate::sched::proc::WaitFor;
use std::future::Future;
use std::sync::{Arc, Mutex, OnceLock};

static RUNTIME: OnceLock<tokio::runtime::Runtime> = OnceLock::new();

/// The I/O runtime (started on first use).
pub fn runtime() -> &'static tokio::runtime::Runtime {
    RUNTIME.get_or_init(|| {
        let n = std::env::var("MESH_IO_THREADS").ok().and_then(|v| v.parse().ok()).unwrap_or(2usize).max(1);
        tokio::runtime::Builder::new_multi_thread().worker_threads(n).thread_name("mesh-io").enable_all().build().unwrap_or_else(|e| {
            eprintln!("Mesh runtime: cannot start the I/O runtime: {e}");
            std::process::exit(70)
        })
    })
}

/// Runs `fut` on the I/O runtime while the calling actor parks; returns
/// its output. The pending future counts as work in progress, so the
/// program does not end under it.
///
/// # Safety
/// `ctx` must be the running actor's context, on its coroutine.
pub unsafe fn await_io<T: Send + 'static>(ctx: *mut Ctx, fut: impl Future<Output = T> + Send + 'static) -> T {
    let me = actor(ctx).me;
    if me.is_null() {
        return runtime().block_on(fut);
    }
    let pid = (*me).pid;
    let out: Arc<Mutex<Option<T>>> = Arc::new(Mutex::new(None));
    let slot = out.clone();
    crate::sched::busy_add(1);
    runtime().spawn(async move {
        let v = fut.await;
        *slot.lock().unwrap_or_else(|e| e.into_inner()) = Some(v);
        crate::sched::io_wake(pid);
        crate::sched::busy_sub(1);
    });
    loop {
        if let Some(v) = out.lock().unwrap_or_else(|e| e.into_inner()).take() {
            return v;
        }
        park_io(ctx);
    }
}

/// Parks the running actor until [`crate::sched::io_wake`] is called for
/// it (at once if it already was since the last park).
///
/// # Safety
/// As [`await_io`].
pub unsafe fn park_io(ctx: *mut Ctx) {
    let p = &*actor(ctx).me;
    let mut inner = p.lock();
    if inner.io_ready {
        inner.io_ready = false;
        return;
    }
    inner.wait = WaitFor::Io;
    drop(inner);
    park(ctx);
    p.lock().io_ready = false;
}
