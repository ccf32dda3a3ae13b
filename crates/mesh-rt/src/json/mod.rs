//! JSON (LANGUAGE.md 5.8): encoding any value through its descriptor with
//! correct escaping, `Json.get`, `Json.parse`, and derived `from_json`
//! decoding (serde_json underneath).
//!
//! Encoding walks the value through its descriptor into a Rust buffer and
//! makes one String at the end. The only Mesh code it can run is a user
//! `to_json` impl (`Impls::to_json`), which may allocate and so move
//! objects: the encoder re-reads every child from its (stack-held, hence
//! pinned) parent after such a call, never from a copy.
//!
//! Decoding (`decode.rs`) streams from serde_json's parser: a struct,
//! tuple or variant is allocated zeroed first and its address kept in a
//! local (which pins its chunk) while its fields are decoded and written
//! one by one; lists grow through [`ListBuilder`]; maps and sets through
//! the Map/Set entry points.
//!
//! Object key order: serde_json keeps an object's keys in document order
//! only with its `preserve_order` feature; without it, `Json.get` of an
//! object, `Json.parse`'s normalized text and maps decoded by `from_json`
//! see keys sorted. Nesting: serde_json refuses documents nested more than
//! 128 levels (a variant inside a variant takes two), so deeper values
//! encode but do not decode.
//!
//! Floats encode as serde_json formats them: shortest round-trip digits,
//! integral values with `.0` (`42.0`), NaN and infinities as `null`.

mod decode;
mod encode;
#[cfg(test)]
pub(crate) mod tests;

pub use decode::{decode, mesh_rt_derived_from_json};
pub use encode::*;

use crate::abi::*;
use crate::desc::{self, from_word, mesh_desc_json, mesh_desc_string};
use crate::heap::layout::param;
use crate::value::*;
use serde_json::Value;
use std::ffi::CStr;

crate::export! {
    mesh_json_encode,
    mesh_json_get,
    mesh_json_get_nested,
    mesh_json_parse,
    mesh_json_encode_int,
    mesh_json_encode_bool,
    mesh_json_encode_string,
    mesh_json_encode_map,
    mesh_json_encode_list,
    mesh_rt_to_json,
    mesh_rt_derived_from_json,
}

// ---------------------------------------------------------------- descriptors

/// A NUL-terminated name from a descriptor ("" if null).
pub(crate) unsafe fn cname(p: *const u8) -> &'static str {
    if p.is_null() {
        return "";
    }
    CStr::from_ptr(p as *const std::ffi::c_char).to_str().unwrap_or("")
}

/// Name of field `i` of a struct descriptor.
pub(crate) unsafe fn field_name(d: &TypeDesc, i: usize) -> &'static str {
    field_names(d).get(i).copied().unwrap_or("")
}

/// A struct's field names as Rust strings, made once per descriptor and
/// kept in its `cache` word (unused otherwise for structs).
pub(crate) unsafe fn field_names(d: &TypeDesc) -> &'static [&'static str] {
    if d.kind != Kind::Struct || d.field_names.is_null() {
        return &[];
    }
    let p = d.cache.load(std::sync::atomic::Ordering::Acquire);
    if !p.is_null() {
        return &**(p as *const &'static [&'static str]);
    }
    let names: Vec<&'static str> = (0..d.nparams as usize).map(|i| cname(*d.field_names.add(i))).collect();
    let slice: &'static [&'static str] = Box::leak(names.into_boxed_slice());
    let cell: &'static &'static [&'static str] = Box::leak(Box::new(slice));
    // A race leaks one copy: harmless.
    d.cache.store(cell as *const &'static [&'static str] as *mut u8, std::sync::atomic::Ordering::Release);
    slice
}

pub(crate) unsafe fn variant(d: &TypeDesc, tag: usize) -> &'static VariantDesc {
    &*d.variants.add(tag)
}

/// Whether `d` is `Option<T>` (a sum named `Option` with `Some`/`None`).
pub(crate) unsafe fn is_option(d: &TypeDesc) -> bool {
    d.kind == Kind::Sum && d.nvariants == 2 && cname(d.name) == "Option"
}

/// The payload type of an `Option<T>` descriptor.
pub(crate) unsafe fn option_inner(d: &TypeDesc) -> &'static TypeDesc {
    crate::heap::layout::variant_field(d, desc::TAG_SOME as usize, 0)
}

