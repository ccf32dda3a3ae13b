//! The collector: mostly-copying (Bartlett). Words on the actor's stack,
//! its saved registers and the heap's extra roots are *ambiguous*: any of
//! them that points into a chunk pins that whole chunk (its objects stay
//! where they are and are all treated as live); a large object they point
//! into is kept. Everything reachable from there is found precisely
//! through descriptors and copied (Cheney) into fresh chunks, leaving a
//! forwarding address in the old header. Unpinned chunks are then freed.
//!
//! Invariant: references inside heap objects point at object starts, so
//! forwarding needs no interior-pointer search; only ambiguous roots may be
//! interior, and they pin instead of moving.

use super::layout::{for_each_ref, object_words};
use super::{give_chunk, heap_of, take_chunk, Chunk, Heap, CHUNK_BYTES, CHUNK_WORDS, MIN_THRESHOLD};
use crate::abi::{Ctx, FORWARDED};
use rustc_hash::FxHashSet;

/// Runs a collection of the heap of the actor on `ctx`.
///
/// # Safety
/// Must be called on the actor's own stack, from the runtime (not from
/// inside an object under construction).
#[inline(never)]
pub unsafe fn collect(ctx: *mut Ctx) {
    spill_registers_and(&mut |stack_low| collect_from(ctx, stack_low));
}

/// Stores the callee-saved registers in this frame, then calls `f` with an
/// address below them: scanning from there up to the stack's top sees the
/// registers and every caller's frame.
#[inline(never)]
unsafe fn spill_registers_and(f: &mut dyn FnMut(usize)) {
    let mut regs = [0u64; 12];
    #[cfg(target_arch = "x86_64")]
    core::arch::asm!(
        "mov [{0}], rbx",
        "mov [{0} + 8], rbp",
        "mov [{0} + 16], r12",
        "mov [{0} + 24], r13",
        "mov [{0} + 32], r14",
        "mov [{0} + 40], r15",
        in(reg) regs.as_mut_ptr(),
        options(nostack, preserves_flags)
    );
    #[cfg(target_arch = "aarch64")]
    core::arch::asm!(
        "stp x19, x20, [{0}]",
        "stp x21, x22, [{0}, #16]",
        "stp x23, x24, [{0}, #32]",
        "stp x25, x26, [{0}, #48]",
        "stp x27, x28, [{0}, #64]",
        "stp x29, x30, [{0}, #80]",
        in(reg) regs.as_mut_ptr(),
        options(nostack, preserves_flags)
    );
    let low = regs.as_ptr() as usize;
    f(low);
    std::hint::black_box(&regs);
}

struct Collector<'h> {
    heap: &'h mut Heap,
    /// Unpinned chunks of the old heap: objects there move.
    from: FxHashSet<usize>,
    /// Fresh chunks objects are copied into.
    to: Vec<Chunk>,
    to_ptr: *mut u64,
    to_end: *mut u64,
    /// Large objects marked but not yet scanned.
    large_work: Vec<usize>,
}

