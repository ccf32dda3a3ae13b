//! The hash trie under maps and sets: 32-way nodes with a bitmap,
//! buckets for equal hashes, path copying on update.

use crate::abi::*;
use crate::desc;
use crate::heap::alloc_object;
use crate::heap::layout::desc_of;
use crate::value::{new_array, new_list_view};
use super::*;

// ---------------------------------------------------------------- trie

#[inline]
pub(super) unsafe fn is_entry(p: u64) -> bool {
    // Every trie node has the one node descriptor: comparing the header
    // saves reading the descriptor.
    *(p as *const u64) != &crate::desc::mesh_desc_map_node as *const TypeDesc as u64
}

#[inline]
pub(super) unsafe fn is_bucket(node: u64) -> bool {
    word(node, NODE_BITMAP) & COLLISION != 0
}

#[inline]
pub(super) fn slice_of(h: u64, depth: u32) -> u32 {
    ((h >> (BITS * depth)) & 31) as u32
}

#[inline]
pub(super) unsafe fn node_len(node: u64) -> usize {
    word(node, NODE_LEN) as usize
}

#[inline]
pub(super) unsafe fn child(node: u64, i: usize) -> u64 {
    word(node, NODE_CHILDREN + i)
}

/// A node with `n` children, every child slot zeroed-free: the caller
/// writes all of them before allocating again.
pub(super) unsafe fn alloc_node(ctx: *mut Ctx, bitmap: u64, n: usize) -> u64 {
    let p = alloc_object(ctx, &desc::mesh_desc_map_node, NODE_CHILDREN + n) as u64;
    set_word(p, NODE_BITMAP, bitmap);
    set_word(p, NODE_LEN, n as u64);
    p
}

pub(super) unsafe fn new_entry(ctx: *mut Ctx, ed: &'static TypeDesc, h: u64, k: u64, v: u64, seq: u64) -> u64 {
    let p = alloc_object(ctx, ed, ENTRY_WORDS) as u64;
    set_word(p, ENTRY_HASH, h);
    set_word(p, ENTRY_KEY, k);
    set_word(p, ENTRY_VALUE, v);
    set_word(p, ENTRY_SEQ, seq);
    p
}

pub(super) unsafe fn new_container(ctx: *mut Ctx, md: &'static TypeDesc, count: u64, root: u64, next_seq: u64) -> u64 {
    let p = alloc_object(ctx, md, MAP_WORDS) as u64;
    set_word(p, MAP_COUNT, count);
    set_word(p, MAP_ROOT, root);
    set_word(p, MAP_NEXT_SEQ, next_seq);
    p
}

/// The entry of key `k` (hash `h`) in `m`, or 0.
pub(super) unsafe fn find_entry(ctx: *mut Ctx, m: u64, k: u64, h: u64, kd: &'static TypeDesc) -> u64 {
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
pub(super) unsafe fn leaf_hash(p: u64) -> u64 {
    if is_entry(p) {
        word(p, ENTRY_HASH)
    } else {
        word(child(p, 0), ENTRY_HASH)
    }
}

/// A subtree at `depth` holding leaf `a` (an entry or a bucket, hash `ah`)
/// and the new entry `b` (hash `bh`).
pub(super) unsafe fn merge(ctx: *mut Ctx, depth: u32, a: u64, ah: u64, b: u64, bh: u64) -> u64 {
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
pub(super) unsafe fn with_child(ctx: *mut Ctx, node: u64, pos: usize, c: u64) -> u64 {
    let n = node_len(node);
    let out = alloc_node(ctx, word(node, NODE_BITMAP), n);
    std::ptr::copy_nonoverlapping((node as *const u64).add(NODE_CHILDREN), (out as *mut u64).add(NODE_CHILDREN), n);
    set_word(out, NODE_CHILDREN + pos, c);
    out
}

/// A copy of `node` with `c` inserted at `pos` and `bitmap` as its bitmap.
pub(super) unsafe fn with_inserted(ctx: *mut Ctx, node: u64, bitmap: u64, pos: usize, c: u64) -> u64 {
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
pub(super) unsafe fn without(ctx: *mut Ctx, node: u64, bitmap: u64, pos: usize) -> u64 {
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
pub(super) unsafe fn insert(ctx: *mut Ctx, node: u64, depth: u32, e: u64, h: u64) -> u64 {
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
pub(super) unsafe fn replace(ctx: *mut Ctx, node: u64, depth: u32, old: u64, e: u64, h: u64) -> u64 {
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
pub(super) unsafe fn remove(ctx: *mut Ctx, node: u64, depth: u32, old: u64, h: u64, root: bool) -> u64 {
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
pub(super) unsafe fn collect_entries(node: u64, out: &mut Vec<u64>) {
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
pub(super) unsafe fn sorted_entries(m: u64) -> Vec<u64> {
    let mut v = Vec::with_capacity(word(m, MAP_COUNT) as usize);
    collect_entries(word(m, MAP_ROOT), &mut v);
    v.sort_unstable_by_key(|&e| word(e, ENTRY_SEQ));
    v
}

/// A Mesh array holding the entries of `m` in insertion order (so callers
/// may allocate while walking it).
pub(super) unsafe fn entries_array(ctx: *mut Ctx, m: u64) -> u64 {
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
pub(super) unsafe fn field_list(ctx: *mut Ctx, m: u64, elem: &'static TypeDesc, field: usize) -> u64 {
    let ld = desc::list_of(elem);
    let n = word(m, MAP_COUNT) as usize;
    let arr = new_array(ctx, ld, n);
    for (i, e) in sorted_entries(m).into_iter().enumerate() {
        set_word(arr, ARRAY_ELEMS + i, word(e, field));
    }
    set_word(arr, ARRAY_USED, n as u64);
    new_list_view(ctx, ld, arr, 0, n)
}

