//! The shared half of an actor: what other actors and runtime threads may
//! touch (mailbox, replies, control signals, links, monitors, state),
//! behind one lock. The private half ([`crate::actor::Actor`]) is touched
//! only by the worker running the actor.
//!
//! Invariant: a parked actor is woken (made runnable) exactly once per
//! park, by whoever changes `state` from `Waiting` under the lock.

use crate::actor::{Actor, Exit};
use crate::copy::Fragment;
use std::cell::UnsafeCell;
use std::collections::VecDeque;
use std::sync::{Arc, Mutex, MutexGuard};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    Runnable,
    Running,
    Waiting,
    Done,
}

/// What a parked actor waits for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WaitFor {
    Nothing,
    /// A message in the mailbox (`receive`, a service's next request).
    Message,
    /// The reply with this id (a service call, `Job.await`).
    Reply(u64),
    /// Only its timer (`Timer.sleep`).
    Timer,
    /// A control signal (a supervisor's loop).
    Signal,
    /// Network I/O done on the I/O runtime (`io_ready`).
    Io,
}

/// How a message arrived.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MsgKind {
    Plain,
    /// A service call awaiting a reply to `from` with `id`.
    Call { from: u64, id: u64 },
    Cast,
}

pub struct Envelope {
    pub kind: MsgKind,
    pub data: Fragment,
}

/// Control signals: separate from the mailbox, handled before any
/// message, at the actor's next scheduling point.
#[derive(Clone, Debug)]
pub enum Signal {
    /// Exit now with this reason (`Process.exit`, a supervisor's shutdown).
    Kill { reason: String },
    /// A linked process ended. An actor that does not trap exits ends too
    /// when `normal` is false; a supervisor acts on it.
    Exit { from: u64, reason: String, normal: bool },
}

/// A monitor on this process: `watcher` gets a message of type `desc`
/// (a String when `tag` < 0, else that variant `Down(ref, reason)`).
#[derive(Clone, Copy, Debug)]
pub struct Monitor {
    pub reference: u64,
    pub watcher: u64,
    pub desc: *const crate::abi::TypeDesc,
    pub tag: i64,
}

// SAFETY: descriptors are immutable statics.
unsafe impl Send for Monitor {}

/// A reply: the value, or why there is none.
pub type Reply = Result<Fragment, String>;

pub struct Inner {
    pub state: State,
    pub wait: WaitFor,
    pub mailbox: VecDeque<Envelope>,
    pub replies: Vec<(u64, Reply)>,
    pub signals: VecDeque<Signal>,
    /// A timer fired for the current park (`park_seq`).
    pub timed_out: bool,
    pub park_seq: u64,
    /// The pending timer of the current park, to cancel on wake.
    pub timer: Option<super::timer::TimerKey>,
    pub links: Vec<u64>,
    /// Who monitors this actor, and how to tell them.
    pub monitors: Vec<Monitor>,
    pub exit: Option<Exit>,
    /// Who gets this actor's result when it is a job: (pid, reply id).
    pub job_owner: Option<(u64, u64)>,
    /// A supervisor: signals wake it only in its loop (`WaitFor::Signal`).
    pub traps: bool,
    /// I/O the actor waits for has progressed (see [`super::io_wake`]).
    pub io_ready: bool,
}

pub struct Proc {
    pub pid: u64,
    inner: Mutex<Inner>,
    actor: UnsafeCell<Option<Box<Actor>>>,
}

// SAFETY: `actor` is touched only by the one worker that moved the
// process from Runnable to Running (see `actor_mut`); the rest is locked.
unsafe impl Sync for Proc {}
unsafe impl Send for Proc {}

impl Proc {
    pub fn new(pid: u64, actor: Box<Actor>) -> Arc<Proc> {
        Arc::new(Proc {
            pid,
            inner: Mutex::new(Inner {
                state: State::Runnable,
                wait: WaitFor::Nothing,
                mailbox: VecDeque::new(),
                replies: Vec::new(),
                signals: VecDeque::new(),
                timed_out: false,
                park_seq: 0,
                timer: None,
                links: Vec::new(),
                monitors: Vec::new(),
                exit: None,
                job_owner: None,
                traps: false,
                io_ready: false,
            }),
            actor: UnsafeCell::new(Some(actor)),
        })
    }

    pub fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The private half.
    ///
    /// # Safety
    /// Only the worker running this process (or the thread that created it,
    /// before it is scheduled) may call this.
    #[allow(clippy::mut_from_ref)]
    pub unsafe fn actor_mut(&self) -> &mut Option<Box<Actor>> {
        &mut *self.actor.get()
    }
}

impl Inner {
    /// Whether a parked actor should run now.
    pub fn should_wake(&self) -> bool {
        if self.timed_out || (!self.signals.is_empty() && (!self.traps || self.wait == WaitFor::Signal)) {
            return true;
        }
        match self.wait {
            WaitFor::Nothing => true,
            WaitFor::Signal => false,
            WaitFor::Message => !self.mailbox.is_empty(),
            WaitFor::Reply(id) => self.replies.iter().any(|(r, _)| *r == id),
            WaitFor::Timer => false,
            WaitFor::Io => self.io_ready,
        }
    }
}

/// Wakes `p` if it is parked and now has reason to run. Call with the lock
/// held (`inner` is `p`'s), after changing what it waits for.
pub fn wake_locked(p: &Arc<Proc>, inner: &mut Inner) {
    if inner.state == State::Waiting && inner.should_wake() {
        inner.state = State::Runnable;
        super::busy_add(1);
        super::make_runnable(p.clone());
    }
}
