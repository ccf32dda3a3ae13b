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

use crate::abi::*;
use crate::desc::{self, from_word};
use crate::heap::alloc_object;
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

// ---------------------------------------------------------------- trie

#[inline]
unsafe fn is_entry(p: u64) -> bool {
    // Every trie node has the one node descriptor: comparing the header
    // saves reading the descriptor.
    *(p as *const u64) != &crate::desc::mesh_desc_map_node as *const TypeDesc as u64
}

#[inline]
unsafe fn is_bucket(node: u64) -> bool {
    word(node, NODE_BITMAP) & COLLISION != 0
}

#[inline]
fn slice_of(h: u64, depth: u32) -> u32 {
    ((h >> (BITS * depth)) & 31) as u32
}

#[inline]
unsafe fn node_len(node: u64) -> usize {
    word(node, NODE_LEN) as usize
}

#[inline]
unsafe fn child(node: u64, i: usize) -> u64 {
    word(node, NODE_CHILDREN + i)
}

/// A node with `n` children, every child slot zeroed-free: the caller
/// writes all of them before allocating again.
unsafe fn alloc_node(ctx: *mut Ctx, bitmap: u64, n: usize) -> u64 {
    let p = alloc_object(ctx, &desc::mesh_desc_map_node, NODE_CHILDREN + n) as u64;
    set_word(p, NODE_BITMAP, bitmap);
    set_word(p, NODE_LEN, n as u64);
    p
}

unsafe fn new_entry(ctx: *mut Ctx, ed: &'static TypeDesc, h: u64, k: u64, v: u64, seq: u64) -> u64 {
    let p = alloc_object(ctx, ed, ENTRY_WORDS) as u64;
    set_word(p, ENTRY_HASH, h);
    set_word(p, ENTRY_KEY, k);
    set_word(p, ENTRY_VALUE, v);
    set_word(p, ENTRY_SEQ, seq);
    p
}

unsafe fn new_container(ctx: *mut Ctx, md: &'static TypeDesc, count: u64, root: u64, next_seq: u64) -> u64 {
    let p = alloc_object(ctx, md, MAP_WORDS) as u64;
    set_word(p, MAP_COUNT, count);
    set_word(p, MAP_ROOT, root);
    set_word(p, MAP_NEXT_SEQ, next_seq);
    p
}

/// The entry of key `k` (hash `h`) in `m`, or 0.
unsafe fn find_entry(ctx: *mut Ctx, m: u64, k: u64, h: u64, kd: &'static TypeDesc) -> u64 {
    let mut node = word(m, MAP_ROOT);
    let mut depth = 0;
    loop {
        if node == 0 {
            return 0;
        }
        if is_entry(node) {
            if word(node, ENTRY_HASH) == h && key_eq(ctx, word(node, ENTRY_KEY), k, kd) {
                return node;
            }
            return 0;
        }
        let bitmap = word(node, NODE_BITMAP);
        if bitmap & COLLISION != 0 {
            let mut i = 0;
            while i < node_len(node) {
                let e = child(node, i);
                if word(e, ENTRY_HASH) == h && key_eq(ctx, word(e, ENTRY_KEY), k, kd) {
                    return child(node, i);
                }
                i += 1;
            }
            return 0;
        }
        let bit = 1u64 << slice_of(h, depth);
        if bitmap & bit == 0 {
            return 0;
        }
        let pos = (bitmap & (bit - 1)).count_ones() as usize;
        node = child(node, pos);
        depth += 1;
    }
}

/// The hash shared by the entries under a leaf child (entry or bucket).
unsafe fn leaf_hash(p: u64) -> u64 {
    if is_entry(p) {
        word(p, ENTRY_HASH)
    } else {
        word(child(p, 0), ENTRY_HASH)
    }
}

