//! Lazy iterators (`Iter`, LANGUAGE.md 5.5): `[desc, op, a, b, c]` objects
//! whose op says what `a`, `b` and `c` hold:
//!
//! | op | a | b | c |
//! |---|---|---|---|
//! | `OP_LIST` | list (ref) | - | - |
//! | `OP_RANGE` | start (Int) | end (Int) | - |
//! | `OP_MAP` | source iterator (ref) | closure (ref) | - |
//! | `OP_FILTER` | source iterator (ref) | closure (ref) | - |
//! | `OP_TAKE` | source iterator (ref) | n (Int) | - |
//! | `OP_SKIP` | source iterator (ref) | n (Int) | - |
//! | `OP_ENUMERATE` | source iterator (ref) | - | - |
//! | `OP_ZIP` | first iterator (ref) | second iterator (ref) | - |
//!
//! Unused words are 0. Iterator objects are immutable values (so one can be
//! consumed twice): a terminal operation walks the chain with a Rust-side
//! [`Cursor`] of positions and counters only (never heap references), and
//! re-reads the iterator objects (pinned by being on the stack while
//! pulled) for their sources and closures at every step. Closures run only
//! when an element is pulled, so `take` bounds how often `map` calls its
//! function. `Iter.from` of a map, set or queue materialises its elements
//! as a list first (they are immutable, so this is not observable).
//!
//! Safety (every `unsafe fn` here): `ctx` is the running actor's context,
//! value words are values of the types the function is declared with, and
//! descriptor words are addresses of descriptors.

#![allow(clippy::missing_safety_doc)]

use crate::abi::*;
use crate::desc::{self, from_word};
use crate::heap::alloc_object;
use crate::heap::layout::{desc_of, param};
use crate::value::{self, list_get, list_len, ListBuilder};

crate::export! {
    mesh_iter_from,
    mesh_iter_map,
    mesh_iter_filter,
    mesh_iter_take,
    mesh_iter_skip,
    mesh_iter_enumerate,
    mesh_iter_zip,
    mesh_iter_count,
    mesh_iter_sum,
    mesh_iter_any,
    mesh_iter_all,
    mesh_iter_find,
    mesh_iter_reduce,
    mesh_iter_to_list,
}

pub const OP_LIST: u64 = 0;
pub const OP_RANGE: u64 = 1;
pub const OP_MAP: u64 = 2;
pub const OP_FILTER: u64 = 3;
pub const OP_TAKE: u64 = 4;
pub const OP_SKIP: u64 = 5;
pub const OP_ENUMERATE: u64 = 6;
pub const OP_ZIP: u64 = 7;

const OP: usize = 1;
const A: usize = 2;
const B: usize = 3;
const C: usize = 4;

/// Calls `f` on the words of an iterator object that hold references.
///
/// # Safety
/// `obj` must be an iterator object.
pub unsafe fn for_each_ref(obj: *mut u64, f: &mut impl FnMut(*mut u64)) {
    match *obj.add(OP) {
        OP_LIST | OP_TAKE | OP_SKIP | OP_ENUMERATE => f(obj.add(A)),
        OP_MAP | OP_FILTER | OP_ZIP => {
            f(obj.add(A));
            f(obj.add(B));
        }
        _ => {}
    }
}

#[inline]
unsafe fn word(p: u64, i: usize) -> u64 {
    *(p as *const u64).add(i)
}

unsafe fn new_iter(ctx: *mut Ctx, elem: &'static TypeDesc, op: u64, a: u64, b: u64) -> u64 {
    let p = alloc_object(ctx, desc::iter_of(elem), ITER_WORDS);
    *p.add(OP) = op;
    *p.add(A) = a;
    *p.add(B) = b;
    *p.add(C) = 0;
    p as u64
}

/// An iterator over a list.
pub unsafe fn from_list(ctx: *mut Ctx, xs: u64, elem: &'static TypeDesc) -> u64 {
    new_iter(ctx, elem, OP_LIST, xs, 0)
}

