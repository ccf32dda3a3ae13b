//! Maps and sets (LANGUAGE.md 5.4, 5.5): persistent hash tries of entries on the actor heap, iterated in insertion order.
//!
//! A map (or set) is `[desc, count, root, next_seq]`. `root` is 0 (empty)
//! or a trie node `[mesh_desc_map_node, bitmap, n, children...]`: a 32-way
//! node whose `bitmap` says which 5-bit hash slices are present (children
//! in slice order), or, with [`COLLISION`] set, a bucket of entries whose
//! full 64-bit hashes are equal (scanned linearly). Every child is an entry
//! `[desc, hash, key, value, seq]` or a node. Sets store 0 as the value.
//!
//! `put` and `delete` copy only the path to the changed entry. A replaced
//! key keeps its entry's `seq` (and its first key object); new keys get
//! `next_seq`; iteration sorts the entries by `seq`, which is insertion
//! order.
//!
//! Invariant: a node other than the root has at least two children or a
//! child that is itself a 32-way node (single entries and buckets are
//! pulled up on delete), and a bucket holds at least two entries.
//!
//! Invariant (GC): key equality and hashing may call user code (and so
//! collect). Lookups therefore finish (calling `eq`/`hash`) before the
//! path copy starts; the path copy itself compares entries by address and
//! only allocates, holding the nodes it copies in Rust locals (pinned) and
//! reading their children again after every allocation.
//!
//! Safety (every `unsafe fn` here): `ctx` is the running actor's context,
//! value words are values of the types the function is declared with, and
//! descriptor words are addresses of descriptors.

#![allow(clippy::missing_safety_doc)]

mod trie;
#[cfg(test)]
mod tests;

use trie::*;
use crate::abi::*;
use crate::desc::{self, from_word};
use crate::heap::layout::{desc_of, param};
use crate::value::{self, list_get, list_len, new_array, new_list_view};

crate::export! {
    mesh_map_new,
    mesh_map_put,
    mesh_map_delete,
    mesh_map_size,
    mesh_map_get,
    mesh_map_has_key,
    mesh_map_keys,
    mesh_map_values,
    mesh_map_merge,
    mesh_map_to_list,
    mesh_map_from_list,
    mesh_map_collect,
    mesh_set_new,
    mesh_set_add,
    mesh_set_remove,
    mesh_set_contains,
    mesh_set_size,
    mesh_set_union,
    mesh_set_intersection,
    mesh_set_difference,
    mesh_set_to_list,
    mesh_set_from_list,
    mesh_set_collect,
}

/// Bitmap flag of a collision bucket.
const COLLISION: u64 = 1 << 63;
const BITS: u32 = 5;

#[inline]
unsafe fn word(p: u64, i: usize) -> u64 {
    *(p as *const u64).add(i)
}

#[inline]
unsafe fn set_word(p: u64, i: usize, v: u64) {
    *(p as *mut u64).add(i) = v;
}

#[inline]
unsafe fn d(w: u64) -> &'static TypeDesc {
    from_word(w)
}

// ---------------------------------------------------------------- key equality and hashing

/// Key equality (strings by content, structs structurally, user `Eq`).
pub unsafe fn key_eq(ctx: *mut Ctx, a: u64, b: u64, d: &'static TypeDesc) -> bool {
    crate::compare::eq(ctx, a, b, d)
}

/// Key hash, consistent with [`key_eq`], well mixed for the trie.
pub unsafe fn key_hash(ctx: *mut Ctx, k: u64, d: &'static TypeDesc) -> u64 {
    mix(crate::compare::hash(ctx, k, d))
}

/// The splitmix64 finaliser: spreads sequential ints over every slice.
#[inline]
fn mix(mut h: u64) -> u64 {
    h ^= h >> 30;
    h = h.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h ^= h >> 27;
    h = h.wrapping_mul(0x94d0_49bb_1331_11eb);
    h ^ (h >> 31)
}

// ---------------------------------------------------------------- generic operations (maps and sets)

/// `m` with `k` mapped to `v` (a set passes 0 as `v`).
unsafe fn put(ctx: *mut Ctx, m: u64, k: u64, v: u64, kd: &'static TypeDesc) -> u64 {
    let h = key_hash(ctx, k, kd);
    let old = find_entry(ctx, m, k, h, kd);
    let md = desc_of(m as *const u64);
    let ed = desc::entry_for(md);
    if old != 0 {
        if word(old, ENTRY_VALUE) == v {
            return m;
        }
        // The first key stays (keys equal by a user `Eq` may differ).
        let e = new_entry(ctx, ed, h, word(old, ENTRY_KEY), v, word(old, ENTRY_SEQ));
        let root = replace(ctx, word(m, MAP_ROOT), 0, old, e, h);
        return new_container(ctx, md, word(m, MAP_COUNT), root, word(m, MAP_NEXT_SEQ));
    }
    let e = new_entry(ctx, ed, h, k, v, word(m, MAP_NEXT_SEQ));
    let root = word(m, MAP_ROOT);
    let root = if root == 0 {
        let n = alloc_node(ctx, 1u64 << slice_of(h, 0), 1);
        set_word(n, NODE_CHILDREN, e);
        n
    } else {
        insert(ctx, root, 0, e, h)
    };
    new_container(ctx, md, word(m, MAP_COUNT) + 1, root, word(m, MAP_NEXT_SEQ) + 1)
}