/// A readable type name for error messages (`Int`, `List<String>`,
/// `Option<Int>`, `Point` ...).
pub(crate) unsafe fn type_name(d: &TypeDesc) -> String {
    let params = |d: &TypeDesc| (0..d.nparams as usize).map(|i| type_name(param(d, i))).collect::<Vec<_>>().join(", ");
    match d.kind {
        Kind::Int => "Int".into(),
        Kind::Float => "Float".into(),
        Kind::Bool => "Bool".into(),
        Kind::Unit => "()".into(),
        Kind::Pid => "Pid".into(),
        Kind::String => "String".into(),
        Kind::Atom => "Atom".into(),
        Kind::Json => "Json".into(),
        Kind::Range => "Range".into(),
        Kind::Tuple => format!("({})", params(d)),
        Kind::List => format!("List<{}>", params(d)),
        Kind::Map => format!("Map<{}>", params(d)),
        Kind::Set => format!("Set<{}>", params(d)),
        Kind::Queue => format!("Queue<{}>", params(d)),
        Kind::Iter => format!("Iter<{}>", params(d)),
        Kind::Struct => cname(d.name).to_string(),
        Kind::Sum if d.nparams > 0 => format!("{}<{}>", cname(d.name), params(d)),
        Kind::Sum | Kind::Opaque => cname(d.name).to_string(),
        Kind::Fun => "function".into(),
        Kind::Array | Kind::MapNode | Kind::MapEntry => "internal".into(),
    }
}

// ---------------------------------------------------------------- maps and sets

/// `(key, value)` words of a map (or `(element, 0)` of a set) in insertion
/// order. Valid until the next allocation.
pub(crate) unsafe fn entries_of(m: u64) -> Vec<(u64, u64)> {
    crate::map::map_entries(m)
}

unsafe fn map_new(ctx: *mut Ctx, kd: &'static TypeDesc, vd: &'static TypeDesc) -> u64 {
    crate::map::new_map(ctx, kd, vd)
}

unsafe fn map_put(ctx: *mut Ctx, m: u64, k: u64, v: u64, kd: &'static TypeDesc, vd: &'static TypeDesc) -> u64 {
    crate::map::map_put(ctx, m, k, v, kd, vd)
}

unsafe fn set_new(ctx: *mut Ctx, ed: &'static TypeDesc) -> u64 {
    crate::map::new_set(ctx, ed)
}

unsafe fn set_add(ctx: *mut Ctx, s: u64, x: u64, ed: &'static TypeDesc) -> u64 {
    crate::map::set_add(ctx, s, x, ed)
}

// ---------------------------------------------------------------- reading

/// The text `Json.get` gives for a value: strings unquoted, numbers and
/// booleans as written, arrays and objects as compact JSON, null as "".
fn value_text(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::Array(_) | Value::Object(_) => serde_json::to_string(v).unwrap_or_default(),
    }
}

/// `text[k1][k2]...` as `Json.get` text ("" on bad JSON or a missing key).
pub fn get_path(text: &str, keys: &[&str]) -> String {
    let Ok(root) = serde_json::from_str::<Value>(text) else { return String::new() };
    let mut cur = &root;
    for k in keys {
        match cur.as_object().and_then(|o| o.get(*k)) {
            Some(v) => cur = v,
            None => return String::new(),
        }
    }
    value_text(cur)
}

/// `Json.get(text, key)`.
///
/// # Safety
/// `ctx` is the running actor's context; the arguments are values of the types the signature declares (descriptor words are descriptors).
#[no_mangle]
pub unsafe extern "C" fn mesh_json_get(ctx: *mut Ctx, text: u64, key: u64) -> u64 {
    let r = get_path(str_of(text), &[str_of(key)]);
    new_str(ctx, &r)
}

/// `Json.get_nested(text, k1, k2)`.
///
/// # Safety
/// `ctx` is the running actor's context; the arguments are values of the types the signature declares (descriptor words are descriptors).
#[no_mangle]
pub unsafe extern "C" fn mesh_json_get_nested(ctx: *mut Ctx, text: u64, k1: u64, k2: u64) -> u64 {
    let r = get_path(str_of(text), &[str_of(k1), str_of(k2)]);
    new_str(ctx, &r)
}

/// A `Json` object holding `text`.
unsafe fn new_json(ctx: *mut Ctx, text: &str) -> u64 {
    let s = new_str(ctx, text);
    let obj = crate::heap::alloc_object(ctx, &mesh_desc_json, JSON_WORDS);
    *obj.add(JSON_TEXT) = s;
    obj as u64
}

/// `Json.parse(s) -> Json!String`: the document in compact form, or Err
/// with serde_json's message.
///
/// # Safety
/// `ctx` is the running actor's context; the arguments are values of the types the signature declares (descriptor words are descriptors).
#[no_mangle]
pub unsafe extern "C" fn mesh_json_parse(ctx: *mut Ctx, s: u64) -> u64 {
    let res = desc::result_of(&mesh_desc_json, &mesh_desc_string);
    match serde_json::from_str::<Value>(str_of(s)) {
        Ok(v) => {
            let text = serde_json::to_string(&v).unwrap_or_default();
            let j = new_json(ctx, &text);
            ok(ctx, res, j)
        }
        Err(e) => err_str(ctx, res, &format!("invalid JSON: {e}")),
    }
}


/// A short description of a JSON value met where another was expected.
pub(crate) fn found(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => {
            let mut t: String = s.chars().take(40).collect();
            if t.len() < s.len() {
                t.push_str("...");
            }
            serde_json::to_string(&t).unwrap_or_default()
        }
        Value::Array(_) => "an array".into(),
        Value::Object(_) => "an object".into(),
    }
}

