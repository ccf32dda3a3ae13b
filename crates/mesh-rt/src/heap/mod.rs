//! The per-actor heap: objects are bump-allocated in chunks of
//! [`CHUNK_BYTES`] (aligned to their size, so a chunk is found from any
//! address inside it by masking); objects bigger than [`LARGE_BYTES`] get
//! an allocation of their own. Generated code bumps `Ctx::alloc_ptr`
//! inline and calls [`mesh_rt_alloc_slow`] when the chunk is full.
//!
//! Invariant: every object is initialised (header and every reference
//! word) before the next allocation, so the collector may run at any
//! allocation and walk any chunk from its start.

pub mod gc;
pub mod layout;

use crate::abi::{Ctx, TypeDesc};
use rustc_hash::FxHashSet;
use std::alloc::{alloc as sys_alloc, dealloc, Layout};
use std::sync::Mutex;

pub const CHUNK_BYTES: usize = 256 * 1024;
pub const CHUNK_WORDS: usize = CHUNK_BYTES / 8;
/// Objects at least this big live outside the chunks.
pub const LARGE_BYTES: usize = 32 * 1024;
/// The heap grows to at least this much before its first collection.
pub(crate) const MIN_THRESHOLD: usize = 4 * 1024 * 1024;

/// Free chunks shared by all heaps (a dead actor's chunks go back here),
/// and the unused rest of the current reservation.
struct Chunks {
    /// Free chunks with their pages still committed.
    free: Vec<usize>,
    /// Free chunks whose pages went back to the kernel.
    cold: Vec<usize>,
    next: usize,
    end: usize,
}

static POOL: Mutex<Chunks> = Mutex::new(Chunks { free: Vec::new(), cold: Vec::new(), next: 0, end: 0 });
/// How many free chunks (64 MB) the pool keeps committed: a heap that
/// collects returns its chunks here and takes them again, so the pool
/// must hold a whole cycle of a heap with tens of MB live, or every cycle
/// faults its pages in afresh. Beyond that, freed chunks give their pages
/// back to the kernel (their addresses stay reserved for reuse).
const POOL_KEEP: usize = 256;
/// Chunks are carved from reservations of this many: one memory mapping
/// per 64 MB instead of one per chunk (Linux allows 65,530 mappings).
const RESERVE_CHUNKS: usize = 256;

pub(crate) fn take_chunk() -> *mut u64 {
    let mut pool = POOL.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(c) = pool.free.pop().or_else(|| pool.cold.pop()) {
        return c as *mut u64;
    }
    if pool.next == pool.end {
        let len = (RESERVE_CHUNKS + 1) * CHUNK_BYTES;
        // SAFETY: a fresh anonymous private mapping.
        let p = unsafe { libc::mmap(std::ptr::null_mut(), len, libc::PROT_READ | libc::PROT_WRITE, libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE, -1, 0) };
        if p == libc::MAP_FAILED {
            crate::panic::out_of_memory(len);
        }
        // Chunks are aligned to their size (found from any inner address
        // by masking): skip to the first aligned address.
        let start = (p as usize + CHUNK_BYTES - 1) & !(CHUNK_BYTES - 1);
        pool.next = start;
        pool.end = start + RESERVE_CHUNKS * CHUNK_BYTES;
    }
    let c = pool.next;
    pool.next += CHUNK_BYTES;
    c as *mut u64
}

/// Gives back to the kernel the pages of the blocks of `unit` bytes
/// starting at `lows`, adjacent blocks in one call (each call costs a TLB
/// shootdown on every core). Used for free heap chunks and free stacks.
///
/// # Safety
/// Every block must be unused memory of this process's reservations.
pub(crate) unsafe fn release_pages(lows: &[usize], unit: usize) {
    let mut sorted = lows.to_vec();
    sorted.sort_unstable();
    let mut i = 0;
    while i < sorted.len() {
        let mut j = i;
        while j + 1 < sorted.len() && sorted[j + 1] == sorted[j] + unit {
            j += 1;
        }
        libc::madvise(sorted[i] as *mut libc::c_void, sorted[j] + unit - sorted[i], libc::MADV_DONTNEED);
        i = j + 1;
    }
}

