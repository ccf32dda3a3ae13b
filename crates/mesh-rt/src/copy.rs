//! Deep copies of values between actors (messages, spawn arguments,
//! service calls and replies, job results): the sender flattens the value
//! into a [`Fragment`] (one contiguous buffer of objects in which
//! references to other objects of the fragment are relative), the receiver
//! copies the buffer into its own heap in one allocation and relocates.
//! Objects outside the sender's heap (static data emitted by codegen) are
//! immutable and shared by address.
//!
//! Invariant: a fragment holds no reference into any actor's heap.

use crate::abi::{Ctx, TypeDesc};
use crate::heap::{heap_of, layout, Heap};
use rustc_hash::FxHashMap;

/// A value detached from every heap.
pub struct Fragment {
    /// Objects, back to back; a reference slot holding `(offset << 3) | 1`
    /// points at the object starting at word `offset`.
    words: Vec<u64>,
    /// The value when `words` is empty (an immediate word or a static
    /// address); otherwise the value is the object at offset 0.
    root: u64,
    /// `words` holds exactly one object.
    single: bool,
    /// The value's type as the sender knew it (null when not known).
    pub desc: *const TypeDesc,
}

// SAFETY: a fragment refers to no heap (module invariant); `desc` points
// at an immutable descriptor.
unsafe impl Send for Fragment {}
// SAFETY: a fragment is never changed after it is made; copying it in
// only reads it.
unsafe impl Sync for Fragment {}

const REL: u64 = 1;

impl Fragment {
    /// An immediate value (or a static object): nothing to copy.
    pub fn word(w: u64) -> Fragment {
        Fragment { words: Vec::new(), root: w, single: false, desc: std::ptr::null() }
    }

    /// One object referring to no other object of the fragment (a spawn
    /// closure capturing only scalars and static data): it can be used
    /// where it is, outside any heap, for as long as the fragment lives:
    /// the collector ignores addresses outside the heap and the object
    /// holds nothing it would need to trace.
    pub fn in_place(&self) -> Option<u64> {
        (!self.words.is_empty() && self.single).then(|| self.words.as_ptr() as u64)
    }
}

/// A `Process.monitor` notification: the String `"DOWN <ref> <reason>"`
/// when `tag` is negative, else the variant `tag` of sum type `desc` with
/// fields `(ref, reason)`.
pub fn down_message(desc: &TypeDesc, tag: i64, r: u64, reason: &str) -> Fragment {
    let text = if tag < 0 { format!("DOWN {r} {reason}") } else { reason.to_string() };
    let n = crate::heap::layout::string_words(text.len());
    let mut s = vec![0u64; n];
    s[0] = &crate::desc::mesh_desc_string as *const TypeDesc as u64;
    s[crate::abi::STRING_LEN] = text.len() as u64;
    // SAFETY: the buffer has room for the bytes after the two header words.
    unsafe { std::ptr::copy_nonoverlapping(text.as_ptr(), (s.as_mut_ptr() as *mut u8).add(crate::abi::STRING_BYTES * 8), text.len()) };
    if tag < 0 {
        return Fragment { words: s, root: 0, single: true, desc: &crate::desc::mesh_desc_string };
    }
    let mut words = vec![desc as *const TypeDesc as u64, tag as u64, r, (4 << 3) | REL];
    words.extend(s);
    Fragment { words, root: 0, single: false, desc }
}

/// Flattens `v` (of type `desc`) out of the heap of the actor on `ctx`.
///
/// # Safety
/// `ctx` must be the running actor's context and `v` a valid value of
/// type `desc`.
pub unsafe fn copy_out(ctx: *mut Ctx, v: u64, desc: &TypeDesc) -> Fragment {
    copy_out_of(heap_of(ctx), v, desc)
}

