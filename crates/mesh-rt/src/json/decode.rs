//! Derived `from_json`: JSON text to a Mesh value of a descriptor's type,
//! streamed from serde_json's parser (a `DeserializeSeed` per descriptor),
//! with no intermediate document tree. Errors say where (`field
//! address.zip: expected Int, got "x"`).
//!
//! GC: a struct, tuple or variant is allocated zeroed before its fields are
//! decoded, and its address stays in a local (on the actor's stack, which
//! pins it) while the fields are written one by one; lists grow through
//! `ListBuilder`, maps and sets through their entry points.

use super::*;
use crate::heap::alloc_zeroed;
use crate::heap::layout::param;
use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};
use std::fmt;

pub(super) struct Decoder {
    ctx: *mut Ctx,
    /// Where in the document we are (`address.city`, `marks[2]`), as
    /// segments rendered only for an error message.
    path: Vec<Seg>,
    /// The first error (serde's own error type only carries it out).
    error: Option<String>,
}

enum Seg {
    Field(&'static str),
    Key(String),
    Index(usize),
    /// `Circle[0]`: payload field of a variant.
    Payload(&'static str, usize),
}

fn render(path: &[Seg]) -> String {
    let mut out = String::new();
    for s in path {
        match s {
            Seg::Field(n) | Seg::Payload(n, _) if !out.is_empty() => {
                out.push('.');
                out.push_str(n);
            }
            Seg::Field(n) | Seg::Payload(n, _) => out.push_str(n),
            Seg::Key(k) if !out.is_empty() => {
                out.push('.');
                out.push_str(k);
            }
            Seg::Key(k) => out.push_str(k),
            Seg::Index(_) => {}
        }
        match s {
            Seg::Index(i) | Seg::Payload(_, i) => out.push_str(&format!("[{i}]")),
            _ => {}
        }
    }
    out
}

/// A short description of a JSON value met where another was expected.
fn text_found(s: &str) -> String {
    let mut t: String = s.chars().take(40).collect();
    if t.len() < s.len() {
        t.push_str("...");
    }
    serde_json::to_string(&t).unwrap_or_default()
}

impl Decoder {
    fn fail<E: de::Error>(&mut self, message: String) -> E {
        if self.error.is_none() {
            self.error = Some(message);
        }
        E::custom("mesh decode error")
    }

    fn mismatch<E: de::Error>(&mut self, expected: &str, found: &str) -> E {
        let m = if self.path.is_empty() { format!("expected {expected}, got {found}") } else { format!("field {}: expected {expected}, got {found}", render(&self.path)) };
        self.fail(m)
    }

    fn problem<E: de::Error>(&mut self, what: String) -> E {
        let m = if self.path.is_empty() { what } else { format!("field {}: {what}", render(&self.path)) };
        self.fail(m)
    }

    /// Runs `f` with `seg` appended to the path.
    fn at<R>(&mut self, seg: Seg, f: impl FnOnce(&mut Self) -> R) -> R {
        self.path.push(seg);
        let r = f(self);
        self.path.pop();
        r
    }
}

/// Decodes one value of type `d`.
struct Seed<'a> {
    dec: &'a mut Decoder,
    d: &'static TypeDesc,
}

impl<'de> DeserializeSeed<'de> for Seed<'_> {
    type Value = u64;

    fn deserialize<D: de::Deserializer<'de>>(self, de: D) -> Result<u64, D::Error> {
        if self.d.kind == Kind::Json {
            // An opaque `Json` value: its text, normalised.
            let v = serde_json::Value::deserialize(de)?;
            // SAFETY: the context is the running actor's.
            return Ok(unsafe { new_json(self.dec.ctx, &serde_json::to_string(&v).unwrap_or_default()) });
        }
        de.deserialize_any(V { dec: self.dec, d: self.d })
    }
}

use serde::Deserialize;

/// The visitor for a value of type `d`: every JSON form arrives here and is
/// accepted or reported against what `d` wants.
struct V<'a> {
    dec: &'a mut Decoder,
    d: &'static TypeDesc,
}

