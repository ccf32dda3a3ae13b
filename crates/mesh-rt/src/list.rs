//! Lists (LANGUAGE.md 5.3): array-backed, O(1) `get`; appends in place when the list is the array's last view (amortised O(1) building); the list builder generated code uses for literals and `for`.
//!
//! A list is `[desc, len, array, start]`: elements `start .. start + len`
//! of an array `[desc, cap, used, elems...]` (docs/ABI.md section 2).
//! Lists are immutable values; several lists may share one array. Only the
//! slots past `used` are ever written after creation, and only by the list
//! whose end is `used` (it "owns" the free tail), so sharing is invisible.
//!
//! Invariant (GC): functions that call closures (which may collect) keep
//! only the list/closure references they were given (or made) in Rust
//! locals and re-read elements through [`value::list_get`] after every
//! call; arrays they fill across allocations are made zeroed.
//!
//! Safety (every `unsafe fn` here): `ctx` is the running actor's context,
//! value words are values of the types the function is declared with, and
//! descriptor words are addresses of descriptors.

#![allow(clippy::missing_safety_doc)]

use crate::abi::*;
use crate::desc::{self, from_word};
use crate::panic::panic_msg;
use crate::value::{self, list_get, list_len, new_array, new_list_view, ListBuilder};

crate::export! {
    mesh_list_new,
    mesh_list_length,
    mesh_list_append,
    mesh_list_prepend,
    mesh_list_head,
    mesh_list_last,
    mesh_list_tail,
    mesh_list_get,
    mesh_list_nth,
    mesh_list_concat,
    mesh_list_reverse,
    mesh_list_map,
    mesh_list_filter,
    mesh_list_reduce,
    mesh_list_each,
    mesh_list_sort,
    mesh_list_find,
    mesh_list_any,
    mesh_list_all,
    mesh_list_contains,
    mesh_list_zip,
    mesh_list_flat_map,
    mesh_list_flatten,
    mesh_list_enumerate,
    mesh_list_take,
    mesh_list_drop,
    mesh_list_is_empty,
    mesh_list_collect,
    mesh_map,
    mesh_filter,
    mesh_reduce,
    mesh_head,
    mesh_tail,
    mesh_rt_lb_new,
    mesh_rt_lb_push,
    mesh_rt_lb_finish,
    mesh_rt_list_head_raw,
    mesh_rt_list_tail_raw,
    mesh_rt_tuple_nth,
    mesh_tuple_first,
    mesh_tuple_second,
    mesh_tuple_nth,
    mesh_tuple_size,
}

// ---------------------------------------------------------------- helpers

#[inline]
unsafe fn call1(ctx: *mut Ctx, f: u64, a: u64) -> u64 {
    (crate::entry::program().call1)(ctx, f, a)
}

#[inline]
unsafe fn call2(ctx: *mut Ctx, f: u64, a: u64, b: u64) -> u64 {
    (crate::entry::program().call2)(ctx, f, a, b)
}

#[inline]
unsafe fn word(p: u64, i: usize) -> u64 {
    *(p as *const u64).add(i)
}

#[inline]
unsafe fn set_word(p: u64, i: usize, v: u64) {
    *(p as *mut u64).add(i) = v;
}

/// The list descriptor for elements described by the hidden word `d`.
#[inline]
unsafe fn list_desc(d: u64) -> &'static TypeDesc {
    desc::list_of(from_word(d))
}

/// An empty list of the list type `ld`.
pub unsafe fn empty_list(ctx: *mut Ctx, ld: &'static TypeDesc) -> u64 {
    let arr = new_array(ctx, ld, 0);
    new_list_view(ctx, ld, arr, 0, 0)
}

