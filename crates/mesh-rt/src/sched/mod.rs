//! The M:N scheduler: worker threads (one per core by default; the main
//! thread is worker 0) run actors as stackful coroutines, each worker from
//! its own queue, stealing from the others and from the global injector
//! when empty. Blocking operations park the actor, never the thread.
//! A busy actor is preempted: every [`timer::SLICE`] the timer thread
//! poisons the stack limit of an actor that has run for a whole slice, so
//! its next function entry or loop back-edge yields (`mesh_rt_stack_check`).
//!
//! The program ends (LANGUAGE.md 6.2) when `main` has returned and nothing
//! can progress: no actor is runnable or running and no timer is pending
//! (`busy` counts both); actors blocked in a plain `receive` are then
//! abandoned. A panic in `main` ends the program at once with status 1.

pub mod proc;
pub mod registry;
pub mod stack;
pub mod timer;
mod exit;

pub use exit::{finish, preempt_tick};

use crate::abi::Ctx;
use crate::actor::{Actor, Exit, Suspend};
use crate::copy::Fragment;
use corosensei::{Coroutine, CoroutineResult};
use crossbeam_deque::{Injector, Steal, Stealer, Worker};
use proc::{Envelope, Proc, Signal, State};
use stack::ActorStack;
use std::cell::RefCell;
use std::sync::atomic::{AtomicBool, AtomicI32, AtomicI64, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex, OnceLock};

/// The main actor's stack (reserved; committed as used).
const MAIN_STACK_BYTES: usize = 256 * 1024 * 1024;

struct Slot {
    /// The context of the actor this worker runs, or 0.
    current: Mutex<usize>,
    slice: AtomicU64,
    seen: AtomicU64,
}

struct Sched {
    injector: Injector<Arc<Proc>>,
    stealers: Vec<Stealer<Arc<Proc>>>,
    slots: Vec<Slot>,
    sleep: Mutex<()>,
    wake: Condvar,
    sleepers: AtomicUsize,
}

static SCHED: OnceLock<Sched> = OnceLock::new();
/// Actors runnable or running, plus pending timers.
static BUSY: AtomicI64 = AtomicI64::new(0);
static MAIN_PID: AtomicU64 = AtomicU64::new(0);
static MAIN_DONE: AtomicBool = AtomicBool::new(false);
static SHUTDOWN: AtomicBool = AtomicBool::new(false);
static STATUS: AtomicI32 = AtomicI32::new(0);

/// Preemption slots for threads outside the workers (the I/O runtime's
/// threads run a request's actor in place until it parks or yields).
const IO_SLOTS: usize = 16;
static NEXT_IO_SLOT: AtomicUsize = AtomicUsize::new(0);

thread_local! {
    static IO_SLOT: std::cell::Cell<Option<usize>> = const { std::cell::Cell::new(None) };
    static RUNNING_HERE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    static TICK: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    static LOCAL: RefCell<Option<(usize, Worker<Arc<Proc>>)>> = const { RefCell::new(None) };
}

fn sched() -> &'static Sched {
    SCHED.get().expect("the scheduler is running")
}

pub fn busy_add(n: i64) {
    BUSY.fetch_add(n, Ordering::SeqCst);
}

pub fn busy_sub(n: i64) {
    if BUSY.fetch_sub(n, Ordering::SeqCst) == n {
        check_done();
    }
}

fn check_done() {
    if MAIN_DONE.load(Ordering::SeqCst) && BUSY.load(Ordering::SeqCst) == 0 {
        shutdown();
    }
}

fn shutdown() {
    SHUTDOWN.store(true, Ordering::SeqCst);
    if let Some(s) = SCHED.get() {
        let _g = s.sleep.lock().unwrap_or_else(|e| e.into_inner());
        s.wake.notify_all();
    }
}

/// Queues a runnable process (on this worker's own queue when called from
/// a worker).
pub fn make_runnable(p: Arc<Proc>) {
    // Queued on this worker: another worker is woken only when this one
    // has more than the next thing to run (so a message passed back and
    // forth stays on one core instead of bouncing between threads; an
    // idle worker also looks for work every few milliseconds).
    let (p, spare) = LOCAL.with(|l| match &*l.borrow() {
        Some((_, w)) => {
            w.push(p);
            (None, w.len() > 1)
        }
        None => (Some(p), true),
    });
    let s = sched();
    if let Some(p) = p {
        s.injector.push(p);
    }
    if spare && s.sleepers.load(Ordering::SeqCst) > 0 {
        let _g = s.sleep.lock().unwrap_or_else(|e| e.into_inner());
        s.wake.notify_one();
    }
}

/// Wakes `pid` if it waits for I/O (`WaitFor::Io`): the I/O it waited for
/// has progressed. Called from any thread.
pub fn io_wake(pid: u64) {
    wake_for_io(pid, make_runnable);
}

