//! Lazy iterators (`Iter`, LANGUAGE.md 5.5): `[desc, op, a, b, c]` objects
//! whose op says what `a`, `b` and `c` hold. Stub: filled in with the
//! standard library.

use crate::abi::ITER_WORDS;

crate::export! {}

/// Calls `f` on the words of an iterator object that hold references.
///
/// # Safety
/// `obj` must be an iterator object.
pub unsafe fn for_each_ref(obj: *mut u64, f: &mut impl FnMut(*mut u64)) {
    // Until the iterator ops land, treat a, b and c as references only
    // when they are non-zero words inside an object (never the case yet).
    let _ = (obj, ITER_WORDS, f);
}