/// `xs` with `x` at the end: in place when `xs` ends at its array's `used`
/// mark and the array has room, else a copy into an array of twice the
/// length (so building a list by appends is amortised O(1)).
pub unsafe fn append(ctx: *mut Ctx, ld: &'static TypeDesc, xs: u64, x: u64) -> u64 {
    let len = list_len(xs);
    let arr = word(xs, LIST_ARRAY);
    let start = word(xs, LIST_START) as usize;
    let cap = word(arr, ARRAY_CAP) as usize;
    let used = word(arr, ARRAY_USED) as usize;
    if start + len == used && used < cap {
        set_word(arr, ARRAY_ELEMS + used, x);
        set_word(arr, ARRAY_USED, (used + 1) as u64);
        return new_list_view(ctx, ld, arr, start, len + 1);
    }
    let new_cap = (len * 2).max(4);
    let fresh = new_array(ctx, ld, new_cap);
    copy_into(fresh, 0, xs);
    set_word(fresh, ARRAY_ELEMS + len, x);
    set_word(fresh, ARRAY_USED, (len + 1) as u64);
    new_list_view(ctx, ld, fresh, 0, len + 1)
}

/// Copies the elements of list `xs` into array `arr` from slot `at`
/// (does not touch `used`; no allocation).
unsafe fn copy_into(arr: u64, at: usize, xs: u64) {
    let src = value::list_slice(xs);
    if src.is_empty() {
        return;
    }
    std::ptr::copy_nonoverlapping(src.as_ptr(), (arr as *mut u64).add(ARRAY_ELEMS + at), src.len());
}

/// `a ++ b`: shares `a`'s array when `a` owns its free tail and `b` fits.
pub unsafe fn concat(ctx: *mut Ctx, ld: &'static TypeDesc, a: u64, b: u64) -> u64 {
    let alen = list_len(a);
    let blen = list_len(b);
    if blen == 0 {
        return a;
    }
    if alen == 0 {
        return b;
    }
    let arr = word(a, LIST_ARRAY);
    let start = word(a, LIST_START) as usize;
    let cap = word(arr, ARRAY_CAP) as usize;
    let used = word(arr, ARRAY_USED) as usize;
    let total = alen + blen;
    if start + alen == used && used + blen <= cap {
        copy_into(arr, used, b);
        set_word(arr, ARRAY_USED, (used + blen) as u64);
        return new_list_view(ctx, ld, arr, start, total);
    }
    // Room to grow so that `acc ++ [x]` in a loop stays amortised O(1).
    let new_cap = total + total / 2;
    let fresh = new_array(ctx, ld, new_cap);
    copy_into(fresh, 0, a);
    copy_into(fresh, alen, b);
    set_word(fresh, ARRAY_USED, total as u64);
    new_list_view(ctx, ld, fresh, 0, total)
}

/// A new list of `xs` elements `from .. from + n` (clamped; shares the array).
unsafe fn slice(ctx: *mut Ctx, ld: &'static TypeDesc, xs: u64, from: usize, n: usize) -> u64 {
    let arr = word(xs, LIST_ARRAY);
    let start = word(xs, LIST_START) as usize;
    new_list_view(ctx, ld, arr, start + from, n)
}

fn clamp(n: i64, len: usize) -> usize {
    n.clamp(0, len as i64) as usize
}

unsafe fn checked_index(ctx: *mut Ctx, what: &str, xs: u64, i: u64) -> u64 {
    let len = list_len(xs);
    let i = i as i64;
    if i < 0 || i as usize >= len {
        panic_msg(ctx, &format!("{what}: index {i} out of bounds (length {len})"));
    }
    list_get(xs, i as usize)
}

// ---------------------------------------------------------------- module List

#[no_mangle]
pub unsafe extern "C" fn mesh_list_new(ctx: *mut Ctx, dt: u64) -> u64 {
    empty_list(ctx, list_desc(dt))
}

#[no_mangle]
pub unsafe extern "C" fn mesh_list_length(_ctx: *mut Ctx, xs: u64, _dt: u64) -> u64 {
    list_len(xs) as u64
}

#[no_mangle]
pub unsafe extern "C" fn mesh_list_append(ctx: *mut Ctx, xs: u64, x: u64, dt: u64) -> u64 {
    append(ctx, list_desc(dt), xs, x)
}

#[no_mangle]
pub unsafe extern "C" fn mesh_list_prepend(ctx: *mut Ctx, xs: u64, x: u64, dt: u64) -> u64 {
    let ld = list_desc(dt);
    let len = list_len(xs);
    let fresh = new_array(ctx, ld, len + 1);
    set_word(fresh, ARRAY_ELEMS, x);
    copy_into(fresh, 1, xs);
    set_word(fresh, ARRAY_USED, (len + 1) as u64);
    new_list_view(ctx, ld, fresh, 0, len + 1)
}