/// As [`io_wake`], but a parked actor is run at once on this thread when
/// it is an I/O thread (see [`run_here`]): a WebSocket message reaches its
/// connection's actor without a hand-over to the workers.
pub fn io_wake_here(pid: u64) {
    wake_for_io(pid, run_here);
}

fn wake_for_io(pid: u64, run: fn(Arc<Proc>)) {
    let Some(p) = registry::get(pid) else { return };
    let mut inner = p.lock();
    if inner.state == State::Done {
        return;
    }
    inner.io_ready = true;
    if inner.state == State::Waiting && inner.should_wake() {
        inner.state = State::Runnable;
        drop(inner);
        busy_add(1);
        run(p);
    }
}

/// A new process running runtime code: `body` with `state` (kept in the
/// actor, read back with [`native_state`]); `on_exit` runs when it ends,
/// however it ends. Counted as busy but not queued: pass it to
/// [`run_here`] or [`make_runnable`].
pub fn spawn_native(state: Box<dyn std::any::Any + Send>, body: impl FnOnce(*mut Ctx) + 'static, on_exit: crate::actor::OnExit) -> Option<Arc<Proc>> {
    let stack = ActorStack::new()?;
    // SAFETY: `body` calls generated code only through the trampolines.
    // (A function item boxes without allocating.)
    let p = unsafe { new_proc(stack, Box::new(body)) };
    // SAFETY: not scheduled yet: this thread owns the actor.
    if let Some(a) = unsafe { p.actor_mut() }.as_mut() {
        a.on_exit = Some(on_exit);
        a.native = Some(state);
    }
    busy_add(1);
    Some(p)
}

/// The state of the running native actor (see [`spawn_native`]).
///
/// # Safety
/// `ctx` must be the running actor's context; the reference must not
/// outlive the actor.
pub unsafe fn native_state<'a, T: 'static>(ctx: *mut Ctx) -> Option<&'a mut T> {
    (*(*ctx).actor).native.as_mut()?.downcast_mut::<T>()
}

/// Runs a new process (from [`spawn_native`]) on this thread, which is not
/// a worker (an I/O thread), until it ends, parks or is preempted; it then
/// continues on the workers. An actor that answers at once thus costs no
/// hand-over between threads.
pub fn run_here(p: Arc<Proc>) {
    let s = sched();
    let slot = IO_SLOT.with(|c| {
        if c.get().is_none() {
            let k = NEXT_IO_SLOT.fetch_add(1, Ordering::SeqCst);
            let i = s.slots.len() - IO_SLOTS + k;
            if k < IO_SLOTS {
                c.set(Some(i));
            }
        }
        c.get()
    });
    let on_worker = LOCAL.with(|l| l.borrow().is_some());
    // Never nested: an actor running here that wakes another queues it.
    match slot {
        Some(i) if !on_worker && !RUNNING_HERE.get() => {
            RUNNING_HERE.set(true);
            run_proc(i, p);
            RUNNING_HERE.set(false);
        }
        _ => make_runnable(p),
    }
}

/// Runs `entry` as the main actor on this thread plus `workers - 1` more
/// threads until the program ends; returns the exit status.
pub fn run_main(entry: Box<dyn FnOnce(*mut Ctx)>) -> i32 {
    let n = std::env::var("MESH_WORKERS").ok().and_then(|v| v.parse().ok()).unwrap_or_else(|| std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1)).max(1);
    let workers: Vec<Worker<Arc<Proc>>> = (0..n).map(|_| Worker::new_fifo()).collect();
    let s = Sched {
        injector: Injector::new(),
        stealers: workers.iter().map(|w| w.stealer()).collect(),
        slots: (0..n + IO_SLOTS).map(|_| Slot { current: Mutex::new(0), slice: AtomicU64::new(0), seen: AtomicU64::new(0) }).collect(),
        sleep: Mutex::new(()),
        wake: Condvar::new(),
        sleepers: AtomicUsize::new(0),
    };
    if SCHED.set(s).is_err() {
        eprintln!("Mesh runtime: the scheduler was started twice");
        return 70;
    }
    let Some(stack) = ActorStack::dedicated(MAIN_STACK_BYTES) else {
        eprintln!("Mesh runtime: cannot reserve the main stack");
        return 70;
    };
    // SAFETY: `entry` follows the ABI (it is the program's entry).
    let main = unsafe { new_proc(stack, Box::new(move |ctx| entry(ctx))) };
    MAIN_PID.store(main.pid, Ordering::SeqCst);
    let mut workers = workers.into_iter();
    let mine = workers.next().expect("one worker");
    mine.push(main);
    busy_add(1);
    std::thread::Builder::new().name("mesh-timer".into()).spawn(timer::run).expect("timer thread");
    for (i, w) in workers.enumerate() {
        std::thread::Builder::new().name(format!("mesh-worker-{}", i + 1)).spawn(move || worker_loop(i + 1, w)).expect("worker thread");
    }
    worker_loop(0, mine);
    crate::io::flush_stdout();
    STATUS.load(Ordering::SeqCst)
}

