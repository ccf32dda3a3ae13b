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
//! Decoding parses with serde_json, then builds objects bottom-up: a struct,
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

use crate::abi::*;
use crate::desc::{self, from_word, mesh_desc_json, mesh_desc_string};
use crate::heap::alloc_zeroed;
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
    if d.field_names.is_null() {
        return "";
    }
    cname(*d.field_names.add(i))
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

// ---------------------------------------------------------------- encoding

/// Appends `s` as a JSON string literal (quotes, backslashes and control
/// characters escaped; other characters verbatim UTF-8).
pub fn write_json_str(out: &mut Vec<u8>, s: &str) {
    serde_json::to_writer(&mut *out, s).expect("writing to a Vec cannot fail");
}

/// Appends a Float as serde_json formats it (`42.0`, `3.14`, `1e300`);
/// NaN and infinities, which JSON cannot hold, become `null`.
pub fn write_json_float(out: &mut Vec<u8>, f: f64) {
    serde_json::to_writer(&mut *out, &f).expect("writing to a Vec cannot fail");
}

struct Encoder {
    ctx: *mut Ctx,
    out: Vec<u8>,
}

impl Encoder {
    fn new(ctx: *mut Ctx) -> Encoder {
        Encoder { ctx, out: Vec::new() }
    }

    unsafe fn finish(self) -> u64 {
        // The buffer holds valid UTF-8: escaped strings and ASCII.
        new_bytes(self.ctx, &self.out)
    }

    /// Appends the JSON text of `v`, described by `d`.
    unsafe fn value(&mut self, v: u64, d: &'static TypeDesc) {
        match d.kind {
            Kind::Int => self.out.extend_from_slice((v as i64).to_string().as_bytes()),
            Kind::Float => write_json_float(&mut self.out, f64::from_bits(v)),
            Kind::Bool => self.out.extend_from_slice(if v != 0 { b"true" } else { b"false" }),
            Kind::Unit => self.out.extend_from_slice(b"null"),
            Kind::Pid => self.out.extend_from_slice(v.to_string().as_bytes()),
            Kind::String | Kind::Atom => write_json_str(&mut self.out, str_of(v)),
            Kind::Json => {
                let text = *(v as *const u64).add(JSON_TEXT);
                self.out.extend_from_slice(bytes_of(text));
            }
            Kind::Struct | Kind::Sum if self.user_impl(v, d) => {}
            Kind::Struct => {
                self.out.push(b'{');
                for i in 0..d.nparams as usize {
                    if i > 0 {
                        self.out.push(b',');
                    }
                    write_json_str(&mut self.out, field_name(d, i));
                    self.out.push(b':');
                    // Re-read from `v` each time: a user `to_json` of an
                    // earlier field may have moved the children.
                    self.value(field(v, i), param(d, i));
                }
                self.out.push(b'}');
            }
            Kind::Tuple => {
                self.out.push(b'[');
                for i in 0..d.nparams as usize {
                    if i > 0 {
                        self.out.push(b',');
                    }
                    self.value(field(v, i), param(d, i));
                }
                self.out.push(b']');
            }
            Kind::Sum => {
                let tag = tag_of(v) as usize;
                if is_option(d) {
                    if tag as u64 == desc::TAG_SOME {
                        self.value(variant_field(v, 0), option_inner(d));
                    } else {
                        self.out.extend_from_slice(b"null");
                    }
                    return;
                }
                let var = variant(d, tag);
                self.out.extend_from_slice(b"{\"tag\":");
                write_json_str(&mut self.out, cname(var.name));
                self.out.extend_from_slice(b",\"fields\":[");
                for i in 0..var.nfields as usize {
                    if i > 0 {
                        self.out.push(b',');
                    }
                    self.value(variant_field(v, i), &**var.fields.add(i));
                }
                self.out.extend_from_slice(b"]}");
            }
            Kind::List => self.list(v, desc::elem(d)),
            Kind::Map => self.map(v, param(d, 0), param(d, 1)),
            Kind::Set => {
                let ed = desc::elem(d);
                self.out.push(b'[');
                if may_run_code(ed) {
                    let elems = entry_arrays(self.ctx, v, ed, None).0;
                    for i in 0..word(elems, ARRAY_USED) as usize {
                        if i > 0 {
                            self.out.push(b',');
                        }
                        self.value(word(elems, ARRAY_ELEMS + i), ed);
                    }
                    std::hint::black_box(elems);
                } else {
                    for (i, (x, _)) in entries_of(v).into_iter().enumerate() {
                        if i > 0 {
                            self.out.push(b',');
                        }
                        self.value(x, ed);
                    }
                }
                self.out.push(b']');
            }
            Kind::Range => {
                let p = v as *const u64;
                let (a, b) = (*p.add(RANGE_START) as i64, *p.add(RANGE_END) as i64);
                self.out.extend_from_slice(format!("[{a},{b}]").as_bytes());
            }
            // Not JSON-serializable (the checker rejects these).
            Kind::Fun | Kind::Queue | Kind::Iter | Kind::Opaque | Kind::Array | Kind::MapNode | Kind::MapEntry => self.out.extend_from_slice(b"null"),
        }
    }

