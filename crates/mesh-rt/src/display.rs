//! Display and Debug text of any value through its descriptor (LANGUAGE.md
//! 3.10, 2.6): `mesh_rt_display`, `mesh_rt_inspect`, `Int.to_string`,
//! `Float.to_string`, `String.from`.
//!
//! The text is built in a Rust `String` and becomes one Mesh string at the
//! end. A value whose type has a user `Display`/`Debug` impl is printed by
//! calling that closure, which may allocate and so collect: every object
//! the walk is inside of (and so reads again after the call) is pinned
//! through the heap's extra roots while the walk is in it (`Pins`), so it
//! stays where it is.

use crate::abi::*;
use crate::compare::{map_entries, Pins};
use crate::heap::layout::{param, variant_field};
use crate::value::{field, list_get, list_len, new_str, str_of, tag_of};
use std::ffi::CStr;
use std::fmt::Write;

crate::export! { mesh_rt_display, mesh_rt_inspect, mesh_int_to_string, mesh_float_to_string, mesh_string_from }

/// The Display text of a Float: shortest round-trip digits, never an
/// exponent, no trailing `.0`; `NaN`, `inf`, `-inf`.
pub fn float_text(f: f64) -> String {
    if f.is_nan() {
        "NaN".to_string()
    } else if f.is_infinite() {
        if f > 0.0 { "inf" } else { "-inf" }.to_string()
    } else {
        // Rust's Display of f64 is the shortest round-trip text without
        // an exponent, and prints integral values without a fraction.
        format!("{f}")
    }
}

/// A NUL-terminated name from a descriptor ("?" if null).
pub(crate) unsafe fn c_name<'a>(p: *const u8) -> &'a str {
    if p.is_null() {
        return "?";
    }
    CStr::from_ptr(p as *const std::ffi::c_char).to_str().unwrap_or("?")
}

struct Fmt {
    ctx: *mut Ctx,
    out: String,
    debug: bool,
}

impl Fmt {
    /// Appends the text of `v` (of type `d`).
    unsafe fn value(&mut self, v: u64, d: &'static TypeDesc) {
        if !d.impls.is_null() {
            let imp = &*d.impls;
            let f = if self.debug { imp.debug } else { imp.display };
            if !f.is_null() {
                let s = (crate::entry::program().call1)(self.ctx, f as u64, v);
                self.out.push_str(str_of(s));
                return;
            }
        }
        match d.kind {
            Kind::Int => {
                let _ = write!(self.out, "{}", v as i64);
            }
            Kind::Float => self.out.push_str(&float_text(f64::from_bits(v))),
            Kind::Bool => self.out.push_str(if v != 0 { "true" } else { "false" }),
            Kind::Unit => self.out.push_str("()"),
            Kind::Pid => {
                let _ = write!(self.out, "#PID<{v}>");
            }
            Kind::Atom => {
                self.out.push(':');
                self.out.push_str(str_of(v));
            }
            Kind::String => {
                if self.debug {
                    escape_into(&mut self.out, str_of(v));
                } else {
                    self.out.push_str(str_of(v));
                }
            }
            Kind::Tuple => {
                let pins = Pins::new(self.ctx);
                pins.add(v);
                self.out.push('(');
                for i in 0..d.nparams as usize {
                    if i > 0 {
                        self.out.push_str(", ");
                    }
                    self.value(field(v, i), param(d, i));
                }
                self.out.push(')');
            }
            Kind::Struct => {
                let pins = Pins::new(self.ctx);
                pins.add(v);
                self.out.push_str(c_name(d.name));
                let n = d.nparams as usize;
                if n == 0 {
                    return;
                }
                if self.debug {
                    self.out.push_str(" { ");
                    for i in 0..n {
                        if i > 0 {
                            self.out.push_str(", ");
                        }
                        if !d.field_names.is_null() {
                            self.out.push_str(c_name(*d.field_names.add(i)));
                            self.out.push_str(": ");
                        }
                        self.value(field(v, i), param(d, i));
                    }
                    self.out.push_str(" }");
                } else {
                    self.out.push('(');
                    for i in 0..n {
                        if i > 0 {
                            self.out.push_str(", ");
                        }
                        self.value(field(v, i), param(d, i));
                    }
                    self.out.push(')');
                }
            }
            Kind::Sum => {
                let pins = Pins::new(self.ctx);
                pins.add(v);
                let tag = tag_of(v) as usize;
                if tag >= d.nvariants as usize {
                    self.out.push_str("<?>");
                    return;
                }
                let vd = &*d.variants.add(tag);
                self.out.push_str(c_name(vd.name));
                let n = vd.nfields as usize;
                if n > 0 {
                    self.out.push('(');
                    for i in 0..n {
                        if i > 0 {
                            self.out.push_str(", ");
                        }
                        self.value(crate::value::variant_field(v, i), variant_field(d, tag, i));
                    }
                    self.out.push(')');
                }
            }
            Kind::Fun => self.out.push_str("<fn>"),
            Kind::List => {
                self.out.push('[');
                self.list_items(v, crate::desc::elem(d), false);
                self.out.push(']');
            }
            Kind::Queue => {
                self.out.push_str("Queue[");
                let pins = Pins::new(self.ctx);
                pins.add(v);
                let e = crate::desc::elem(d);
                let front = field(v, QUEUE_FRONT - 1);
                let back = field(v, QUEUE_BACK - 1);
                let nf = if front == 0 { 0 } else { list_len(front) };
                self.list_items(front, e, false);
                if back != 0 && list_len(back) > 0 {
                    if nf > 0 {
                        self.out.push_str(", ");
                    }
                    // Re-read: the front's items may have run user code.
                    self.list_items(field(v, QUEUE_BACK - 1), e, true);
                }
                self.out.push(']');
            }
            Kind::Map | Kind::Set => {
                let set = d.kind == Kind::Set;
                let pins = Pins::new(self.ctx);
                pins.add(v);
                let entries = map_entries(v);
                for &e in &entries {
                    pins.add(e);
                }
                self.out.push_str(if set { "#{" } else { "%{" });
                let kd = param(d, 0);
                for (i, &e) in entries.iter().enumerate() {
                    if i > 0 {
                        self.out.push_str(", ");
                    }
                    let ep = e as *const u64;
                    self.value(*ep.add(ENTRY_KEY), kd);
                    if !set {
                        self.out.push_str(" => ");
                        self.value(*ep.add(ENTRY_VALUE), param(d, 1));
                    }
                }
                self.out.push('}');
            }
            Kind::Range => {
                let p = v as *const u64;
                let _ = write!(self.out, "{}..{}", *p.add(RANGE_START) as i64, *p.add(RANGE_END) as i64);
            }
            Kind::Iter => self.out.push_str("<iter>"),
            Kind::Json => {
                let t = *(v as *const u64).add(JSON_TEXT);
                if t != 0 {
                    self.out.push_str(str_of(t));
                }
            }
            Kind::Opaque => {
                let h = *(v as *const u64).add(OPAQUE_HANDLE);
                let _ = write!(self.out, "#{}<{}>", c_name(d.name), h);
            }
            Kind::Array | Kind::MapNode | Kind::MapEntry => self.out.push_str("<internal>"),
        }
    }

