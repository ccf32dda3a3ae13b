//! Structural equality, ordering and hashing of any value through its
//! descriptor, calling user `Eq`/`Ord`/`Hash` impls where the descriptor
//! has them: `mesh_rt_eq`, `mesh_rt_compare`, `mesh_rt_compare_int`,
//! `mesh_rt_hash`, the prelude's `compare` and `default`; and the Rust
//! helpers [`eq`], [`cmp`], [`hash`] the collections use.
//!
//! Invariant (GC): a user impl is a Mesh closure, so any comparison of
//! composite values may allocate and collect. Every object a walk is
//! inside of (and reads again after comparing a component) is pinned in
//! the heap's extra roots for as long as the walk is in it ([`Pins`]), so
//! it stays in place; values of scalars and strings need no pin.
//!
//! Consistency: `eq(a, b)` implies `hash(a) == hash(b)` (floats hash by
//! value, so `0.0` and `-0.0` agree; maps and sets hash order-free).

use crate::abi::*;
use crate::heap::heap_of;
use crate::heap::layout::{desc_of, param, variant_field};
use crate::value::{bytes_of, field, list_get, list_len, tag_of};
use std::cmp::Ordering;

crate::export! { mesh_rt_eq, mesh_rt_compare_int, mesh_rt_compare, mesh_rt_hash, mesh_compare, mesh_default }

// ---------------------------------------------------------------- pins

/// Objects pinned through the heap's extra roots until this is dropped:
/// a collection keeps them (and their chunks) where they are.
pub struct Pins {
    ctx: *mut Ctx,
    len: usize,
}

impl Pins {
    /// # Safety
    /// `ctx` is the running actor's context.
    pub unsafe fn new(ctx: *mut Ctx) -> Pins {
        Pins { ctx, len: heap_of(ctx).roots.len() }
    }

    /// Pins the object `v` refers to (any word is accepted).
    pub unsafe fn add(&self, v: u64) {
        heap_of(self.ctx).roots.push(v);
    }
}

impl Drop for Pins {
    fn drop(&mut self) {
        // SAFETY: the context outlives the walk that made the pins.
        unsafe { heap_of(self.ctx).roots.truncate(self.len) }
    }
}

// ---------------------------------------------------------------- walking collections

/// The entries of a map or set, in insertion order. The addresses are
/// valid until the next allocation (pin them to keep them longer).
///
/// # Safety
/// `m` is a map or set object.
pub unsafe fn map_entries(m: u64) -> Vec<u64> {
    let p = m as *const u64;
    let mut out = Vec::with_capacity(*p.add(MAP_COUNT) as usize);
    collect_entries(*p.add(MAP_ROOT), &mut out);
    out.sort_by_key(|e| *(*e as *const u64).add(ENTRY_SEQ));
    out
}

unsafe fn collect_entries(node: u64, out: &mut Vec<u64>) {
    if node == 0 {
        return;
    }
    let n = node as *const u64;
    match desc_of(n).kind {
        Kind::MapEntry => out.push(node),
        Kind::MapNode => {
            let len = *n.add(NODE_LEN) as usize;
            for i in 0..len {
                collect_entries(*n.add(NODE_CHILDREN + i), out);
            }
        }
        _ => {}
    }
}

#[inline]
unsafe fn entry_key(e: u64) -> u64 {
    *(e as *const u64).add(ENTRY_KEY)
}

#[inline]
unsafe fn entry_value(e: u64) -> u64 {
    *(e as *const u64).add(ENTRY_VALUE)
}

/// A queue's front and back lists (0 if absent).
#[inline]
unsafe fn queue_parts(q: u64) -> (u64, u64) {
    let p = q as *const u64;
    (*p.add(QUEUE_FRONT), *p.add(QUEUE_BACK))
}

unsafe fn len0(l: u64) -> usize {
    if l == 0 {
        0
    } else {
        list_len(l)
    }
}