/// An iterator over any iterable value (list, map, set, queue, range, or
/// an iterator itself), read from its header.
pub unsafe fn iter_of_value(ctx: *mut Ctx, x: u64, elem: &'static TypeDesc) -> u64 {
    let d = desc_of(x as *const u64);
    match d.kind {
        Kind::Iter => x,
        Kind::List => new_iter(ctx, desc::elem(d), OP_LIST, x, 0),
        Kind::Range => new_iter(ctx, &desc::mesh_desc_int, OP_RANGE, word(x, RANGE_START), word(x, RANGE_END)),
        Kind::Map => {
            let (k, v) = (param(d, 0), param(d, 1));
            let l = crate::map::mesh_map_to_list(ctx, x, k as *const TypeDesc as u64, v as *const TypeDesc as u64);
            new_iter(ctx, desc::tuple_of(&[k, v]), OP_LIST, l, 0)
        }
        Kind::Set => {
            let t = param(d, 0);
            let l = crate::map::mesh_set_to_list(ctx, x, t as *const TypeDesc as u64);
            new_iter(ctx, t, OP_LIST, l, 0)
        }
        Kind::Queue => {
            let t = desc::elem(d);
            let l = crate::queue::queue_to_list(ctx, x, t);
            new_iter(ctx, t, OP_LIST, l, 0)
        }
        _ => crate::panic::panic_msg(ctx, &format!("Iter.from: cannot iterate over a value of kind {:?} (element {:?})", d.kind, elem.kind)),
    }
}

// ---------------------------------------------------------------- pulling

/// Where a walk of an iterator chain is: positions and counters only.
enum Cursor {
    /// Next index of a list, or offset from a range's start.
    Index(usize),
    Map(Box<Cursor>),
    Filter(Box<Cursor>),
    /// Elements still to give.
    Take(u64, Box<Cursor>),
    /// Elements still to skip.
    Skip(u64, Box<Cursor>),
    Enumerate(u64, Box<Cursor>),
    Zip(Box<Cursor>, Box<Cursor>),
}

unsafe fn cursor(it: u64) -> Cursor {
    match word(it, OP) {
        OP_LIST | OP_RANGE => Cursor::Index(0),
        OP_MAP => Cursor::Map(Box::new(cursor(word(it, A)))),
        OP_FILTER => Cursor::Filter(Box::new(cursor(word(it, A)))),
        OP_TAKE => Cursor::Take((word(it, B) as i64).max(0) as u64, Box::new(cursor(word(it, A)))),
        OP_SKIP => Cursor::Skip((word(it, B) as i64).max(0) as u64, Box::new(cursor(word(it, A)))),
        OP_ENUMERATE => Cursor::Enumerate(0, Box::new(cursor(word(it, A)))),
        OP_ZIP => Cursor::Zip(Box::new(cursor(word(it, A))), Box::new(cursor(word(it, B)))),
        op => unreachable!("iterator op {op}"),
    }
}

/// The next element of `it`, advancing `cur`. May call closures (and so
/// collect): `it` stays on the stack (pinned) and its fields are read
/// again after every call.
#[inline(never)]
unsafe fn next(ctx: *mut Ctx, it: u64, cur: &mut Cursor) -> Option<u64> {
    match cur {
        Cursor::Index(i) => {
            if word(it, OP) == OP_RANGE {
                let (start, end) = (word(it, A) as i64, word(it, B) as i64);
                let v = start.wrapping_add(*i as i64);
                if end <= start || *i as u64 >= end.wrapping_sub(start) as u64 {
                    return None;
                }
                *i += 1;
                Some(v as u64)
            } else {
                let l = word(it, A);
                if *i >= list_len(l) {
                    return None;
                }
                let v = list_get(l, *i);
                *i += 1;
                Some(v)
            }
        }
        Cursor::Map(inner) => {
            let x = next(ctx, word(it, A), inner)?;
            Some((crate::entry::program().call1)(ctx, word(it, B), x))
        }
        Cursor::Filter(inner) => loop {
            let x = next(ctx, word(it, A), inner)?;
            let keep = (crate::entry::program().call1)(ctx, word(it, B), x);
            if keep & 1 != 0 {
                return Some(std::hint::black_box(x));
            }
        },
        Cursor::Take(left, inner) => {
            if *left == 0 {
                return None;
            }
            *left -= 1;
            let x = next(ctx, word(it, A), inner);
            if x.is_none() {
                *left = 0;
            }
            x
        }
        Cursor::Skip(left, inner) => {
            while *left > 0 {
                *left -= 1;
                next(ctx, word(it, A), inner)?;
            }
            next(ctx, word(it, A), inner)
        }
        Cursor::Enumerate(i, inner) => {
            let x = next(ctx, word(it, A), inner)?;
            let td = desc::elem(desc_of(it as *const u64));
            let t = value::new_tuple(ctx, td, &[*i, x]);
            *i += 1;
            Some(t)
        }
        Cursor::Zip(ca, cb) => {
            let x = next(ctx, word(it, A), ca)?;
            let y = next(ctx, word(it, B), cb)?;
            let td = desc::elem(desc_of(it as *const u64));
            Some(value::new_tuple(ctx, td, &[std::hint::black_box(x), y]))
        }
    }
}

