//! Strings (LANGUAGE.md 5.2, 3.10): concatenation and the `String` module.
//! Lengths and indices count code points. `String.from` lives with the
//! rest of Display in `display.rs`.
//!
//! Invariant (GC): functions that allocate several strings (split, chars)
//! work out byte ranges first and re-read the source's bytes after every
//! allocation; the source stays in a Rust local (pinned) meanwhile.

use crate::abi::Ctx;
use crate::desc::{self, mesh_desc_float, mesh_desc_int, mesh_desc_string};
use crate::value::{alloc_string, bytes_of, list_get, list_len, new_str, str_of, string_bytes_mut, ListBuilder};

crate::export! {
    mesh_string_concat, mesh_string_eq, mesh_string_length, mesh_string_slice, mesh_string_contains,
    mesh_string_starts_with, mesh_string_ends_with, mesh_string_trim, mesh_string_to_upper, mesh_string_to_lower,
    mesh_string_replace, mesh_string_split, mesh_string_join, mesh_string_to_int, mesh_string_to_float,
    mesh_string_chars, mesh_string_index_of, mesh_string_repeat, mesh_string_collect,
    mesh_rt_concat3, mesh_rt_concat4, mesh_rt_concat5, mesh_rt_concat6, mesh_rt_concat7, mesh_rt_concat8,
}

/// The concatenation of `parts` in one allocation (string interpolation).
unsafe fn concat_parts(ctx: *mut Ctx, parts: &[u64]) -> u64 {
    let total: usize = parts.iter().map(|p| bytes_of(*p).len()).sum();
    let obj = alloc_string(ctx, total);
    let out = string_bytes_mut(obj);
    let mut at = 0;
    for p in parts {
        let b = bytes_of(*p);
        out[at..at + b.len()].copy_from_slice(b);
        at += b.len();
    }
    obj as u64
}

macro_rules! concat_n {
    ($($name:ident($($p:ident),*);)*) => {$(
        /// Concatenates its string arguments in one allocation.
        #[no_mangle]
        pub unsafe extern "C" fn $name(ctx: *mut Ctx, $($p: u64),*) -> u64 {
            concat_parts(ctx, &[$($p),*])
        }
    )*};
}

concat_n! {
    mesh_rt_concat3(a, b, c);
    mesh_rt_concat4(a, b, c, d);
    mesh_rt_concat5(a, b, c, d, e);
    mesh_rt_concat6(a, b, c, d, e, f);
    mesh_rt_concat7(a, b, c, d, e, f, g);
    mesh_rt_concat8(a, b, c, d, e, f, g, h);
}

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
    str_of(s).chars().count() as u64
}

/// A new string holding bytes `from..to` of string `s` (`s` itself if
/// that is all of it); `s`'s bytes are read after the allocation.
unsafe fn substring(ctx: *mut Ctx, s: u64, from: usize, to: usize) -> u64 {
    if from == 0 && to == bytes_of(s).len() {
        return s;
    }
    let obj = alloc_string(ctx, to - from);
    string_bytes_mut(obj).copy_from_slice(&bytes_of(s)[from..to]);
    obj as u64
}

/// Byte offset of code point `i` of `t` (the length if past the end).
fn byte_of_char(t: &str, i: usize) -> usize {
    t.char_indices().nth(i).map_or(t.len(), |(b, _)| b)
}

/// `String.slice(s, from, to)`: code points `[from, to)`, clamped.
#[no_mangle]
pub unsafe extern "C" fn mesh_string_slice(ctx: *mut Ctx, s: u64, from: u64, to: u64) -> u64 {
    let (from, to) = (from as i64, to as i64);
    let t = str_of(s);
    let from = from.max(0) as usize;
    let to = to.max(0) as usize;
    if to <= from {
        return new_str(ctx, "");
    }
    let bf = byte_of_char(t, from);
    let bt = if bf == t.len() { bf } else { bf + byte_of_char(&t[bf..], to - from) };
    substring(ctx, s, bf, bt)
}