unsafe fn collect_from(ctx: *mut Ctx, stack_low: usize) {
    let heap = heap_of(ctx);
    // The chunk being allocated into is filled up to `alloc_ptr`.
    if let Some(last) = heap.chunks.last_mut() {
        if (*ctx).alloc_limit == last.base.add(CHUNK_WORDS) {
            last.top = (*ctx).alloc_ptr;
        }
    }
    let mut pinned: FxHashSet<usize> = FxHashSet::default();
    let mut large_work = Vec::new();
    let high = heap.stack_high.max(stack_low);
    let roots = std::mem::take(&mut heap.roots);
    {
        let mut ambiguous = |w: u64| {
            if let Some(c) = heap.chunk_of(w) {
                pinned.insert(c);
            } else if let Some(start) = heap.large_of(w) {
                let entry = heap.large.get_mut(&start).expect("found above");
                if !entry.1 {
                    entry.1 = true;
                    large_work.push(start);
                }
            }
        };
        let mut a = stack_low & !7;
        while a + 8 <= high {
            ambiguous(*(a as *const u64));
            a += 8;
        }
        for r in &roots {
            ambiguous(*r);
        }
    }
    heap.roots = roots;
    let old = std::mem::take(&mut heap.chunks);
    let from: FxHashSet<usize> = old.iter().map(|c| c.base as usize).filter(|b| !pinned.contains(b)).collect();
    let kept: Vec<Chunk> = old.iter().copied().filter(|c| pinned.contains(&(c.base as usize))).collect();
    let mut gc = Collector { heap, from, to: Vec::new(), to_ptr: std::ptr::null_mut(), to_end: std::ptr::null_mut(), large_work };
    // Objects of pinned chunks are roots: fix their references.
    for c in &kept {
        let mut obj = c.base;
        while obj < c.top {
            let words = object_words(obj);
            gc.scan_object(obj);
            obj = obj.add(words);
        }
    }
    gc.drain();
    // Free what did not survive.
    for base in gc.from.iter() {
        gc.heap.chunk_set.remove(base);
        give_chunk(*base as *mut u64);
    }
    let dead: Vec<usize> = gc.heap.large.iter().filter(|(_, (_, m))| !*m).map(|(s, _)| *s).collect();
    for start in dead {
        let (size, _) = gc.heap.large.remove(&start).expect("listed above");
        std::alloc::dealloc(start as *mut u8, std::alloc::Layout::from_size_align_unchecked(size, 8));
    }
    for v in gc.heap.large.values_mut() {
        v.1 = false;
    }
    // The survivors: pinned chunks (full), then the copies; allocation
    // goes on in the last copy chunk.
    let (to, to_ptr, to_end) = (std::mem::take(&mut gc.to), gc.to_ptr, gc.to_end);
    let heap = gc.heap;
    heap.chunks = kept;
    heap.chunks.extend(to);
    if !to_end.is_null() {
        if let Some(last) = heap.chunks.last_mut() {
            last.top = to_ptr;
        }
    }
    let live = heap.chunks.iter().map(|c| c.top as usize - c.base as usize).sum::<usize>() + heap.large.values().map(|(s, _)| s).sum::<usize>();
    heap.live_after_gc = live;
    heap.allocated = 0;
    heap.threshold = MIN_THRESHOLD.max(live * 3);
    heap.collections += 1;
    if to_end.is_null() {
        // Nothing was copied: allocation starts a fresh chunk next time.
        (*ctx).alloc_ptr = std::ptr::null_mut();
        (*ctx).alloc_limit = std::ptr::null_mut();
    } else {
        (*ctx).alloc_ptr = to_ptr;
        (*ctx).alloc_limit = to_end;
    }
    // Copies are not new allocation.
    heap.counted = (*ctx).alloc_ptr;
}

impl Collector<'_> {
    /// The new address of the object `p` refers to, copying it if it sits
    /// in a chunk being evacuated.
    unsafe fn evacuate(&mut self, p: u64) -> u64 {
        if p == 0 {
            return 0;
        }
        let base = (p as usize) & !(CHUNK_BYTES - 1);
        if self.from.contains(&base) {
            let obj = p as *mut u64;
            let header = *obj;
            if header & FORWARDED != 0 {
                return header & !FORWARDED;
            }
            let words = object_words(obj);
            let new = self.bump(words);
            std::ptr::copy_nonoverlapping(obj, new, words);
            *obj = new as u64 | FORWARDED;
            return new as u64;
        }
        if let Some(entry) = self.heap.large.get_mut(&(p as usize)) {
            if !entry.1 {
                entry.1 = true;
                self.large_work.push(p as usize);
            }
        }
        p
    }

    unsafe fn bump(&mut self, words: usize) -> *mut u64 {
        if self.to_ptr.is_null() || self.to_ptr.add(words) > self.to_end {
            if let Some(last) = self.to.last_mut() {
                last.top = self.to_ptr;
            }
            let base = take_chunk();
            self.heap.chunk_set.insert(base as usize);
            self.to.push(Chunk { base, top: base });
            self.to_ptr = base;
            self.to_end = base.add(CHUNK_WORDS);
        }
        let p = self.to_ptr;
        self.to_ptr = p.add(words);
        p
    }

    unsafe fn scan_object(&mut self, obj: *mut u64) {
        for_each_ref(obj, |slot| {
            let v = *slot;
            *slot = self.evacuate(v);
        });
    }

    /// Scans copies (Cheney) and marked large objects until none is left.
    unsafe fn drain(&mut self) {
        let mut chunk_i = 0;
        let mut scan: *mut u64 = std::ptr::null_mut();
        loop {
            let mut progressed = false;
            while chunk_i < self.to.len() {
                let c = self.to[chunk_i];
                if scan.is_null() || scan < c.base || scan > c.base.add(CHUNK_WORDS) {
                    scan = c.base;
                }
                let is_current = chunk_i + 1 == self.to.len();
                let top = if is_current { self.to_ptr } else { c.top };
                if scan < top {
                    let words = object_words(scan);
                    let obj = scan;
                    scan = scan.add(words);
                    self.scan_object(obj);
                    progressed = true;
                } else if is_current {
                    break;
                } else {
                    chunk_i += 1;
                    scan = std::ptr::null_mut();
                }
            }
            while let Some(start) = self.large_work.pop() {
                self.scan_object(start as *mut u64);
                progressed = true;
            }
            if !progressed {
                break;
            }
        }
    }
}