    /// A user `impl Json` (`to_json`): its text goes in as is.
    unsafe fn user_impl(&mut self, v: u64, d: &'static TypeDesc) -> bool {
        if d.impls.is_null() || (*d.impls).to_json.is_null() {
            return false;
        }
        let closure = (*d.impls).to_json as u64;
        let s = (crate::entry::program().call1)(self.ctx, closure, v);
        self.out.extend_from_slice(bytes_of(s));
        true
    }

    unsafe fn list(&mut self, l: u64, ed: &'static TypeDesc) {
        self.out.push(b'[');
        for i in 0..list_len(l) {
            if i > 0 {
                self.out.push(b',');
            }
            self.value(list_get(l, i), ed);
        }
        self.out.push(b']');
    }

    /// A map as an object. Keys are Strings (Json requires it); Atom keys
    /// give their name, scalar keys their JSON text as a string.
    unsafe fn map(&mut self, m: u64, kd: &'static TypeDesc, vd: &'static TypeDesc) {
        self.out.push(b'{');
        if may_run_code(kd) || may_run_code(vd) {
            // User code may move the entries: walk arrays the collector
            // knows about (and updates), held in locals (so pinned).
            let (keys, values) = entry_arrays(self.ctx, m, kd, Some(vd));
            for i in 0..word(keys, ARRAY_USED) as usize {
                // The value is read after the key is written (which may run code).
                self.entry(i, word(keys, ARRAY_ELEMS + i), kd, vd, || word(values, ARRAY_ELEMS + i));
            }
            std::hint::black_box((keys, values));
        } else {
            // Nothing here allocates: the words stay valid.
            for (i, (k, v)) in entries_of(m).into_iter().enumerate() {
                self.entry(i, k, kd, vd, || v);
            }
        }
        self.out.push(b'}');
    }

    /// One `"key":value` of an object; `value` reads the value once the
    /// key is written.
    unsafe fn entry(&mut self, i: usize, k: u64, kd: &'static TypeDesc, vd: &'static TypeDesc, value: impl FnOnce() -> u64) {
        if i > 0 {
            self.out.push(b',');
        }
        match kd.kind {
            Kind::String | Kind::Atom => write_json_str(&mut self.out, str_of(k)),
            _ => {
                let mut key = Encoder::new(self.ctx);
                key.value(k, kd);
                write_json_str(&mut self.out, &String::from_utf8_lossy(&key.out));
            }
        }
        self.out.push(b':');
        self.value(value(), vd);
    }
}

#[inline]
unsafe fn word(obj: u64, i: usize) -> u64 {
    *(obj as *const u64).add(i)
}

/// Whether encoding a value of type `d` may run Mesh code (a user
/// `to_json` somewhere inside), which may collect and move objects.
unsafe fn may_run_code(d: &'static TypeDesc) -> bool {
    unsafe fn walk(d: &'static TypeDesc, seen: &mut Vec<*const TypeDesc>) -> bool {
        if seen.contains(&(d as *const TypeDesc)) {
            return false;
        }
        seen.push(d);
        match d.kind {
            Kind::Struct | Kind::Sum if !d.impls.is_null() && !(*d.impls).to_json.is_null() => true,
            Kind::Struct | Kind::Tuple | Kind::List | Kind::Set | Kind::Map => (0..d.nparams as usize).any(|i| walk(param(d, i), seen)),
            Kind::Sum => (0..d.nvariants as usize).any(|t| {
                let v = variant(d, t);
                (0..v.nfields as usize).any(|i| walk(&**v.fields.add(i), seen))
            }),
            _ => false,
        }
    }
    walk(d, &mut Vec::new())
}

/// Mesh arrays of the keys (and values, if `vd` is given) of map or set
/// `m` in insertion order: the collector updates them, so a walk over
/// them may run code that allocates.
unsafe fn entry_arrays(ctx: *mut Ctx, m: u64, kd: &'static TypeDesc, vd: Option<&'static TypeDesc>) -> (u64, u64) {
    let n = crate::map::map_size(m);
    let keys = new_array(ctx, desc::list_of(kd), n);
    let values = match vd {
        Some(vd) => new_array(ctx, desc::list_of(vd), n),
        None => 0,
    };
    // No allocation from here on: the entry words stay valid.
    for (i, (k, v)) in entries_of(m).into_iter().enumerate() {
        *(keys as *mut u64).add(ARRAY_ELEMS + i) = k;
        if values != 0 {
            *(values as *mut u64).add(ARRAY_ELEMS + i) = v;
        }
    }
    *(keys as *mut u64).add(ARRAY_USED) = n as u64;
    if values != 0 {
        *(values as *mut u64).add(ARRAY_USED) = n as u64;
    }
    (keys, values)
}

/// The JSON text of `v` (of type `d`) as a Mesh String.
///
/// # Safety
/// `ctx` is the running actor's context; the arguments are values of the types the signature declares.
pub unsafe fn encode(ctx: *mut Ctx, v: u64, d: &'static TypeDesc) -> u64 {
    let mut e = Encoder::new(ctx);
    e.value(v, d);
    e.finish()
}