/// Number of elements of a queue.
unsafe fn queue_len(q: u64) -> usize {
    let (f, b) = queue_parts(q);
    len0(f) + len0(b)
}

/// Element `i` of a queue: the front in order, then the back reversed.
unsafe fn queue_get(q: u64, i: usize) -> u64 {
    let (f, b) = queue_parts(q);
    let nf = len0(f);
    if i < nf {
        list_get(f, i)
    } else {
        list_get(b, len0(b) - 1 - (i - nf))
    }
}

/// Pins a list object and its array.
unsafe fn pin_list(pins: &Pins, l: u64) {
    if l != 0 {
        pins.add(l);
        pins.add(*(l as *const u64).add(LIST_ARRAY));
    }
}

unsafe fn pin_queue(pins: &Pins, q: u64) {
    pins.add(q);
    let (f, b) = queue_parts(q);
    pin_list(pins, f);
    pin_list(pins, b);
}

/// The user impl closure `pick` selects, if the type has one.
#[inline]
unsafe fn user_impl(d: &TypeDesc, pick: impl FnOnce(&Impls) -> *const u64) -> Option<u64> {
    if d.impls.is_null() {
        return None;
    }
    let f = pick(&*d.impls);
    (!f.is_null()).then_some(f as u64)
}

// ---------------------------------------------------------------- equality

/// Structural equality (or the type's user `Eq`).
///
/// # Safety
/// `ctx` is the running actor's; `a` and `b` are values of type `d`.
pub unsafe fn eq(ctx: *mut Ctx, a: u64, b: u64, d: &'static TypeDesc) -> bool {
    if let Some(f) = user_impl(d, |i| i.eq) {
        return (crate::entry::program().call2)(ctx, f, a, b) & 1 != 0;
    }
    match d.kind {
        Kind::Int | Kind::Bool | Kind::Unit | Kind::Pid => a == b,
        Kind::Float => f64::from_bits(a) == f64::from_bits(b),
        Kind::String | Kind::Atom => a == b || bytes_of(a) == bytes_of(b),
        Kind::Tuple | Kind::Struct => {
            let pins = Pins::new(ctx);
            pins.add(a);
            pins.add(b);
            (0..d.nparams as usize).all(|i| eq(ctx, field(a, i), field(b, i), param(d, i)))
        }
        Kind::Sum => {
            let tag = tag_of(a);
            if tag != tag_of(b) {
                return false;
            }
            let pins = Pins::new(ctx);
            pins.add(a);
            pins.add(b);
            let n = (*d.variants.add(tag as usize)).nfields as usize;
            (0..n).all(|i| eq(ctx, crate::value::variant_field(a, i), crate::value::variant_field(b, i), variant_field(d, tag as usize, i)))
        }
        Kind::List => {
            let n = list_len(a);
            if n != list_len(b) {
                return false;
            }
            let e = crate::desc::elem(d);
            let pins = Pins::new(ctx);
            pin_list(&pins, a);
            pin_list(&pins, b);
            (0..n).all(|i| eq(ctx, list_get(a, i), list_get(b, i), e))
        }
        Kind::Queue => {
            let n = queue_len(a);
            if n != queue_len(b) {
                return false;
            }
            let e = crate::desc::elem(d);
            let pins = Pins::new(ctx);
            pin_queue(&pins, a);
            pin_queue(&pins, b);
            (0..n).all(|i| eq(ctx, queue_get(a, i), queue_get(b, i), e))
        }
        Kind::Map | Kind::Set => maps_eq(ctx, a, b, d),
        Kind::Range => field(a, 0) == field(b, 0) && field(a, 1) == field(b, 1),
        Kind::Json => {
            let (ta, tb) = (field(a, 0), field(b, 0));
            ta == tb || (ta != 0 && tb != 0 && bytes_of(ta) == bytes_of(tb))
        }
        Kind::Opaque => field(a, 0) == field(b, 0),
        _ => a == b,
    }
}

