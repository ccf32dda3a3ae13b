//! Entry points for actors (LANGUAGE.md 2.8, 5.6, 5.7): spawn, send,
//! receive, self, link, registered names, exit signals, timers, and the
//! stack check that doubles as the preemption point.

use crate::abi::{Ctx, TypeDesc};
use crate::actor::{Actor, Exit, Suspend};
use crate::copy::{copy_in, copy_out, copy_out_object};
use crate::sched::proc::{Envelope, MsgKind, Proc, Signal, WaitFor};
use crate::sched::{self, registry, timer};
use crate::value::str_of;
use std::sync::atomic::{AtomicU64, Ordering};

export!(
    mesh_rt_stack_check,
    mesh_rt_spawn,
    mesh_rt_receive,
    mesh_rt_receive_timed_out,
    mesh_rt_set_terminate,
    mesh_send,
    mesh_self,
    mesh_link,
    mesh_timer_sleep,
    mesh_timer_send_after,
    mesh_timer_apply_after,
    mesh_timer_now,
    mesh_process_register,
    mesh_process_whereis,
    mesh_process_monitor,
    mesh_process_demonitor,
    mesh_process_exit,
);

static NEXT_REF: AtomicU64 = AtomicU64::new(1);

pub fn new_ref() -> u64 {
    NEXT_REF.fetch_add(1, Ordering::Relaxed)
}

/// The running actor.
///
/// # Safety
/// `ctx` must be the running actor's context.
pub unsafe fn actor<'a>(ctx: *mut Ctx) -> &'a mut Actor {
    &mut *(*ctx).actor
}

/// The running actor's shared half.
///
/// # Safety
/// As [`actor`]; the actor must run on the scheduler.
pub unsafe fn me<'a>(ctx: *mut Ctx) -> &'a Proc {
    let p = actor(ctx).me;
    if p.is_null() {
        crate::panic::panic_msg(ctx, "processes are not available here (no scheduler)");
    }
    &*p
}

/// Parks the running actor until it is woken, then acts on any control
/// signal that arrived.
///
/// # Safety
/// `ctx` must be the running actor's context, on its coroutine.
pub unsafe fn park(ctx: *mut Ctx) {
    actor(ctx).suspend(Suspend::Park);
    handle_signals(ctx);
}

/// Acts on pending control signals (exit signals end the actor).
///
/// # Safety
/// As [`park`].
pub unsafe fn handle_signals(ctx: *mut Ctx) {
    if actor(ctx).traps_exits {
        // A supervisor reads its signals itself.
        return;
    }
    loop {
        let s = me(ctx).lock().signals.pop_front();
        match s {
            None => return,
            Some(Signal::Kill { reason }) => exit_actor(ctx, Exit::Killed(reason)),
            Some(Signal::Exit { normal: true, .. }) => {}
            Some(Signal::Exit { reason, .. }) => exit_actor(ctx, Exit::Killed(format!("a linked process exited: {reason}"))),
        }
    }
}

/// Ends the running actor: its `terminate` clause runs, then it never
/// resumes.
///
/// # Safety
/// As [`park`].
pub unsafe fn exit_actor(ctx: *mut Ctx, exit: Exit) -> ! {
    let a = actor(ctx);
    if a.exit.is_none() {
        a.exit = Some(exit);
    }
    sched::run_terminate(ctx);
    actor(ctx).suspend(Suspend::Exited);
    std::process::abort()
}

/// Called by generated code when the stack pointer is below
/// `ctx.stack_limit`: a preemption request (yield) or a real overflow.
///
/// # Safety
/// `ctx` must be the running actor's context.
#[no_mangle]
pub unsafe extern "C" fn mesh_rt_stack_check(ctx: *mut Ctx) -> u64 {
    let a = actor(ctx);
    if std::ptr::read_volatile(&(*ctx).stack_limit) == u64::MAX {
        (*ctx).stack_limit = a.real_limit;
        if !a.yielder.is_null() && !a.me.is_null() {
            a.suspend(Suspend::Yield);
            handle_signals(ctx);
        }
        return 0;
    }
    // A real overflow: leave room below the limit for the panic path.
    (*ctx).stack_limit = 0;
    crate::panic::panic_msg(ctx, "stack overflow (recursion too deep)")
}

/// `spawn(f, args...)`: codegen passes a closure of no arguments that
/// calls `f` with the arguments; it is copied into the new actor.
///
/// # Safety
/// `ctx` must be the running actor's context; `closure` a closure object.
#[no_mangle]
pub unsafe extern "C" fn mesh_rt_spawn(ctx: *mut Ctx, closure: u64, link: u64) -> u64 {
    let f = copy_out_object(ctx, closure);
    // A supervisor links what it spawns before the child can run, so no
    // exit of a child can go unseen.
    let link = if link != 0 || actor(ctx).traps_exits { Some(actor(ctx).pid) } else { None };
    match sched::spawn(f, sched::Start::Call0, link, None, std::ptr::null()) {
        Some(pid) => pid,
        None => crate::panic::panic_msg(ctx, "cannot start a process: out of memory for its stack"),
    }
}