/// The JSON text of `v` as a Rust string (no Mesh allocation unless a user
/// `to_json` runs).
///
/// # Safety
/// `ctx` is the running actor's context; the arguments are values of the types the signature declares.
pub unsafe fn encode_to_string(ctx: *mut Ctx, v: u64, d: &'static TypeDesc) -> String {
    let mut e = Encoder::new(ctx);
    e.value(v, d);
    String::from_utf8(e.out).unwrap_or_default()
}

/// `Json.encode<T>(v)`.
///
/// # Safety
/// `ctx` is the running actor's context; the arguments are values of the types the signature declares (descriptor words are descriptors).
#[no_mangle]
pub unsafe extern "C" fn mesh_json_encode(ctx: *mut Ctx, v: u64, d: u64) -> u64 {
    encode(ctx, v, from_word(d))
}

/// `to_json(v)` of a type without a user impl (the Json interface's
/// structural implementation): the same text as `Json.encode`.
///
/// # Safety
/// `ctx` is the running actor's context; the arguments are values of the types the signature declares (descriptor words are descriptors).
#[no_mangle]
pub unsafe extern "C" fn mesh_rt_to_json(ctx: *mut Ctx, v: u64, d: u64) -> u64 {
    encode(ctx, v, from_word(d))
}

/// `Json.encode_int(n)`.
///
/// # Safety
/// `ctx` is the running actor's context; the arguments are values of the types the signature declares (descriptor words are descriptors).
#[no_mangle]
pub unsafe extern "C" fn mesh_json_encode_int(ctx: *mut Ctx, n: u64) -> u64 {
    new_str(ctx, &(n as i64).to_string())
}

/// `Json.encode_bool(b)`.
///
/// # Safety
/// `ctx` is the running actor's context; the arguments are values of the types the signature declares (descriptor words are descriptors).
#[no_mangle]
pub unsafe extern "C" fn mesh_json_encode_bool(ctx: *mut Ctx, b: u64) -> u64 {
    new_str(ctx, if b != 0 { "true" } else { "false" })
}

/// `Json.encode_string(s)`: quoted and escaped.
///
/// # Safety
/// `ctx` is the running actor's context; the arguments are values of the types the signature declares (descriptor words are descriptors).
#[no_mangle]
pub unsafe extern "C" fn mesh_json_encode_string(ctx: *mut Ctx, s: u64) -> u64 {
    let mut out = Vec::with_capacity(bytes_of(s).len() + 2);
    write_json_str(&mut out, str_of(s));
    new_bytes(ctx, &out)
}

/// `Json.encode_map<V>(m)`: `Map<String, V>` as an object, insertion order.
///
/// # Safety
/// `ctx` is the running actor's context; the arguments are values of the types the signature declares (descriptor words are descriptors).
#[no_mangle]
pub unsafe extern "C" fn mesh_json_encode_map(ctx: *mut Ctx, m: u64, dv: u64) -> u64 {
    let mut e = Encoder::new(ctx);
    e.map(m, &mesh_desc_string, from_word(dv));
    e.finish()
}