#[no_mangle]
pub unsafe extern "C" fn mesh_list_head(ctx: *mut Ctx, xs: u64, _dt: u64) -> u64 {
    if list_len(xs) == 0 {
        panic_msg(ctx, "List.head on an empty list");
    }
    list_get(xs, 0)
}

#[no_mangle]
pub unsafe extern "C" fn mesh_list_last(ctx: *mut Ctx, xs: u64, _dt: u64) -> u64 {
    let len = list_len(xs);
    if len == 0 {
        panic_msg(ctx, "List.last on an empty list");
    }
    list_get(xs, len - 1)
}

#[no_mangle]
pub unsafe extern "C" fn mesh_list_tail(ctx: *mut Ctx, xs: u64, dt: u64) -> u64 {
    let len = list_len(xs);
    if len == 0 {
        panic_msg(ctx, "List.tail on an empty list");
    }
    slice(ctx, list_desc(dt), xs, 1, len - 1)
}

#[no_mangle]
pub unsafe extern "C" fn mesh_list_get(ctx: *mut Ctx, xs: u64, i: u64, _dt: u64) -> u64 {
    checked_index(ctx, "List.get", xs, i)
}

#[no_mangle]
pub unsafe extern "C" fn mesh_list_nth(ctx: *mut Ctx, xs: u64, i: u64, _dt: u64) -> u64 {
    checked_index(ctx, "List.nth", xs, i)
}

#[no_mangle]
pub unsafe extern "C" fn mesh_list_concat(ctx: *mut Ctx, a: u64, b: u64, dt: u64) -> u64 {
    concat(ctx, list_desc(dt), a, b)
}

#[no_mangle]
pub unsafe extern "C" fn mesh_list_reverse(ctx: *mut Ctx, xs: u64, dt: u64) -> u64 {
    let ld = list_desc(dt);
    let len = list_len(xs);
    let fresh = new_array(ctx, ld, len);
    for i in 0..len {
        set_word(fresh, ARRAY_ELEMS + i, list_get(xs, len - 1 - i));
    }
    set_word(fresh, ARRAY_USED, len as u64);
    new_list_view(ctx, ld, fresh, 0, len)
}

#[no_mangle]
pub unsafe extern "C" fn mesh_list_map(ctx: *mut Ctx, xs: u64, f: u64, _dt: u64, du: u64) -> u64 {
    let mut b = ListBuilder::new(ctx, list_desc(du), list_len(xs));
    let mut i = 0;
    while i < list_len(xs) {
        let r = call1(ctx, f, list_get(xs, i));
        b.push(ctx, r);
        i += 1;
    }
    b.finish(ctx)
}

#[no_mangle]
pub unsafe extern "C" fn mesh_list_filter(ctx: *mut Ctx, xs: u64, f: u64, dt: u64) -> u64 {
    let mut b = ListBuilder::new(ctx, list_desc(dt), 4);
    let mut i = 0;
    while i < list_len(xs) {
        let keep = call1(ctx, f, list_get(xs, i));
        if keep != 0 {
            b.push(ctx, list_get(xs, i));
        }
        i += 1;
    }
    b.finish(ctx)
}

#[no_mangle]
pub unsafe extern "C" fn mesh_list_reduce(ctx: *mut Ctx, xs: u64, init: u64, f: u64, _dt: u64, _da: u64) -> u64 {
    let mut acc = init;
    let mut i = 0;
    while i < list_len(xs) {
        acc = call2(ctx, f, acc, list_get(xs, i));
        i += 1;
    }
    acc
}

#[no_mangle]
pub unsafe extern "C" fn mesh_list_each(ctx: *mut Ctx, xs: u64, f: u64, _dt: u64, _dr: u64) -> u64 {
    let mut i = 0;
    while i < list_len(xs) {
        call1(ctx, f, list_get(xs, i));
        i += 1;
    }
    0
}

