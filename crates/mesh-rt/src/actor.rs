//! An actor's runtime state: its context (the hidden first parameter of
//! generated code), its heap and the stack it runs on. Issue 5 adds the
//! mailbox, links and the scheduler around it.

use crate::abi::Ctx;
use crate::heap::Heap;

pub struct Actor {
    pub ctx: Ctx,
    pub heap: Heap,
    /// How the actor ended, once it has.
    pub exit: Option<Exit>,
    /// The coroutine's yielder while the actor runs on one.
    pub yielder: *const crate::entry::ActorYielder,
}

/// Why an actor stopped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Exit {
    Normal,
    Panic(String),
}

impl Actor {
    /// A new actor, boxed so its context has a stable address.
    pub fn new() -> Box<Actor> {
        let mut a = Box::new(Actor {
            ctx: Ctx { alloc_ptr: std::ptr::null_mut(), alloc_limit: std::ptr::null_mut(), reductions: 0, site: 0, actor: std::ptr::null_mut() },
            heap: Heap::new(),
            exit: None,
            yielder: std::ptr::null(),
        });
        let p: *mut Actor = &mut *a;
        a.ctx.actor = p;
        a
    }

    pub fn ctx(&mut self) -> *mut Ctx {
        &mut self.ctx
    }
}