/// `Json.encode_list<T>(xs)`.
///
/// # Safety
/// `ctx` is the running actor's context; the arguments are values of the types the signature declares (descriptor words are descriptors).
#[no_mangle]
pub unsafe extern "C" fn mesh_json_encode_list(ctx: *mut Ctx, xs: u64, dt: u64) -> u64 {
    let mut e = Encoder::new(ctx);
    e.list(xs, from_word(dt));
    e.finish()
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

// ---------------------------------------------------------------- decoding

/// What a JSON value is, for error messages.
fn found(v: &Value) -> String {
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

struct Decoder {
    ctx: *mut Ctx,
    /// Where in the document we are: `address.city`, `marks[2]`.
    path: String,
}

impl Decoder {
    fn mismatch(&self, expected: &str, v: &Value) -> String {
        if self.path.is_empty() {
            format!("expected {expected}, got {}", found(v))
        } else {
            format!("field {}: expected {expected}, got {}", self.path, found(v))
        }
    }

    fn problem(&self, what: String) -> String {
        if self.path.is_empty() {
            what
        } else {
            format!("field {}: {what}", self.path)
        }
    }

    /// Runs `f` with `seg` appended to the path (`.name` or `[i]`).
    unsafe fn at<R>(&mut self, seg: &str, index: bool, f: impl FnOnce(&mut Self) -> R) -> R {
        let len = self.path.len();
        if !index && !self.path.is_empty() {
            self.path.push('.');
        }
        self.path.push_str(seg);
        let r = f(self);
        self.path.truncate(len);
        r
    }

    /// The Mesh value of type `d` that `j` holds.
    unsafe fn value(&mut self, j: &Value, d: &'static TypeDesc) -> Result<u64, String> {
        let ctx = self.ctx;
        match d.kind {
            Kind::Int => {
                if let Some(n) = j.as_i64() {
                    return Ok(n as u64);
                }
                match j.as_f64() {
                    // An integral number written with a fraction or exponent (`7.0`, `1e3`).
                    Some(f) if j.is_f64() && f.fract() == 0.0 && (-9.223372036854776e18..9.223372036854776e18).contains(&f) => Ok(f as i64 as u64),
                    Some(_) if j.is_f64() => Err(self.mismatch("Int (an integral number)", j)),
                    Some(_) => Err(self.problem(format!("{} does not fit in an Int", found(j)))),
                    None => Err(self.mismatch("Int", j)),
                }
            }
            Kind::Float => match j.as_f64() {
                Some(f) => Ok(f.to_bits()),
                None => Err(self.mismatch("Float", j)),
            },
            Kind::Bool => match j.as_bool() {
                Some(b) => Ok(b as u64),
                None => Err(self.mismatch("Bool", j)),
            },
            Kind::Unit => match j {
                Value::Null => Ok(0),
                _ => Err(self.mismatch("null", j)),
            },
            Kind::String => match j.as_str() {
                Some(s) => Ok(new_str(ctx, s)),
                None => Err(self.mismatch("String", j)),
            },
            Kind::Atom => match j.as_str() {
                Some(s) => {
                    let a = new_str(ctx, s) as *mut u64;
                    *a = &desc::mesh_desc_atom as *const TypeDesc as u64;
                    Ok(a as u64)
                }
                None => Err(self.mismatch("Atom (a string)", j)),
            },
            Kind::Json => Ok(new_json(ctx, &serde_json::to_string(j).unwrap_or_default())),
            Kind::Struct => self.record(j, d),
            Kind::Tuple => {
                let n = d.nparams as usize;
                let Some(items) = j.as_array().filter(|a| a.len() == n) else {
                    return Err(self.mismatch(&format!("{} (an array of {n})", type_name(d)), j));
                };
                let obj = alloc_zeroed(ctx, d, 1 + n);
                for (i, item) in items.iter().enumerate() {
                    let v = self.at(&format!("[{i}]"), true, |s| s.value(item, param(d, i)))?;
                    *obj.add(1 + i) = v;
                }
                Ok(std::hint::black_box(obj) as u64)
            }
            Kind::Sum if is_option(d) => {
                if j.is_null() {
                    return Ok(none(ctx, d));
                }
                let v = self.value(j, option_inner(d))?;
                Ok(some(ctx, d, v))
            }
            Kind::Sum => self.sum(j, d),
            Kind::List => {
                let ed = desc::elem(d);
                let Some(items) = j.as_array() else { return Err(self.mismatch(&type_name(d), j)) };
                let mut lb = ListBuilder::new(ctx, desc::list_of(ed), items.len());
                for (i, item) in items.iter().enumerate() {
                    let v = self.at(&format!("[{i}]"), true, |s| s.value(item, ed))?;
                    lb.push(ctx, v);
                }
                Ok(lb.finish(ctx))
            }
            Kind::Set => {
                let ed = desc::elem(d);
                let Some(items) = j.as_array() else { return Err(self.mismatch(&format!("{} (an array)", type_name(d)), j)) };
                let mut s = set_new(ctx, ed);
                for (i, item) in items.iter().enumerate() {
                    let v = self.at(&format!("[{i}]"), true, |st| st.value(item, ed))?;
                    s = set_add(ctx, s, v, ed);
                }
                Ok(s)
            }
            Kind::Map => {
                let (kd, vd) = (param(d, 0), param(d, 1));
                let Some(obj) = j.as_object() else { return Err(self.mismatch(&format!("{} (an object)", type_name(d)), j)) };
                if !matches!(kd.kind, Kind::String | Kind::Atom) {
                    return Err(self.problem(format!("cannot decode {} from JSON: keys must be String", type_name(d))));
                }
                let mut m = map_new(ctx, kd, vd);
                for (k, item) in obj {
                    let v = self.at(k, false, |s| s.value(item, vd))?;
                    let key = new_str(ctx, k) as *mut u64;
                    *key = kd as *const TypeDesc as u64;
                    m = map_put(ctx, m, key as u64, std::hint::black_box(v), kd, vd);
                }
                Ok(m)
            }
            Kind::Pid | Kind::Fun | Kind::Queue | Kind::Range | Kind::Iter | Kind::Opaque | Kind::Array | Kind::MapNode | Kind::MapEntry => {
                Err(self.problem(format!("cannot decode {} from JSON", type_name(d))))
            }
        }
    }

    /// A struct from an object keyed by field names. A missing (or null)
    /// Option field is None; any other missing field is an error.
    unsafe fn record(&mut self, j: &Value, d: &'static TypeDesc) -> Result<u64, String> {
        let Some(fields) = j.as_object() else { return Err(self.mismatch(&format!("{} (an object)", type_name(d)), j)) };
        let n = d.nparams as usize;
        // Check every field is there before allocating anything.
        for i in 0..n {
            let name = field_name(d, i);
            if !fields.contains_key(name) && !is_option(param(d, i)) {
                let mut p = self.path.clone();
                if !p.is_empty() {
                    p.push('.');
                }
                p.push_str(name);
                return Err(format!("missing field: {p}"));
            }
        }
        let obj = alloc_zeroed(self.ctx, d, 1 + n);
        for i in 0..n {
            let (name, fd) = (field_name(d, i), param(d, i));
            let v = match fields.get(name) {
                Some(item) => self.at(name, false, |s| s.value(item, fd))?,
                None => none(self.ctx, fd),
            };
            *obj.add(1 + i) = v;
        }
        Ok(std::hint::black_box(obj) as u64)
    }

    /// A variant from `{"tag": "Name", "fields": [...]}` (a bare `"Name"`
    /// is accepted for a nullary variant).
    unsafe fn sum(&mut self, j: &Value, d: &'static TypeDesc) -> Result<u64, String> {
        let tname = type_name(d);
        let (tag_name, items): (&str, &[Value]) = match j {
            Value::String(s) => (s.as_str(), &[]),
            Value::Object(o) => {
                let Some(t) = o.get("tag").and_then(|t| t.as_str()) else {
                    return Err(self.problem(format!("expected {tname} (an object with a \"tag\"), got {}", found(j))));
                };
                match o.get("fields") {
                    None | Some(Value::Null) => (t, &[]),
                    Some(Value::Array(a)) => (t, a.as_slice()),
                    Some(other) => return Err(self.problem(format!("variant {t}: expected \"fields\" to be an array, got {}", found(other)))),
                }
            }
            _ => return Err(self.mismatch(&format!("{tname} (an object with a \"tag\")"), j)),
        };
        let Some(tag) = (0..d.nvariants as usize).find(|&t| cname(variant(d, t).name) == tag_name) else {
            return Err(self.problem(format!("unknown variant {tag_name:?} of {tname}")));
        };
        let var = variant(d, tag);
        let nf = var.nfields as usize;
        if items.len() != nf {
            return Err(self.problem(format!("variant {tag_name} takes {nf} field(s), got {}", items.len())));
        }
        let obj = alloc_zeroed(self.ctx, d, SUM_FIELDS + nf);
        *obj.add(SUM_TAG) = tag as u64;
        for (i, item) in items.iter().enumerate() {
            let fd: &'static TypeDesc = &**var.fields.add(i);
            let v = self.at(&format!("{tag_name}[{i}]"), false, |s| s.value(item, fd))?;
            *obj.add(SUM_FIELDS + i) = v;
        }
        Ok(std::hint::black_box(obj) as u64)
    }
}

/// Decodes `text` as a value of type `d`: the value, or the error message.
///
/// # Safety
/// `ctx` is the running actor's context; the arguments are values of the types the signature declares.
pub unsafe fn decode(ctx: *mut Ctx, text: &str, d: &'static TypeDesc) -> Result<u64, String> {
    let j: Value = serde_json::from_str(text).map_err(|e| format!("invalid JSON: {e}"))?;
    let mut dec = Decoder { ctx, path: String::new() };
    dec.value(&j, d)
}

/// Derived `T.from_json(s) -> T!String`.
///
/// # Safety
/// `ctx` is the running actor's context; the arguments are values of the types the signature declares (descriptor words are descriptors).
#[no_mangle]
pub unsafe extern "C" fn mesh_rt_derived_from_json(ctx: *mut Ctx, s: u64, d: u64) -> u64 {
    let d = from_word(d);
    let res = desc::result_of(d, &mesh_desc_string);
    match decode(ctx, str_of(s), d) {
        Ok(v) => ok(ctx, res, v),
        Err(e) => err_str(ctx, res, &e),
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::desc::{list_of, mesh_desc_bool, mesh_desc_float, mesh_desc_int, option_of};
    use crate::entry::with_test_actor;
    use std::sync::atomic::AtomicPtr;

    fn leak<T>(v: Vec<T>) -> *const T {
        Box::leak(v.into_boxed_slice()).as_ptr()
    }

    fn cstr(s: &str) -> *const u8 {
        let mut v = s.as_bytes().to_vec();
        v.push(0);
        leak(v)
    }

    fn blank(kind: Kind, name: &str) -> TypeDesc {
        TypeDesc {
            kind,
            nparams: 0,
            params: std::ptr::null(),
            name: cstr(name),
            field_names: std::ptr::null(),
            variants: std::ptr::null(),
            nvariants: 0,
            derives: DERIVES_JSON,
            impls: std::ptr::null(),
            cache: AtomicPtr::new(std::ptr::null_mut()),
            list: AtomicPtr::new(std::ptr::null_mut()),
        }
    }

    /// A struct descriptor made by hand.
    pub(crate) fn struct_desc(name: &str, fields: &[(&str, &'static TypeDesc)]) -> &'static TypeDesc {
        let mut d = blank(Kind::Struct, name);
        d.nparams = fields.len() as u32;
        d.params = leak(fields.iter().map(|(_, t)| *t as *const TypeDesc).collect());
        d.field_names = leak(fields.iter().map(|(n, _)| cstr(n)).collect());
        Box::leak(Box::new(d))
    }

    /// A sum type descriptor made by hand.
    pub(crate) fn sum_desc(name: &str, variants: &[(&str, Vec<&'static TypeDesc>)]) -> &'static TypeDesc {
        let mut d = blank(Kind::Sum, name);
        let vs: Vec<VariantDesc> = variants
            .iter()
            .map(|(n, fs)| VariantDesc { name: cstr(n), nfields: fs.len() as u32, _pad: 0, fields: leak(fs.iter().map(|f| *f as *const TypeDesc).collect::<Vec<_>>()) })
            .collect();
        d.nvariants = vs.len() as u32;
        d.variants = leak(vs);
        Box::leak(Box::new(d))
    }

    fn int() -> &'static TypeDesc {
        &mesh_desc_int
    }
    fn float() -> &'static TypeDesc {
        &mesh_desc_float
    }
    fn string() -> &'static TypeDesc {
        &mesh_desc_string
    }

    unsafe fn text(v: u64) -> String {
        str_of(v).to_string()
    }

    unsafe fn enc(ctx: *mut Ctx, v: u64, d: &'static TypeDesc) -> String {
        text(encode(ctx, v, d))
    }

    /// Decodes and re-encodes, or gives the error.
    unsafe fn round(ctx: *mut Ctx, s: &str, d: &'static TypeDesc) -> Result<String, String> {
        decode(ctx, s, d).map(|v| enc(ctx, v, d))
    }

    fn shapes() -> (&'static TypeDesc, &'static TypeDesc) {
        let point = struct_desc("Point", &[("x", int()), ("y", int())]);
        let shape = sum_desc("Shape", &[("Circle", vec![float()]), ("Dot", vec![]), ("Seg", vec![point, point])]);
        (point, shape)
    }

    #[test]
    fn scalars_and_strings() {
        with_test_actor(|ctx| unsafe {
            assert_eq!(enc(ctx, (-5i64) as u64, int()), "-5");
            assert_eq!(enc(ctx, 42.0f64.to_bits(), float()), "42.0");
            assert_eq!(enc(ctx, 3.25f64.to_bits(), float()), "3.25");
            assert_eq!(enc(ctx, f64::NAN.to_bits(), float()), "null");
            assert_eq!(enc(ctx, 1, &mesh_desc_bool), "true");
            assert_eq!(enc(ctx, 0, mesh_desc_unit_ref()), "null");
            let s = new_str(ctx, "say \"hi\"\\\n\tdone\u{1}é😀");
            assert_eq!(enc(ctx, s, string()), r#""say \"hi\"\\\n\tdone\u0001é😀""#);
            assert_eq!(text(mesh_json_encode_string(ctx, s)), r#""say \"hi\"\\\n\tdone\u0001é😀""#);
            assert_eq!(text(mesh_json_encode_int(ctx, (-7i64) as u64)), "-7");
            assert_eq!(text(mesh_json_encode_bool(ctx, 0)), "false");
            // The escaped text decodes back to the same string.
            let back = decode(ctx, &enc(ctx, s, string()), string()).unwrap();
            assert_eq!(text(back), text(s));
        })
    }

    fn mesh_desc_unit_ref() -> &'static TypeDesc {
        &crate::desc::mesh_desc_unit
    }

    #[test]
    fn lists_structs_variants_options() {
        with_test_actor(|ctx| unsafe {
            let (point, shape) = shapes();
            let ls = list_of(string());
            let a = new_str(ctx, "a");
            let b = new_str(ctx, "b\"");
            let l = new_list(ctx, ls, &[a, b]);
            assert_eq!(enc(ctx, l, ls), r#"["a","b\""]"#);
            assert_eq!(text(mesh_json_encode_list(ctx, l, string() as *const TypeDesc as u64)), r#"["a","b\""]"#);
            let empty = new_list(ctx, list_of(int()), &[]);
            assert_eq!(enc(ctx, empty, list_of(int())), "[]");
            let p = new_tuple(ctx, point, &[3, (-4i64) as u64]);
            assert_eq!(enc(ctx, p, point), r#"{"x":3,"y":-4}"#);
            let c = new_variant(ctx, shape, 0, &[3.5f64.to_bits()]);
            assert_eq!(enc(ctx, c, shape), r#"{"tag":"Circle","fields":[3.5]}"#);
            let dot = new_variant(ctx, shape, 1, &[]);
            assert_eq!(enc(ctx, dot, shape), r#"{"tag":"Dot","fields":[]}"#);
            let seg = new_variant(ctx, shape, 2, &[p, p]);
            assert_eq!(enc(ctx, seg, shape), r#"{"tag":"Seg","fields":[{"x":3,"y":-4},{"x":3,"y":-4}]}"#);
            let oi = option_of(int());
            let s5 = some(ctx, oi, 5);
            let n = none(ctx, oi);
            assert_eq!(enc(ctx, s5, oi), "5");
            assert_eq!(enc(ctx, n, oi), "null");
            let person = struct_desc("Person", &[("name", string()), ("at", point), ("tags", ls), ("nick", option_of(string()))]);
            let name = new_str(ctx, "Ann");
            let pr = new_tuple(ctx, person, &[name, p, l, n]);
            assert_eq!(enc(ctx, pr, person), r#"{"name":"Ann","at":{"x":3,"y":-4},"tags":["a","b\""],"nick":null}"#);
        })
    }

    #[test]
    fn get_and_nested() {
        let t = r#"{"name":"Ann","age":31,"score":9.5,"ok":true,"none":null,"at":{"city":"Oslo","zip":"0150"},"xs":[1, 2]}"#;
        assert_eq!(get_path(t, &["name"]), "Ann");
        assert_eq!(get_path(t, &["age"]), "31");
        assert_eq!(get_path(t, &["score"]), "9.5");
        assert_eq!(get_path(t, &["ok"]), "true");
        assert_eq!(get_path(t, &["none"]), "");
        assert_eq!(get_path(t, &["missing"]), "");
        assert_eq!(get_path(t, &["xs"]), "[1,2]");
        assert_eq!(get_path(t, &["at", "city"]), "Oslo");
        assert_eq!(get_path(t, &["at", "nope"]), "");
        assert_eq!(get_path(t, &["name", "x"]), "");
        assert_eq!(get_path("not json", &["a"]), "");
        assert_eq!(get_path("[1]", &["a"]), "");
    }

    #[test]
    fn parse() {
        with_test_actor(|ctx| unsafe {
            let s = new_str(ctx, "[1, 2,\n {\"a\": \"x\"}]");
            let r = mesh_json_parse(ctx, s);
            assert_eq!(tag_of(r), desc::TAG_OK);
            let j = variant_field(r, 0);
            assert_eq!(crate::heap::layout::desc_of(j as *const u64).kind, Kind::Json);
            assert_eq!(text(*(j as *const u64).add(JSON_TEXT)), r#"[1,2,{"a":"x"}]"#);
            let bad = new_str(ctx, "{oops");
            let r = mesh_json_parse(ctx, bad);
            assert_eq!(tag_of(r), desc::TAG_ERR);
            assert!(text(variant_field(r, 0)).starts_with("invalid JSON: "));
        })
    }

    #[test]
    fn decode_structs() {
        with_test_actor(|ctx| unsafe {
            let (point, shape) = shapes();
            let addr = struct_desc("Address", &[("city", string()), ("zip", string())]);
            let person = struct_desc(
                "Person",
                &[("name", string()), ("age", int()), ("address", addr), ("score", float()), ("nick", option_of(string())), ("shapes", list_of(shape)), ("pts", list_of(point))],
            );
            let t = r#"{"name":"Ann","age":31,"address":{"city":"Oslo","zip":"0150"},"score":9.5,"nick":"A","shapes":[{"tag":"Circle","fields":[1.5]},{"tag":"Dot","fields":[]},"Dot",{"tag":"Seg","fields":[{"x":1,"y":2},{"y":4,"x":3}]}],"pts":[]}"#;
            let expect = r#"{"name":"Ann","age":31,"address":{"city":"Oslo","zip":"0150"},"score":9.5,"nick":"A","shapes":[{"tag":"Circle","fields":[1.5]},{"tag":"Dot","fields":[]},{"tag":"Dot","fields":[]},{"tag":"Seg","fields":[{"x":1,"y":2},{"x":3,"y":4}]}],"pts":[]}"#;
            assert_eq!(round(ctx, t, person).unwrap(), expect);
            // A missing or null Option field is None; Float takes an integral number.
            let t2 = r#"{"name":"Bo","age":4,"address":{"city":"Rome","zip":"00100"},"score":7,"shapes":[],"pts":[{"x":0,"y":0}]}"#;
            assert_eq!(
                round(ctx, t2, person).unwrap(),
                r#"{"name":"Bo","age":4,"address":{"city":"Rome","zip":"00100"},"score":7.0,"nick":null,"shapes":[],"pts":[{"x":0,"y":0}]}"#
            );
            let t3 = r#"{"name":"Cy","address":{"city":"X","zip":"1"},"score":1.5,"shapes":[],"pts":[]}"#;
            assert_eq!(round(ctx, t3, person).unwrap_err(), "missing field: age");
            let t4 = r#"{"name":"Cy","age":1,"address":{"city":"X"},"score":1.5,"shapes":[],"pts":[]}"#;
            assert_eq!(round(ctx, t4, person).unwrap_err(), "missing field: address.zip");
            let t5 = r#"{"name":"Di","age":"old","address":{"city":"X","zip":"1"},"score":1.5,"shapes":[],"pts":[]}"#;
            assert_eq!(round(ctx, t5, person).unwrap_err(), r#"field age: expected Int, got "old""#);
            let t6 = r#"{"name":"Di","age":1.5,"address":{"city":"X","zip":"1"},"score":1.5,"shapes":[],"pts":[]}"#;
            assert_eq!(round(ctx, t6, person).unwrap_err(), "field age: expected Int (an integral number), got 1.5");
            let t7 = r#"{"name":"Di","age":2.0,"address":{"city":"X","zip":"1"},"score":1.5,"shapes":[],"pts":[{"x":1,"y":true}]}"#;
            assert_eq!(round(ctx, t7, person).unwrap_err(), "field pts[0].y: expected Int, got true");
            let t8 = r#"{"name":"Di","age":2,"address":{"city":"X","zip":"1"},"score":1.5,"shapes":[{"tag":"Square","fields":[]}],"pts":[]}"#;
            assert_eq!(round(ctx, t8, person).unwrap_err(), r#"field shapes[0]: unknown variant "Square" of Shape"#);
            let t9 = r#"{"name":"Di","age":2,"address":{"city":"X","zip":"1"},"score":1.5,"shapes":[{"tag":"Circle","fields":[]}],"pts":[]}"#;
            assert_eq!(round(ctx, t9, person).unwrap_err(), "field shapes[0]: variant Circle takes 1 field(s), got 0");
            assert!(round(ctx, "{oops", person).unwrap_err().starts_with("invalid JSON: "));
            assert_eq!(round(ctx, "[1]", person).unwrap_err(), "expected Person (an object), got an array");
            assert_eq!(round(ctx, "12345678901234567890", int()).unwrap_err(), "12345678901234567890 does not fit in an Int");
            assert_eq!(round(ctx, "[1, 2]", list_of(option_of(int()))).unwrap(), "[1,2]");
            assert_eq!(round(ctx, "[null, 2]", list_of(option_of(int()))).unwrap(), "[null,2]");
            let r = mesh_rt_derived_from_json(ctx, new_str(ctx, t3), person as *const TypeDesc as u64);
            assert_eq!(tag_of(r), desc::TAG_ERR);
            assert_eq!(text(variant_field(r, 0)), "missing field: age");
            let r = mesh_rt_derived_from_json(ctx, new_str(ctx, r#"{"x":1,"y":2}"#), point as *const TypeDesc as u64);
            assert_eq!(tag_of(r), desc::TAG_OK);
            assert_eq!(field(variant_field(r, 0), 1), 2);
        })
    }

    #[test]
    fn maps_and_sets() {
        with_test_actor(|ctx| unsafe {
            let (point, _) = shapes();
            let md = desc::map_of(string(), point);
            let mut m = crate::map::new_map(ctx, string(), point);
            for (k, x) in [("b", 1u64), ("a", 2), ("c\"", 3)] {
                let p = new_tuple(ctx, point, &[x, x * 10]);
                let key = new_str(ctx, k);
                m = crate::map::map_put(ctx, m, key, p, string(), point);
            }
            let expect = r#"{"b":{"x":1,"y":10},"a":{"x":2,"y":20},"c\"":{"x":3,"y":30}}"#;
            assert_eq!(enc(ctx, m, md), expect);
            assert_eq!(text(mesh_json_encode_map(ctx, m, point as *const TypeDesc as u64)), expect);
            let empty = crate::map::new_map(ctx, string(), int());
            assert_eq!(enc(ctx, empty, desc::map_of(string(), int())), "{}");
            // Decoding keeps keys; their order is the parser's.
            let back = decode(ctx, expect, md).unwrap();
            assert_eq!(crate::map::map_size(back), 3);
            let t = get_path(&enc(ctx, back, md), &["c\""]);
            assert_eq!(t, r#"{"x":3,"y":30}"#);
            let sd = desc::set_of(int());
            let s = decode(ctx, "[3, 1, 3, 2]", sd).unwrap();
            assert_eq!(enc(ctx, s, sd), "[3,1,2]");
            assert_eq!(round(ctx, "[1]", md).unwrap_err(), "expected Map<String, Point> (an object), got an array");
        })
    }

    /// Decoding enough to collect several times, then collecting again:
    /// the result must be intact.
    #[test]
    fn decode_survives_collections() {
        with_test_actor(|ctx| unsafe {
            let (point, shape) = shapes();
            let item = struct_desc("Item", &[("name", string()), ("p", point), ("s", shape), ("tags", list_of(string())), ("o", option_of(string())), ("m", desc::map_of(string(), list_of(string())))]);
            let mut t = String::from("[");
            let big = "x".repeat(40_000);
            for i in 0..20_000 {
                if i > 0 {
                    t.push(',');
                }
                // Every 50th name is a large object (counted towards the
                // collection threshold).
                let name = if i % 50 == 0 { format!("{big}{i}") } else { format!("item number {i}") };
                t.push_str(&format!(
                    r#"{{"name":"{name}","p":{{"x":{i},"y":{}}},"s":{{"tag":"Seg","fields":[{{"x":1,"y":{i}}},{{"x":2,"y":3}}]}},"tags":["t{i}","u","v"],"o":"{}","m":{{"a":["{i}"],"b":[]}}}}"#,
                    -i, i % 7
                ));
            }
            t.push(']');
            let d = list_of(item);
            let before = crate::heap::heap_of(ctx).collections;
            crate::heap::heap_of(ctx).threshold = 0;
            let v = decode(ctx, &t, d).unwrap();
            assert!(crate::heap::heap_of(ctx).collections > before + 1, "the test should collect");
            // One more collection, through the allocator.
            crate::heap::heap_of(ctx).threshold = 0;
            let before = crate::heap::heap_of(ctx).collections;
            let _ = new_str(ctx, &"y".repeat(40_000));
            assert!(crate::heap::heap_of(ctx).collections > before);
            let got = enc(ctx, v, d);
            assert!(got == t, "decoded data changed");
        })
    }
}