/// Stable merge sort by `f(a, b) -> Int` (negative or zero keeps `a`
/// first). Runs bottom-up between two arrays held in locals; every element
/// is read from the arrays after each closure call.
#[no_mangle]
pub unsafe extern "C" fn mesh_list_sort(ctx: *mut Ctx, xs: u64, f: u64, dt: u64) -> u64 {
    let ld = list_desc(dt);
    let n = list_len(xs);
    let mut src = new_array(ctx, ld, n);
    copy_into(src, 0, xs);
    set_word(src, ARRAY_USED, n as u64);
    if n < 2 {
        return new_list_view(ctx, ld, src, 0, n);
    }
    let cmp = crate::entry::program().call2;
    if !crate::desc::from_word(dt).kind.is_ref() {
        // Scalars (Int, Float, Bool): no element can move during a
        // comparison, so the standard library's stable sort runs on a copy.
        let mut v: Vec<u64> = std::slice::from_raw_parts((src as *const u64).add(ARRAY_ELEMS), n).to_vec();
        v.sort_by(|a, b| (cmp(ctx, f, *a, *b) as i64).cmp(&0));
        std::ptr::copy_nonoverlapping(v.as_ptr(), (src as *mut u64).add(ARRAY_ELEMS), n);
        return new_list_view(ctx, ld, src, 0, n);
    }
    // `a` goes after `b` when the user's function says so (stable).
    let after = |a: u64, b: u64| (cmp(ctx, f, a, b) as i64) > 0;
    // Runs of RUN elements by insertion sort (in place, in `src`), then
    // bottom-up merges between `src` and `dst`. Elements are re-read from
    // the arrays after every comparison: the comparator may allocate and
    // the collector may move the elements (the arrays themselves are held
    // in locals, so they stay put).
    const RUN: usize = 8;
    let mut lo = 0;
    while lo < n {
        let hi = (lo + RUN).min(n);
        for i in lo + 1..hi {
            let mut j = i;
            while j > lo && after(word(src, ARRAY_ELEMS + j - 1), word(src, ARRAY_ELEMS + j)) {
                let t = word(src, ARRAY_ELEMS + j);
                set_word(src, ARRAY_ELEMS + j, word(src, ARRAY_ELEMS + j - 1));
                set_word(src, ARRAY_ELEMS + j - 1, t);
                j -= 1;
            }
        }
        lo = hi;
    }
    if n <= RUN {
        return new_list_view(ctx, ld, src, 0, n);
    }
    let mut dst = new_array(ctx, ld, n);
    set_word(dst, ARRAY_USED, n as u64);
    let mut width = RUN;
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let (mut i, mut j, mut k) = (lo, mid, lo);
            // Already in order: copy the block.
            if mid < hi && !after(word(src, ARRAY_ELEMS + mid - 1), word(src, ARRAY_ELEMS + mid)) {
                std::ptr::copy_nonoverlapping((src as *const u64).add(ARRAY_ELEMS + lo), (dst as *mut u64).add(ARRAY_ELEMS + lo), hi - lo);
                lo = hi;
                continue;
            }
            while i < mid && j < hi {
                if after(word(src, ARRAY_ELEMS + i), word(src, ARRAY_ELEMS + j)) {
                    set_word(dst, ARRAY_ELEMS + k, word(src, ARRAY_ELEMS + j));
                    j += 1;
                } else {
                    set_word(dst, ARRAY_ELEMS + k, word(src, ARRAY_ELEMS + i));
                    i += 1;
                }
                k += 1;
            }
            let rest = if i < mid { (i, mid) } else { (j, hi) };
            std::ptr::copy_nonoverlapping((src as *const u64).add(ARRAY_ELEMS + rest.0), (dst as *mut u64).add(ARRAY_ELEMS + k), rest.1 - rest.0);
            lo = hi;
        }
        std::mem::swap(&mut src, &mut dst);
        width *= 2;
    }
    // Keep the other array visibly alive until here (it is a local).
    std::hint::black_box(dst);
    new_list_view(ctx, ld, src, 0, n)
}