/// A walk over `it` (any iterable value).
struct Walk {
    it: u64,
    cur: Cursor,
}

impl Walk {
    unsafe fn new(ctx: *mut Ctx, x: u64, elem: &'static TypeDesc) -> Walk {
        let it = iter_of_value(ctx, x, elem);
        Walk { it, cur: cursor(it) }
    }

    #[inline]
    unsafe fn next(&mut self, ctx: *mut Ctx) -> Option<u64> {
        let it = std::hint::black_box(self.it);
        let r = next(ctx, it, &mut self.cur);
        std::hint::black_box(it);
        r
    }
}

/// Every element of `it` (an iterator, or any iterable value) as a list.
pub unsafe fn to_list(ctx: *mut Ctx, it: u64, elem: &'static TypeDesc) -> u64 {
    let d = desc_of(it as *const u64);
    if d.kind == Kind::List {
        return it;
    }
    let mut w = Walk::new(ctx, it, elem);
    // The element type the iterator was made with (the caller's may be a
    // placeholder).
    let t = desc::elem(desc_of(w.it as *const u64));
    let mut b = ListBuilder::new(ctx, desc::list_of(t), 8);
    while let Some(x) = w.next(ctx) {
        b.push(ctx, x);
    }
    let l = b.finish(ctx);
    std::hint::black_box(w.it);
    l
}

// ---------------------------------------------------------------- module Iter

#[no_mangle]
pub unsafe extern "C" fn mesh_iter_from(ctx: *mut Ctx, x: u64, dt: u64) -> u64 {
    iter_of_value(ctx, x, from_word(dt))
}

#[no_mangle]
pub unsafe extern "C" fn mesh_iter_map(ctx: *mut Ctx, it: u64, f: u64, _dt: u64, du: u64) -> u64 {
    new_iter(ctx, from_word(du), OP_MAP, it, f)
}

#[no_mangle]
pub unsafe extern "C" fn mesh_iter_filter(ctx: *mut Ctx, it: u64, f: u64, dt: u64) -> u64 {
    new_iter(ctx, from_word(dt), OP_FILTER, it, f)
}

#[no_mangle]
pub unsafe extern "C" fn mesh_iter_take(ctx: *mut Ctx, it: u64, n: u64, dt: u64) -> u64 {
    new_iter(ctx, from_word(dt), OP_TAKE, it, n)
}

#[no_mangle]
pub unsafe extern "C" fn mesh_iter_skip(ctx: *mut Ctx, it: u64, n: u64, dt: u64) -> u64 {
    new_iter(ctx, from_word(dt), OP_SKIP, it, n)
}

#[no_mangle]
pub unsafe extern "C" fn mesh_iter_enumerate(ctx: *mut Ctx, it: u64, dt: u64) -> u64 {
    let td = desc::tuple_of(&[&desc::mesh_desc_int, from_word(dt)]);
    new_iter(ctx, td, OP_ENUMERATE, it, 0)
}

#[no_mangle]
pub unsafe extern "C" fn mesh_iter_zip(ctx: *mut Ctx, a: u64, b: u64, da: u64, db: u64) -> u64 {
    let td = desc::tuple_of(&[from_word(da), from_word(db)]);
    new_iter(ctx, td, OP_ZIP, a, b)
}

#[no_mangle]
pub unsafe extern "C" fn mesh_iter_count(ctx: *mut Ctx, it: u64, dt: u64) -> u64 {
    let mut w = Walk::new(ctx, it, from_word(dt));
    let mut n = 0u64;
    while w.next(ctx).is_some() {
        n += 1;
    }
    n
}

#[no_mangle]
pub unsafe extern "C" fn mesh_iter_sum(ctx: *mut Ctx, it: u64, dt: u64) -> u64 {
    let t = from_word(dt);
    let mut w = Walk::new(ctx, it, t);
    if t.kind == Kind::Float {
        let mut s = 0.0f64;
        while let Some(x) = w.next(ctx) {
            s += f64::from_bits(x);
        }
        s.to_bits()
    } else {
        let mut s = 0i64;
        while let Some(x) = w.next(ctx) {
            s = s.wrapping_add(x as i64);
        }
        s as u64
    }
}