/// Maps (sets) are equal when they hold equal keys with equal values,
/// whatever the insertion order.
unsafe fn maps_eq(ctx: *mut Ctx, a: u64, b: u64, d: &'static TypeDesc) -> bool {
    let count = *(a as *const u64).add(MAP_COUNT);
    if count != *(b as *const u64).add(MAP_COUNT) {
        return false;
    }
    if count == 0 {
        return true;
    }
    let is_map = d.kind == Kind::Map;
    let kd = param(d, 0);
    let pins = Pins::new(ctx);
    pins.add(a);
    pins.add(b);
    let ea = map_entries(a);
    let eb = map_entries(b);
    for &e in ea.iter().chain(eb.iter()) {
        pins.add(e);
    }
    // Entries of b by the hash of their key.
    let mut by_hash: rustc_hash::FxHashMap<u64, Vec<u64>> = Default::default();
    for &e in &eb {
        by_hash.entry(hash(ctx, entry_key(e), kd)).or_default().push(e);
    }
    for &e in &ea {
        let h = hash(ctx, entry_key(e), kd);
        let Some(cands) = by_hash.get(&h) else { return false };
        let Some(&other) = cands.iter().find(|&&o| eq(ctx, entry_key(e), entry_key(o), kd)) else { return false };
        if is_map && !eq(ctx, entry_value(e), entry_value(other), param(d, 1)) {
            return false;
        }
    }
    true
}

// ---------------------------------------------------------------- ordering

fn ordering_of_tag(tag: u64) -> Ordering {
    match tag {
        crate::desc::TAG_LESS => Ordering::Less,
        crate::desc::TAG_EQUAL => Ordering::Equal,
        _ => Ordering::Greater,
    }
}

/// Floats in a total order that agrees with `==` (`-0.0 == 0.0`; NaN
/// after every number).
fn float_cmp(a: f64, b: f64) -> Ordering {
    a.partial_cmp(&b).unwrap_or_else(|| a.is_nan().cmp(&b.is_nan()))
}

/// Structural ordering (or the type's user `Ord`): numbers by value,
/// strings bytewise, lists lexicographically, tuples and structs field by
/// field, variants by declaration order then payload.
///
/// # Safety
/// As [`eq`].
pub unsafe fn cmp(ctx: *mut Ctx, a: u64, b: u64, d: &'static TypeDesc) -> Ordering {
    if let Some(f) = user_impl(d, |i| i.compare) {
        let o = (crate::entry::program().call2)(ctx, f, a, b);
        return ordering_of_tag(tag_of(o));
    }
    match d.kind {
        Kind::Int => (a as i64).cmp(&(b as i64)),
        Kind::Float => float_cmp(f64::from_bits(a), f64::from_bits(b)),
        Kind::Bool | Kind::Unit | Kind::Pid => a.cmp(&b),
        Kind::String | Kind::Atom => {
            if a == b {
                Ordering::Equal
            } else {
                bytes_of(a).cmp(bytes_of(b))
            }
        }
        Kind::Tuple | Kind::Struct => {
            let pins = Pins::new(ctx);
            pins.add(a);
            pins.add(b);
            for i in 0..d.nparams as usize {
                let o = cmp(ctx, field(a, i), field(b, i), param(d, i));
                if o != Ordering::Equal {
                    return o;
                }
            }
            Ordering::Equal
        }
        Kind::Sum => {
            let (ta, tb) = (tag_of(a), tag_of(b));
            if ta != tb {
                return ta.cmp(&tb);
            }
            let pins = Pins::new(ctx);
            pins.add(a);
            pins.add(b);
            let n = (*d.variants.add(ta as usize)).nfields as usize;
            for i in 0..n {
                let o = cmp(ctx, crate::value::variant_field(a, i), crate::value::variant_field(b, i), variant_field(d, ta as usize, i));
                if o != Ordering::Equal {
                    return o;
                }
            }
            Ordering::Equal
        }
        Kind::List => {
            let (na, nb) = (list_len(a), list_len(b));
            let e = crate::desc::elem(d);
            let pins = Pins::new(ctx);
            pin_list(&pins, a);
            pin_list(&pins, b);
            for i in 0..na.min(nb) {
                let o = cmp(ctx, list_get(a, i), list_get(b, i), e);
                if o != Ordering::Equal {
                    return o;
                }
            }
            na.cmp(&nb)
        }
        Kind::Queue => {
            let (na, nb) = (queue_len(a), queue_len(b));
            let e = crate::desc::elem(d);
            let pins = Pins::new(ctx);
            pin_queue(&pins, a);
            pin_queue(&pins, b);
            for i in 0..na.min(nb) {
                let o = cmp(ctx, queue_get(a, i), queue_get(b, i), e);
                if o != Ordering::Equal {
                    return o;
                }
            }
            na.cmp(&nb)
        }
        Kind::Map | Kind::Set => maps_cmp(ctx, a, b, d),
        Kind::Range => {
            let ka = (field(a, 0) as i64, field(a, 1) as i64);
            let kb = (field(b, 0) as i64, field(b, 1) as i64);
            ka.cmp(&kb)
        }
        Kind::Json => {
            let (ta, tb) = (field(a, 0), field(b, 0));
            match (ta, tb) {
                (0, 0) => Ordering::Equal,
                (0, _) => Ordering::Less,
                (_, 0) => Ordering::Greater,
                _ => bytes_of(ta).cmp(bytes_of(tb)),
            }
        }
        Kind::Opaque => field(a, 0).cmp(&field(b, 0)),
        _ => a.cmp(&b),
    }
}

