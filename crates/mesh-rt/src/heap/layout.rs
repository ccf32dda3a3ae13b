//! How big a heap object is and which of its words are references, read
//! from its descriptor: the one place the collector, the deep copier and
//! the heap walker learn an object's shape.

use crate::abi::*;

/// The descriptor in an object's header.
///
/// # Safety
/// `obj` must point at a live object with an intact header.
#[inline]
pub unsafe fn desc_of(obj: *const u64) -> &'static TypeDesc {
    &*((*obj & !FORWARDED) as *const TypeDesc)
}

/// Type of field `i` of a descriptor's `params`.
#[inline]
pub unsafe fn param(desc: &TypeDesc, i: usize) -> &'static TypeDesc {
    &**desc.params.add(i)
}

#[inline]
pub unsafe fn variant_field(desc: &TypeDesc, tag: usize, i: usize) -> &'static TypeDesc {
    let v = &*desc.variants.add(tag);
    &**v.fields.add(i)
}

/// Words a string of `len` bytes takes, header included.
#[inline]
pub const fn string_words(len: usize) -> usize {
    STRING_BYTES + len.div_ceil(8)
}

/// The size of an object in words, header included.
///
/// # Safety
/// `obj` must point at an initialised object.
pub unsafe fn object_words(obj: *const u64) -> usize {
    let d = desc_of(obj);
    match d.kind {
        Kind::String | Kind::Atom => string_words(*obj.add(STRING_LEN) as usize),
        Kind::Tuple | Kind::Struct => 1 + d.nparams as usize,
        Kind::Sum => {
            let tag = *obj.add(SUM_TAG) as usize;
            SUM_FIELDS + (*d.variants.add(tag)).nfields as usize
        }
        Kind::Fun => FUN_CAPTURES + d.nparams as usize,
        Kind::List => LIST_WORDS,
        Kind::Map | Kind::Set => MAP_WORDS,
        Kind::Queue => QUEUE_WORDS,
        Kind::Range => RANGE_WORDS,
        Kind::Iter => ITER_WORDS,
        Kind::Json => JSON_WORDS,
        Kind::Opaque => OPAQUE_WORDS,
        Kind::Array => ARRAY_ELEMS + *obj.add(ARRAY_CAP) as usize,
        Kind::MapNode => NODE_CHILDREN + *obj.add(NODE_LEN) as usize,
        Kind::MapEntry => ENTRY_WORDS,
        Kind::Int | Kind::Float | Kind::Bool | Kind::Unit | Kind::Pid => 1,
    }
}

/// Calls `f` on every word of `obj` that holds a reference (which may be a
/// static object or, for zeroed slots of arrays, 0).
///
/// # Safety
/// `obj` must point at an initialised object.
pub unsafe fn for_each_ref(obj: *mut u64, mut f: impl FnMut(*mut u64)) {
    let d = desc_of(obj);
    let fields = |first: usize, n: usize, ty: &dyn Fn(usize) -> &'static TypeDesc, f: &mut dyn FnMut(*mut u64)| {
        for i in 0..n {
            if ty(i).kind.is_ref() {
                f(obj.add(first + i));
            }
        }
    };
    match d.kind {
        Kind::Tuple | Kind::Struct => fields(1, d.nparams as usize, &|i| param(d, i), &mut f),
        Kind::Fun => fields(FUN_CAPTURES, d.nparams as usize, &|i| param(d, i), &mut f),
        Kind::Sum => {
            let tag = *obj.add(SUM_TAG) as usize;
            let n = (*d.variants.add(tag)).nfields as usize;
            fields(SUM_FIELDS, n, &|i| variant_field(d, tag, i), &mut f)
        }
        Kind::List => f(obj.add(LIST_ARRAY)),
        Kind::Map | Kind::Set => f(obj.add(MAP_ROOT)),
        Kind::Queue => {
            f(obj.add(QUEUE_FRONT));
            f(obj.add(QUEUE_BACK));
        }
        Kind::Iter => {
            // `[desc, op, a, b, c]`: a, b and c are references or scalars
            // depending on the op (see iter.rs), which keeps that knowledge.
            crate::iter::for_each_ref(obj, &mut f)
        }
        Kind::Json => f(obj.add(JSON_TEXT)),
        Kind::Array => {
            if param(d, 0).kind.is_ref() {
                let used = *obj.add(ARRAY_USED) as usize;
                for i in 0..used {
                    f(obj.add(ARRAY_ELEMS + i));
                }
            }
        }
        Kind::MapNode => {
            let n = *obj.add(NODE_LEN) as usize;
            for i in 0..n {
                f(obj.add(NODE_CHILDREN + i));
            }
        }
        Kind::MapEntry => {
            if param(d, 0).kind.is_ref() {
                f(obj.add(ENTRY_KEY));
            }
            if d.nparams > 1 && param(d, 1).kind.is_ref() {
                f(obj.add(ENTRY_VALUE));
            }
        }
        Kind::String | Kind::Atom | Kind::Range | Kind::Opaque => {}
        Kind::Int | Kind::Float | Kind::Bool | Kind::Unit | Kind::Pid => {}
    }
}