/// `m` without key `k`.
unsafe fn delete(ctx: *mut Ctx, m: u64, k: u64, kd: &'static TypeDesc) -> u64 {
    let h = key_hash(ctx, k, kd);
    let old = find_entry(ctx, m, k, h, kd);
    if old == 0 {
        return m;
    }
    let root = remove(ctx, word(m, MAP_ROOT), 0, old, h, true);
    let md = desc_of(m as *const u64);
    new_container(ctx, md, word(m, MAP_COUNT) - 1, root, word(m, MAP_NEXT_SEQ))
}

unsafe fn lookup(ctx: *mut Ctx, m: u64, k: u64, kd: &'static TypeDesc) -> u64 {
    let h = key_hash(ctx, k, kd);
    find_entry(ctx, m, k, h, kd)
}

// ---------------------------------------------------------------- helpers for other runtime modules

/// A new empty map of `Map<K, V>`.
pub unsafe fn new_map(ctx: *mut Ctx, kd: &'static TypeDesc, vd: &'static TypeDesc) -> u64 {
    new_container(ctx, desc::map_of(kd, vd), 0, 0, 0)
}

/// The `(key, value)` pairs of a map in insertion order (valid only until
/// the next allocation).
pub unsafe fn map_entries(m: u64) -> Vec<(u64, u64)> {
    sorted_entries(m).into_iter().map(|e| (word(e, ENTRY_KEY), word(e, ENTRY_VALUE))).collect()
}

/// The value of `k`, if present.
pub unsafe fn map_get(ctx: *mut Ctx, m: u64, k: u64, kd: &'static TypeDesc) -> Option<u64> {
    let e = lookup(ctx, m, k, kd);
    (e != 0).then(|| word(e, ENTRY_VALUE))
}

/// `m` with `k` mapped to `v`.
pub unsafe fn map_put(ctx: *mut Ctx, m: u64, k: u64, v: u64, kd: &'static TypeDesc, _vd: &'static TypeDesc) -> u64 {
    put(ctx, m, k, v, kd)
}

/// The number of entries of a map or set.
pub unsafe fn map_size(m: u64) -> usize {
    word(m, MAP_COUNT) as usize
}

/// A new empty set of `Set<T>`.
pub unsafe fn new_set(ctx: *mut Ctx, d: &'static TypeDesc) -> u64 {
    new_container(ctx, desc::set_of(d), 0, 0, 0)
}

/// The elements of a set in insertion order (valid only until the next
/// allocation).
pub unsafe fn set_elements(s: u64) -> Vec<u64> {
    sorted_entries(s).into_iter().map(|e| word(e, ENTRY_KEY)).collect()
}

/// `s` with `x` added.
pub unsafe fn set_add(ctx: *mut Ctx, s: u64, x: u64, d: &'static TypeDesc) -> u64 {
    put(ctx, s, x, 0, d)
}

/// Whether `x` is in `s`.
pub unsafe fn set_contains(ctx: *mut Ctx, s: u64, x: u64, d: &'static TypeDesc) -> bool {
    lookup(ctx, s, x, d) != 0
}

/// The zero value of a type (`Map.get` on a missing key): 0, 0.0, false,
/// `()`, `""`, empty collections, `None`; a panic for other types.
pub unsafe fn zero_value(ctx: *mut Ctx, t: &'static TypeDesc, what: &str) -> u64 {
    match t.kind {
        Kind::Int | Kind::Float | Kind::Bool | Kind::Unit | Kind::Pid => 0,
        Kind::String => value::new_str(ctx, ""),
        Kind::List => crate::list::empty_list(ctx, desc::list_of(param(t, 0))),
        Kind::Map => new_map(ctx, param(t, 0), param(t, 1)),
        Kind::Set => new_set(ctx, param(t, 0)),
        Kind::Queue => crate::queue::empty_queue(ctx, param(t, 0)),
        Kind::Sum if !t.name.is_null() && std::ffi::CStr::from_ptr(t.name as *const std::ffi::c_char).to_bytes() == b"Option" => {
            value::new_variant(ctx, t, desc::TAG_NONE, &[])
        }
        _ => crate::panic::panic_msg(ctx, &format!("{what}: key not found, and type {} has no zero value", type_name(t))),
    }
}

