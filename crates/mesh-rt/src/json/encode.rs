//! Encoding any value to JSON text through its descriptor.

use super::*;
use crate::heap::layout::param;

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

