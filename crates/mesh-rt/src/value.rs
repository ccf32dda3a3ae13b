//! Reading and building Mesh values from Rust: strings, tuples, variants
//! (Option, Result, Ordering), lists. Every runtime module goes through
//! these helpers instead of poking at object words itself.
//!
//! Invariant (GC): a helper that allocates more than once keeps the values
//! it has made so far in Rust locals (on the actor's stack, where the
//! collector sees them) and initialises each object fully before the next
//! allocation.

use crate::abi::*;
use crate::desc;
use crate::heap::{alloc_object, alloc_zeroed, layout::string_words};

// ---------------------------------------------------------------- strings

/// The bytes of a String (or Atom) value.
///
/// # Safety
/// `v` must be a String or Atom reference that outlives the use.
#[inline]
pub unsafe fn bytes_of<'a>(v: u64) -> &'a [u8] {
    let p = v as *const u64;
    let len = *p.add(STRING_LEN) as usize;
    std::slice::from_raw_parts(p.add(STRING_BYTES) as *const u8, len)
}

/// The text of a String value (always UTF-8).
///
/// # Safety
/// As [`bytes_of`].
#[inline]
pub unsafe fn str_of<'a>(v: u64) -> &'a str {
    std::str::from_utf8_unchecked(bytes_of(v))
}

/// A new String holding `s`.
///
/// # Safety
/// `ctx` must be the running actor's context.
pub unsafe fn new_str(ctx: *mut Ctx, s: &str) -> u64 {
    new_bytes(ctx, s.as_bytes())
}

/// A new String holding `b`, which must be UTF-8.
pub unsafe fn new_bytes(ctx: *mut Ctx, b: &[u8]) -> u64 {
    let obj = alloc_string(ctx, b.len());
    std::ptr::copy_nonoverlapping(b.as_ptr(), obj.add(STRING_BYTES) as *mut u8, b.len());
    obj as u64
}

/// A String of `len` bytes whose contents the caller writes next (before
/// allocating again).
pub unsafe fn alloc_string(ctx: *mut Ctx, len: usize) -> *mut u64 {
    let words = string_words(len);
    let obj = alloc_object(ctx, &desc::mesh_desc_string, words);
    *obj.add(STRING_LEN) = len as u64;
    // Zero the last word so padding bytes are defined.
    *obj.add(words - 1) = 0;
    obj
}

/// The bytes of a string being built by [`alloc_string`].
pub unsafe fn string_bytes_mut<'a>(obj: *mut u64) -> &'a mut [u8] {
    let len = *obj.add(STRING_LEN) as usize;
    std::slice::from_raw_parts_mut(obj.add(STRING_BYTES) as *mut u8, len)
}

// ---------------------------------------------------------------- fixed objects

/// A tuple or struct with the given fields.
pub unsafe fn new_tuple(ctx: *mut Ctx, d: &'static TypeDesc, fields: &[u64]) -> u64 {
    let obj = alloc_object(ctx, d, 1 + fields.len());
    std::ptr::copy_nonoverlapping(fields.as_ptr(), obj.add(1), fields.len());
    obj as u64
}

/// Field `i` of a tuple or struct.
#[inline]
pub unsafe fn field(v: u64, i: usize) -> u64 {
    *(v as *const u64).add(1 + i)
}

/// A variant of a sum type.
pub unsafe fn new_variant(ctx: *mut Ctx, d: &'static TypeDesc, tag: u64, fields: &[u64]) -> u64 {
    let obj = alloc_object(ctx, d, SUM_FIELDS + fields.len());
    *obj.add(SUM_TAG) = tag;
    std::ptr::copy_nonoverlapping(fields.as_ptr(), obj.add(SUM_FIELDS), fields.len());
    obj as u64
}

#[inline]
pub unsafe fn tag_of(v: u64) -> u64 {
    *(v as *const u64).add(SUM_TAG)
}

#[inline]
pub unsafe fn variant_field(v: u64, i: usize) -> u64 {
    *(v as *const u64).add(SUM_FIELDS + i)
}

/// `Some(v)` of type `Option<T>` described by `opt`.
pub unsafe fn some(ctx: *mut Ctx, opt: &'static TypeDesc, v: u64) -> u64 {
    new_variant(ctx, opt, desc::TAG_SOME, &[v])
}

pub unsafe fn none(ctx: *mut Ctx, opt: &'static TypeDesc) -> u64 {
    new_variant(ctx, opt, desc::TAG_NONE, &[])
}

pub unsafe fn ok(ctx: *mut Ctx, res: &'static TypeDesc, v: u64) -> u64 {
    new_variant(ctx, res, desc::TAG_OK, &[v])
}

pub unsafe fn err(ctx: *mut Ctx, res: &'static TypeDesc, e: u64) -> u64 {
    new_variant(ctx, res, desc::TAG_ERR, &[e])
}

