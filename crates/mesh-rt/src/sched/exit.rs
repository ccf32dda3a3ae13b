//! What happens when an actor ends: its job result or failure goes to the
//! job's owner, calls it will never answer fail, linked actors get an exit
//! signal if it failed, and its heap and stack are freed.

use super::proc::{MsgKind, Proc, Signal, State};
use super::{busy_sub, registry, reply, shutdown, signal, MAIN_DONE, MAIN_PID, STATUS};
use crate::actor::Exit;
use std::sync::atomic::Ordering;
use std::sync::Arc;

/// Cleans up after the actor of `p` ended (returned, panicked or killed).
pub fn finish(p: &Arc<Proc>) {
    // SAFETY: called by the worker that ran the actor, which has ended.
    let actor = unsafe { p.actor_mut().take() }.expect("a live actor");
    let exit = actor.exit.clone().unwrap_or(Exit::Normal);
    let pid = p.pid;
    let mut actor = actor;
    if let Some(hook) = actor.on_exit.take() {
        hook(&exit, actor.native.as_deref_mut());
    }
    let mut inner = p.lock();
    inner.state = State::Done;
    inner.exit = Some(exit.clone());
    let links = std::mem::take(&mut inner.links);
    let monitors = std::mem::take(&mut inner.monitors);
    let mailbox = std::mem::take(&mut inner.mailbox);
    let job_owner = inner.job_owner.take();
    inner.replies.clear();
    inner.signals.clear();
    if let Some(k) = inner.timer.take() {
        super::timer::cancel(k);
    }
    drop(inner);
    // Release the pid and its registered names first: whoever learns of
    // this exit (a supervisor restarting the child) may register the name
    // again at once.
    registry::remove(pid);
    let reason = exit.reason();
    if let Some((owner, id)) = job_owner {
        let r = match (&exit, actor.result) {
            // SAFETY: the result lives in the actor's heap, which is intact.
            (Exit::Normal, Some(v)) if !actor.result_desc.is_null() => Ok(unsafe { crate::copy::copy_out_of(&actor.heap, v, &*actor.result_desc) }),
            _ => Err(reason.clone()),
        };
        reply(owner, id, r);
    }
    for env in mailbox {
        if let MsgKind::Call { from, id } = env.kind {
            reply(from, id, Err(format!("the service exited before handling the call ({reason})")));
        }
    }
    if let Some((from, id)) = actor.current_call {
        reply(from, id, Err(format!("the service exited while handling the call ({reason})")));
    }
    for m in monitors.into_iter().filter(|m| !m.desc.is_null()) {
        // SAFETY: the descriptor is a static of the program.
        let data = crate::copy::down_message(unsafe { &*m.desc }, m.tag, m.reference, &reason);
        super::deliver(m.watcher, super::proc::Envelope { kind: MsgKind::Plain, data });
    }
    for l in links {
        if let Some(q) = registry::get(l) {
            q.lock().links.retain(|x| *x != pid);
        }
        signal(l, Signal::Exit { from: pid, reason: reason.clone(), normal: exit.is_normal() });
    }
    drop(actor);
    if pid == MAIN_PID.load(Ordering::SeqCst) {
        if exit.is_normal() {
            MAIN_DONE.store(true, Ordering::SeqCst);
        } else {
            STATUS.store(1, Ordering::SeqCst);
            shutdown();
        }
    }
    busy_sub(1);
}

/// Asks every actor that has run for a whole slice to yield, by poisoning
/// its stack limit (its next check calls `mesh_rt_stack_check`).
pub fn preempt_tick() {
    let Some(s) = super::SCHED.get() else { return };
    for slot in &s.slots {
        let cur = slot.current.lock().unwrap_or_else(|e| e.into_inner());
        if *cur == 0 {
            continue;
        }
        let now = slot.slice.load(Ordering::Relaxed);
        if slot.seen.swap(now, Ordering::Relaxed) == now {
            let ctx = *cur as *mut crate::abi::Ctx;
            // SAFETY: the actor cannot end while `current` is locked and set.
            unsafe { std::ptr::write_volatile(&mut (*ctx).stack_limit, u64::MAX) };
        }
    }
}