/// Maps (sets) compare as their entries sorted by key, lexicographically
/// (key, then value), so that equal maps compare Equal.
unsafe fn maps_cmp(ctx: *mut Ctx, a: u64, b: u64, d: &'static TypeDesc) -> Ordering {
    let is_map = d.kind == Kind::Map;
    let kd = param(d, 0);
    let pins = Pins::new(ctx);
    pins.add(a);
    pins.add(b);
    let mut ea = map_entries(a);
    let mut eb = map_entries(b);
    for &e in ea.iter().chain(eb.iter()) {
        pins.add(e);
    }
    ea.sort_by(|x, y| cmp(ctx, entry_key(*x), entry_key(*y), kd));
    eb.sort_by(|x, y| cmp(ctx, entry_key(*x), entry_key(*y), kd));
    for (x, y) in ea.iter().zip(eb.iter()) {
        let mut o = cmp(ctx, entry_key(*x), entry_key(*y), kd);
        if o == Ordering::Equal && is_map {
            o = cmp(ctx, entry_value(*x), entry_value(*y), param(d, 1));
        }
        if o != Ordering::Equal {
            return o;
        }
    }
    ea.len().cmp(&eb.len())
}

// ---------------------------------------------------------------- hashing

/// A 64-bit finaliser (splitmix64): every input bit affects every output
/// bit, so tries can use any slice of the hash.
#[inline]
pub fn mix(mut x: u64) -> u64 {
    x ^= x >> 30;
    x = x.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x ^= x >> 27;
    x = x.wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

#[inline]
fn combine(h: u64, x: u64) -> u64 {
    mix(h.rotate_left(7) ^ x.wrapping_add(0x9e37_79b9_7f4a_7c15))
}

/// A hash of bytes (FNV-1a over words, then mixed).
pub fn hash_bytes(b: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ b.len() as u64;
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        let w = u64::from_le_bytes(c.try_into().expect("8 bytes"));
        h = (h ^ w).wrapping_mul(0x0000_0100_0000_01b3).rotate_left(23);
    }
    let mut last = [0u8; 8];
    let rest = chunks.remainder();
    last[..rest.len()].copy_from_slice(rest);
    h = (h ^ u64::from_le_bytes(last)).wrapping_mul(0x0000_0100_0000_01b3);
    mix(h)
}