impl V<'_> {
    fn want(&self) -> String {
        // SAFETY: descriptors are valid.
        unsafe {
            match self.d.kind {
                Kind::Struct | Kind::Map => format!("{} (an object)", type_name(self.d)),
                Kind::Set => format!("{} (an array)", type_name(self.d)),
                Kind::Tuple => format!("{} (an array of {})", type_name(self.d), self.d.nparams),
                Kind::Sum if !is_option(self.d) => format!("{} (an object with a \"tag\")", type_name(self.d)),
                Kind::Atom => "Atom (a string)".into(),
                Kind::Unit => "null".into(),
                _ => type_name(self.d),
            }
        }
    }

    fn wrong<E: de::Error>(self, found: &str) -> Result<u64, E> {
        let w = self.want();
        Err(self.dec.mismatch(&w, found))
    }

    /// `Some(inner value)` when `d` is an Option: decodes with the payload
    /// type, then wraps.
    fn optional(&mut self) -> Option<&'static TypeDesc> {
        // SAFETY: descriptors are valid.
        unsafe { is_option(self.d).then(|| option_inner(self.d)) }
    }

    fn some(&mut self, v: u64) -> u64 {
        // SAFETY: the context is the running actor's; `d` is an Option.
        unsafe { some(self.dec.ctx, self.d, v) }
    }
}

macro_rules! through_option {
    ($self:ident, $method:ident, $v:expr) => {
        if let Some(inner) = $self.optional() {
            let x = V { dec: $self.dec, d: inner }.$method($v)?;
            return Ok($self.some(x));
        }
    };
}