/// A subtree at `depth` holding leaf `a` (an entry or a bucket, hash `ah`)
/// and the new entry `b` (hash `bh`).
unsafe fn merge(ctx: *mut Ctx, depth: u32, a: u64, ah: u64, b: u64, bh: u64) -> u64 {
    if ah == bh {
        // `a` is an entry here (buckets of the same hash take `b` directly).
        let n = alloc_node(ctx, COLLISION, 2);
        set_word(n, NODE_CHILDREN, a);
        set_word(n, NODE_CHILDREN + 1, b);
        return n;
    }
    let (ia, ib) = (slice_of(ah, depth), slice_of(bh, depth));
    if ia != ib {
        let n = alloc_node(ctx, (1u64 << ia) | (1u64 << ib), 2);
        let (first, second) = if ia < ib { (a, b) } else { (b, a) };
        set_word(n, NODE_CHILDREN, first);
        set_word(n, NODE_CHILDREN + 1, second);
        return n;
    }
    let sub = merge(ctx, depth + 1, a, ah, b, bh);
    let n = alloc_node(ctx, 1u64 << ia, 1);
    set_word(n, NODE_CHILDREN, sub);
    n
}

/// A copy of `node` with child `pos` replaced by `c`.
unsafe fn with_child(ctx: *mut Ctx, node: u64, pos: usize, c: u64) -> u64 {
    let n = node_len(node);
    let out = alloc_node(ctx, word(node, NODE_BITMAP), n);
    std::ptr::copy_nonoverlapping((node as *const u64).add(NODE_CHILDREN), (out as *mut u64).add(NODE_CHILDREN), n);
    set_word(out, NODE_CHILDREN + pos, c);
    out
}

/// A copy of `node` with `c` inserted at `pos` and `bitmap` as its bitmap.
unsafe fn with_inserted(ctx: *mut Ctx, node: u64, bitmap: u64, pos: usize, c: u64) -> u64 {
    let n = node_len(node);
    let out = alloc_node(ctx, bitmap, n + 1);
    let src = (node as *const u64).add(NODE_CHILDREN);
    let dst = (out as *mut u64).add(NODE_CHILDREN);
    std::ptr::copy_nonoverlapping(src, dst, pos);
    *dst.add(pos) = c;
    std::ptr::copy_nonoverlapping(src.add(pos), dst.add(pos + 1), n - pos);
    out
}

/// A copy of `node` without child `pos`, with `bitmap` as its bitmap.
unsafe fn without(ctx: *mut Ctx, node: u64, bitmap: u64, pos: usize) -> u64 {
    let n = node_len(node);
    let out = alloc_node(ctx, bitmap, n - 1);
    let src = (node as *const u64).add(NODE_CHILDREN);
    let dst = (out as *mut u64).add(NODE_CHILDREN);
    std::ptr::copy_nonoverlapping(src, dst, pos);
    std::ptr::copy_nonoverlapping(src.add(pos + 1), dst.add(pos), n - pos - 1);
    out
}

/// `node` (a 32-way node at `depth`) with the new entry `e` (hash `h`,
/// key absent) added.
unsafe fn insert(ctx: *mut Ctx, node: u64, depth: u32, e: u64, h: u64) -> u64 {
    let bitmap = word(node, NODE_BITMAP);
    let bit = 1u64 << slice_of(h, depth);
    let pos = (bitmap & (bit - 1)).count_ones() as usize;
    if bitmap & bit == 0 {
        return with_inserted(ctx, node, bitmap | bit, pos, e);
    }
    let c = child(node, pos);
    let new_child = if is_entry(c) {
        merge(ctx, depth + 1, c, word(c, ENTRY_HASH), e, h)
    } else if is_bucket(c) {
        let ch = leaf_hash(c);
        if ch == h {
            with_inserted(ctx, c, COLLISION, node_len(c), e)
        } else {
            merge(ctx, depth + 1, c, ch, e, h)
        }
    } else {
        insert(ctx, c, depth + 1, e, h)
    };
    with_child(ctx, node, pos, new_child)
}