#[no_mangle]
pub unsafe extern "C" fn mesh_string_contains(_ctx: *mut Ctx, s: u64, t: u64) -> u64 {
    str_of(s).contains(str_of(t)) as u64
}

#[no_mangle]
pub unsafe extern "C" fn mesh_string_starts_with(_ctx: *mut Ctx, s: u64, t: u64) -> u64 {
    bytes_of(s).starts_with(bytes_of(t)) as u64
}

#[no_mangle]
pub unsafe extern "C" fn mesh_string_ends_with(_ctx: *mut Ctx, s: u64, t: u64) -> u64 {
    bytes_of(s).ends_with(bytes_of(t)) as u64
}

/// `String.trim(s)`: without leading and trailing whitespace.
#[no_mangle]
pub unsafe extern "C" fn mesh_string_trim(ctx: *mut Ctx, s: u64) -> u64 {
    let t = str_of(s);
    let trimmed = t.trim();
    let from = trimmed.as_ptr() as usize - t.as_ptr() as usize;
    substring(ctx, s, from, from + trimmed.len())
}

#[no_mangle]
pub unsafe extern "C" fn mesh_string_to_upper(ctx: *mut Ctx, s: u64) -> u64 {
    let u = str_of(s).to_uppercase();
    new_str(ctx, &u)
}

#[no_mangle]
pub unsafe extern "C" fn mesh_string_to_lower(ctx: *mut Ctx, s: u64) -> u64 {
    let l = str_of(s).to_lowercase();
    new_str(ctx, &l)
}

/// `String.replace(s, from, to)`: every occurrence; an empty `from`
/// leaves `s` unchanged.
#[no_mangle]
pub unsafe extern "C" fn mesh_string_replace(ctx: *mut Ctx, s: u64, from: u64, to: u64) -> u64 {
    let (t, f) = (str_of(s), str_of(from));
    if f.is_empty() || !t.contains(f) {
        return s;
    }
    let r = t.replace(f, str_of(to));
    new_str(ctx, &r)
}

/// Builds a `List<String>` of the byte ranges of `s`.
unsafe fn list_of_ranges(ctx: *mut Ctx, s: u64, ranges: &[(usize, usize)]) -> u64 {
    let mut lb = ListBuilder::new(ctx, desc::list_of(&mesh_desc_string), ranges.len());
    for &(a, b) in ranges {
        let part = substring(ctx, s, a, b);
        lb.push(ctx, part);
    }
    lb.finish(ctx)
}

/// `String.split(s, sep)`: keeps empty parts; an empty separator splits
/// into characters.
#[no_mangle]
pub unsafe extern "C" fn mesh_string_split(ctx: *mut Ctx, s: u64, sep: u64) -> u64 {
    let (t, p) = (str_of(s), str_of(sep));
    if p.is_empty() {
        return mesh_string_chars(ctx, s);
    }
    let mut ranges = Vec::new();
    let mut start = 0;
    for (i, _) in t.match_indices(p) {
        ranges.push((start, i));
        start = i + p.len();
    }
    ranges.push((start, t.len()));
    list_of_ranges(ctx, s, &ranges)
}

/// `String.join(xs, sep)`.
#[no_mangle]
pub unsafe extern "C" fn mesh_string_join(ctx: *mut Ctx, xs: u64, sep: u64) -> u64 {
    let n = list_len(xs);
    if n == 1 {
        return list_get(xs, 0);
    }
    let sep_b = bytes_of(sep);
    let total: usize = (0..n).map(|i| bytes_of(list_get(xs, i)).len()).sum::<usize>() + sep_b.len() * n.saturating_sub(1);
    let obj = alloc_string(ctx, total);
    // Re-read everything after the allocation.
    let out = string_bytes_mut(obj);
    let sep_b = bytes_of(sep);
    let mut at = 0;
    for i in 0..n {
        if i > 0 {
            out[at..at + sep_b.len()].copy_from_slice(sep_b);
            at += sep_b.len();
        }
        let b = bytes_of(list_get(xs, i));
        out[at..at + b.len()].copy_from_slice(b);
        at += b.len();
    }
    obj as u64
}

