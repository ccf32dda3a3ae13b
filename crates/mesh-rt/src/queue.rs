//! Queues and ranges (LANGUAGE.md 5.5).
//!
//! A queue is `[desc, front, back]` (two lists). The elements in order are
//! `front` followed by `back` reversed (what `compare.rs` reads). This
//! module keeps `back` empty: `push` appends to `front` (in place when the
//! front list owns its array's free tail, so a queue used linearly pushes
//! in amortised O(1)) and `pop` takes a view without the first element
//! (O(1), sharing the array). Queues are persistent values: an old queue
//! still sees exactly its own elements. A queue whose `back` is not empty
//! (made elsewhere) is normalised on its next `push` or `pop`.
//!
//! A range is `[mesh_desc_range, start, end]`, end exclusive.
//!
//! Safety (every `unsafe fn` here): `ctx` is the running actor's context,
//! value words are values of the types the function is declared with, and
//! descriptor words are addresses of descriptors.

#![allow(clippy::missing_safety_doc)]

use crate::abi::*;
use crate::desc::{self, from_word};
use crate::heap::alloc_object;
use crate::list::{append, empty_list};
use crate::panic::panic_msg;
use crate::value::{self, list_get, list_len, new_array, new_list_view, ListBuilder};

crate::export! {
    mesh_queue_new,
    mesh_queue_push,
    mesh_queue_pop,
    mesh_queue_peek,
    mesh_queue_size,
    mesh_queue_is_empty,
    mesh_range_new,
    mesh_range_to_list,
    mesh_range_length,
    mesh_range_map,
    mesh_range_filter,
}

#[inline]
unsafe fn word(p: u64, i: usize) -> u64 {
    *(p as *const u64).add(i)
}

#[inline]
unsafe fn set_word(p: u64, i: usize, v: u64) {
    *(p as *mut u64).add(i) = v;
}

unsafe fn len0(l: u64) -> usize {
    if l == 0 {
        0
    } else {
        list_len(l)
    }
}

// ---------------------------------------------------------------- queues

unsafe fn new_queue(ctx: *mut Ctx, qd: &'static TypeDesc, front: u64, back: u64) -> u64 {
    let q = alloc_object(ctx, qd, QUEUE_WORDS) as u64;
    set_word(q, QUEUE_FRONT, front);
    set_word(q, QUEUE_BACK, back);
    q
}

/// An empty `Queue<T>` (front and back share one empty list).
pub unsafe fn empty_queue(ctx: *mut Ctx, t: &'static TypeDesc) -> u64 {
    let l = empty_list(ctx, desc::list_of(t));
    new_queue(ctx, desc::queue_of(t), l, l)
}

/// The elements of `q` in order as one list, and an empty list for `back`
/// (the queue's own lists when `back` is already empty).
unsafe fn normalised(ctx: *mut Ctx, q: u64, ld: &'static TypeDesc) -> (u64, u64) {
    let front = word(q, QUEUE_FRONT);
    let back = word(q, QUEUE_BACK);
    if len0(back) == 0 {
        let front = if front == 0 { empty_list(ctx, ld) } else { word(q, QUEUE_FRONT) };
        let back = word(q, QUEUE_BACK);
        let back = if back == 0 { front_empty(ctx, ld, front) } else { back };
        return (front, back);
    }
    let (nf, nb) = (len0(front), len0(back));
    let arr = new_array(ctx, ld, (nf + nb).max(4));
    let front = word(q, QUEUE_FRONT);
    let back = word(q, QUEUE_BACK);
    for i in 0..nf {
        set_word(arr, ARRAY_ELEMS + i, list_get(front, i));
    }
    for j in 0..nb {
        set_word(arr, ARRAY_ELEMS + nf + j, list_get(back, nb - 1 - j));
    }
    set_word(arr, ARRAY_USED, (nf + nb) as u64);
    let all = new_list_view(ctx, ld, arr, 0, nf + nb);
    let empty = empty_list(ctx, ld);
    (all, empty)
}

/// An empty list for `back`: `front` itself when it is empty.
unsafe fn front_empty(ctx: *mut Ctx, ld: &'static TypeDesc, front: u64) -> u64 {
    if list_len(front) == 0 {
        front
    } else {
        empty_list(ctx, ld)
    }
}