/// Registers the running actor's `terminate` clause (a closure).
///
/// # Safety
/// `ctx` must be the running actor's context.
#[no_mangle]
pub unsafe extern "C" fn mesh_rt_set_terminate(ctx: *mut Ctx, closure: u64) -> u64 {
    let a = actor(ctx);
    a.terminate = closure;
    a.heap.roots.push(closure);
    0
}

/// `send(pid, msg)`.
///
/// # Safety
/// `ctx` must be the running actor's context; `msg` of type `desc`.
#[no_mangle]
pub unsafe extern "C" fn mesh_send(ctx: *mut Ctx, pid: u64, msg: u64, desc: *const TypeDesc) -> u64 {
    let data = copy_out(ctx, msg, &*desc);
    sched::deliver(pid, Envelope { kind: MsgKind::Plain, data });
    0
}

/// `self()`.
///
/// # Safety
/// `ctx` must be the running actor's context.
#[no_mangle]
pub unsafe extern "C" fn mesh_self(ctx: *mut Ctx) -> u64 {
    actor(ctx).pid
}

/// `link(pid)`: an abnormal exit of either kills the other.
///
/// # Safety
/// `ctx` must be the running actor's context.
#[no_mangle]
pub unsafe extern "C" fn mesh_link(ctx: *mut Ctx, pid: u64) -> u64 {
    let mine = actor(ctx).pid;
    match registry::get(pid) {
        Some(p) => {
            let mut inner = p.lock();
            if inner.state == sched::proc::State::Done {
                let failed = inner.exit.as_ref().is_some_and(|e| !e.is_normal());
                drop(inner);
                if failed {
                    exit_actor(ctx, Exit::Killed("a linked process exited".into()));
                }
                return 0;
            }
            if !inner.links.contains(&mine) {
                inner.links.push(mine);
            }
            drop(inner);
            let mut m = me(ctx).lock();
            if !m.links.contains(&pid) {
                m.links.push(pid);
            }
        }
        None => {}
    }
    0
}

/// `receive` (with `timeout_ms` >= 0 for an `after` clause): the oldest
/// message of type `expected`, copied into this actor's heap (a message of
/// another type, sent through an untyped pid, is dropped); on timeout
/// returns 0 with `ctx.status` = 1.
///
/// # Safety
/// `ctx` must be the running actor's context.
#[no_mangle]
pub unsafe extern "C" fn mesh_rt_receive(ctx: *mut Ctx, timeout_ms: i64, expected: *const TypeDesc) -> u64 {
    (*ctx).status = 0;
    let p = me(ctx);
    let mut first = true;
    loop {
        let mut inner = p.lock();
        if let Some(env) = inner.mailbox.pop_front() {
            if env.kind != MsgKind::Plain {
                // A service request sent to an actor (through an untyped
                // pid): not one of its messages.
                drop(inner);
                if let MsgKind::Call { from, id } = env.kind {
                    sched::reply(from, id, Err(format!("process {} is not a service", p.pid)));
                }
                continue;
            }
            if !env.data.desc.is_null() && !expected.is_null() && !crate::desc::same_type(&*env.data.desc, &*expected) {
                // Sent through an untyped pid with the wrong type: reading
                // it as this actor's type could crash the program.
                drop(inner);
                eprintln!("[mesh-rt] process {} dropped a message of another type than it receives", p.pid);
                continue;
            }
            if let Some(k) = inner.timer.take() {
                timer::cancel(k);
            }
            inner.timed_out = false;
            drop(inner);
            return copy_in(ctx, &env.data);
        }
        if !first && inner.timed_out {
            inner.timed_out = false;
            (*ctx).status = 1;
            return 0;
        }
        if first {
            inner.park_seq += 1;
            inner.timed_out = false;
            if timeout_ms == 0 {
                (*ctx).status = 1;
                return 0;
            }
            if timeout_ms > 0 {
                let seq = inner.park_seq;
                inner.timer = Some(timer::add(timeout_ms as u64, timer::Action::Wake { pid: p.pid, seq }));
            }
            first = false;
        }
        inner.wait = WaitFor::Message;
        drop(inner);
        park(ctx);
    }
}

/// Whether the last `mesh_rt_receive` timed out (its `after` clause runs).
///
/// # Safety
/// `ctx` must be the running actor's context.
#[no_mangle]
pub unsafe extern "C" fn mesh_rt_receive_timed_out(ctx: *mut Ctx) -> u64 {
    (*ctx).status
}

/// Parks until the timer of `ms` fires.
///
/// # Safety
/// `ctx` must be the running actor's context.
#[no_mangle]
pub unsafe extern "C" fn mesh_timer_sleep(ctx: *mut Ctx, ms: u64) -> u64 {
    let a = actor(ctx);
    if (ms as i64) <= 0 {
        return 0;
    }
    if a.me.is_null() {
        std::thread::sleep(std::time::Duration::from_millis(ms));
        return 0;
    }
    let p = &*a.me;
    let mut inner = p.lock();
    inner.park_seq += 1;
    inner.timed_out = false;
    let seq = inner.park_seq;
    inner.timer = Some(timer::add(ms, timer::Action::Wake { pid: p.pid, seq }));
    loop {
        inner.wait = WaitFor::Timer;
        drop(inner);
        park(ctx);
        inner = p.lock();
        if inner.timed_out {
            inner.timed_out = false;
            return 0;
        }
    }
}

