//! Actor stacks: carved out of large reservations ("slabs") of virtual
//! memory, committed by the kernel only as they are touched, and reused
//! through a free list when actors end.
//!
//! Why no guard page per stack: each guard page splits the mapping, and
//! Linux allows 65,530 mappings per process by default, which caps the
//! number of live actors near 32,000. Instead generated code checks the
//! stack pointer against `Ctx::stack_limit` on every function entry and
//! loop back-edge (the same check implements preemption), and the runtime
//! keeps [`RED_ZONE`] bytes below that limit for its own frames. Each slab
//! keeps one guard page at its bottom.

use corosensei::stack::{Stack, StackPointer};
use std::sync::Mutex;

/// Bytes of address space per actor stack (committed lazily).
pub const STACK_BYTES: usize = 1024 * 1024;
/// Bytes below the limit generated code checks against, for runtime code
/// called from the deepest Mesh frame.
pub const RED_ZONE: usize = 128 * 1024;
/// Stacks per slab.
const SLAB_STACKS: usize = 64;
/// Free stacks kept with their pages committed; beyond this, a released
/// stack's pages are given back to the kernel first.
const KEEP_COMMITTED: usize = 4096;
const PAGE: usize = 4096;

struct Free {
    /// Bases (highest addresses) of free stacks, most recently freed last.
    stacks: Vec<usize>,
    /// Free stacks whose pages went back to the kernel.
    trimmed: Vec<usize>,
}

static FREE: Mutex<Free> = Mutex::new(Free { stacks: Vec::new(), trimmed: Vec::new() });

/// A stack owned by one actor; goes back to the free list when dropped.
pub struct ActorStack {
    base: usize,
    /// Bytes of a dedicated mapping (the main actor's big stack), or 0 for
    /// a stack from a slab.
    own: usize,
    size: usize,
}

impl ActorStack {
    pub fn new() -> Option<ActorStack> {
        let mut free = FREE.lock().unwrap_or_else(|e| e.into_inner());
        if free.stacks.is_empty() && free.trimmed.is_empty() {
            let slab = reserve_slab()?;
            // Hand out from the top of the slab down (the bottom one sits
            // on the guard page).
            for i in 0..SLAB_STACKS {
                free.stacks.push(slab + PAGE + (i + 1) * STACK_BYTES);
            }
        }
        free.stacks.pop().or_else(|| free.trimmed.pop()).map(|base| ActorStack { base, own: 0, size: STACK_BYTES })
    }

    /// A stack of `bytes` in a mapping of its own, with a guard page.
    pub fn dedicated(bytes: usize) -> Option<ActorStack> {
        let len = bytes + PAGE;
        // SAFETY: an anonymous private mapping; no existing memory is touched.
        unsafe {
            let p = libc::mmap(std::ptr::null_mut(), len, libc::PROT_READ | libc::PROT_WRITE, libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE, -1, 0);
            if p == libc::MAP_FAILED {
                return None;
            }
            libc::mprotect(p, PAGE, libc::PROT_NONE);
            Some(ActorStack { base: p as usize + len, own: len, size: bytes })
        }
    }

    /// The lowest address generated code may use (the checked limit).
    pub fn limit_for_code(&self) -> usize {
        self.base - self.size + RED_ZONE
    }

    pub fn base_addr(&self) -> usize {
        self.base
    }
}

fn reserve_slab() -> Option<usize> {
    let len = PAGE + SLAB_STACKS * STACK_BYTES;
    // SAFETY: an anonymous private mapping; no existing memory is touched.
    unsafe {
        let p = libc::mmap(
            std::ptr::null_mut(),
            len,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
            -1,
            0,
        );
        if p == libc::MAP_FAILED {
            return None;
        }
        libc::mprotect(p, PAGE, libc::PROT_NONE);
        Some(p as usize)
    }
}

impl Drop for ActorStack {
    fn drop(&mut self) {
        if self.own != 0 {
            // SAFETY: the mapping was made by `dedicated` and is unused now.
            unsafe { libc::munmap((self.base - self.own) as *mut libc::c_void, self.own) };
            return;
        }
        let mut free = FREE.lock().unwrap_or_else(|e| e.into_inner());
        if free.stacks.len() >= 2 * KEEP_COMMITTED {
            trim(&mut free);
        }
        free.stacks.push(self.base);
    }
}

/// Gives the pages of the oldest free stacks back to the kernel, in as few
/// calls as possible: stacks of a slab are adjacent, so sorted runs merge
/// into one range each (each call costs a TLB shootdown on every core).
fn trim(free: &mut Free) {
    let n = free.stacks.len() - KEEP_COMMITTED;
    let old: Vec<usize> = free.stacks.drain(..n).collect();
    let lows: Vec<usize> = old.iter().map(|b| b - STACK_BYTES).collect();
    // SAFETY: the stacks are free.
    unsafe { crate::heap::release_pages(&lows, STACK_BYTES) };
    free.trimmed.extend(old);
}

// SAFETY: base and limit describe memory owned by this stack while it
// lives; the limit is the true end of the mapping part of this stack.
unsafe impl Stack for ActorStack {
    fn base(&self) -> StackPointer {
        StackPointer::new(self.base).expect("non-null stack base")
    }

    fn limit(&self) -> StackPointer {
        StackPointer::new(self.base - self.size).expect("non-null stack limit")
    }
}
