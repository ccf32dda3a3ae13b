//! Strings (LANGUAGE.md 5.2, 3.10): concatenation and the `String` module.
//! Lengths and indices count code points.

use crate::abi::Ctx;
use crate::value::{alloc_string, bytes_of, string_bytes_mut};

crate::export! { mesh_string_concat, mesh_string_eq, mesh_string_length }

/// `a <> b`.
#[no_mangle]
pub unsafe extern "C" fn mesh_string_concat(ctx: *mut Ctx, a: u64, b: u64) -> u64 {
    let (la, lb) = (bytes_of(a).len(), bytes_of(b).len());
    if la == 0 {
        return b;
    }
    if lb == 0 {
        return a;
    }
    let obj = alloc_string(ctx, la + lb);
    let out = string_bytes_mut(obj);
    out[..la].copy_from_slice(bytes_of(a));
    out[la..].copy_from_slice(bytes_of(b));
    obj as u64
}

/// `a == b` on strings.
#[no_mangle]
pub unsafe extern "C" fn mesh_string_eq(_ctx: *mut Ctx, a: u64, b: u64) -> u64 {
    (bytes_of(a) == bytes_of(b)) as u64
}

/// `String.length(s)`: code points.
#[no_mangle]
pub unsafe extern "C" fn mesh_string_length(_ctx: *mut Ctx, s: u64) -> u64 {
    crate::value::str_of(s).chars().count() as u64
}