/// `Timer.send_after(pid, ms, msg)`.
///
/// # Safety
/// `ctx` must be the running actor's context; `msg` of type `desc`.
#[no_mangle]
pub unsafe extern "C" fn mesh_timer_send_after(ctx: *mut Ctx, pid: u64, ms: u64, msg: u64, desc: *const TypeDesc) -> u64 {
    let data = copy_out(ctx, msg, &*desc);
    timer::add(ms, timer::Action::Send { pid, kind: MsgKind::Plain, data });
    0
}

/// `Timer.apply_after(ms, f)`: `f` runs in a new process after `ms`.
///
/// # Safety
/// `ctx` must be the running actor's context; `f` a closure of no
/// arguments.
#[no_mangle]
pub unsafe extern "C" fn mesh_timer_apply_after(ctx: *mut Ctx, ms: i64, f: u64) -> u64 {
    let data = copy_out_object(ctx, f);
    timer::add(ms.max(0) as u64, timer::Action::Spawn { data });
    0
}

/// `Timer.now()`: milliseconds on a monotonic clock.
///
/// # Safety
/// Any context.
#[no_mangle]
pub unsafe extern "C" fn mesh_timer_now(_ctx: *mut Ctx) -> u64 {
    static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    START.get_or_init(std::time::Instant::now).elapsed().as_millis() as u64
}

/// `Process.register(name, pid)`: 0, or 1 when the name is taken.
///
/// # Safety
/// `name` must be a String.
#[no_mangle]
pub unsafe extern "C" fn mesh_process_register(_ctx: *mut Ctx, name: u64, pid: u64) -> u64 {
    registry::register(str_of(name), pid) as u64
}

/// `Process.whereis(name)`: the pid, or 0.
///
/// # Safety
/// `name` must be a String.
#[no_mangle]
pub unsafe extern "C" fn mesh_process_whereis(_ctx: *mut Ctx, name: u64) -> u64 {
    registry::whereis(str_of(name))
}

/// `Process.monitor(pid)`: a reference; when `pid` ends (or has ended),
/// the caller gets a message of its own type `desc`: the String
/// `"DOWN <ref> <reason>"` (`tag` < 0) or the variant `Down(ref, reason)`
/// (codegen checks the caller can receive one of them).
///
/// # Safety
/// `ctx` must be the running actor's context; `desc` a descriptor.
#[no_mangle]
pub unsafe extern "C" fn mesh_process_monitor(ctx: *mut Ctx, pid: u64, desc: *const TypeDesc, tag: i64) -> u64 {
    let r = new_ref();
    let watcher = actor(ctx).pid;
    let m = crate::sched::proc::Monitor { reference: r, watcher, desc, tag };
    let reason = match registry::get(pid) {
        Some(p) => {
            let mut inner = p.lock();
            if inner.state != crate::sched::proc::State::Done {
                inner.monitors.push(m);
                actor(ctx).monitoring.push((r, pid));
                return r;
            }
            inner.exit.as_ref().map(|e| e.reason()).unwrap_or_else(|| "normal".into())
        }
        None => "noproc".to_string(),
    };
    if desc.is_null() {
        return r;
    }
    let data = crate::copy::down_message(&*desc, tag, r, &reason);
    sched::deliver(watcher, Envelope { kind: MsgKind::Plain, data });
    r
}

/// `Process.demonitor(ref)`: 0 when the monitor was active, 1 otherwise
/// (no notification arrives after it).
///
/// # Safety
/// `ctx` must be the running actor's context.
#[no_mangle]
pub unsafe extern "C" fn mesh_process_demonitor(ctx: *mut Ctx, r: u64) -> u64 {
    let a = actor(ctx);
    let Some(i) = a.monitoring.iter().position(|(x, _)| *x == r) else { return 1 };
    let (_, pid) = a.monitoring.swap_remove(i);
    match registry::get(pid) {
        Some(p) => {
            let mut inner = p.lock();
            let before = inner.monitors.len();
            inner.monitors.retain(|m| m.reference != r);
            (inner.monitors.len() == before) as u64
        }
        None => 1,
    }
}

/// `Process.exit(pid, reason)`: sends an exit signal.
///
/// # Safety
/// `ctx` must be the running actor's context; `reason` a String.
#[no_mangle]
pub unsafe extern "C" fn mesh_process_exit(ctx: *mut Ctx, pid: u64, reason: u64) -> u64 {
    let reason = str_of(reason).to_string();
    if pid == actor(ctx).pid {
        exit_actor(ctx, Exit::Killed(reason));
    }
    sched::signal(pid, Signal::Kill { reason });
    0
}