#[no_mangle]
pub unsafe extern "C" fn mesh_list_find(ctx: *mut Ctx, xs: u64, f: u64, dt: u64) -> u64 {
    let od = desc::option_of(from_word(dt));
    let mut i = 0;
    while i < list_len(xs) {
        if call1(ctx, f, list_get(xs, i)) != 0 {
            let x = list_get(xs, i);
            return value::some(ctx, od, x);
        }
        i += 1;
    }
    value::none(ctx, od)
}

#[no_mangle]
pub unsafe extern "C" fn mesh_list_any(ctx: *mut Ctx, xs: u64, f: u64, _dt: u64) -> u64 {
    let mut i = 0;
    while i < list_len(xs) {
        if call1(ctx, f, list_get(xs, i)) != 0 {
            return 1;
        }
        i += 1;
    }
    0
}

#[no_mangle]
pub unsafe extern "C" fn mesh_list_all(ctx: *mut Ctx, xs: u64, f: u64, _dt: u64) -> u64 {
    let mut i = 0;
    while i < list_len(xs) {
        if call1(ctx, f, list_get(xs, i)) == 0 {
            return 0;
        }
        i += 1;
    }
    1
}

#[no_mangle]
pub unsafe extern "C" fn mesh_list_contains(ctx: *mut Ctx, xs: u64, x: u64, dt: u64) -> u64 {
    let d = from_word(dt);
    let mut i = 0;
    while i < list_len(xs) {
        if crate::map::key_eq(ctx, list_get(xs, i), x, d) {
            return 1;
        }
        i += 1;
    }
    0
}

#[no_mangle]
pub unsafe extern "C" fn mesh_list_zip(ctx: *mut Ctx, a: u64, b: u64, da: u64, db: u64) -> u64 {
    let td = desc::tuple_of(&[from_word(da), from_word(db)]);
    let ld = desc::list_of(td);
    let n = list_len(a).min(list_len(b));
    let out = new_array(ctx, ld, n);
    for i in 0..n {
        let t = value::new_tuple(ctx, td, &[list_get(a, i), list_get(b, i)]);
        set_word(out, ARRAY_ELEMS + i, t);
        set_word(out, ARRAY_USED, (i + 1) as u64);
    }
    new_list_view(ctx, ld, out, 0, n)
}

#[no_mangle]
pub unsafe extern "C" fn mesh_list_flat_map(ctx: *mut Ctx, xs: u64, f: u64, _dt: u64, du: u64) -> u64 {
    let mut b = ListBuilder::new(ctx, list_desc(du), list_len(xs).max(4));
    let mut i = 0;
    while i < list_len(xs) {
        let ys = call1(ctx, f, list_get(xs, i));
        let mut j = 0;
        while j < list_len(ys) {
            b.push(ctx, list_get(ys, j));
            j += 1;
        }
        i += 1;
    }
    b.finish(ctx)
}

#[no_mangle]
pub unsafe extern "C" fn mesh_list_flatten(ctx: *mut Ctx, xss: u64, dt: u64) -> u64 {
    let ld = list_desc(dt);
    let n = list_len(xss);
    let total: usize = (0..n).map(|i| list_len(list_get(xss, i))).sum();
    let out = new_array(ctx, ld, total);
    let mut at = 0;
    for i in 0..n {
        let ys = list_get(xss, i);
        copy_into(out, at, ys);
        at += list_len(ys);
    }
    set_word(out, ARRAY_USED, total as u64);
    new_list_view(ctx, ld, out, 0, total)
}

#[no_mangle]
pub unsafe extern "C" fn mesh_list_enumerate(ctx: *mut Ctx, xs: u64, dt: u64) -> u64 {
    let td = desc::tuple_of(&[&desc::mesh_desc_int, from_word(dt)]);
    let ld = desc::list_of(td);
    let n = list_len(xs);
    let out = new_array(ctx, ld, n);
    for i in 0..n {
        let t = value::new_tuple(ctx, td, &[i as u64, list_get(xs, i)]);
        set_word(out, ARRAY_ELEMS + i, t);
        set_word(out, ARRAY_USED, (i + 1) as u64);
    }
    new_list_view(ctx, ld, out, 0, n)
}