/// A new process running `body` on `stack` (not yet queued; `busy` not
/// yet counted).
///
/// # Safety
/// `body` must run generated code only through the ABI.
unsafe fn new_proc(stack: ActorStack, body: Box<dyn FnOnce(*mut Ctx)>) -> Arc<Proc> {
    let mut actor = Actor::new();
    actor.heap.stack_high = stack.base_addr();
    actor.real_limit = stack.limit_for_code() as u64;
    actor.pid = registry::new_pid();
    let actor_ptr: *mut Actor = &mut *actor;
    let co = Coroutine::with_stack(stack, move |y: &crate::actor::ActorYielder, ()| {
        let a = &mut *actor_ptr;
        a.yielder = y as *const _;
        let ctx = a.ctx();
        body(ctx);
        run_terminate(ctx);
        if a.exit.is_none() {
            a.exit = Some(Exit::Normal);
        }
    });
    actor.coroutine = Some(co);
    let p = Proc::new(actor.pid, actor);
    // SAFETY: the process is not scheduled yet: this thread owns the actor.
    if let Some(a) = p.actor_mut().as_mut() {
        a.me = Arc::as_ptr(&p);
    }
    registry::insert(p.clone());
    p
}

/// Runs the actor's `terminate` clause, once.
///
/// # Safety
/// `ctx` must be the running actor's context.
pub unsafe fn run_terminate(ctx: *mut Ctx) {
    let a = &mut *(*ctx).actor;
    let t = std::mem::take(&mut a.terminate);
    if t != 0 {
        (crate::entry::program().call0)(ctx, t);
    }
}

/// How a new process starts from its flattened start value.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Start {
    /// A closure of no arguments.
    Call0,
    /// A tuple `(f, x)`: calls `f(x)`.
    Apply,
}

/// Starts a process from the value flattened in `f` (see [`Start`]);
/// returns its pid. `link` links it to that pid; a job delivers its result
/// (of type `result_desc`) to `job_owner`.
pub fn spawn(f: Fragment, start: Start, link: Option<u64>, job_owner: Option<(u64, u64)>, result_desc: *const crate::abi::TypeDesc) -> Option<u64> {
    let stack = ActorStack::new()?;
    // SAFETY: the start value is a Mesh closure (or tuple) as `start` says.
    let p = unsafe {
        new_proc(
            stack,
            Box::new(move |ctx| {
                let a = &mut *(*ctx).actor;
                let f = a.start.as_ref().expect("a start value");
                // A start value of scalars is used in place: an actor that
                // only waits has then touched no heap page at all.
                let c = match f.in_place() {
                    Some(c) => c,
                    None => crate::copy::copy_in(ctx, f),
                };
                let prog = crate::entry::program();
                let r = match start {
                    Start::Call0 => (prog.call0)(ctx, c),
                    Start::Apply => (prog.call1)(ctx, crate::value::field(c, 0), crate::value::field(c, 1)),
                };
                let a = &mut *(*ctx).actor;
                a.start = None;
                a.result = Some(r);
                a.heap.roots.push(r);
            }),
        )
    };
    // The start value lives in the actor (freed with it even when the
    // actor is killed and its stack is dropped without unwinding).
    // SAFETY: not scheduled yet: this thread owns the actor.
    if let Some(a) = unsafe { p.actor_mut() }.as_mut() {
        a.start = Some(f);
    }
    let pid = p.pid;
    {
        // SAFETY: not scheduled yet: this thread owns the actor.
        if let Some(a) = unsafe { p.actor_mut() }.as_mut() {
            a.result_desc = result_desc;
        }
        let mut inner = p.lock();
        inner.job_owner = job_owner;
        if let Some(l) = link {
            inner.links.push(l);
        }
    }
    if let Some(l) = link {
        if let Some(q) = registry::get(l) {
            q.lock().links.push(pid);
        }
    }
    busy_add(1);
    make_runnable(p);
    Some(pid)
}

/// Puts a message in `pid`'s mailbox (dropped if it has ended; a call to
/// an ended process fails at once).
pub fn deliver(pid: u64, env: Envelope) {
    let Some(p) = registry::get(pid) else {
        if let proc::MsgKind::Call { from, id } = env.kind {
            reply(from, id, Err("the service is not running".into()));
        }
        return;
    };
    let mut inner = p.lock();
    if inner.state == State::Done {
        drop(inner);
        if let proc::MsgKind::Call { from, id } = env.kind {
            reply(from, id, Err("the service is not running".into()));
        }
        return;
    }
    inner.mailbox.push_back(env);
    proc::wake_locked(&p, &mut inner);
}

