//! Static objects as data: string and atom literals, type descriptors
//! (the exact byte layout of `mesh_rt::abi::TypeDesc`), nullary variants,
//! closures of top-level functions, and the tables a descriptor points to.

use super::Emitter;
use crate::mir::{DescRef, Static, StaticId};
use cranelift_module::{DataDescription, DataId, Module};
use mesh_rt::abi;

/// Byte offsets inside a `TypeDesc` (checked against the runtime's struct
/// by a test).
pub const DESC_KIND: usize = 0;
pub const DESC_NPARAMS: usize = 4;
pub const DESC_PARAMS: usize = 8;
pub const DESC_NAME: usize = 16;
pub const DESC_FIELD_NAMES: usize = 24;
pub const DESC_VARIANTS: usize = 32;
pub const DESC_NVARIANTS: usize = 40;
pub const DESC_DERIVES: usize = 44;
pub const DESC_IMPLS: usize = 48;
pub const DESC_SIZE: usize = 72;
pub const VARIANT_SIZE: usize = 24;

struct Bytes<'e, M: Module> {
    em: &'e mut Emitter<M>,
    bytes: Vec<u8>,
    desc: DataDescription,
}

impl<'e, M: Module> Bytes<'e, M> {
    fn new(em: &'e mut Emitter<M>) -> Self {
        Bytes { em, bytes: Vec::new(), desc: DataDescription::new() }
    }

    fn word(&mut self, w: u64) {
        self.bytes.extend_from_slice(&w.to_le_bytes());
    }

    fn u32(&mut self, w: u32) {
        self.bytes.extend_from_slice(&w.to_le_bytes());
    }

    fn data_ptr(&mut self, target: DataId) {
        let gv = self.em.module.declare_data_in_data(target, &mut self.desc);
        self.desc.write_data_addr(self.bytes.len() as u32, gv, 0);
        self.word(0);
    }

    fn static_ptr(&mut self, s: Option<StaticId>) {
        match s {
            Some(s) => {
                let id = self.em.statics[s.0 as usize];
                self.data_ptr(id);
            }
            None => self.word(0),
        }
    }

    fn desc_ptr(&mut self, d: DescRef) {
        match d {
            DescRef::Static(s) => self.static_ptr(Some(s)),
            DescRef::Rt(sym) => {
                let id = self.em.rt_data(sym);
                self.data_ptr(id);
            }
        }
    }

    fn func_ptr(&mut self, f: crate::mir::FuncId) {
        let id = self.em.funcs[f.0 as usize];
        let fr = self.em.module.declare_func_in_data(id, &mut self.desc);
        self.desc.write_function_addr(self.bytes.len() as u32, fr);
        self.word(0);
    }

    fn cstr_ptr(&mut self, s: &str) {
        let id = self.em.cstr(s);
        self.data_ptr(id);
    }

    fn finish(mut self, id: DataId) -> Result<(), String> {
        while self.bytes.len() % 8 != 0 {
            self.bytes.push(0);
        }
        if self.bytes.is_empty() {
            self.word(0);
        }
        self.desc.define(std::mem::take(&mut self.bytes).into_boxed_slice());
        self.desc.set_align(8);
        self.em.module.define_data(id, &self.desc).map_err(|e| format!("data: {e}"))
    }
}

impl<M: Module> Emitter<M> {
    /// Writes the contents of static `s` into its data object.
    pub fn define_static(&mut self, s: &Static, id: DataId) -> Result<(), String> {
        let mut b = Bytes::new(self);
        match s {
            Static::Str(text) | Static::Atom(text) => {
                let d = if matches!(s, Static::Str(_)) { "mesh_desc_string" } else { "mesh_desc_atom" };
                b.desc_ptr(DescRef::Rt(d));
                b.word(text.len() as u64);
                b.bytes.extend_from_slice(text.as_bytes());
            }
            Static::Desc(d) => {
                b.u32(d.kind as u32);
                b.u32(d.nparams);
                b.static_ptr(d.params);
                b.static_ptr(d.name);
                b.static_ptr(d.field_names);
                b.static_ptr(d.variants);
                b.u32(d.nvariants);
                b.u32(d.derives);
                b.static_ptr(d.impls);
                b.word(0); // cache
                b.word(0); // list
                debug_assert_eq!(b.bytes.len(), DESC_SIZE);
            }
            Static::Variant { desc, tag } => {
                b.static_ptr(Some(*desc));
                b.word(*tag as u64);
            }
            Static::Closure { desc, code } => {
                b.static_ptr(Some(*desc));
                b.func_ptr(*code);
            }
            Static::DescList(ds) => {
                for d in ds {
                    b.desc_ptr(*d);
                }
            }
            Static::CStrList(names) => {
                for n in names {
                    b.cstr_ptr(n);
                }
            }
            Static::CStr(text) => {
                b.bytes.extend_from_slice(text.as_bytes());
                b.bytes.push(0);
            }
            Static::Variants(vs) => {
                for (name, nfields, fields) in vs {
                    b.static_ptr(Some(*name));
                    b.u32(*nfields);
                    b.u32(0);
                    b.static_ptr(Some(*fields));
                }
            }
            Static::Impls(slots) => {
                for s in slots {
                    b.static_ptr(*s);
                }
            }
        }
        let _ = abi::HEADER;
        b.finish(id)
    }

    /// Whether a static must be writable (descriptors have the runtime's
    /// `cache` word).
    pub fn writable(s: &Static) -> bool {
        matches!(s, Static::Desc(_))
    }
}
