//! An actor's private state: its context (kept in the pinned register by
//! generated code), its heap, the coroutine and stack it runs on. Only the
//! worker thread running the actor touches it; everything other actors
//! may touch is in [`crate::sched::proc::Proc`].

use crate::abi::Ctx;
use crate::heap::Heap;
use crate::sched::stack::ActorStack;
use corosensei::{Coroutine, Yielder};

/// What a running actor tells the worker when it gives the thread back.
pub enum Suspend {
    /// Park until woken (message, reply, timer, signal).
    Park,
    /// Preempted: run again later.
    Yield,
    /// The actor has ended (panic or exit signal): never resume it.
    Exited,
}

/// What the worker passes when resuming an actor.
pub type Resume = ();

pub type ActorYielder = Yielder<Resume, Suspend>;
pub type ActorCoroutine = Coroutine<Resume, Suspend, (), ActorStack>;

pub struct Actor {
    pub ctx: Ctx,
    pub heap: Heap,
    /// How the actor ended, once it has.
    pub exit: Option<Exit>,
    /// The coroutine's yielder while the actor runs on one.
    pub yielder: *const ActorYielder,
    pub coroutine: Option<ActorCoroutine>,
    /// The stack limit generated code checks (`ctx.stack_limit` when no
    /// preemption is requested).
    pub real_limit: u64,
    /// The actor's `terminate` clause (a closure), or 0.
    pub terminate: u64,
    /// For a service: the caller of the call being handled.
    pub current_call: Option<(u64, u64)>,
    pub pid: u64,
    /// The shared half (valid while the actor lives: the registry holds it).
    pub me: *const crate::sched::proc::Proc,
    /// What the actor's function returned (a job's result).
    pub result: Option<u64>,
    /// The type of `result`, for copying it to the job's owner.
    pub result_desc: *const crate::abi::TypeDesc,
    /// The flattened start value (spawn closure), until the actor's
    /// function has returned.
    pub start: Option<crate::copy::Fragment>,
    /// Monitors this actor holds: (reference, monitored pid).
    pub monitoring: Vec<(u64, u64)>,
    /// A supervisor: exit signals of linked processes are its to handle.
    pub traps_exits: bool,
    /// Jobs this actor started and has not awaited: (pid, reply id).
    pub jobs: Vec<(u64, u64)>,
    /// Runs once when the actor ends, however it ends (an HTTP request's
    /// actor answers 500 from here when its handler panicked).
    pub on_exit: Option<OnExit>,
    /// The state of an actor running runtime code ([`crate::sched::spawn_native`]):
    /// kept here, not in its coroutine, so it is freed even when the actor
    /// is killed (a stack is dropped without unwinding).
    pub native: Option<Box<dyn std::any::Any + Send>>,
}

/// A hook run when an actor ends, with how it ended and its native state
/// ([`Actor::native`]).
pub type OnExit = Box<dyn FnOnce(&Exit, Option<&mut (dyn std::any::Any + Send)>) + Send>;

/// Why an actor stopped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Exit {
    Normal,
    Panic(String),
    /// Killed by an exit signal (a linked actor's failure, `Process.exit`).
    Killed(String),
}

impl Exit {
    pub fn is_normal(&self) -> bool {
        matches!(self, Exit::Normal)
    }

    pub fn reason(&self) -> String {
        match self {
            Exit::Normal => "normal".into(),
            Exit::Panic(m) => m.clone(),
            Exit::Killed(m) => m.clone(),
        }
    }
}

impl Actor {
    /// A new actor, boxed so its context has a stable address.
    pub fn new() -> Box<Actor> {
        let mut a = Box::new(Actor {
            ctx: Ctx { alloc_ptr: std::ptr::null_mut(), alloc_limit: std::ptr::null_mut(), stack_limit: 0, site: 0, actor: std::ptr::null_mut(), status: 0 },
            heap: Heap::new(),
            exit: None,
            yielder: std::ptr::null(),
            coroutine: None,
            real_limit: 0,
            terminate: 0,
            current_call: None,
            pid: 0,
            me: std::ptr::null(),
            result: None,
            result_desc: std::ptr::null(),
            jobs: Vec::new(),
            traps_exits: false,
            monitoring: Vec::new(),
            start: None,
            on_exit: None,
            native: None,
        });
        let p: *mut Actor = &mut *a;
        a.ctx.actor = p;
        a
    }

    pub fn ctx(&mut self) -> *mut Ctx {
        &mut self.ctx
    }

    /// Gives the thread back to the worker.
    ///
    /// # Safety
    /// Must run on the actor's own coroutine.
    pub unsafe fn suspend(&mut self, s: Suspend) {
        let y = self.yielder;
        (*y).suspend(s);
    }
}