#[no_mangle]
pub unsafe extern "C" fn mesh_list_take(ctx: *mut Ctx, xs: u64, n: u64, dt: u64) -> u64 {
    let len = list_len(xs);
    let n = clamp(n as i64, len);
    if n == len {
        return xs;
    }
    slice(ctx, list_desc(dt), xs, 0, n)
}

#[no_mangle]
pub unsafe extern "C" fn mesh_list_drop(ctx: *mut Ctx, xs: u64, n: u64, dt: u64) -> u64 {
    let len = list_len(xs);
    let n = clamp(n as i64, len);
    if n == 0 {
        return xs;
    }
    slice(ctx, list_desc(dt), xs, n, len - n)
}

#[no_mangle]
pub unsafe extern "C" fn mesh_list_is_empty(_ctx: *mut Ctx, xs: u64, _dt: u64) -> u64 {
    (list_len(xs) == 0) as u64
}

#[no_mangle]
pub unsafe extern "C" fn mesh_list_collect(ctx: *mut Ctx, it: u64, dt: u64) -> u64 {
    crate::iter::to_list(ctx, it, from_word(dt))
}

// ---------------------------------------------------------------- prelude aliases

#[no_mangle]
pub unsafe extern "C" fn mesh_map(ctx: *mut Ctx, xs: u64, f: u64, dt: u64, du: u64) -> u64 {
    mesh_list_map(ctx, xs, f, dt, du)
}

#[no_mangle]
pub unsafe extern "C" fn mesh_filter(ctx: *mut Ctx, xs: u64, f: u64, dt: u64) -> u64 {
    mesh_list_filter(ctx, xs, f, dt)
}

#[no_mangle]
pub unsafe extern "C" fn mesh_reduce(ctx: *mut Ctx, xs: u64, init: u64, f: u64, dt: u64, da: u64) -> u64 {
    mesh_list_reduce(ctx, xs, init, f, dt, da)
}

#[no_mangle]
pub unsafe extern "C" fn mesh_head(ctx: *mut Ctx, xs: u64, dt: u64) -> u64 {
    mesh_list_head(ctx, xs, dt)
}

#[no_mangle]
pub unsafe extern "C" fn mesh_tail(ctx: *mut Ctx, xs: u64, dt: u64) -> u64 {
    mesh_list_tail(ctx, xs, dt)
}

// ---------------------------------------------------------------- generated code's entry points

/// A list builder: an array of the list type of `elem_desc` with room for
/// `max(cap, 4)` elements and `used` 0.
#[no_mangle]
pub unsafe extern "C" fn mesh_rt_lb_new(ctx: *mut Ctx, elem_desc: u64, cap: u64) -> u64 {
    let cap = (cap as i64).max(4) as usize;
    new_array(ctx, list_desc(elem_desc), cap)
}

/// Pushes `v` onto a builder; returns the builder (a new, bigger array when
/// the old one was full).
#[no_mangle]
pub unsafe extern "C" fn mesh_rt_lb_push(ctx: *mut Ctx, b: u64, v: u64) -> u64 {
    let cap = word(b, ARRAY_CAP) as usize;
    let used = word(b, ARRAY_USED) as usize;
    if used < cap {
        set_word(b, ARRAY_ELEMS + used, v);
        set_word(b, ARRAY_USED, (used + 1) as u64);
        return b;
    }
    let ad = crate::heap::layout::desc_of(b as *const u64);
    let new_cap = (cap * 2).max(4);
    let fresh = crate::heap::alloc_zeroed(ctx, ad, ARRAY_ELEMS + new_cap);
    let fresh = fresh as u64;
    set_word(fresh, ARRAY_CAP, new_cap as u64);
    std::ptr::copy_nonoverlapping((b as *const u64).add(ARRAY_ELEMS), (fresh as *mut u64).add(ARRAY_ELEMS), used);
    set_word(fresh, ARRAY_ELEMS + used, v);
    set_word(fresh, ARRAY_USED, (used + 1) as u64);
    fresh
}

/// The list of everything pushed onto builder `b`.
#[no_mangle]
pub unsafe extern "C" fn mesh_rt_lb_finish(ctx: *mut Ctx, b: u64) -> u64 {
    let ad = crate::heap::layout::desc_of(b as *const u64);
    let ld = desc::list_of(desc::elem(ad));
    let used = word(b, ARRAY_USED) as usize;
    new_list_view(ctx, ld, b, 0, used)
}

