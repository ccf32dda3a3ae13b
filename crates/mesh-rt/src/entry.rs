//! Program entry: the generated `main` calls [`mesh_rt_main`] with the
//! Mesh entry function and the closure-call trampolines; the runtime runs
//! Mesh `main` as the first actor, on a coroutine stack of its own, and
//! turns how it ended into the process exit status (LANGUAGE.md 6.2).

use crate::abi::{Ctx, Program};
use crate::actor::Actor;
use corosensei::stack::{DefaultStack, Stack};
use corosensei::{Coroutine, CoroutineResult};
use std::sync::OnceLock;

static PROGRAM: OnceLock<ProgramFns> = OnceLock::new();
static ARGS: OnceLock<Vec<String>> = OnceLock::new();

/// The trampolines of the running program (copied from [`Program`]).
#[derive(Clone, Copy)]
pub struct ProgramFns {
    pub call0: crate::abi::Call0,
    pub call1: crate::abi::Call1,
    pub call2: crate::abi::Call2,
    pub call3: crate::abi::Call3,
    /// Code of runtime-made closures by arity (see [`Program::native`]).
    pub native: [u64; 4],
}

pub fn program() -> &'static ProgramFns {
    PROGRAM.get().expect("the runtime was started by mesh_rt_main")
}

/// Sets the program's arguments (the JIT; binaries get them from `main`).
pub fn set_args(args: Vec<String>) {
    let _ = ARGS.set(args);
}

/// Command-line arguments after the program name.
pub fn args() -> &'static [String] {
    ARGS.get().map(|v| v.as_slice()).unwrap_or(&[])
}

pub use crate::actor::{ActorYielder, Suspend};

/// Entry point called by the generated C `main`.
///
/// # Safety
/// `program` must point at a valid [`Program`] whose functions follow the
/// ABI; `argv` must hold `argc` C strings.
#[no_mangle]
pub unsafe extern "C" fn mesh_rt_main(argc: i64, argv: *const *const u8, program: *const Program) -> i64 {
    let p = &*program;
    let mut args = Vec::new();
    for i in 1..argc.max(0) as usize {
        let s = std::ffi::CStr::from_ptr(*argv.add(i) as *const std::ffi::c_char);
        args.push(s.to_string_lossy().into_owned());
    }
    let _ = ARGS.set(args);
    run_main(p) as i64
}

/// Runs Mesh `main` as the first actor on the scheduler until the program
/// ends (LANGUAGE.md 6.2); returns the exit status. Used by generated
/// binaries and by the JIT.
///
/// # Safety
/// The program's functions must follow the ABI.
pub unsafe fn run_main(p: &Program) -> i32 {
    let _ = PROGRAM.set(ProgramFns { call0: p.call0, call1: p.call1, call2: p.call2, call3: p.call3, native: p.native });
    let entry = p.entry;
    let stats = std::env::var_os("MESH_RT_STATS").is_some();
    crate::sched::run_main(Box::new(move |ctx: *mut Ctx| {
        entry(ctx);
        if stats {
            report_stats(&(*(*ctx).actor).heap);
        }
    }))
}

/// `MESH_RT_STATS=1`: the main actor's allocation figures and the
/// process's peak resident memory, on stderr.
fn report_stats(heap: &crate::heap::Heap) {
    let peak_kb = std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| s.lines().find(|l| l.starts_with("VmHWM:")).and_then(|l| l.split_whitespace().nth(1)).and_then(|n| n.parse::<u64>().ok()))
        .unwrap_or(0);
    eprintln!(
        "mesh-rt: allocated_bytes={} collections={} live_after_gc={} peak_rss_kb={peak_kb}",
        heap.total_allocated, heap.collections, heap.live_after_gc
    );
}

/// Runs `f` as an actor on a coroutine stack of its own (so the collector
/// sees its stack), for the runtime's unit tests. Closures cannot be called
/// (no program is loaded).
pub fn with_test_actor<R: 'static>(f: impl FnOnce(*mut Ctx) -> R + 'static) -> R {
    let stack = DefaultStack::new(8 * 1024 * 1024).expect("test stack");
    let stack_high = stack.base().get();
    let mut actor = Actor::new();
    actor.heap.stack_high = stack_high;
    let actor_ptr: *mut Actor = &mut *actor;
    let mut co = Coroutine::with_stack(stack, move |y: &ActorYielder, ()| {
        // SAFETY: the actor outlives the coroutine (dropped after it).
        let a = unsafe { &mut *actor_ptr };
        a.yielder = y as *const ActorYielder;
        f(a.ctx())
    });
    let r = match co.resume(()) {
        CoroutineResult::Return(r) => r,
        CoroutineResult::Yield(_) => {
            // SAFETY: the coroutine is suspended and never resumed.
            unsafe { co.force_reset() };
            panic!("the test actor panicked")
        }
    };
    drop(co);
    drop(actor);
    r
}