pub(crate) fn give_chunk(c: *mut u64) {
    let mut pool = POOL.lock().unwrap_or_else(|e| e.into_inner());
    pool.free.push(c as usize);
    if pool.free.len() >= 2 * POOL_KEEP {
        // Give the oldest free chunks' pages back, adjacent ones in one
        // call (each call costs a TLB shootdown on every core).
        let n = pool.free.len() - POOL_KEEP;
        let old: Vec<usize> = pool.free.drain(..n).collect();
        // SAFETY: the chunks are free; their pages read as zero when reused.
        unsafe { release_pages(&old, CHUNK_BYTES) };
        pool.cold.extend(old);
    }
}

/// A chunk in use: its base and how far it is filled (for the chunk being
/// allocated into, `Ctx::alloc_ptr` is the real fill mark).
#[derive(Clone, Copy, Debug)]
pub struct Chunk {
    pub base: *mut u64,
    pub top: *mut u64,
}

pub struct Heap {
    /// Full chunks, then (last) the chunk being allocated into.
    pub chunks: Vec<Chunk>,
    /// Bases of `chunks`, for "is this word a pointer into my heap?".
    pub chunk_set: FxHashSet<usize>,
    /// Large objects by start address: (size in bytes, marked).
    pub large: std::collections::BTreeMap<usize, (usize, bool)>,
    /// Bytes allocated since the last collection.
    pub allocated: usize,
    /// Collect when `allocated` passes this.
    pub threshold: usize,
    /// Extra ambiguous roots (runtime values held outside any stack).
    pub roots: Vec<u64>,
    /// Bounds of the stack the actor runs on: `[low, high)`.
    pub stack_high: usize,
    pub collections: u64,
    /// Bytes that survived the last collection.
    pub live_after_gc: usize,
    /// Where in the current chunk allocation was last counted (the inline
    /// fast path does not count; the slow path counts the chunk's fill).
    pub counted: *mut u64,
    /// Bytes allocated over the heap's life.
    pub total_allocated: u64,
    /// Non-zero while the runtime holds objects that are not yet valid
    /// (a message being copied in): allocation does not collect.
    pub no_gc: u32,
}

impl Default for Heap {
    fn default() -> Self {
        Heap::new()
    }
}

impl Heap {
    pub fn new() -> Heap {
        Heap {
            chunks: Vec::new(),
            chunk_set: FxHashSet::default(),
            large: Default::default(),
            allocated: 0,
            threshold: MIN_THRESHOLD,
            roots: Vec::new(),
            stack_high: 0,
            collections: 0,
            live_after_gc: 0,
            counted: std::ptr::null_mut(),
            total_allocated: 0,
            no_gc: 0,
        }
    }

    /// Starts allocating into a fresh chunk; returns its bounds.
    fn new_chunk(&mut self) -> (*mut u64, *mut u64) {
        let base = take_chunk();
        self.chunks.push(Chunk { base, top: base });
        self.chunk_set.insert(base as usize);
        // SAFETY: a chunk is CHUNK_WORDS long.
        (base, unsafe { base.add(CHUNK_WORDS) })
    }

    /// The chunk holding `addr`, if it is one of this heap's.
    #[inline]
    pub fn chunk_of(&self, addr: u64) -> Option<usize> {
        let base = (addr as usize) & !(CHUNK_BYTES - 1);
        self.chunk_set.contains(&base).then_some(base)
    }

    /// The large object containing `addr`, if any.
    pub fn large_of(&self, addr: u64) -> Option<usize> {
        let (start, (size, _)) = self.large.range(..=addr as usize).next_back()?;
        ((addr as usize) < start + size).then_some(*start)
    }

    /// Total bytes in use (chunks as filled, plus large objects).
    pub fn bytes_in_use(&self) -> usize {
        self.chunks.len() * CHUNK_BYTES + self.large.values().map(|(s, _)| s).sum::<usize>()
    }

    /// Frees everything (the actor ended).
    pub fn release(&mut self) {
        for c in self.chunks.drain(..) {
            give_chunk(c.base);
        }
        self.chunk_set.clear();
        for (start, (size, _)) in std::mem::take(&mut self.large) {
            // SAFETY: large objects come from `alloc` with this layout.
            unsafe { dealloc(start as *mut u8, Layout::from_size_align_unchecked(size, 8)) };
        }
    }
}