    /// The items of list `l` separated by ", " (in reverse if `rev`).
    unsafe fn list_items(&mut self, l: u64, e: &'static TypeDesc, rev: bool) {
        if l == 0 {
            return;
        }
        let n = list_len(l);
        if n == 0 {
            return;
        }
        let pins = Pins::new(self.ctx);
        pins.add(l);
        pins.add(*(l as *const u64).add(LIST_ARRAY));
        for k in 0..n {
            if k > 0 {
                self.out.push_str(", ");
            }
            let i = if rev { n - 1 - k } else { k };
            self.value(list_get(l, i), e);
        }
    }
}

/// `"text"` with `\`, `"` and control characters escaped.
fn escape_into(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\0' => out.push_str("\\0"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// The Display text of `v` as a Rust string.
///
/// # Safety
/// `ctx` is the running actor's; `v` is a value of type `d`.
pub unsafe fn display_text(ctx: *mut Ctx, v: u64, d: &'static TypeDesc) -> String {
    let mut f = Fmt { ctx, out: String::new(), debug: false };
    f.value(v, d);
    f.out
}

/// The Debug text of `v` as a Rust string.
///
/// # Safety
/// As [`display_text`].
pub unsafe fn inspect_text(ctx: *mut Ctx, v: u64, d: &'static TypeDesc) -> String {
    let mut f = Fmt { ctx, out: String::new(), debug: true };
    f.value(v, d);
    f.out
}

/// `mesh_rt_display(value, desc)`: the Display text of any value.
#[no_mangle]
pub unsafe extern "C" fn mesh_rt_display(ctx: *mut Ctx, v: u64, desc: u64) -> u64 {
    let d = crate::desc::from_word(desc);
    if d.kind == Kind::String {
        return v;
    }
    let s = display_text(ctx, v, d);
    new_str(ctx, &s)
}

/// `mesh_rt_inspect(value, desc)`: the Debug text of any value.
#[no_mangle]
pub unsafe extern "C" fn mesh_rt_inspect(ctx: *mut Ctx, v: u64, desc: u64) -> u64 {
    let s = inspect_text(ctx, v, crate::desc::from_word(desc));
    new_str(ctx, &s)
}

/// `Int.to_string(n)`.
#[no_mangle]
pub unsafe extern "C" fn mesh_int_to_string(ctx: *mut Ctx, n: u64) -> u64 {
    new_str(ctx, &(n as i64).to_string())
}

/// `Float.to_string(x)`.
#[no_mangle]
pub unsafe extern "C" fn mesh_float_to_string(ctx: *mut Ctx, bits: u64) -> u64 {
    new_str(ctx, &float_text(f64::from_bits(bits)))
}

/// `String.from(x)`: the Display text of any `T`.
#[no_mangle]
pub unsafe extern "C" fn mesh_string_from(ctx: *mut Ctx, v: u64, desc_t: u64) -> u64 {
    mesh_rt_display(ctx, v, desc_t)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::desc::*;
    use crate::value::*;

    fn disp(f: impl FnOnce(*mut Ctx) -> (u64, &'static TypeDesc) + 'static) -> (String, String) {
        crate::entry::with_test_actor(move |ctx| unsafe {
            let (v, d) = f(ctx);
            let a = str_of(mesh_rt_display(ctx, v, d as *const TypeDesc as u64)).to_string();
            let b = str_of(mesh_rt_inspect(ctx, v, d as *const TypeDesc as u64)).to_string();
            (a, b)
        })
    }

    #[test]
    fn floats() {
        let cases: &[(f64, &str)] = &[
            (42.0, "42"),
            (3.14, "3.14"),
            (0.1 + 0.2, "0.30000000000000004"),
            (1e-7, "0.0000001"),
            (123456789.125, "123456789.125"),
            (-1.5, "-1.5"),
            (1e21, "1000000000000000000000"),
            (0.0, "0"),
            (-0.0, "-0"),
            (f64::NAN, "NaN"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (2.5e-3, "0.0025"),
            (1e9, "1000000000"),
        ];
        for (f, want) in cases {
            assert_eq!(float_text(*f), *want, "{f:?}");
        }
    }

    #[test]
    fn ints() {
        let s = crate::entry::with_test_actor(|ctx| unsafe { str_of(mesh_int_to_string(ctx, (-42i64) as u64)).to_string() });
        assert_eq!(s, "-42");
    }

    #[test]
    fn scalars_and_strings() {
        assert_eq!(disp(|_| (5, &mesh_desc_int)), ("5".into(), "5".into()));
        assert_eq!(disp(|_| (1, &mesh_desc_bool)), ("true".into(), "true".into()));
        assert_eq!(disp(|_| (0, &mesh_desc_unit)), ("()".into(), "()".into()));
        assert_eq!(disp(|ctx| unsafe { (new_str(ctx, "a\"b\n"), &mesh_desc_string) }), ("a\"b\n".into(), "\"a\\\"b\\n\"".into()));
        assert_eq!(disp(|_| (3, &mesh_desc_pid)).0, "#PID<3>");
    }

    #[test]
    fn lists_tuples_options() {
        let (a, b) = disp(|ctx| unsafe {
            let x = new_str(ctx, "x");
            let y = new_str(ctx, "y");
            let l = new_list(ctx, list_of(&mesh_desc_string), &[x, y]);
            (l, list_of(&mesh_desc_string))
        });
        assert_eq!(a, "[x, y]");
        assert_eq!(b, "[\"x\", \"y\"]");
        let (a, b) = disp(|ctx| unsafe {
            let x = new_str(ctx, "a");
            let td = tuple_of(&[&mesh_desc_int, &mesh_desc_string]);
            let t = new_tuple(ctx, td, &[1, x]);
            let od = option_of(td);
            (some(ctx, od, t), od)
        });
        assert_eq!(a, "Some((1, a))");
        assert_eq!(b, "Some((1, \"a\"))");
        let (a, _) = disp(|ctx| unsafe {
            let od = option_of(&mesh_desc_int);
            (none(ctx, od), od)
        });
        assert_eq!(a, "None");
        let (a, _) = disp(|ctx| unsafe {
            let ld = list_of(&mesh_desc_float);
            (new_list(ctx, ld, &[1.5f64.to_bits(), 2.0f64.to_bits()]), ld)
        });
        assert_eq!(a, "[1.5, 2]");
        let (a, _) = disp(|ctx| unsafe {
            let ld = list_of(&mesh_desc_int);
            (new_list(ctx, ld, &[]), ld)
        });
        assert_eq!(a, "[]");
        let (a, _) = disp(|ctx| unsafe {
            let obj = crate::heap::alloc_object(ctx, &mesh_desc_range, RANGE_WORDS);
            *obj.add(RANGE_START) = 0;
            *obj.add(RANGE_END) = 5;
            (obj as u64, &mesh_desc_range)
        });
        assert_eq!(a, "0..5");
    }

    #[test]
    fn structs() {
        let (a, b) = disp(|ctx| unsafe {
            let params: &'static [*const TypeDesc] = Box::leak(Box::new([&mesh_desc_int as *const TypeDesc, &mesh_desc_string]));
            let d: &'static TypeDesc = Box::leak(Box::new(TypeDesc {
                kind: Kind::Struct,
                nparams: 2,
                params: params.as_ptr(),
                name: b"Point\0".as_ptr(),
                field_names: Box::leak(Box::new([b"x\0".as_ptr(), b"y\0".as_ptr()])).as_ptr(),
                variants: std::ptr::null(),
                nvariants: 0,
                derives: 0,
                impls: std::ptr::null(),
                cache: Default::default(),
                list: Default::default(),
            }));
            let s = new_str(ctx, "q");
            (new_tuple(ctx, d, &[1, s]), d)
        });
        assert_eq!(a, "Point(1, q)");
        assert_eq!(b, "Point { x: 1, y: \"q\" }");
    }
}