/// A hash consistent with [`eq`] (or the type's user `Hash`).
///
/// # Safety
/// As [`eq`].
pub unsafe fn hash(ctx: *mut Ctx, v: u64, d: &'static TypeDesc) -> u64 {
    if let Some(f) = user_impl(d, |i| i.hash) {
        return (crate::entry::program().call1)(ctx, f, v);
    }
    match d.kind {
        Kind::Int | Kind::Bool | Kind::Unit | Kind::Pid => mix(v),
        Kind::Float => {
            let f = f64::from_bits(v);
            if f == 0.0 {
                mix(0)
            } else if f.is_nan() {
                mix(f64::NAN.to_bits())
            } else {
                mix(v)
            }
        }
        Kind::String | Kind::Atom => hash_bytes(bytes_of(v)),
        Kind::Tuple | Kind::Struct => {
            let pins = Pins::new(ctx);
            pins.add(v);
            let mut h = mix(d.nparams as u64 + 0x51);
            for i in 0..d.nparams as usize {
                h = combine(h, hash(ctx, field(v, i), param(d, i)));
            }
            h
        }
        Kind::Sum => {
            let tag = tag_of(v);
            let pins = Pins::new(ctx);
            pins.add(v);
            let mut h = mix(tag + 0x5a);
            let n = (*d.variants.add(tag as usize)).nfields as usize;
            for i in 0..n {
                h = combine(h, hash(ctx, crate::value::variant_field(v, i), variant_field(d, tag as usize, i)));
            }
            h
        }
        Kind::List => {
            let n = list_len(v);
            let e = crate::desc::elem(d);
            let pins = Pins::new(ctx);
            pin_list(&pins, v);
            let mut h = mix(n as u64 + 0x1157);
            for i in 0..n {
                h = combine(h, hash(ctx, list_get(v, i), e));
            }
            h
        }
        Kind::Queue => {
            let n = queue_len(v);
            let e = crate::desc::elem(d);
            let pins = Pins::new(ctx);
            pin_queue(&pins, v);
            let mut h = mix(n as u64 + 0x1157);
            for i in 0..n {
                h = combine(h, hash(ctx, queue_get(v, i), e));
            }
            h
        }
        Kind::Map | Kind::Set => {
            let is_map = d.kind == Kind::Map;
            let kd = param(d, 0);
            let pins = Pins::new(ctx);
            pins.add(v);
            let es = map_entries(v);
            for &e in &es {
                pins.add(e);
            }
            // Order-free: a sum of per-entry hashes.
            let mut sum = 0u64;
            for &e in &es {
                let mut h = hash(ctx, entry_key(e), kd);
                if is_map {
                    h = combine(h, hash(ctx, entry_value(e), param(d, 1)));
                }
                sum = sum.wrapping_add(mix(h));
            }
            combine(mix(es.len() as u64 + 0x3a9), sum)
        }
        Kind::Range => combine(mix(field(v, 0)), field(v, 1)),
        Kind::Json => {
            let t = field(v, 0);
            if t == 0 {
                0
            } else {
                hash_bytes(bytes_of(t))
            }
        }
        Kind::Opaque => mix(field(v, 0)),
        _ => mix(v),
    }
}

// ---------------------------------------------------------------- entry points

/// `mesh_rt_eq(a, b, desc)`: structural `==`.
#[no_mangle]
pub unsafe extern "C" fn mesh_rt_eq(ctx: *mut Ctx, a: u64, b: u64, desc: u64) -> u64 {
    eq(ctx, a, b, crate::desc::from_word(desc)) as u64
}

/// `mesh_rt_compare_int(a, b, desc)`: -1, 0 or 1.
#[no_mangle]
pub unsafe extern "C" fn mesh_rt_compare_int(ctx: *mut Ctx, a: u64, b: u64, desc: u64) -> u64 {
    cmp(ctx, a, b, crate::desc::from_word(desc)) as i64 as u64
}