/// Delivers a reply (or a failure) to `pid`, waiting for reply `id`.
pub fn reply(pid: u64, id: u64, r: proc::Reply) {
    if let Some(p) = registry::get(pid) {
        let mut inner = p.lock();
        if inner.state != State::Done {
            inner.replies.push((id, r));
            proc::wake_locked(&p, &mut inner);
        }
    }
}

/// Sends a control signal to `pid`.
pub fn signal(pid: u64, s: Signal) {
    if let Some(p) = registry::get(pid) {
        let mut inner = p.lock();
        if inner.state != State::Done {
            inner.signals.push_back(s);
            proc::wake_locked(&p, &mut inner);
        }
    }
}

fn worker_loop(index: usize, w: Worker<Arc<Proc>>) {
    LOCAL.with(|l| *l.borrow_mut() = Some((index, w)));
    let s = sched();
    loop {
        if SHUTDOWN.load(Ordering::SeqCst) {
            break;
        }
        match find_work(index) {
            Some(p) => run_proc(index, p),
            None => {
                let g = s.sleep.lock().unwrap_or_else(|e| e.into_inner());
                s.sleepers.fetch_add(1, Ordering::SeqCst);
                if !SHUTDOWN.load(Ordering::SeqCst) && s.injector.is_empty() {
                    let _ = s.wake.wait_timeout(g, std::time::Duration::from_millis(5)).unwrap_or_else(|e| e.into_inner());
                }
                s.sleepers.fetch_sub(1, Ordering::SeqCst);
            }
        }
    }
    LOCAL.with(|l| *l.borrow_mut() = None);
}

fn find_work(index: usize) -> Option<Arc<Proc>> {
    let s = sched();
    LOCAL.with(|l| {
        let l = l.borrow();
        let (_, w) = l.as_ref()?;
        // Now and then the global queue first, so that it is never starved
        // by actors that keep this worker's own queue full.
        let tick = TICK.with(|t| {
            let n = t.get().wrapping_add(1);
            t.set(n);
            n
        });
        if tick % 31 == 0 {
            if let Steal::Success(p) = s.injector.steal() {
                return Some(p);
            }
        }
        if let Some(p) = w.pop() {
            return Some(p);
        }
        loop {
            match s.injector.steal_batch_and_pop(w) {
                Steal::Success(p) => return Some(p),
                Steal::Retry => continue,
                Steal::Empty => break,
            }
        }
        let n = s.stealers.len();
        for k in 1..n {
            let st = &s.stealers[(index + k) % n];
            loop {
                match st.steal() {
                    Steal::Success(p) => return Some(p),
                    Steal::Retry => continue,
                    Steal::Empty => break,
                }
            }
        }
        None
    })
}

fn run_proc(index: usize, p: Arc<Proc>) {
    {
        let mut inner = p.lock();
        if inner.state == State::Done {
            return;
        }
        inner.state = State::Running;
    }
    let s = sched();
    // SAFETY: this worker moved the process to Running: it owns the actor.
    let actor = unsafe { p.actor_mut() }.as_mut().expect("a live actor");
    let slot = &s.slots[index];
    actor.ctx.stack_limit = actor.real_limit;
    *slot.current.lock().unwrap_or_else(|e| e.into_inner()) = actor.ctx() as usize;
    slot.slice.fetch_add(1, Ordering::Relaxed);
    let r = actor.coroutine.as_mut().expect("a coroutine").resume(());
    *slot.current.lock().unwrap_or_else(|e| e.into_inner()) = 0;
    match r {
        CoroutineResult::Return(()) => finish(&p),
        CoroutineResult::Yield(Suspend::Exited) => {
            // The stack holds frames of generated code without unwind
            // information: drop it without unwinding.
            // SAFETY: the coroutine is suspended and will not be resumed.
            unsafe { actor.coroutine.as_mut().expect("a coroutine").force_reset() };
            finish(&p)
        }
        CoroutineResult::Yield(Suspend::Yield) => {
            // Preempted: behind everything else, in the global queue, so
            // that woken actors (queued there by timers) run first.
            p.lock().state = State::Runnable;
            s.injector.push(p);
            if s.sleepers.load(Ordering::SeqCst) > 0 {
                let _g = s.sleep.lock().unwrap_or_else(|e| e.into_inner());
                s.wake.notify_one();
            }
        }
        CoroutineResult::Yield(Suspend::Park) => {
            let mut inner = p.lock();
            if inner.should_wake() {
                inner.state = State::Runnable;
                drop(inner);
                make_runnable(p);
            } else {
                inner.state = State::Waiting;
                drop(inner);
                busy_sub(1);
            }
        }
    }
}