/// `node` with entry `old` (hash `h`) replaced by `e`.
unsafe fn replace(ctx: *mut Ctx, node: u64, depth: u32, old: u64, e: u64, h: u64) -> u64 {
    if is_bucket(node) {
        let pos = (0..node_len(node)).find(|&i| child(node, i) == old).expect("entry in its bucket");
        return with_child(ctx, node, pos, e);
    }
    let bitmap = word(node, NODE_BITMAP);
    let bit = 1u64 << slice_of(h, depth);
    let pos = (bitmap & (bit - 1)).count_ones() as usize;
    let c = child(node, pos);
    let new_child = if c == old { e } else { replace(ctx, c, depth + 1, old, e, h) };
    with_child(ctx, node, pos, new_child)
}

/// `node` without entry `old` (hash `h`): a node, a lone leaf pulled up
/// (not at the root), or 0 when nothing is left.
unsafe fn remove(ctx: *mut Ctx, node: u64, depth: u32, old: u64, h: u64, root: bool) -> u64 {
    let n = node_len(node);
    if is_bucket(node) {
        let pos = (0..n).find(|&i| child(node, i) == old).expect("entry in its bucket");
        if n == 2 {
            return child(node, 1 - pos);
        }
        return without(ctx, node, COLLISION, pos);
    }
    let bitmap = word(node, NODE_BITMAP);
    let bit = 1u64 << slice_of(h, depth);
    let pos = (bitmap & (bit - 1)).count_ones() as usize;
    let c = child(node, pos);
    let new_child = if c == old { 0 } else { remove(ctx, c, depth + 1, old, h, false) };
    if new_child == 0 {
        if n == 1 {
            return 0;
        }
        if n == 2 && !root {
            let other = child(node, 1 - pos);
            if is_entry(other) || is_bucket(other) {
                return other;
            }
        }
        return without(ctx, node, bitmap & !bit, pos);
    }
    if n == 1 && !root && (is_entry(new_child) || is_bucket(new_child)) {
        return new_child;
    }
    with_child(ctx, node, pos, new_child)
}

/// Every entry of the trie under `node`, in no particular order.
unsafe fn collect_entries(node: u64, out: &mut Vec<u64>) {
    if node == 0 {
        return;
    }
    if is_entry(node) {
        out.push(node);
        return;
    }
    for i in 0..node_len(node) {
        collect_entries(child(node, i), out);
    }
}

/// The entries of `m` in insertion order (valid until the next allocation).
unsafe fn sorted_entries(m: u64) -> Vec<u64> {
    let mut v = Vec::with_capacity(word(m, MAP_COUNT) as usize);
    collect_entries(word(m, MAP_ROOT), &mut v);
    v.sort_unstable_by_key(|&e| word(e, ENTRY_SEQ));
    v
}

/// A Mesh array holding the entries of `m` in insertion order (so callers
/// may allocate while walking it).
unsafe fn entries_array(ctx: *mut Ctx, m: u64) -> u64 {
    let n = word(m, MAP_COUNT) as usize;
    let ld = desc::list_of(desc::entry_for(desc_of(m as *const u64)));
    let arr = new_array(ctx, ld, n);
    for (i, e) in sorted_entries(m).into_iter().enumerate() {
        set_word(arr, ARRAY_ELEMS + i, e);
    }
    set_word(arr, ARRAY_USED, n as u64);
    arr
}