/// The first element of a non-empty list (unchecked: the caller matched).
#[no_mangle]
pub unsafe extern "C" fn mesh_rt_list_head_raw(_ctx: *mut Ctx, xs: u64) -> u64 {
    list_get(xs, 0)
}

/// A non-empty list without its first element (shares the array).
#[no_mangle]
pub unsafe extern "C" fn mesh_rt_list_tail_raw(ctx: *mut Ctx, xs: u64) -> u64 {
    let ld = crate::heap::layout::desc_of(xs as *const u64);
    let len = list_len(xs);
    slice(ctx, ld, xs, 1, len.saturating_sub(1))
}

/// Element `i` of a tuple of `size` elements (`Tuple.nth`).
#[no_mangle]
pub unsafe extern "C" fn mesh_rt_tuple_nth(ctx: *mut Ctx, t: u64, i: u64, size: u64) -> u64 {
    let i = i as i64;
    if i < 0 || i >= size as i64 {
        panic_msg(ctx, &format!("Tuple.nth: index {i} out of bounds (size {size})"));
    }
    value::field(t, i as usize)
}

// ---------------------------------------------------------------- module Tuple
//
// Generated code lowers direct calls inline (`mesh_rt_tuple_nth` for
// `nth`); these symbols serve `Tuple.first` and friends used as function
// values. A tuple's size is its descriptor's `nparams`.

#[no_mangle]
pub unsafe extern "C" fn mesh_tuple_first(_ctx: *mut Ctx, t: u64, _da: u64, _db: u64) -> u64 {
    value::field(t, 0)
}

#[no_mangle]
pub unsafe extern "C" fn mesh_tuple_second(_ctx: *mut Ctx, t: u64, _da: u64, _db: u64) -> u64 {
    value::field(t, 1)
}

#[no_mangle]
pub unsafe extern "C" fn mesh_tuple_nth(ctx: *mut Ctx, t: u64, i: u64, _da: u64) -> u64 {
    let size = crate::heap::layout::desc_of(t as *const u64).nparams as u64;
    mesh_rt_tuple_nth(ctx, t, i, size)
}