#[no_mangle]
pub unsafe extern "C" fn mesh_iter_any(ctx: *mut Ctx, it: u64, f: u64, dt: u64) -> u64 {
    let mut w = Walk::new(ctx, it, from_word(dt));
    while let Some(x) = w.next(ctx) {
        if (crate::entry::program().call1)(ctx, f, x) & 1 != 0 {
            return 1;
        }
    }
    0
}

#[no_mangle]
pub unsafe extern "C" fn mesh_iter_all(ctx: *mut Ctx, it: u64, f: u64, dt: u64) -> u64 {
    let mut w = Walk::new(ctx, it, from_word(dt));
    while let Some(x) = w.next(ctx) {
        if (crate::entry::program().call1)(ctx, f, x) & 1 == 0 {
            return 0;
        }
    }
    1
}

#[no_mangle]
pub unsafe extern "C" fn mesh_iter_find(ctx: *mut Ctx, it: u64, f: u64, dt: u64) -> u64 {
    let t = from_word(dt);
    let od = desc::option_of(t);
    let mut w = Walk::new(ctx, it, t);
    while let Some(x) = w.next(ctx) {
        if (crate::entry::program().call1)(ctx, f, x) & 1 != 0 {
            return value::some(ctx, od, std::hint::black_box(x));
        }
    }
    value::none(ctx, od)
}

#[no_mangle]
pub unsafe extern "C" fn mesh_iter_reduce(ctx: *mut Ctx, it: u64, init: u64, f: u64, dt: u64, _da: u64) -> u64 {
    let mut w = Walk::new(ctx, it, from_word(dt));
    let mut acc = init;
    while let Some(x) = w.next(ctx) {
        acc = (crate::entry::program().call2)(ctx, f, acc, x);
    }
    acc
}

#[no_mangle]
pub unsafe extern "C" fn mesh_iter_to_list(ctx: *mut Ctx, it: u64, dt: u64) -> u64 {
    to_list(ctx, it, from_word(dt))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entry::with_test_actor;

    fn dint() -> u64 {
        &desc::mesh_desc_int as *const TypeDesc as u64
    }

    #[test]
    fn closure_free_chains() {
        with_test_actor(|ctx| unsafe {
            let ld = desc::list_of(&desc::mesh_desc_int);
            let xs = value::new_list(ctx, ld, &[10, 20, 30, 40, 50]);
            let it = mesh_iter_from(ctx, xs, dint());
            let it = mesh_iter_skip(ctx, it, 1, dint());
            let it = mesh_iter_take(ctx, it, 3, dint());
            assert_eq!(mesh_iter_count(ctx, it, dint()), 3);
            assert_eq!(mesh_iter_sum(ctx, it, dint()), 90);
            // Consuming twice gives the same.
            assert_eq!(mesh_iter_sum(ctx, it, dint()), 90);
            let r = crate::queue::mesh_range_new(ctx, 0, 4);
            let ri = mesh_iter_from(ctx, r, dint());
            let z = mesh_iter_zip(ctx, it, ri, dint(), dint());
            let l = mesh_iter_to_list(ctx, z, dint());
            assert_eq!(list_len(l), 3);
            assert_eq!(value::field(list_get(l, 2), 0), 40);
            assert_eq!(value::field(list_get(l, 2), 1), 2);
            let e = mesh_iter_enumerate(ctx, ri, dint());
            let l = to_list(ctx, e, &desc::mesh_desc_unit);
            assert_eq!(list_len(l), 4);
            assert_eq!(value::field(list_get(l, 3), 0), 3);
            // Maps iterate as (key, value) tuples in insertion order.
            let di = &desc::mesh_desc_int;
            let mut m = crate::map::new_map(ctx, di, di);
            for k in [5u64, 3, 9] {
                m = crate::map::map_put(ctx, m, k, k * 10, di, di);
            }
            let mi = mesh_iter_from(ctx, m, desc::tuple_of(&[di, di]) as *const TypeDesc as u64);
            let l = to_list(ctx, mi, &desc::mesh_desc_unit);
            assert_eq!(value::field(list_get(l, 1), 0), 3);
            assert_eq!(value::field(list_get(l, 1), 1), 30);
            let big = mesh_iter_from(ctx, crate::queue::mesh_range_new(ctx, 0, 100_000), dint());
            assert_eq!(mesh_iter_sum(ctx, big, dint()), 4_999_950_000);
        });
    }
}