/// A type's name as Mesh source writes it (for messages).
pub unsafe fn type_name(t: &TypeDesc) -> String {
    let named = || if t.name.is_null() { String::new() } else { std::ffi::CStr::from_ptr(t.name as *const std::ffi::c_char).to_string_lossy().into_owned() };
    let params = |sep: &str| (0..t.nparams as usize).map(|i| type_name(param(t, i))).collect::<Vec<_>>().join(sep);
    match t.kind {
        Kind::Tuple => format!("({})", params(", ")),
        Kind::List => format!("List<{}>", params(", ")),
        Kind::Map => format!("Map<{}>", params(", ")),
        Kind::Set => format!("Set<{}>", params(", ")),
        Kind::Queue => format!("Queue<{}>", params(", ")),
        Kind::Iter => format!("Iter<{}>", params(", ")),
        Kind::Fun => String::from("Fun"),
        Kind::Sum if t.nparams > 0 => format!("{}<{}>", named(), params(", ")),
        _ => {
            let n = named();
            if n.is_empty() {
                format!("{:?}", t.kind)
            } else {
                n
            }
        }
    }
}

// ---------------------------------------------------------------- module Map

#[no_mangle]
pub unsafe extern "C" fn mesh_map_new(ctx: *mut Ctx, dk: u64, dv: u64) -> u64 {
    new_map(ctx, d(dk), d(dv))
}

#[no_mangle]
pub unsafe extern "C" fn mesh_map_put(ctx: *mut Ctx, m: u64, k: u64, v: u64, dk: u64, _dv: u64) -> u64 {
    put(ctx, m, k, v, d(dk))
}

#[no_mangle]
pub unsafe extern "C" fn mesh_map_delete(ctx: *mut Ctx, m: u64, k: u64, dk: u64, _dv: u64) -> u64 {
    delete(ctx, m, k, d(dk))
}

#[no_mangle]
pub unsafe extern "C" fn mesh_map_size(_ctx: *mut Ctx, m: u64, _dk: u64, _dv: u64) -> u64 {
    word(m, MAP_COUNT)
}

#[no_mangle]
pub unsafe extern "C" fn mesh_map_get(ctx: *mut Ctx, m: u64, k: u64, dk: u64, dv: u64) -> u64 {
    let e = lookup(ctx, m, k, d(dk));
    if e != 0 {
        return word(e, ENTRY_VALUE);
    }
    zero_value(ctx, d(dv), "Map.get")
}

#[no_mangle]
pub unsafe extern "C" fn mesh_map_has_key(ctx: *mut Ctx, m: u64, k: u64, dk: u64, _dv: u64) -> u64 {
    (lookup(ctx, m, k, d(dk)) != 0) as u64
}

#[no_mangle]
pub unsafe extern "C" fn mesh_map_keys(ctx: *mut Ctx, m: u64, dk: u64, _dv: u64) -> u64 {
    field_list(ctx, m, d(dk), ENTRY_KEY)
}

#[no_mangle]
pub unsafe extern "C" fn mesh_map_values(ctx: *mut Ctx, m: u64, _dk: u64, dv: u64) -> u64 {
    field_list(ctx, m, d(dv), ENTRY_VALUE)
}

/// Puts every entry of `b` (in its insertion order) into `a`.
unsafe fn put_all(ctx: *mut Ctx, a: u64, b: u64, kd: &'static TypeDesc) -> u64 {
    let arr = entries_array(ctx, b);
    let n = word(arr, ARRAY_USED) as usize;
    let mut acc = a;
    for i in 0..n {
        let e = word(arr, ARRAY_ELEMS + i);
        acc = put(ctx, acc, word(e, ENTRY_KEY), word(e, ENTRY_VALUE), kd);
    }
    std::hint::black_box(arr);
    acc
}

#[no_mangle]
pub unsafe extern "C" fn mesh_map_merge(ctx: *mut Ctx, a: u64, b: u64, dk: u64, _dv: u64) -> u64 {
    if word(b, MAP_COUNT) == 0 {
        return a;
    }
    if word(a, MAP_COUNT) == 0 {
        return b;
    }
    put_all(ctx, a, b, d(dk))
}

#[no_mangle]
pub unsafe extern "C" fn mesh_map_to_list(ctx: *mut Ctx, m: u64, dk: u64, dv: u64) -> u64 {
    let td = desc::tuple_of(&[d(dk), d(dv)]);
    let ld = desc::list_of(td);
    let arr = entries_array(ctx, m);
    let n = word(arr, ARRAY_USED) as usize;
    let out = new_array(ctx, ld, n);
    for i in 0..n {
        let e = word(arr, ARRAY_ELEMS + i);
        let t = value::new_tuple(ctx, td, &[word(e, ENTRY_KEY), word(e, ENTRY_VALUE)]);
        set_word(out, ARRAY_ELEMS + i, t);
        set_word(out, ARRAY_USED, (i + 1) as u64);
    }
    std::hint::black_box(arr);
    new_list_view(ctx, ld, out, 0, n)
}