/// `String.to_int(s)`: optional sign and decimal digits, after trimming.
#[no_mangle]
pub unsafe extern "C" fn mesh_string_to_int(ctx: *mut Ctx, s: u64) -> u64 {
    let od = desc::option_of(&mesh_desc_int);
    match parse_int(str_of(s)) {
        Some(n) => crate::value::some(ctx, od, n as u64),
        None => crate::value::none(ctx, od),
    }
}

fn parse_int(t: &str) -> Option<i64> {
    let t = t.trim();
    let digits = t.strip_prefix(['+', '-']).unwrap_or(t);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    t.parse::<i64>().ok()
}

/// `String.to_float(s)`: a decimal number (integers too, an exponent
/// allowed), after trimming; `inf`/`NaN` words are not numbers.
#[no_mangle]
pub unsafe extern "C" fn mesh_string_to_float(ctx: *mut Ctx, s: u64) -> u64 {
    let od = desc::option_of(&mesh_desc_float);
    match parse_float(str_of(s)) {
        Some(f) => crate::value::some(ctx, od, f.to_bits()),
        None => crate::value::none(ctx, od),
    }
}

fn parse_float(t: &str) -> Option<f64> {
    let t = t.trim();
    if !t.bytes().any(|b| b.is_ascii_digit()) || !t.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'+' | b'-' | b'.' | b'e' | b'E')) {
        return None;
    }
    t.parse::<f64>().ok()
}

/// `String.collect(it)`: the concatenation of an `Iter<String>`.
#[no_mangle]
pub unsafe extern "C" fn mesh_string_collect(ctx: *mut Ctx, it: u64) -> u64 {
    let xs = crate::iter::to_list(ctx, it, &mesh_desc_string);
    let empty = new_str(ctx, "");
    mesh_string_join(ctx, xs, empty)
}

/// `String.chars(s)`: one-character strings.
#[no_mangle]
pub unsafe extern "C" fn mesh_string_chars(ctx: *mut Ctx, s: u64) -> u64 {
    let ranges: Vec<(usize, usize)> = str_of(s).char_indices().map(|(i, c)| (i, i + c.len_utf8())).collect();
    list_of_ranges(ctx, s, &ranges)
}

/// `String.index_of(s, t)`: the code-point index of the first occurrence.
#[no_mangle]
pub unsafe extern "C" fn mesh_string_index_of(ctx: *mut Ctx, s: u64, t: u64) -> u64 {
    let od = desc::option_of(&mesh_desc_int);
    let h = str_of(s);
    match h.find(str_of(t)) {
        Some(b) => {
            let i = h[..b].chars().count();
            crate::value::some(ctx, od, i as u64)
        }
        None => crate::value::none(ctx, od),
    }
}