impl Drop for Heap {
    fn drop(&mut self) {
        self.release();
    }
}

/// The heap of the actor running on `ctx`.
///
/// # Safety
/// `ctx` must be the live context of a running actor.
#[inline]
pub unsafe fn heap_of<'a>(ctx: *mut Ctx) -> &'a mut Heap {
    &mut (*(*ctx).actor).heap
}

/// Allocates `words` words (not initialised) and writes `desc` as the
/// header. The caller initialises the rest before allocating again.
///
/// # Safety
/// `ctx` must be the live context of the running actor.
#[inline]
pub unsafe fn alloc_object(ctx: *mut Ctx, desc: *const TypeDesc, words: usize) -> *mut u64 {
    let p = (*ctx).alloc_ptr;
    let end = p.wrapping_add(words);
    let obj = if words * 8 < LARGE_BYTES && !p.is_null() && end <= (*ctx).alloc_limit {
        (*ctx).alloc_ptr = end;
        p
    } else {
        mesh_rt_alloc_slow(ctx, words as u64)
    };
    *obj = desc as u64;
    obj
}

/// Allocates `words` uninitialised words (no header written): for a region
/// of several objects when `words * 8 < LARGE_BYTES`, else one object.
///
/// # Safety
/// `ctx` must be the live context of the running actor; the caller fills
/// the memory with valid objects before allocating again.
#[inline]
pub unsafe fn alloc_raw(ctx: *mut Ctx, words: usize) -> *mut u64 {
    let p = (*ctx).alloc_ptr;
    let end = p.wrapping_add(words);
    if words * 8 < LARGE_BYTES && !p.is_null() && end <= (*ctx).alloc_limit {
        (*ctx).alloc_ptr = end;
        p
    } else {
        mesh_rt_alloc_slow(ctx, words as u64)
    }
}

/// Like [`alloc_object`], with every word after the header zeroed.
pub unsafe fn alloc_zeroed(ctx: *mut Ctx, desc: *const TypeDesc, words: usize) -> *mut u64 {
    let obj = alloc_object(ctx, desc, words);
    std::ptr::write_bytes(obj.add(1), 0, words - 1);
    obj
}

/// The slow path of allocation: the current chunk is full (or the object
/// is large). May collect. Returns uninitialised memory of `words` words.
///
/// # Safety
/// `ctx` must be the live context of the running actor.
#[no_mangle]
pub unsafe extern "C" fn mesh_rt_alloc_slow(ctx: *mut Ctx, words: u64) -> *mut u64 {
    let words = words as usize;
    let bytes = words * 8;
    let heap = heap_of(ctx);
    // Count what the fast path allocated in the current chunk, and close
    // the chunk at its real fill mark.
    if !heap.counted.is_null() && !(*ctx).alloc_ptr.is_null() {
        let fill = (*ctx).alloc_ptr as usize - heap.counted as usize;
        heap.allocated += fill;
        heap.total_allocated += fill as u64;
    }
    heap.counted = (*ctx).alloc_ptr;
    if let Some(last) = heap.chunks.last_mut() {
        if (*ctx).alloc_limit == last.base.add(CHUNK_WORDS) {
            last.top = (*ctx).alloc_ptr;
        }
    }
    if heap.allocated + bytes > heap.threshold && heap.no_gc == 0 {
        gc::collect(ctx);
    }
    let heap = heap_of(ctx);
    heap.counted = (*ctx).alloc_ptr;
    if bytes >= LARGE_BYTES {
        heap.allocated += bytes;
        heap.total_allocated += bytes as u64;
        let layout = Layout::from_size_align(bytes, 8).expect("large object layout");
        let p = sys_alloc(layout) as *mut u64;
        if p.is_null() {
            crate::panic::out_of_memory(bytes);
        }
        heap.large.insert(p as usize, (bytes, false));
        return p;
    }
    if (*ctx).alloc_ptr.is_null() || (*ctx).alloc_ptr.wrapping_add(words) > (*ctx).alloc_limit {
        let (base, limit) = heap.new_chunk();
        (*ctx).alloc_ptr = base;
        (*ctx).alloc_limit = limit;
        heap.counted = base;
    }
    let p = (*ctx).alloc_ptr;
    (*ctx).alloc_ptr = p.add(words);
    p
}

