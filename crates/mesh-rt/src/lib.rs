//! mesh-rt: the runtime every Mesh program links: per-actor heaps with a
//! mostly-copying collector, the values of the standard library (strings,
//! lists, maps, sets, JSON ...), panics, the program entry, the M:N actor
//! scheduler with services and jobs, HTTP and WebSocket servers on a tokio
//! I/O runtime (`net/`). PostgreSQL comes later.
//!
//! Invariant: no entry point unwinds into generated code: a failure is a
//! Mesh panic of the calling actor (`panic.rs`).
//!
//! Invariant: every `extern "C"` entry point is listed in `symbols.rs`, the
//! table the JIT registers and the tests compare with the standard
//! library's declarations.

#[cfg(feature = "global-alloc")]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[macro_use]
pub mod symbols;
pub mod abi;
pub mod actor;
pub mod compare;
pub mod copy;
pub mod derived;
pub mod desc;
pub mod display;
pub mod entry;
pub mod heap;
pub mod io;
pub mod iter;
pub mod json;
pub mod list;
pub mod map;
pub mod math;
pub mod net;
pub mod node;
pub mod panic;
pub mod process;
pub mod queue;
pub mod sched;
pub mod service;
pub mod string;
pub mod supervisor;
pub mod sys;
pub mod value;