/// Flattens `v` (of type `desc`) out of `heap`.
///
/// # Safety
/// `v` must be a valid value of type `desc` living in `heap` (or static).
pub unsafe fn copy_out_of(heap: &Heap, v: u64, desc: &TypeDesc) -> Fragment {
    let mut f = if !desc.kind.is_ref() || v == 0 { Fragment::word(v) } else { flatten(heap, v) };
    f.desc = desc;
    f
}

/// Flattens the object `v` (whose header says its type).
///
/// # Safety
/// As [`copy_out`].
pub unsafe fn copy_out_object(ctx: *mut Ctx, v: u64) -> Fragment {
    let mut f = flatten(heap_of(ctx), v);
    f.desc = layout::desc_of(v as *const u64);
    f
}

unsafe fn flatten(heap: &Heap, v: u64) -> Fragment {
    let in_heap = |a: u64| a != 0 && a & 7 == 0 && (heap.chunk_of(a).is_some() || heap.large_of(a).is_some());
    if !in_heap(v) {
        return Fragment::word(v);
    }
    // Give every reachable heap object an offset (iteratively: values may
    // be deep), then copy each and rewrite its references.
    let mut offsets: FxHashMap<u64, u64> = FxHashMap::default();
    let mut order: Vec<u64> = Vec::new();
    let mut stack = vec![v];
    let mut total = 0u64;
    while let Some(o) = stack.pop() {
        if offsets.contains_key(&o) {
            continue;
        }
        offsets.insert(o, total);
        order.push(o);
        total += layout::object_words(o as *const u64) as u64;
        layout::for_each_ref(o as *mut u64, |slot| {
            let r = *slot;
            if in_heap(r) && !offsets.contains_key(&r) {
                stack.push(r);
            }
        });
    }
    let mut words = Vec::with_capacity(total as usize);
    for &o in &order {
        let n = layout::object_words(o as *const u64);
        let start = words.len();
        words.extend_from_slice(std::slice::from_raw_parts(o as *const u64, n));
        let copy = words.as_mut_ptr().add(start);
        layout::for_each_ref(copy, |slot| {
            if let Some(off) = offsets.get(&*slot) {
                *slot = (off << 3) | REL;
            }
        });
    }
    let single = order.len() == 1;
    Fragment { words, root: 0, single, desc: std::ptr::null() }
}

/// Copies `f` into the heap of the actor on `ctx`; returns the value.
///
/// # Safety
/// `ctx` must be the running actor's context.
pub unsafe fn copy_in(ctx: *mut Ctx, f: &Fragment) -> u64 {
    if f.words.is_empty() {
        return f.root;
    }
    let n = f.words.len();
    if n * 8 < crate::heap::LARGE_BYTES {
        // One contiguous region; nothing allocates until it is relocated.
        let base = crate::heap::alloc_raw(ctx, n);
        std::ptr::copy_nonoverlapping(f.words.as_ptr(), base, n);
        let mut i = 0;
        while i < n {
            let obj = base.add(i);
            relocate(obj, |off| base.add(off) as u64);
            i += layout::object_words(obj);
        }
        return base as u64;
    }
    // A big value: object by object, with collection held off until every
    // relative reference is resolved.
    heap_of(ctx).no_gc += 1;
    let mut placed: FxHashMap<usize, u64> = FxHashMap::default();
    let mut copies = Vec::new();
    let mut i = 0;
    while i < n {
        let src = f.words.as_ptr().add(i);
        let w = layout::object_words(src);
        let dst = crate::heap::alloc_raw(ctx, w);
        std::ptr::copy_nonoverlapping(src, dst, w);
        placed.insert(i, dst as u64);
        copies.push(dst);
        i += w;
    }
    for dst in copies {
        relocate(dst, |off| placed[&off]);
    }
    heap_of(ctx).no_gc -= 1;
    placed[&0]
}

unsafe fn relocate(obj: *mut u64, at: impl Fn(usize) -> u64) {
    layout::for_each_ref(obj, |slot| {
        if *slot & REL == REL {
            *slot = at((*slot >> 3) as usize);
        }
    });
}