/// `mesh_rt_compare(a, b, desc)`: an `Ordering` value.
#[no_mangle]
pub unsafe extern "C" fn mesh_rt_compare(ctx: *mut Ctx, a: u64, b: u64, desc: u64) -> u64 {
    let o = cmp(ctx, a, b, crate::desc::from_word(desc));
    crate::value::ordering(ctx, o)
}

/// `mesh_rt_hash(v, desc)`: an Int.
#[no_mangle]
pub unsafe extern "C" fn mesh_rt_hash(ctx: *mut Ctx, v: u64, desc: u64) -> u64 {
    hash(ctx, v, crate::desc::from_word(desc))
}

/// `compare(a, b)` (prelude).
#[no_mangle]
pub unsafe extern "C" fn mesh_compare(ctx: *mut Ctx, a: u64, b: u64, desc_t: u64) -> u64 {
    mesh_rt_compare(ctx, a, b, desc_t)
}

/// `default()` (prelude): the zero value of `T`: 0, 0.0, false, "", (),
/// empty collections, `None`, and tuples and structs of zero values.
#[no_mangle]
pub unsafe extern "C" fn mesh_default(ctx: *mut Ctx, desc_t: u64) -> u64 {
    default_of(ctx, crate::desc::from_word(desc_t))
}

