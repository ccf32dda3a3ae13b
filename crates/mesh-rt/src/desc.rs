//! Type descriptors the runtime owns: the exported descriptors of the
//! built-in scalar and string types (generated code refers to them by
//! symbol), and descriptors for composite types the runtime builds itself
//! (`List<String>` from `String.split`, `Option<Int>` from `String.to_int`,
//! the array behind a list ...), made once per component and kept forever.

#![allow(non_upper_case_globals)]

use crate::abi::*;
use rustc_hash::FxHashMap;
use std::ptr::null;
use std::sync::atomic::{AtomicPtr, Ordering as AtomicOrdering};
use std::sync::Mutex;

const fn scalar(kind: Kind, name: &'static [u8]) -> TypeDesc {
    TypeDesc {
        kind,
        nparams: 0,
        params: null(),
        name: name.as_ptr(),
        field_names: null(),
        variants: null(),
        nvariants: 0,
        derives: DERIVES_EQ | DERIVES_ORD | DERIVES_DISPLAY | DERIVES_DEBUG | DERIVES_HASH | DERIVES_JSON,
        impls: null(),
        cache: AtomicPtr::new(std::ptr::null_mut()),
        list: AtomicPtr::new(std::ptr::null_mut()),
    }
}

#[no_mangle]
pub static mesh_desc_int: TypeDesc = scalar(Kind::Int, b"Int\0");
#[no_mangle]
pub static mesh_desc_float: TypeDesc = scalar(Kind::Float, b"Float\0");
#[no_mangle]
pub static mesh_desc_bool: TypeDesc = scalar(Kind::Bool, b"Bool\0");
#[no_mangle]
pub static mesh_desc_unit: TypeDesc = scalar(Kind::Unit, b"()\0");
#[no_mangle]
pub static mesh_desc_pid: TypeDesc = scalar(Kind::Pid, b"Pid\0");
#[no_mangle]
pub static mesh_desc_string: TypeDesc = scalar(Kind::String, b"String\0");
#[no_mangle]
pub static mesh_desc_atom: TypeDesc = scalar(Kind::Atom, b"Atom\0");
#[no_mangle]
pub static mesh_desc_range: TypeDesc = scalar(Kind::Range, b"Range\0");
#[no_mangle]
pub static mesh_desc_json: TypeDesc = scalar(Kind::Json, b"Json\0");

/// The descriptor of a built-in type by name, for tests and tools.
pub fn builtin(kind: Kind) -> Option<&'static TypeDesc> {
    Some(match kind {
        Kind::Int => &mesh_desc_int,
        Kind::Float => &mesh_desc_float,
        Kind::Bool => &mesh_desc_bool,
        Kind::Unit => &mesh_desc_unit,
        Kind::Pid => &mesh_desc_pid,
        Kind::String => &mesh_desc_string,
        Kind::Atom => &mesh_desc_atom,
        Kind::Range => &mesh_desc_range,
        Kind::Json => &mesh_desc_json,
        _ => return None,
    })
}

/// Interned descriptors: (kind, name, component addresses) to descriptor.
static INTERNED: Mutex<Option<FxHashMap<(u32, &'static str, Vec<usize>), usize>>> = Mutex::new(None);

fn leak<T>(v: Vec<T>) -> *const T {
    if v.is_empty() {
        return null();
    }
    Box::leak(v.into_boxed_slice()).as_ptr()
}

fn cstr(s: &str) -> *const u8 {
    let mut v = s.as_bytes().to_vec();
    v.push(0);
    leak(v)
}

/// Key of an interned descriptor without allocating: kind, the name's
/// address (names are literals) and up to four component addresses
/// (tuples with more components use the slow path's vector key).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct QuickKey(u32, usize, [usize; 4], usize);

thread_local! {
    /// Per-thread front of the interner: no lock, no allocation on a hit.
    static QUICK: std::cell::RefCell<FxHashMap<QuickKey, usize>> = std::cell::RefCell::new(FxHashMap::default());
}

/// A descriptor made once for `(kind, name, params)` and kept for the rest
/// of the process.
fn intern(kind: Kind, name: &'static str, params: &[&'static TypeDesc], make: impl FnOnce() -> TypeDesc) -> &'static TypeDesc {
    let quick = (params.len() <= 4).then(|| {
        let mut ps = [0usize; 4];
        for (i, p) in params.iter().enumerate() {
            ps[i] = *p as *const TypeDesc as usize;
        }
        QuickKey(kind as u32, name.as_ptr() as usize, ps, params.len())
    });
    if let Some(k) = quick {
        if let Some(d) = QUICK.with(|q| q.borrow().get(&k).copied()) {
            // SAFETY: entries are leaked descriptors.
            return unsafe { &*(d as *const TypeDesc) };
        }
    }
    let key = (kind as u32, name, params.iter().map(|p| *p as *const TypeDesc as usize).collect::<Vec<_>>());
    let d = {
        let mut guard = INTERNED.lock().unwrap_or_else(|e| e.into_inner());
        let map = guard.get_or_insert_with(FxHashMap::default);
        match map.get(&key) {
            Some(d) => *d,
            None => {
                let d: &'static TypeDesc = Box::leak(Box::new(make()));
                map.insert(key, d as *const TypeDesc as usize);
                d as *const TypeDesc as usize
            }
        }
    };
    if let Some(k) = quick {
        QUICK.with(|q| q.borrow_mut().insert(k, d));
    }
    // SAFETY: entries are leaked descriptors.
    unsafe { &*(d as *const TypeDesc) }
}