unsafe fn queue_len(q: u64) -> usize {
    len0(word(q, QUEUE_FRONT)) + len0(word(q, QUEUE_BACK))
}

/// The first element of a non-empty queue.
unsafe fn queue_first(q: u64) -> u64 {
    let front = word(q, QUEUE_FRONT);
    if len0(front) > 0 {
        list_get(front, 0)
    } else {
        let back = word(q, QUEUE_BACK);
        list_get(back, list_len(back) - 1)
    }
}

#[no_mangle]
pub unsafe extern "C" fn mesh_queue_new(ctx: *mut Ctx, dt: u64) -> u64 {
    empty_queue(ctx, from_word(dt))
}

#[no_mangle]
pub unsafe extern "C" fn mesh_queue_push(ctx: *mut Ctx, q: u64, x: u64, dt: u64) -> u64 {
    let t = from_word(dt);
    let ld = desc::list_of(t);
    let (front, back) = normalised(ctx, q, ld);
    let front = append(ctx, ld, front, x);
    new_queue(ctx, desc::queue_of(t), front, back)
}

#[no_mangle]
pub unsafe extern "C" fn mesh_queue_pop(ctx: *mut Ctx, q: u64, dt: u64) -> u64 {
    if queue_len(q) == 0 {
        panic_msg(ctx, "Queue.pop on an empty queue");
    }
    let t = from_word(dt);
    let ld = desc::list_of(t);
    let qd = desc::queue_of(t);
    let (front, back) = normalised(ctx, q, ld);
    let rest = new_list_view(ctx, ld, word(front, LIST_ARRAY), word(front, LIST_START) as usize + 1, list_len(front) - 1);
    let q2 = new_queue(ctx, qd, rest, back);
    let x = list_get(front, 0);
    value::new_tuple(ctx, desc::tuple_of(&[t, qd]), &[x, q2])
}

#[no_mangle]
pub unsafe extern "C" fn mesh_queue_peek(ctx: *mut Ctx, q: u64, dt: u64) -> u64 {
    let od = desc::option_of(from_word(dt));
    if queue_len(q) == 0 {
        return value::none(ctx, od);
    }
    value::some(ctx, od, queue_first(q))
}

#[no_mangle]
pub unsafe extern "C" fn mesh_queue_size(_ctx: *mut Ctx, q: u64, _dt: u64) -> u64 {
    queue_len(q) as u64
}

#[no_mangle]
pub unsafe extern "C" fn mesh_queue_is_empty(_ctx: *mut Ctx, q: u64, _dt: u64) -> u64 {
    (queue_len(q) == 0) as u64
}

/// The elements of a queue in order, as a new list.
pub unsafe fn queue_to_list(ctx: *mut Ctx, q: u64, t: &'static TypeDesc) -> u64 {
    normalised(ctx, q, desc::list_of(t)).0
}

// ---------------------------------------------------------------- ranges

/// `[start, end)` as a range object.
pub unsafe fn new_range(ctx: *mut Ctx, a: i64, b: i64) -> u64 {
    let r = alloc_object(ctx, &desc::mesh_desc_range, RANGE_WORDS) as u64;
    set_word(r, RANGE_START, a as u64);
    set_word(r, RANGE_END, b as u64);
    r
}

/// `(start, end)` of a range.
pub unsafe fn range_bounds(r: u64) -> (i64, i64) {
    (word(r, RANGE_START) as i64, word(r, RANGE_END) as i64)
}

#[no_mangle]
pub unsafe extern "C" fn mesh_range_new(ctx: *mut Ctx, a: u64, b: u64) -> u64 {
    new_range(ctx, a as i64, b as i64)
}

#[no_mangle]
pub unsafe extern "C" fn mesh_range_length(_ctx: *mut Ctx, r: u64) -> u64 {
    let (a, b) = range_bounds(r);
    if b <= a {
        0
    } else {
        b.wrapping_sub(a) as u64
    }
}

#[no_mangle]
pub unsafe extern "C" fn mesh_range_to_list(ctx: *mut Ctx, r: u64) -> u64 {
    let (a, _) = range_bounds(r);
    let n = mesh_range_length(ctx, r) as usize;
    let ld = desc::list_of(&desc::mesh_desc_int);
    let arr = new_array(ctx, ld, n);
    for i in 0..n {
        set_word(arr, ARRAY_ELEMS + i, a.wrapping_add(i as i64) as u64);
    }
    set_word(arr, ARRAY_USED, n as u64);
    new_list_view(ctx, ld, arr, 0, n)
}

