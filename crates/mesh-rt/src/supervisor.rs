//! Supervisors (LANGUAGE.md 2.9, 6.4), run by the runtime on the
//! supervisor's own process: children start in order through their
//! `start` closures and are linked; the supervisor traps their exits and
//! restarts them by strategy (one_for_one, one_for_all, rest_for_one;
//! simple_one_for_one behaves as one_for_one over its declared children)
//! and restart type (permanent always, transient after an abnormal exit,
//! temporary never). More than `max_restarts` restarts within
//! `max_seconds` stops every child (last started first) and ends the
//! supervisor abnormally, which escalates to whoever is linked to it.
//! Stopping a child sends it an exit signal (its `terminate` clause runs);
//! with a `shutdown` timeout the supervisor waits up to that long for it
//! to end, with `brutal_kill` it does not wait.

use crate::abi::Ctx;
use crate::actor::{Exit, Suspend};
use crate::process::{actor, exit_actor, me};
use crate::sched::proc::{Signal, State, WaitFor};
use crate::sched::{self, registry};
use crate::value::{field, list_get, list_len, str_of};
use std::collections::VecDeque;
use std::time::{Duration, Instant};

export!(mesh_rt_supervise);

#[derive(Clone, Copy, PartialEq, Eq)]
enum Strategy {
    OneForOne,
    OneForAll,
    RestForOne,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Restart {
    Permanent,
    Transient,
    Temporary,
}

struct Child {
    name: String,
    start: u64,
    restart: Restart,
    /// Milliseconds to wait for the child to stop; negative for brutal_kill.
    shutdown: i64,
    pid: u64,
}

/// `mesh_rt_supervise(strategy, max_restarts, max_seconds, children)`:
/// `children` is a `List<(String, Fun() -> Pid, Int, Int)>` of (name,
/// start, restart, shutdown). Never returns.
///
/// # Safety
/// `ctx` must be the running actor's context; `children` as above.
#[no_mangle]
pub unsafe extern "C" fn mesh_rt_supervise(ctx: *mut Ctx, strategy: i64, max_restarts: i64, max_seconds: i64, children: u64) -> u64 {
    let a = actor(ctx);
    a.traps_exits = true;
    me(ctx).lock().traps = true;
    a.heap.roots.push(children);
    let strategy = match strategy {
        1 => Strategy::OneForAll,
        2 => Strategy::RestForOne,
        _ => Strategy::OneForOne,
    };
    let mut kids: Vec<Child> = (0..list_len(children))
        .map(|i| {
            let c = list_get(children, i);
            Child {
                name: str_of(field(c, 0)).to_string(),
                start: field(c, 1),
                restart: match field(c, 2) {
                    1 => Restart::Transient,
                    2 => Restart::Temporary,
                    _ => Restart::Permanent,
                },
                shutdown: field(c, 3) as i64,
                pid: 0,
            }
        })
        .collect();
    for i in 0..kids.len() {
        start_child(ctx, &mut kids[i]);
    }
    let window = Duration::from_secs(max_seconds.max(0) as u64);
    let mut restarts: VecDeque<Instant> = VecDeque::new();
    loop {
        let sig = next_signal(ctx);
        let (from, normal) = match sig {
            Signal::Kill { reason } => {
                stop_all(ctx, &mut kids);
                exit_actor(ctx, Exit::Killed(reason))
            }
            Signal::Exit { from, normal, .. } => (from, normal),
        };
        let Some(i) = kids.iter().position(|k| k.pid == from && from != 0) else { continue };
        kids[i].pid = 0;
        let again = match kids[i].restart {
            Restart::Permanent => true,
            Restart::Transient => !normal,
            Restart::Temporary => false,
        };
        if !again {
            continue;
        }
        let now = Instant::now();
        restarts.push_back(now);
        while restarts.front().is_some_and(|t| now.duration_since(*t) > window) {
            restarts.pop_front();
        }
        if restarts.len() as i64 > max_restarts {
            stop_all(ctx, &mut kids);
            let name = kids[i].name.clone();
            eprintln!("[mesh-rt] supervisor: child `{name}` restarted more than {max_restarts} time(s) in {max_seconds} s; shutting down");
            exit_actor(ctx, Exit::Killed(format!("supervisor gave up restarting `{name}`")));
        }
        let range = match strategy {
            Strategy::OneForOne => i..i + 1,
            Strategy::OneForAll => 0..kids.len(),
            Strategy::RestForOne => i..kids.len(),
        };
        for j in range.clone().rev() {
            if j != i {
                stop_child(ctx, &mut kids[j]);
            }
        }
        for j in range {
            if j == i || kids[j].restart != Restart::Temporary {
                start_child(ctx, &mut kids[j]);
            }
        }
    }
}

/// Parks until a control signal arrives, and returns it.
unsafe fn next_signal(ctx: *mut Ctx) -> Signal {
    let p = me(ctx);
    loop {
        let mut inner = p.lock();
        if let Some(s) = inner.signals.pop_front() {
            return s;
        }
        inner.wait = WaitFor::Signal;
        drop(inner);
        actor(ctx).suspend(Suspend::Park);
    }
}

unsafe fn start_child(ctx: *mut Ctx, k: &mut Child) {
    let pid = (crate::entry::program().call0)(ctx, k.start);
    k.pid = pid;
    let mine = actor(ctx).pid;
    if me(ctx).lock().links.contains(&pid) {
        // Spawned by the start closure: linked at birth.
        return;
    }
    match registry::get(pid) {
        Some(c) => {
            let mut inner = c.lock();
            if inner.state == State::Done {
                let normal = inner.exit.as_ref().is_none_or(|e| e.is_normal());
                drop(inner);
                me(ctx).lock().signals.push_back(Signal::Exit { from: pid, reason: "ended".into(), normal });
                return;
            }
            inner.links.push(mine);
            drop(inner);
            me(ctx).lock().links.push(pid);
        }
        None => me(ctx).lock().signals.push_back(Signal::Exit { from: pid, reason: "ended".into(), normal: true }),
    }
}

unsafe fn stop_child(ctx: *mut Ctx, k: &mut Child) {
    let pid = std::mem::take(&mut k.pid);
    if pid == 0 {
        return;
    }
    let mine = actor(ctx).pid;
    me(ctx).lock().links.retain(|l| *l != pid);
    if let Some(c) = registry::get(pid) {
        c.lock().links.retain(|l| *l != mine);
    }
    sched::signal(pid, Signal::Kill { reason: "shutdown".into() });
    if k.shutdown >= 0 {
        let deadline = Instant::now() + Duration::from_millis(k.shutdown as u64);
        while registry::get(pid).is_some() && Instant::now() < deadline {
            crate::process::mesh_timer_sleep(ctx, 1);
        }
    }
}

unsafe fn stop_all(ctx: *mut Ctx, kids: &mut [Child]) {
    for k in kids.iter_mut().rev() {
        stop_child(ctx, k);
    }
}