/// A list of one field of every entry of `m`, in insertion order.
unsafe fn field_list(ctx: *mut Ctx, m: u64, elem: &'static TypeDesc, field: usize) -> u64 {
    let ld = desc::list_of(elem);
    let n = word(m, MAP_COUNT) as usize;
    let arr = new_array(ctx, ld, n);
    for (i, e) in sorted_entries(m).into_iter().enumerate() {
        set_word(arr, ARRAY_ELEMS + i, word(e, field));
    }
    set_word(arr, ARRAY_USED, n as u64);
    new_list_view(ctx, ld, arr, 0, n)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::desc::{mesh_desc_int, mesh_desc_string};
    use crate::entry::with_test_actor;

    fn w(t: &'static TypeDesc) -> u64 {
        t as *const TypeDesc as u64
    }

    /// Checks the trie invariants; returns the number of entries.
    unsafe fn check(node: u64, root: bool) -> usize {
        if node == 0 {
            return 0;
        }
        if is_entry(node) {
            return 1;
        }
        let n = node_len(node);
        if is_bucket(node) {
            assert!(n >= 2);
            return n;
        }
        assert_eq!(word(node, NODE_BITMAP).count_ones() as usize, n);
        if !root {
            assert!(n >= 2 || !(is_entry(child(node, 0)) || is_bucket(child(node, 0))), "a lone leaf was not pulled up");
        }
        (0..n).map(|i| check(child(node, i), false)).sum()
    }

    #[test]
    fn map_of_100k_ints() {
        with_test_actor(|ctx| unsafe {
            let (di, dv) = (w(&mesh_desc_int), w(&mesh_desc_int));
            let mut m = mesh_map_new(ctx, di, dv);
            for i in 0..100_000u64 {
                m = mesh_map_put(ctx, m, i, i * 2, di, dv);
            }
            assert_eq!(mesh_map_size(ctx, m, di, dv), 100_000);
            assert_eq!(check(word(m, MAP_ROOT), true), 100_000);
            for i in 0..100_000u64 {
                assert_eq!(mesh_map_get(ctx, m, i, di, dv), i * 2);
            }
            assert_eq!(mesh_map_has_key(ctx, m, 100_000, di, dv), 0);
            assert_eq!(mesh_map_get(ctx, m, 123_456, di, dv), 0);
            // Replace keeps the position.
            let m2 = mesh_map_put(ctx, m, 5, 555, di, dv);
            assert_eq!(mesh_map_get(ctx, m2, 5, di, dv), 555);
            assert_eq!(mesh_map_get(ctx, m, 5, di, dv), 10);
            let keys = mesh_map_keys(ctx, m2, di, dv);
            assert_eq!(list_len(keys), 100_000);
            for i in 0..100_000 {
                assert_eq!(list_get(keys, i), i as u64);
            }
            let vals = mesh_map_values(ctx, m2, di, dv);
            assert_eq!(list_get(vals, 5), 555);
            // Delete every other key.
            let mut d = m2;
            for i in (0..100_000u64).step_by(2) {
                d = mesh_map_delete(ctx, d, i, di, dv);
            }
            assert_eq!(mesh_map_size(ctx, d, di, dv), 50_000);
            assert_eq!(check(word(d, MAP_ROOT), true), 50_000);
            for i in 0..100_000u64 {
                assert_eq!(mesh_map_has_key(ctx, d, i, di, dv), i % 2);
            }
            let entries = map_entries(d);
            assert_eq!(entries.len(), 50_000);
            assert!(entries.iter().enumerate().all(|(j, &(k, v))| k == 2 * j as u64 + 1 && v == if k == 5 { 555 } else { k * 2 }));
            // The original is untouched.
            assert_eq!(mesh_map_size(ctx, m, di, dv), 100_000);
            assert_eq!(mesh_map_get(ctx, m, 4, di, dv), 8);
            // Delete everything.
            for i in (1..100_000u64).step_by(2) {
                d = mesh_map_delete(ctx, d, i, di, dv);
            }
            assert_eq!(mesh_map_size(ctx, d, di, dv), 0);
            assert_eq!(word(d, MAP_ROOT), 0);
            assert!(crate::heap::heap_of(ctx).collections > 0, "the test should exercise the collector");
        });
    }

    #[test]
    fn string_keys_survive_collections() {
        with_test_actor(|ctx| unsafe {
            let (ds, di) = (w(&mesh_desc_string), w(&mesh_desc_int));
            let mut m = mesh_map_new(ctx, ds, di);
            for i in 0..60_000u64 {
                let k = value::new_str(ctx, &format!("key-{}", i % 40_000));
                m = mesh_map_put(ctx, m, k, i, ds, di);
            }
            assert!(crate::heap::heap_of(ctx).collections > 0);
            assert_eq!(mesh_map_size(ctx, m, ds, di), 40_000);
            for i in (0..40_000u64).step_by(7) {
                let k = value::new_str(ctx, &format!("key-{i}"));
                let expect = if i < 20_000 { i + 40_000 } else { i };
                assert_eq!(mesh_map_get(ctx, m, k, ds, di), expect);
            }
            let keys = mesh_map_keys(ctx, m, ds, di);
            for i in (0..40_000).step_by(13) {
                assert_eq!(value::str_of(list_get(keys, i)), format!("key-{i}"));
            }
        });
    }

    #[test]
    fn string_keys_and_insertion_order() {
        with_test_actor(|ctx| unsafe {
            let (ds, di) = (w(&mesh_desc_string), w(&mesh_desc_int));
            let mut m = mesh_map_new(ctx, ds, di);
            for (i, k) in ["b", "a", "c", "a"].iter().enumerate() {
                let key = value::new_str(ctx, k);
                m = mesh_map_put(ctx, m, key, i as u64, ds, di);
            }
            let e: Vec<(String, u64)> = map_entries(m).into_iter().map(|(k, v)| (value::str_of(k).to_string(), v)).collect();
            assert_eq!(e, vec![("b".into(), 0), ("a".into(), 3), ("c".into(), 2)]);
            let other = value::new_str(ctx, "c");
            assert_eq!(mesh_map_get(ctx, m, other, ds, di), 2);
            let sm = mesh_map_new(ctx, di, ds);
            let missing = mesh_map_get(ctx, sm, 1, di, ds);
            assert_eq!(value::str_of(missing), "");
        });
    }

    #[test]
    fn sets() {
        with_test_actor(|ctx| unsafe {
            let di = w(&mesh_desc_int);
            let mut a = mesh_set_new(ctx, di);
            let mut b = mesh_set_new(ctx, di);
            for i in 0..1000u64 {
                a = mesh_set_add(ctx, a, i, di);
                a = mesh_set_add(ctx, a, i, di);
                if i % 3 == 0 {
                    b = mesh_set_add(ctx, b, 2000 - i, di);
                    b = mesh_set_add(ctx, b, i, di);
                }
            }
            assert_eq!(mesh_set_size(ctx, a, di), 1000);
            let u = mesh_set_union(ctx, a, b, di);
            assert_eq!(mesh_set_size(ctx, u, di), 1000 + 334);
            let n = mesh_set_intersection(ctx, a, b, di);
            assert_eq!(mesh_set_size(ctx, n, di), 334);
            let df = mesh_set_difference(ctx, a, b, di);
            assert_eq!(mesh_set_size(ctx, df, di), 666);
            assert_eq!(set_elements(df)[..3], [1, 2, 4]);
            let r = mesh_set_remove(ctx, a, 10, di);
            assert_eq!(mesh_set_contains(ctx, r, 10, di), 0);
            assert_eq!(mesh_set_contains(ctx, a, 10, di), 1);
        });
    }

    #[test]
    fn collisions() {
        with_test_actor(|ctx| unsafe {
            // Build buckets directly by forcing equal hashes.
            let di = &mesh_desc_int;
            let md = desc::map_of(di, di);
            let ed = desc::entry_for(md);
            let mut m = new_map(ctx, di, di);
            let mut entries = Vec::new();
            for k in 0..6u64 {
                let h = if k < 3 { 77 } else { 77 | (1 << 62) };
                let e = new_entry(ctx, ed, h, k, k, k);
                entries.push(e);
                let root = if word(m, MAP_ROOT) == 0 {
                    let n = alloc_node(ctx, 1u64 << slice_of(h, 0), 1);
                    set_word(n, NODE_CHILDREN, e);
                    n
                } else {
                    insert(ctx, word(m, MAP_ROOT), 0, e, h)
                };
                m = new_container(ctx, md, k + 1, root, k + 1);
            }
            assert_eq!(check(word(m, MAP_ROOT), true), 6);
            let root = remove(ctx, word(m, MAP_ROOT), 0, entries[1], 77, true);
            let root = remove(ctx, root, 0, entries[0], 77, true);
            assert_eq!(check(root, true), 4);
        });
    }
}