#[no_mangle]
pub unsafe extern "C" fn mesh_range_map(ctx: *mut Ctx, r: u64, f: u64, du: u64) -> u64 {
    let (a, _) = range_bounds(r);
    let n = mesh_range_length(ctx, r) as usize;
    let mut b = ListBuilder::new(ctx, desc::list_of(from_word(du)), n);
    for i in 0..n {
        let v = (crate::entry::program().call1)(ctx, f, a.wrapping_add(i as i64) as u64);
        b.push(ctx, v);
    }
    b.finish(ctx)
}

#[no_mangle]
pub unsafe extern "C" fn mesh_range_filter(ctx: *mut Ctx, r: u64, f: u64) -> u64 {
    let (a, _) = range_bounds(r);
    let n = mesh_range_length(ctx, r) as usize;
    let mut b = ListBuilder::new(ctx, desc::list_of(&desc::mesh_desc_int), 4);
    for i in 0..n {
        let x = a.wrapping_add(i as i64) as u64;
        if (crate::entry::program().call1)(ctx, f, x) & 1 != 0 {
            b.push(ctx, x);
        }
    }
    b.finish(ctx)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entry::with_test_actor;

    fn dint() -> u64 {
        &desc::mesh_desc_int as *const TypeDesc as u64
    }

    #[test]
    fn queue_fifo_and_persistence() {
        with_test_actor(|ctx| unsafe {
            let mut q = mesh_queue_new(ctx, dint());
            assert_eq!(mesh_queue_is_empty(ctx, q, dint()), 1);
            for i in 0..10_000u64 {
                q = mesh_queue_push(ctx, q, i, dint());
            }
            let snapshot = q;
            let mut seen = Vec::new();
            for i in 0..20_000u64 {
                if i % 2 == 0 {
                    q = mesh_queue_push(ctx, q, 10_000 + i / 2, dint());
                }
                let t = mesh_queue_pop(ctx, q, dint());
                seen.push(value::field(t, 0));
                q = value::field(t, 1);
            }
            assert_eq!(seen, (0..20_000u64).collect::<Vec<_>>());
            assert_eq!(mesh_queue_size(ctx, q, dint()), 0);
            assert_eq!(mesh_queue_size(ctx, snapshot, dint()), 10_000);
            let p = mesh_queue_peek(ctx, snapshot, dint());
            assert_eq!(value::tag_of(p), desc::TAG_SOME);
            assert_eq!(value::variant_field(p, 0), 0);
            // Pushing onto an old queue does not disturb newer ones.
            let a = mesh_queue_push(ctx, snapshot, 1, dint());
            let b = mesh_queue_push(ctx, snapshot, 2, dint());
            let la = queue_to_list(ctx, a, &desc::mesh_desc_int);
            let lb = queue_to_list(ctx, b, &desc::mesh_desc_int);
            assert_eq!(list_get(la, 10_000), 1);
            assert_eq!(list_get(lb, 10_000), 2);
        });
    }

    #[test]
    fn reversed_back_is_read_in_order() {
        with_test_actor(|ctx| unsafe {
            let ld = desc::list_of(&desc::mesh_desc_int);
            let front = value::new_list(ctx, ld, &[1, 2]);
            let back = value::new_list(ctx, ld, &[5, 4, 3]);
            let q = new_queue(ctx, desc::queue_of(&desc::mesh_desc_int), front, back);
            let q = mesh_queue_push(ctx, q, 6, dint());
            let l = queue_to_list(ctx, q, &desc::mesh_desc_int);
            assert_eq!(value::list_slice(l), &[1, 2, 3, 4, 5, 6]);
        });
    }

    #[test]
    fn ranges() {
        with_test_actor(|ctx| unsafe {
            let r = mesh_range_new(ctx, 3, 7);
            assert_eq!(mesh_range_length(ctx, r), 4);
            assert_eq!(value::list_slice(mesh_range_to_list(ctx, r)), &[3, 4, 5, 6]);
            let e = mesh_range_new(ctx, 7, 3);
            assert_eq!(mesh_range_length(ctx, e), 0);
            assert_eq!(list_len(mesh_range_to_list(ctx, e)), 0);
        });
    }
}