/// `String.repeat(s, n)`: `n` copies (none if `n <= 0`).
#[no_mangle]
pub unsafe extern "C" fn mesh_string_repeat(ctx: *mut Ctx, s: u64, n: u64) -> u64 {
    let n = (n as i64).max(0) as usize;
    let len = bytes_of(s).len();
    if n == 1 {
        return s;
    }
    let total = len.checked_mul(n).unwrap_or_else(|| crate::panic::panic_msg(ctx, "String.repeat: the result is too long"));
    let obj = alloc_string(ctx, total);
    let out = string_bytes_mut(obj);
    let b = bytes_of(s);
    if len == 1 {
        out.fill(b[0]);
    } else if total > 0 {
        // Copy once, then double what is filled.
        out[..len].copy_from_slice(b);
        let mut filled = len;
        while filled < total {
            let k = filled.min(total - filled);
            out.copy_within(0..k, filled);
            filled += k;
        }
    }
    obj as u64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strs(l: u64) -> Vec<String> {
        unsafe { (0..list_len(l)).map(|i| str_of(list_get(l, i)).to_string()).collect() }
    }

    #[test]
    fn basics() {
        crate::entry::with_test_actor(|ctx| unsafe {
            let s = new_str(ctx, "  héllo wörld  ");
            let t = mesh_string_trim(ctx, s);
            assert_eq!(str_of(t), "héllo wörld");
            assert_eq!(mesh_string_length(ctx, t), 11);
            assert_eq!(str_of(mesh_string_slice(ctx, t, 1, 4)), "éll");
            assert_eq!(str_of(mesh_string_slice(ctx, t, 6, 100)), "wörld");
            assert_eq!(str_of(mesh_string_slice(ctx, t, 5, 2)), "");
            assert_eq!(str_of(mesh_string_slice(ctx, t, -3i64 as u64, 2)), "hé");
            assert_eq!(str_of(mesh_string_slice(ctx, t, 50, 60)), "");
            assert_eq!(str_of(mesh_string_to_upper(ctx, t)), "HÉLLO WÖRLD");
            let from = new_str(ctx, "l");
            let to = new_str(ctx, "L");
            assert_eq!(str_of(mesh_string_replace(ctx, t, from, to)), "héLLo wörLd");
            let empty = new_str(ctx, "");
            assert_eq!(mesh_string_replace(ctx, t, empty, to), t);
            let w = new_str(ctx, "w");
            let io = mesh_string_index_of(ctx, t, w);
            assert_eq!(crate::value::tag_of(io), desc::TAG_SOME);
            assert_eq!(crate::value::variant_field(io, 0), 6);
            let x = new_str(ctx, "ab");
            assert_eq!(str_of(mesh_string_repeat(ctx, x, 3)), "ababab");
            assert_eq!(str_of(mesh_string_repeat(ctx, x, -1i64 as u64)), "");
        })
    }

    #[test]
    fn split_join_chars() {
        crate::entry::with_test_actor(|ctx| unsafe {
            let s = new_str(ctx, "/a/b");
            let sep = new_str(ctx, "/");
            let parts = mesh_string_split(ctx, s, sep);
            assert_eq!(strs(parts), ["", "a", "b"]);
            let j = mesh_string_join(ctx, parts, sep);
            assert_eq!(str_of(j), "/a/b");
            let e = new_str(ctx, "");
            assert_eq!(strs(mesh_string_split(ctx, e, sep)), [""]);
            let u = new_str(ctx, "añb");
            assert_eq!(strs(mesh_string_split(ctx, u, e)), ["a", "ñ", "b"]);
            assert_eq!(strs(mesh_string_chars(ctx, u)), ["a", "ñ", "b"]);
            let l = crate::value::new_list(ctx, desc::list_of(&mesh_desc_string), &[]);
            assert_eq!(str_of(mesh_string_join(ctx, l, sep)), "");
        })
    }

    #[test]
    fn numbers() {
        assert_eq!(parse_int(" 42 "), Some(42));
        assert_eq!(parse_int("-7"), Some(-7));
        assert_eq!(parse_int("+7"), Some(7));
        assert_eq!(parse_int("4x2"), None);
        assert_eq!(parse_int(""), None);
        assert_eq!(parse_int("-"), None);
        assert_eq!(parse_int("99999999999999999999"), None);
        assert_eq!(parse_float("2.5"), Some(2.5));
        assert_eq!(parse_float(" 3 "), Some(3.0));
        assert_eq!(parse_float("-1e3"), Some(-1000.0));
        assert_eq!(parse_float("abc"), None);
        assert_eq!(parse_float("inf"), None);
        assert_eq!(parse_float("."), None);
    }
}