/// `Err(message)` of a `Result<T, String>`.
pub unsafe fn err_str(ctx: *mut Ctx, res: &'static TypeDesc, message: &str) -> u64 {
    let m = new_str(ctx, message);
    err(ctx, res, m)
}

/// An `Ordering` value (`Less`, `Equal`, `Greater`) from a Rust ordering.
pub unsafe fn ordering(ctx: *mut Ctx, o: std::cmp::Ordering) -> u64 {
    let tag = match o {
        std::cmp::Ordering::Less => desc::TAG_LESS,
        std::cmp::Ordering::Equal => desc::TAG_EQUAL,
        std::cmp::Ordering::Greater => desc::TAG_GREATER,
    };
    new_variant(ctx, desc::ordering(), tag, &[])
}

// ---------------------------------------------------------------- lists

#[inline]
pub unsafe fn list_len(l: u64) -> usize {
    *(l as *const u64).add(LIST_LEN) as usize
}

/// Element `i` of a list (unchecked).
#[inline]
pub unsafe fn list_get(l: u64, i: usize) -> u64 {
    let p = l as *const u64;
    let arr = *p.add(LIST_ARRAY) as *const u64;
    let start = *p.add(LIST_START) as usize;
    *arr.add(ARRAY_ELEMS + start + i)
}

/// The elements of a list as a slice (valid until the next allocation).
pub unsafe fn list_slice<'a>(l: u64) -> &'a [u64] {
    let p = l as *const u64;
    let len = *p.add(LIST_LEN) as usize;
    if len == 0 {
        return &[];
    }
    let arr = *p.add(LIST_ARRAY) as *const u64;
    let start = *p.add(LIST_START) as usize;
    std::slice::from_raw_parts(arr.add(ARRAY_ELEMS + start), len)
}

/// An array for `cap` elements of the list type `list_desc`, zeroed, with
/// `used` 0.
pub unsafe fn new_array(ctx: *mut Ctx, list_desc: &'static TypeDesc, cap: usize) -> u64 {
    let arr = alloc_zeroed(ctx, desc::array_for(list_desc), ARRAY_ELEMS + cap);
    *arr.add(ARRAY_CAP) = cap as u64;
    arr as u64
}

/// A list view of `len` elements of `arr` from `start`.
pub unsafe fn new_list_view(ctx: *mut Ctx, list_desc: &'static TypeDesc, arr: u64, start: usize, len: usize) -> u64 {
    let obj = alloc_object(ctx, list_desc, LIST_WORDS);
    *obj.add(LIST_LEN) = len as u64;
    *obj.add(LIST_ARRAY) = arr;
    *obj.add(LIST_START) = start as u64;
    obj as u64
}

/// A list holding `items` (copied).
pub unsafe fn new_list(ctx: *mut Ctx, list_desc: &'static TypeDesc, items: &[u64]) -> u64 {
    let arr = new_array(ctx, list_desc, items.len());
    let a = arr as *mut u64;
    std::ptr::copy_nonoverlapping(items.as_ptr(), a.add(ARRAY_ELEMS), items.len());
    *a.add(ARRAY_USED) = items.len() as u64;
    new_list_view(ctx, list_desc, arr, 0, items.len())
}

/// Builds a list element by element: `push` may allocate between
/// elements (the array is zeroed, so a collection in between is safe).
pub struct ListBuilder {
    pub desc: &'static TypeDesc,
    pub arr: u64,
    pub len: usize,
}

impl ListBuilder {
    pub unsafe fn new(ctx: *mut Ctx, list_desc: &'static TypeDesc, cap: usize) -> ListBuilder {
        ListBuilder { desc: list_desc, arr: new_array(ctx, list_desc, cap.max(1)), len: 0 }
    }

    pub unsafe fn push(&mut self, ctx: *mut Ctx, v: u64) {
        let mut a = self.arr as *mut u64;
        let cap = *a.add(ARRAY_CAP) as usize;
        if self.len == cap {
            // Keep `v` visible to the collector while growing.
            let v_on_stack = std::hint::black_box(v);
            let bigger = new_array(ctx, self.desc, cap * 2);
            let b = bigger as *mut u64;
            a = self.arr as *mut u64;
            std::ptr::copy_nonoverlapping(a.add(ARRAY_ELEMS), b.add(ARRAY_ELEMS), self.len);
            *b.add(ARRAY_USED) = self.len as u64;
            self.arr = bigger;
            a = b;
            *a.add(ARRAY_ELEMS + self.len) = v_on_stack;
        } else {
            *a.add(ARRAY_ELEMS + self.len) = v;
        }
        self.len += 1;
        *a.add(ARRAY_USED) = self.len as u64;
    }

    pub unsafe fn finish(self, ctx: *mut Ctx) -> u64 {
        new_list_view(ctx, self.desc, self.arr, 0, self.len)
    }
}

// ---------------------------------------------------------------- floats

#[inline]
pub fn float_of(v: u64) -> f64 {
    f64::from_bits(v)
}

#[inline]
pub fn float_word(f: f64) -> u64 {
    f.to_bits()
}