fn composite(kind: Kind, name: &str, params: &[&'static TypeDesc]) -> TypeDesc {
    TypeDesc {
        kind,
        nparams: params.len() as u32,
        params: leak(params.iter().map(|p| *p as *const TypeDesc).collect()),
        name: if name.is_empty() { null() } else { cstr(name) },
        field_names: null(),
        variants: null(),
        nvariants: 0,
        derives: DERIVES_EQ | DERIVES_ORD | DERIVES_DISPLAY | DERIVES_DEBUG | DERIVES_HASH | DERIVES_JSON,
        impls: null(),
        cache: AtomicPtr::new(std::ptr::null_mut()),
        list: AtomicPtr::new(std::ptr::null_mut()),
    }
}

/// The descriptor of `List<elem>` (cached in `elem.list`).
pub fn list_of(elem: &'static TypeDesc) -> &'static TypeDesc {
    let p = elem.list.load(AtomicOrdering::Acquire);
    if !p.is_null() {
        // SAFETY: only descriptors are stored in `list`.
        return unsafe { &*(p as *const TypeDesc) };
    }
    let d = intern(Kind::List, "", &[elem], || composite(Kind::List, "", &[elem]));
    elem.list.store(d as *const TypeDesc as *mut u8, AtomicOrdering::Release);
    d
}

pub fn set_of(elem: &'static TypeDesc) -> &'static TypeDesc {
    intern(Kind::Set, "", &[elem], || composite(Kind::Set, "", &[elem]))
}

pub fn map_of(k: &'static TypeDesc, v: &'static TypeDesc) -> &'static TypeDesc {
    intern(Kind::Map, "", &[k, v], || composite(Kind::Map, "", &[k, v]))
}

pub fn tuple_of(elems: &[&'static TypeDesc]) -> &'static TypeDesc {
    intern(Kind::Tuple, "", elems, || composite(Kind::Tuple, "", elems))
}

pub fn iter_of(elem: &'static TypeDesc) -> &'static TypeDesc {
    intern(Kind::Iter, "", &[elem], || composite(Kind::Iter, "", &[elem]))
}

pub fn queue_of(elem: &'static TypeDesc) -> &'static TypeDesc {
    intern(Kind::Queue, "", &[elem], || composite(Kind::Queue, "", &[elem]))
}

/// A sum type with the given variants (name, field types).
fn sum(name: &'static str, args: &[&'static TypeDesc], variants: Vec<(&str, Vec<&'static TypeDesc>)>) -> &'static TypeDesc {
    intern(Kind::Sum, name, args, || {
        let mut d = composite(Kind::Sum, name, args);
        let vs: Vec<VariantDesc> = variants
            .into_iter()
            .map(|(n, fs)| VariantDesc { name: cstr(n), nfields: fs.len() as u32, _pad: 0, fields: leak(fs.into_iter().map(|f| f as *const TypeDesc).collect()) })
            .collect();
        d.nvariants = vs.len() as u32;
        d.variants = leak(vs);
        d
    })
}

pub fn option_of(t: &'static TypeDesc) -> &'static TypeDesc {
    sum("Option", &[t], vec![("Some", vec![t]), ("None", vec![])])
}

pub fn result_of(t: &'static TypeDesc, e: &'static TypeDesc) -> &'static TypeDesc {
    sum("Result", &[t, e], vec![("Ok", vec![t]), ("Err", vec![e])])
}

pub fn ordering() -> &'static TypeDesc {
    sum("Ordering", &[], vec![("Less", vec![]), ("Equal", vec![]), ("Greater", vec![])])
}

pub const TAG_SOME: u64 = 0;
pub const TAG_NONE: u64 = 1;
pub const TAG_OK: u64 = 0;
pub const TAG_ERR: u64 = 1;
pub const TAG_LESS: u64 = 0;
pub const TAG_EQUAL: u64 = 1;
pub const TAG_GREATER: u64 = 2;

/// A companion descriptor cached in `d.cache` (made on first use).
fn companion(d: &'static TypeDesc, make: impl FnOnce() -> &'static TypeDesc) -> &'static TypeDesc {
    let p = d.cache.load(AtomicOrdering::Acquire);
    if !p.is_null() {
        // SAFETY: only descriptors are stored in `cache`.
        return unsafe { &*(p as *const TypeDesc) };
    }
    let made = make();
    // A race stores the same interned descriptor twice: harmless.
    d.cache.store(made as *const TypeDesc as *mut u8, AtomicOrdering::Release);
    made
}

/// The array descriptor behind lists (and queues) of `list`'s element.
pub fn array_for(list: &'static TypeDesc) -> &'static TypeDesc {
    companion(list, || {
        // SAFETY: list descriptors have one parameter.
        let elem = unsafe { crate::heap::layout::param(list, 0) };
        intern(Kind::Array, "", &[elem], || composite(Kind::Array, "", &[elem]))
    })
}

/// The entry descriptor of a map (key, value) or set (element) type.
pub fn entry_for(map: &'static TypeDesc) -> &'static TypeDesc {
    companion(map, || {
        // SAFETY: map descriptors have two parameters, set descriptors one.
        let params: Vec<&'static TypeDesc> = (0..map.nparams as usize).map(|i| unsafe { crate::heap::layout::param(map, i) }).collect();
        intern(Kind::MapEntry, "", &params, || composite(Kind::MapEntry, "", &params))
    })
}

/// Internal trie nodes of every map and set share one descriptor.
#[no_mangle]
pub static mesh_desc_map_node: TypeDesc = scalar(Kind::MapNode, b"MapNode\0");

/// A descriptor from a word generated code passed as a hidden argument.
///
/// # Safety
/// `d` must be the address of a descriptor.
#[inline]
pub unsafe fn from_word(d: u64) -> &'static TypeDesc {
    &*(d as *const TypeDesc)
}

/// Element descriptor of a list/set/queue/iter descriptor.
#[inline]
pub fn elem(d: &'static TypeDesc) -> &'static TypeDesc {
    // SAFETY: these kinds have at least one parameter.
    unsafe { crate::heap::layout::param(d, 0) }
}

/// Whether two descriptors describe the same type: the same descriptor, or
/// (for composites the runtime interned apart from codegen's statics) the
/// same kind, name and parameters.
pub fn same_type(a: &TypeDesc, b: &TypeDesc) -> bool {
    fn go(a: &TypeDesc, b: &TypeDesc, depth: u32) -> bool {
        if std::ptr::eq(a, b) {
            return true;
        }
        if depth > 32 || a.kind != b.kind || a.nparams != b.nparams || a.nvariants != b.nvariants {
            return false;
        }
        // SAFETY: names are NUL-terminated C strings or null.
        let name = |d: &TypeDesc| if d.name.is_null() { None } else { Some(unsafe { std::ffi::CStr::from_ptr(d.name as *const std::ffi::c_char) }) };
        if name(a) != name(b) {
            return false;
        }
        // SAFETY: `params` holds `nparams` descriptor pointers.
        (0..a.nparams as usize).all(|i| unsafe { go(&**a.params.add(i), &**b.params.add(i), depth + 1) })
    }
    go(a, b, 0)
}

/// A descriptor for a record type the runtime builds itself (a struct of
/// the HTTP module, a runtime-made closure's captures), made once.
pub fn record(kind: Kind, name: &'static str, fields: &[&'static TypeDesc]) -> &'static TypeDesc {
    intern(kind, name, fields, || composite(kind, name, fields))
}

/// The element type of lists of closures the runtime keeps (each closure
/// object's own header describes its captures).
pub fn any_fun() -> &'static TypeDesc {
    record(Kind::Fun, "Fun", &[])
}