impl<'de> Visitor<'de> for V<'_> {
    type Value = u64;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&self.want())
    }

    fn visit_bool<E: de::Error>(mut self, b: bool) -> Result<u64, E> {
        through_option!(self, visit_bool, b);
        match self.d.kind {
            Kind::Bool => Ok(b as u64),
            _ => self.wrong(&b.to_string()),
        }
    }

    fn visit_i64<E: de::Error>(mut self, n: i64) -> Result<u64, E> {
        through_option!(self, visit_i64, n);
        match self.d.kind {
            Kind::Int => Ok(n as u64),
            Kind::Float => Ok((n as f64).to_bits()),
            _ => self.wrong(&n.to_string()),
        }
    }

    fn visit_u64<E: de::Error>(mut self, n: u64) -> Result<u64, E> {
        through_option!(self, visit_u64, n);
        match self.d.kind {
            Kind::Int if n <= i64::MAX as u64 => Ok(n),
            Kind::Int => Err(self.dec.problem(format!("{n} does not fit in an Int"))),
            Kind::Float => Ok((n as f64).to_bits()),
            _ => self.wrong(&n.to_string()),
        }
    }

    fn visit_f64<E: de::Error>(mut self, f: f64) -> Result<u64, E> {
        through_option!(self, visit_f64, f);
        let shown = serde_json::Number::from_f64(f).map(|n| n.to_string()).unwrap_or_else(|| f.to_string());
        match self.d.kind {
            Kind::Float => Ok(f.to_bits()),
            // An integral number written with a fraction or exponent (`7.0`, `1e3`).
            Kind::Int if f.fract() == 0.0 && (-9.223372036854776e18..9.223372036854776e18).contains(&f) => Ok(f as i64 as u64),
            Kind::Int => Err(self.dec.mismatch("Int (an integral number)", &shown)),
            _ => self.wrong(&shown),
        }
    }

    fn visit_str<E: de::Error>(mut self, s: &str) -> Result<u64, E> {
        through_option!(self, visit_str, s);
        let ctx = self.dec.ctx;
        // SAFETY: the context is the running actor's; descriptors are valid.
        unsafe {
            match self.d.kind {
                Kind::String => Ok(new_str(ctx, s)),
                Kind::Atom => {
                    let a = new_str(ctx, s) as *mut u64;
                    *a = &desc::mesh_desc_atom as *const TypeDesc as u64;
                    Ok(a as u64)
                }
                Kind::Sum => {
                    // A nullary variant written as its bare name.
                    let d = self.d;
                    match (0..d.nvariants as usize).find(|&t| cname(variant(d, t).name) == s) {
                        Some(t) if variant(d, t).nfields == 0 => {
                            let obj = alloc_zeroed(ctx, d, SUM_FIELDS);
                            *obj.add(SUM_TAG) = t as u64;
                            Ok(obj as u64)
                        }
                        _ => self.wrong(&text_found(s)),
                    }
                }
                _ => self.wrong(&text_found(s)),
            }
        }
    }

    fn visit_unit<E: de::Error>(self) -> Result<u64, E> {
        // SAFETY: the context is the running actor's; descriptors are valid.
        unsafe {
            if is_option(self.d) {
                return Ok(none(self.dec.ctx, self.d));
            }
        }
        match self.d.kind {
            Kind::Unit => Ok(0),
            _ => self.wrong("null"),
        }
    }

    fn visit_none<E: de::Error>(self) -> Result<u64, E> {
        self.visit_unit()
    }

    fn visit_seq<A: SeqAccess<'de>>(mut self, mut seq: A) -> Result<u64, A::Error> {
        if let Some(inner) = self.optional() {
            let x = V { dec: self.dec, d: inner }.visit_seq(seq)?;
            return Ok(self.some(x));
        }
        let (ctx, d) = (self.dec.ctx, self.d);
        // SAFETY: the context is the running actor's; descriptors are valid.
        unsafe {
            match d.kind {
                Kind::List => {
                    let ed = desc::elem(d);
                    let mut lb = ListBuilder::new(ctx, desc::list_of(ed), seq.size_hint().unwrap_or(4));
                    let mut i = 0;
                    loop {
                        let dec = &mut *self.dec;
                        let next = dec.at(Seg::Index(i), |dec| seq.next_element_seed(Seed { dec, d: ed }))?;
                        match next {
                            Some(v) => lb.push(ctx, v),
                            None => break,
                        }
                        i += 1;
                    }
                    Ok(lb.finish(ctx))
                }
                Kind::Set => {
                    let ed = desc::elem(d);
                    let mut s = set_new(ctx, ed);
                    let mut i = 0;
                    loop {
                        let dec = &mut *self.dec;
                        let next = dec.at(Seg::Index(i), |dec| seq.next_element_seed(Seed { dec, d: ed }))?;
                        match next {
                            Some(v) => s = set_add(ctx, s, v, ed),
                            None => break,
                        }
                        i += 1;
                    }
                    Ok(s)
                }
                Kind::Tuple => {
                    let n = d.nparams as usize;
                    let obj = alloc_zeroed(ctx, d, 1 + n);
                    let mut i = 0;
                    loop {
                        let dec = &mut *self.dec;
                        let next = if i < n {
                            dec.at(Seg::Index(i), |dec| seq.next_element_seed(Seed { dec, d: param(d, i) }))?
                        } else {
                            seq.next_element::<IgnoredAny>()?.map(|_| 0)
                        };
                        match next {
                            Some(v) if i < n => *obj.add(1 + i) = v,
                            Some(_) => {}
                            None => break,
                        }
                        i += 1;
                    }
                    if i != n {
                        return self.wrong("an array");
                    }
                    Ok(std::hint::black_box(obj) as u64)
                }
                _ => self.wrong("an array"),
            }
        }
    }

    fn visit_map<A: MapAccess<'de>>(mut self, mut map: A) -> Result<u64, A::Error> {
        if let Some(inner) = self.optional() {
            let x = V { dec: self.dec, d: inner }.visit_map(map)?;
            return Ok(self.some(x));
        }
        let (ctx, d) = (self.dec.ctx, self.d);
        // SAFETY: the context is the running actor's; descriptors are valid.
        unsafe {
            match d.kind {
                Kind::Struct => record(self.dec, map, d),
                Kind::Sum => sum(self.dec, map, d),
                Kind::Map => {
                    let (kd, vd) = (param(d, 0), param(d, 1));
                    if !matches!(kd.kind, Kind::String | Kind::Atom) {
                        return Err(self.dec.problem(format!("cannot decode {} from JSON: keys must be String", type_name(d))));
                    }
                    let mut m = map_new(ctx, kd, vd);
                    while let Some(k) = map.next_key::<String>()? {
                        let dec = &mut *self.dec;
                        let key_text = k.clone();
                        let v = dec.at(Seg::Key(k), |dec| map.next_value_seed(Seed { dec, d: vd }))?;
                        let key = new_str(ctx, &key_text) as *mut u64;
                        *key = kd as *const TypeDesc as u64;
                        m = map_put(ctx, m, key as u64, std::hint::black_box(v), kd, vd);
                    }
                    Ok(m)
                }
                Kind::Pid | Kind::Fun | Kind::Queue | Kind::Range | Kind::Iter | Kind::Opaque => {
                    Err(self.dec.problem(format!("cannot decode {} from JSON", type_name(d))))
                }
                _ => self.wrong("an object"),
            }
        }
    }
}