#[no_mangle]
pub unsafe extern "C" fn mesh_map_from_list(ctx: *mut Ctx, pairs: u64, dk: u64, dv: u64) -> u64 {
    let kd = d(dk);
    let mut acc = new_map(ctx, kd, d(dv));
    let mut i = 0;
    while i < list_len(pairs) {
        let p = list_get(pairs, i);
        acc = put(ctx, acc, value::field(p, 0), value::field(p, 1), kd);
        i += 1;
    }
    acc
}

#[no_mangle]
pub unsafe extern "C" fn mesh_map_collect(ctx: *mut Ctx, it: u64, dk: u64, dv: u64) -> u64 {
    let td = desc::tuple_of(&[d(dk), d(dv)]);
    let pairs = crate::iter::to_list(ctx, it, td);
    mesh_map_from_list(ctx, pairs, dk, dv)
}

// ---------------------------------------------------------------- module Set

#[no_mangle]
pub unsafe extern "C" fn mesh_set_new(ctx: *mut Ctx, dt: u64) -> u64 {
    new_set(ctx, d(dt))
}

#[no_mangle]
pub unsafe extern "C" fn mesh_set_add(ctx: *mut Ctx, s: u64, x: u64, dt: u64) -> u64 {
    put(ctx, s, x, 0, d(dt))
}

#[no_mangle]
pub unsafe extern "C" fn mesh_set_remove(ctx: *mut Ctx, s: u64, x: u64, dt: u64) -> u64 {
    delete(ctx, s, x, d(dt))
}

#[no_mangle]
pub unsafe extern "C" fn mesh_set_contains(ctx: *mut Ctx, s: u64, x: u64, dt: u64) -> u64 {
    (lookup(ctx, s, x, d(dt)) != 0) as u64
}

#[no_mangle]
pub unsafe extern "C" fn mesh_set_size(_ctx: *mut Ctx, s: u64, _dt: u64) -> u64 {
    word(s, MAP_COUNT)
}

#[no_mangle]
pub unsafe extern "C" fn mesh_set_union(ctx: *mut Ctx, a: u64, b: u64, dt: u64) -> u64 {
    if word(b, MAP_COUNT) == 0 {
        return a;
    }
    if word(a, MAP_COUNT) == 0 {
        return b;
    }
    put_all(ctx, a, b, d(dt))
}

/// The elements of `a` (in order) that are (`keep_common`) or are not in `b`.
unsafe fn filter_by(ctx: *mut Ctx, a: u64, b: u64, dt: u64, keep_common: bool) -> u64 {
    let t = d(dt);
    let xs = mesh_set_to_list(ctx, a, dt);
    let mut acc = new_set(ctx, t);
    let mut i = 0;
    while i < list_len(xs) {
        let x = list_get(xs, i);
        if (lookup(ctx, b, x, t) != 0) == keep_common {
            acc = put(ctx, acc, list_get(xs, i), 0, t);
        }
        i += 1;
    }
    acc
}

#[no_mangle]
pub unsafe extern "C" fn mesh_set_intersection(ctx: *mut Ctx, a: u64, b: u64, dt: u64) -> u64 {
    filter_by(ctx, a, b, dt, true)
}

#[no_mangle]
pub unsafe extern "C" fn mesh_set_difference(ctx: *mut Ctx, a: u64, b: u64, dt: u64) -> u64 {
    if word(b, MAP_COUNT) == 0 {
        return a;
    }
    filter_by(ctx, a, b, dt, false)
}

#[no_mangle]
pub unsafe extern "C" fn mesh_set_to_list(ctx: *mut Ctx, s: u64, dt: u64) -> u64 {
    field_list(ctx, s, d(dt), ENTRY_KEY)
}

#[no_mangle]
pub unsafe extern "C" fn mesh_set_from_list(ctx: *mut Ctx, xs: u64, dt: u64) -> u64 {
    let t = d(dt);
    let mut acc = new_set(ctx, t);
    let mut i = 0;
    while i < list_len(xs) {
        acc = put(ctx, acc, list_get(xs, i), 0, t);
        i += 1;
    }
    acc
}

#[no_mangle]
pub unsafe extern "C" fn mesh_set_collect(ctx: *mut Ctx, it: u64, dt: u64) -> u64 {
    let xs = crate::iter::to_list(ctx, it, d(dt));
    mesh_set_from_list(ctx, xs, dt)
}