/// The zero value of a type.
///
/// # Safety
/// `ctx` is the running actor's.
pub unsafe fn default_of(ctx: *mut Ctx, d: &'static TypeDesc) -> u64 {
    use crate::heap::alloc_zeroed;
    match d.kind {
        Kind::Int | Kind::Float | Kind::Bool | Kind::Unit | Kind::Pid => 0,
        Kind::String => crate::value::new_str(ctx, ""),
        Kind::Atom => {
            let obj = crate::value::alloc_string(ctx, 0);
            *obj = &crate::desc::mesh_desc_atom as *const TypeDesc as u64;
            obj as u64
        }
        Kind::List => crate::list::empty_list(ctx, d),
        Kind::Map => crate::map::new_map(ctx, param(d, 0), param(d, 1)),
        Kind::Set => crate::map::new_set(ctx, param(d, 0)),
        Kind::Queue => {
            let ld = crate::desc::list_of(crate::desc::elem(d));
            let q = alloc_zeroed(ctx, d, QUEUE_WORDS) as u64;
            let pins = Pins::new(ctx);
            pins.add(q);
            let f = crate::value::new_list(ctx, ld, &[]);
            *(q as *mut u64).add(QUEUE_FRONT) = f;
            let b = crate::value::new_list(ctx, ld, &[]);
            *(q as *mut u64).add(QUEUE_BACK) = b;
            q
        }
        Kind::Range => alloc_zeroed(ctx, d, RANGE_WORDS) as u64,
        Kind::Tuple | Kind::Struct => {
            let n = d.nparams as usize;
            let obj = alloc_zeroed(ctx, d, 1 + n) as u64;
            let pins = Pins::new(ctx);
            pins.add(obj);
            for i in 0..n {
                let fv = default_of(ctx, param(d, i));
                *(obj as *mut u64).add(1 + i) = fv;
            }
            obj
        }
        Kind::Sum => {
            // `None`, or the first variant without a payload.
            let found = (0..d.nvariants as usize).find(|&t| (*d.variants.add(t)).nfields == 0);
            match found {
                Some(t) => crate::value::new_variant(ctx, d, t as u64, &[]),
                None => crate::panic::panic_msg(ctx, &format!("`default()` has no zero value of type {}", crate::display::c_name(d.name))),
            }
        }
        _ => crate::panic::panic_msg(ctx, &format!("`default()` has no zero value of type {}", crate::display::c_name(d.name))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::desc::*;
    use crate::value::*;

    fn run<R: 'static>(f: impl FnOnce(*mut Ctx) -> R + 'static) -> R {
        crate::entry::with_test_actor(f)
    }

    #[test]
    fn scalars() {
        run(|ctx| unsafe {
            assert!(eq(ctx, 3, 3, &mesh_desc_int));
            assert!(eq(ctx, 0.0f64.to_bits(), (-0.0f64).to_bits(), &mesh_desc_float));
            assert!(!eq(ctx, f64::NAN.to_bits(), f64::NAN.to_bits(), &mesh_desc_float));
            assert_eq!(hash(ctx, 0.0f64.to_bits(), &mesh_desc_float), hash(ctx, (-0.0f64).to_bits(), &mesh_desc_float));
            assert_eq!(cmp(ctx, (-1i64) as u64, 2, &mesh_desc_int), Ordering::Less);
            assert_eq!(cmp(ctx, 1.5f64.to_bits(), 0.5f64.to_bits(), &mesh_desc_float), Ordering::Greater);
            assert_eq!(mesh_rt_compare_int(ctx, 1, 2, &mesh_desc_int as *const _ as u64) as i64, -1);
            let a = new_str(ctx, "abc");
            let b = new_str(ctx, "abd");
            let a2 = new_str(ctx, "abc");
            assert!(eq(ctx, a, a2, &mesh_desc_string));
            assert_eq!(hash(ctx, a, &mesh_desc_string), hash(ctx, a2, &mesh_desc_string));
            assert_eq!(cmp(ctx, a, b, &mesh_desc_string), Ordering::Less);
            let o = mesh_rt_compare(ctx, b, a, &mesh_desc_string as *const _ as u64);
            assert_eq!(tag_of(o), TAG_GREATER);
        })
    }

    #[test]
    fn composites() {
        run(|ctx| unsafe {
            let ld = list_of(&mesh_desc_int);
            let l1 = new_list(ctx, ld, &[1, 2, 3]);
            let l2 = new_list(ctx, ld, &[1, 2, 3]);
            let l3 = new_list(ctx, ld, &[1, 2]);
            assert!(eq(ctx, l1, l2, ld));
            assert!(!eq(ctx, l1, l3, ld));
            assert_eq!(hash(ctx, l1, ld), hash(ctx, l2, ld));
            assert_eq!(cmp(ctx, l3, l1, ld), Ordering::Less);
            let od = option_of(&mesh_desc_int);
            let s1 = some(ctx, od, 5);
            let s2 = some(ctx, od, 7);
            let n = none(ctx, od);
            assert_eq!(cmp(ctx, s1, s2, od), Ordering::Less);
            assert_eq!(cmp(ctx, n, s2, od), Ordering::Greater);
            assert!(!eq(ctx, n, s1, od));
            let td = tuple_of(&[&mesh_desc_int, &mesh_desc_string]);
            let x = new_str(ctx, "x");
            let t1 = new_tuple(ctx, td, &[1, x]);
            let y = new_str(ctx, "x");
            let t2 = new_tuple(ctx, td, &[1, y]);
            assert!(eq(ctx, t1, t2, td));
            assert_eq!(hash(ctx, t1, td), hash(ctx, t2, td));
        })
    }

    #[test]
    fn defaults() {
        run(|ctx| unsafe {
            assert_eq!(mesh_default(ctx, &mesh_desc_int as *const _ as u64), 0);
            let s = mesh_default(ctx, &mesh_desc_string as *const _ as u64);
            assert_eq!(str_of(s), "");
            let ld = list_of(&mesh_desc_int);
            let l = mesh_default(ctx, ld as *const _ as u64);
            assert_eq!(list_len(l), 0);
            let od = option_of(&mesh_desc_int);
            assert_eq!(tag_of(mesh_default(ctx, od as *const _ as u64)), TAG_NONE);
            let td = tuple_of(&[&mesh_desc_int, &mesh_desc_string]);
            let t = mesh_default(ctx, td as *const _ as u64);
            assert_eq!(field(t, 0), 0);
            assert_eq!(str_of(field(t, 1)), "");
        })
    }
}