/// A struct's key: the index of the field it names (no allocation).
struct FieldKey(&'static TypeDesc);

impl<'de> DeserializeSeed<'de> for FieldKey {
    type Value = Option<usize>;

    fn deserialize<D: de::Deserializer<'de>>(self, de: D) -> Result<Option<usize>, D::Error> {
        de.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for FieldKey {
    type Value = Option<usize>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a field name")
    }

    fn visit_str<E: de::Error>(self, k: &str) -> Result<Option<usize>, E> {
        let d = self.0;
        // SAFETY: descriptors are valid.
        Ok(unsafe { field_names(d) }.iter().position(|n| *n == k))
    }
}

/// A struct from an object keyed by field names. A missing (or null)
/// Option field is None; any other missing field is an error.
unsafe fn record<'de, A: MapAccess<'de>>(dec: &mut Decoder, mut map: A, d: &'static TypeDesc) -> Result<u64, A::Error> {
    let ctx = dec.ctx;
    let n = d.nparams as usize;
    let obj = alloc_zeroed(ctx, d, 1 + n);
    let mut set = vec![false; n];
    while let Some(field) = map.next_key_seed(FieldKey(d))? {
        match field {
            Some(i) => {
                let name = field_name(d, i);
                let v = dec.at(Seg::Field(name), |dec| map.next_value_seed(Seed { dec, d: param(d, i) }))?;
                *obj.add(1 + i) = v;
                set[i] = true;
            }
            None => {
                map.next_value::<IgnoredAny>()?;
            }
        }
    }
    for i in 0..n {
        if set[i] {
            continue;
        }
        let (name, fd) = (field_name(d, i), param(d, i));
        if !is_option(fd) {
            dec.path.push(Seg::Field(name));
            let p = render(&dec.path);
            dec.path.pop();
            return Err(dec.fail(format!("missing field: {p}")));
        }
        let v = none(ctx, fd);
        *obj.add(1 + i) = v;
    }
    Ok(std::hint::black_box(obj) as u64)
}

/// A variant from `{"tag": "Name", "fields": [...]}`. Fields seen before
/// the tag are buffered (their types depend on it) and decoded after.
unsafe fn sum<'de, A: MapAccess<'de>>(dec: &mut Decoder, mut map: A, d: &'static TypeDesc) -> Result<u64, A::Error> {
    let tname = type_name(d);
    let mut tag: Option<usize> = None;
    let mut obj: u64 = 0;
    let mut buffered: Option<serde_json::Value> = None;
    while let Some(k) = map.next_key::<String>()? {
        match k.as_str() {
            "tag" => {
                let t: String = match map.next_value::<serde_json::Value>()? {
                    serde_json::Value::String(s) => s,
                    other => return Err(dec.problem(format!("expected {tname} (an object with a \"tag\"), got {}", super::found(&other)))),
                };
                match (0..d.nvariants as usize).find(|&i| cname(variant(d, i).name) == t) {
                    Some(i) => tag = Some(i),
                    None => return Err(dec.problem(format!("unknown variant {t:?} of {tname}"))),
                }
            }
            "fields" => match tag {
                Some(t) => obj = map.next_value_seed(Fields { dec: &mut *dec, d, tag: t })?,
                None => buffered = Some(map.next_value::<serde_json::Value>()?),
            },
            _ => {
                map.next_value::<IgnoredAny>()?;
            }
        }
    }
    let Some(t) = tag else { return Err(dec.problem(format!("expected {tname} (an object with a \"tag\"), got an object"))) };
    if obj != 0 {
        return Ok(obj);
    }
    match buffered {
        Some(v) => Fields { dec, d, tag: t }.deserialize(v).map_err(|e: serde_json::Error| de::Error::custom(e)),
        None => Fields { dec, d, tag: t }.deserialize(serde_json::Value::Array(Vec::new())).map_err(|e: serde_json::Error| de::Error::custom(e)),
    }
}

/// The `fields` array of variant `tag`.
struct Fields<'a> {
    dec: &'a mut Decoder,
    d: &'static TypeDesc,
    tag: usize,
}