#[no_mangle]
pub unsafe extern "C" fn mesh_tuple_size(_ctx: *mut Ctx, t: u64, _da: u64, _db: u64) -> u64 {
    crate::heap::layout::desc_of(t as *const u64).nparams as u64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::desc::mesh_desc_int;
    use crate::entry::with_test_actor;

    fn dint() -> u64 {
        &mesh_desc_int as *const TypeDesc as u64
    }

    unsafe fn ints(l: u64) -> Vec<i64> {
        (0..list_len(l)).map(|i| list_get(l, i) as i64).collect()
    }

    unsafe fn of(ctx: *mut Ctx, xs: &[i64]) -> u64 {
        let mut l = mesh_list_new(ctx, dint());
        for &x in xs {
            l = mesh_list_append(ctx, l, x as u64, dint());
        }
        l
    }

    #[test]
    fn append_100k_is_fast_and_correct() {
        with_test_actor(|ctx| unsafe {
            let mut l = mesh_list_new(ctx, dint());
            for i in 0..100_000u64 {
                l = mesh_list_append(ctx, l, i * 3, dint());
            }
            assert_eq!(list_len(l), 100_000);
            for i in 0..100_000usize {
                assert_eq!(list_get(l, i), i as u64 * 3);
            }
            assert_eq!(mesh_list_get(ctx, l, 99_999, dint()), 299_997);
            assert_eq!(mesh_list_last(ctx, l, dint()), 299_997);
        });
    }

    #[test]
    fn strings_survive_collections() {
        with_test_actor(|ctx| unsafe {
            let ds = &crate::desc::mesh_desc_string as *const TypeDesc as u64;
            let mut l = mesh_list_new(ctx, ds);
            for i in 0..200_000 {
                let s = value::new_str(ctx, &format!("s{i}"));
                l = mesh_list_append(ctx, l, s, ds);
            }
            for i in (0..200_000).step_by(997) {
                assert_eq!(value::str_of(list_get(l, i)), format!("s{i}"));
            }
            assert!(crate::heap::heap_of(ctx).collections > 0);
        });
    }

    #[test]
    fn sharing_is_invisible() {
        with_test_actor(|ctx| unsafe {
            let base = of(ctx, &[1, 2, 3]);
            let a = mesh_list_append(ctx, base, 4, dint());
            let b = mesh_list_append(ctx, base, 5, dint());
            assert_eq!(ints(base), vec![1, 2, 3]);
            assert_eq!(ints(a), vec![1, 2, 3, 4]);
            assert_eq!(ints(b), vec![1, 2, 3, 5]);
            let t = mesh_list_take(ctx, a, 2, dint());
            let t2 = mesh_list_append(ctx, t, 9, dint());
            assert_eq!(ints(a), vec![1, 2, 3, 4]);
            assert_eq!(ints(t2), vec![1, 2, 9]);
            let c = mesh_list_concat(ctx, a, b, dint());
            let d = mesh_list_concat(ctx, a, t2, dint());
            assert_eq!(ints(c), vec![1, 2, 3, 4, 1, 2, 3, 5]);
            assert_eq!(ints(d), vec![1, 2, 3, 4, 1, 2, 9]);
            let self_cat = mesh_list_concat(ctx, a, a, dint());
            assert_eq!(ints(self_cat), vec![1, 2, 3, 4, 1, 2, 3, 4]);
        });
    }

    #[test]
    fn basic_functions() {
        with_test_actor(|ctx| unsafe {
            let l = of(ctx, &[5, 6, 7, 8]);
            assert_eq!(ints(mesh_list_reverse(ctx, l, dint())), vec![8, 7, 6, 5]);
            assert_eq!(ints(mesh_list_prepend(ctx, l, 4, dint())), vec![4, 5, 6, 7, 8]);
            assert_eq!(ints(mesh_list_tail(ctx, l, dint())), vec![6, 7, 8]);
            assert_eq!(ints(mesh_list_drop(ctx, l, 3, dint())), vec![8]);
            assert_eq!(ints(mesh_list_drop(ctx, l, 30, dint())), Vec::<i64>::new());
            assert_eq!(ints(mesh_list_take(ctx, l, -1i64 as u64, dint())), Vec::<i64>::new());
            assert_eq!(mesh_list_head(ctx, l, dint()), 5);
            assert_eq!(mesh_list_is_empty(ctx, l, dint()), 0);
            assert_eq!(mesh_list_contains(ctx, l, 7, dint()), 1);
            assert_eq!(mesh_list_contains(ctx, l, 9, dint()), 0);
            let z = mesh_list_zip(ctx, l, of(ctx, &[1, 2]), dint(), dint());
            assert_eq!(list_len(z), 2);
            assert_eq!(value::field(list_get(z, 1), 0), 6);
            assert_eq!(value::field(list_get(z, 1), 1), 2);
            let e = mesh_list_enumerate(ctx, l, dint());
            assert_eq!(value::field(list_get(e, 3), 0), 3);
            assert_eq!(value::field(list_get(e, 3), 1), 8);
            let ld = desc::list_of(&mesh_desc_int) as *const TypeDesc as u64;
            let mut xss = mesh_list_new(ctx, ld);
            xss = mesh_list_append(ctx, xss, l, ld);
            xss = mesh_list_append(ctx, xss, of(ctx, &[]), ld);
            xss = mesh_list_append(ctx, xss, of(ctx, &[1]), ld);
            assert_eq!(ints(mesh_list_flatten(ctx, xss, dint())), vec![5, 6, 7, 8, 1]);
            let mut b = mesh_rt_lb_new(ctx, dint(), 0);
            for i in 0..10 {
                b = mesh_rt_lb_push(ctx, b, i);
            }
            let fl = mesh_rt_lb_finish(ctx, b);
            assert_eq!(ints(fl), (0..10).collect::<Vec<_>>());
            assert_eq!(ints(mesh_rt_list_tail_raw(ctx, fl)), (1..10).collect::<Vec<_>>());
        });
    }
}