impl<'de> DeserializeSeed<'de> for Fields<'_> {
    type Value = u64;

    fn deserialize<D: de::Deserializer<'de>>(self, de: D) -> Result<u64, D::Error> {
        de.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Fields<'_> {
    type Value = u64;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an array of variant fields")
    }

    fn visit_unit<E: de::Error>(self) -> Result<u64, E> {
        self.visit_seq(de::value::SeqDeserializer::<std::iter::Empty<u64>, E>::new(std::iter::empty()))
    }

    fn visit_seq<S: SeqAccess<'de>>(self, mut seq: S) -> Result<u64, S::Error> {
        // SAFETY: the context is the running actor's; descriptors are valid.
        unsafe {
            let (ctx, d, tag) = (self.dec.ctx, self.d, self.tag);
            let var = variant(d, tag);
            let tag_name = cname(var.name);
            let nf = var.nfields as usize;
            let obj = alloc_zeroed(ctx, d, SUM_FIELDS + nf);
            *obj.add(SUM_TAG) = tag as u64;
            let mut i = 0;
            loop {
                let next = if i < nf {
                    let fd: &'static TypeDesc = &**var.fields.add(i);
                    self.dec.at(Seg::Payload(tag_name, i), |dec| seq.next_element_seed(Seed { dec, d: fd }))?
                } else {
                    seq.next_element::<IgnoredAny>()?.map(|_| 0)
                };
                match next {
                    Some(v) if i < nf => *obj.add(SUM_FIELDS + i) = v,
                    Some(_) => {}
                    None => break,
                }
                i += 1;
            }
            if i != nf {
                return Err(self.dec.problem(format!("variant {tag_name} takes {nf} field(s), got {i}")));
            }
            Ok(std::hint::black_box(obj) as u64)
        }
    }

    fn visit_map<M: MapAccess<'de>>(self, _: M) -> Result<u64, M::Error> {
        let t = unsafe { cname(variant(self.d, self.tag).name) };
        Err(self.dec.problem(format!("variant {t}: expected \"fields\" to be an array, got an object")))
    }

    fn visit_str<E: de::Error>(self, s: &str) -> Result<u64, E> {
        let t = unsafe { cname(variant(self.d, self.tag).name) };
        Err(self.dec.problem(format!("variant {t}: expected \"fields\" to be an array, got {}", text_found(s))))
    }
}

/// Decodes `text` as a value of type `d`: the value, or the error message.
///
/// # Safety
/// `ctx` is the running actor's context; `d` is a descriptor.
pub unsafe fn decode(ctx: *mut Ctx, text: &str, d: &'static TypeDesc) -> Result<u64, String> {
    let mut dec = Decoder { ctx, path: Vec::new(), error: None };
    let mut de = serde_json::Deserializer::from_str(text);
    let result = Seed { dec: &mut dec, d }.deserialize(&mut de).and_then(|v| de.end().map(|_| v));
    match result {
        Ok(v) => Ok(v),
        Err(e) => Err(dec.error.take().unwrap_or_else(|| format!("invalid JSON: {e}"))),
    }
}

/// Derived `T.from_json(s) -> T!String`.
///
/// # Safety
/// `ctx` is the running actor's context; `d` is the descriptor word of T.
#[no_mangle]
pub unsafe extern "C" fn mesh_rt_derived_from_json(ctx: *mut Ctx, s: u64, d: u64) -> u64 {
    let d = from_word(d);
    let res = desc::result_of(d, &mesh_desc_string);
    match decode(ctx, str_of(s), d) {
        Ok(v) => ok(ctx, res, v),
        Err(e) => err_str(ctx, res, &e),
    }
}
