//! Layout: the one place that decides how a Mesh value is represented
//! (docs/ABI.md). Given a monomorphic type it answers: scalar or
//! reference, which runtime kind, which descriptor (emitted once per type
//! as a static), the word index of a struct field, the tag of a variant,
//! the static object of a nullary variant. Every other part of codegen asks
//! here instead of deciding itself.

use crate::build::Builder;
use crate::mir::{DescRef, Static, StaticId};
use mesh_rt::abi::{self, Kind};
use mesh_typeck::defs::DefKind;
use mesh_typeck::ty::{Opaque, Ty, TyCon};
use mesh_typeck::DefId;

/// A descriptor as emitted (see `mesh_rt::abi::TypeDesc`).
#[derive(Clone, Debug)]
pub struct DescData {
    pub kind: Kind,
    pub nparams: u32,
    /// A `Static::DescList`.
    pub params: Option<StaticId>,
    /// A `Static::CStr`.
    pub name: Option<StaticId>,
    /// A `Static::CStrList`.
    pub field_names: Option<StaticId>,
    /// A `Static::Variants`.
    pub variants: Option<StaticId>,
    pub nvariants: u32,
    pub derives: u32,
    /// A `Static::Impls`.
    pub impls: Option<StaticId>,
}

impl DescData {
    fn new(kind: Kind) -> DescData {
        DescData { kind, nparams: 0, params: None, name: None, field_names: None, variants: None, nvariants: 0, derives: 0, impls: None }
    }
}

/// The runtime kind of a (monomorphic, normalised) type.
pub fn kind_of(ty: &Ty) -> Kind {
    match ty {
        Ty::Con(c, _) => match c {
            TyCon::Int => Kind::Int,
            TyCon::Float => Kind::Float,
            TyCon::Bool => Kind::Bool,
            TyCon::Unit | TyCon::Dyn => Kind::Unit,
            TyCon::Pid => Kind::Pid,
            TyCon::String => Kind::String,
            TyCon::Atom => Kind::Atom,
            TyCon::List => Kind::List,
            TyCon::Map => Kind::Map,
            TyCon::Set => Kind::Set,
            TyCon::Queue => Kind::Queue,
            TyCon::Range => Kind::Range,
            TyCon::Iter => Kind::Iter,
            TyCon::Opaque(Opaque::Json) => Kind::Json,
            TyCon::Opaque(_) => Kind::Opaque,
            TyCon::Adt(_) => Kind::Sum, // refined by the builder (structs)
        },
        Ty::Tuple(ts) if ts.is_empty() => Kind::Unit,
        Ty::Tuple(_) => Kind::Tuple,
        Ty::Fun(..) => Kind::Fun,
        Ty::Var(_) | Ty::Param(_) | Ty::Error => Kind::Unit,
    }
}

/// The exported runtime descriptor of a built-in scalar-like type.
fn runtime_desc(kind: Kind) -> Option<&'static str> {
    Some(match kind {
        Kind::Int => "mesh_desc_int",
        Kind::Float => "mesh_desc_float",
        Kind::Bool => "mesh_desc_bool",
        Kind::Unit => "mesh_desc_unit",
        Kind::Pid => "mesh_desc_pid",
        Kind::String => "mesh_desc_string",
        Kind::Atom => "mesh_desc_atom",
        Kind::Range => "mesh_desc_range",
        Kind::Json => "mesh_desc_json",
        _ => return None,
    })
}

impl Builder<'_> {
    /// Replaces what codegen cannot see (unsolved variables, `Dyn`,
    /// aliases) by what it means.
    pub fn normalize(&self, ty: &Ty) -> Ty {
        match ty {
            Ty::Error => {
                // The checker leaves no error type in a program it accepted.
                self.error_types.set(self.error_types.get() + 1);
                Ty::unit()
            }
            Ty::Var(_) | Ty::Param(_) => Ty::unit(),
            Ty::Con(TyCon::Dyn, _) => Ty::unit(),
            Ty::Con(TyCon::Adt(d), args) => {
                let args: Vec<Ty> = args.iter().map(|a| self.normalize(a)).collect();
                if let DefKind::Alias(a) = &self.prog.def(*d).kind {
                    let t = a.ty.subst(&|p| a.params.iter().position(|x| *x == p).map(|i| args[i].clone()));
                    return self.normalize(&t);
                }
                Ty::Con(TyCon::Adt(*d), args)
            }
            Ty::Con(c, args) => Ty::Con(*c, args.iter().map(|a| self.normalize(a)).collect()),
            Ty::Tuple(ts) => Ty::Tuple(ts.iter().map(|a| self.normalize(a)).collect()),
            Ty::Fun(ps, r) => Ty::Fun(ps.iter().map(|a| self.normalize(a)).collect(), Box::new(self.normalize(r))),
        }
    }

    pub fn kind(&self, ty: &Ty) -> Kind {
        match ty {
            Ty::Con(TyCon::Adt(d), _) => match &self.prog.def(*d).kind {
                DefKind::Struct(_) => Kind::Struct,
                _ => Kind::Sum,
            },
            t => kind_of(t),
        }
    }

    pub fn is_ref(&self, ty: &Ty) -> bool {
        self.kind(ty).is_ref()
    }

    /// Field types of a struct type.
    pub fn struct_fields(&self, ty: &Ty) -> Vec<Ty> {
        let Ty::Con(TyCon::Adt(d), args) = ty else { return Vec::new() };
        let DefKind::Struct(s) = &self.prog.def(*d).kind else { return Vec::new() };
        s.fields.iter().map(|f| self.normalize(&f.ty.subst(&|p| s.params.iter().position(|x| *x == p).map(|i| args[i].clone())))).collect()
    }

    /// Payload types of variant `tag` of a sum type.
    pub fn variant_fields(&self, ty: &Ty, tag: u32) -> Vec<Ty> {
        let Ty::Con(TyCon::Adt(d), args) = ty else { return Vec::new() };
        let DefKind::Sum(s) = &self.prog.def(*d).kind else { return Vec::new() };
        let Some(v) = s.variants.get(tag as usize) else { return Vec::new() };
        v.fields.iter().map(|f| self.normalize(&f.subst(&|p| s.params.iter().position(|x| *x == p).map(|i| args[i].clone())))).collect()
    }

    /// Word index of field `i` of a struct object.
    pub fn field_word(i: u32) -> u32 {
        1 + i
    }

    /// Word index of payload field `i` of a variant object.
    pub fn payload_word(i: u32) -> u32 {
        abi::SUM_FIELDS as u32 + i
    }

    /// The descriptor of a type.
    pub fn desc(&mut self, ty: &Ty) -> DescRef {
        let ty = self.normalize(ty);
        if let Some(d) = self.descs.get(&ty) {
            return *d;
        }
        let kind = self.kind(&ty);
        if let Some(sym) = runtime_desc(kind) {
            return DescRef::Rt(sym);
        }
        // Reserve the descriptor first: recursive types refer to themselves.
        let id = self.add_static(Static::Desc(DescData::new(kind)));
        self.descs.insert(ty.clone(), DescRef::Static(id));
        let data = self.desc_data(&ty, kind);
        self.out.statics[id.0 as usize] = Static::Desc(data);
        DescRef::Static(id)
    }

    /// The descriptor of a closure object capturing values of `captures`.
    pub fn closure_desc(&mut self, captures: &[Ty]) -> DescRef {
        let key = Ty::Con(TyCon::Dyn, captures.to_vec());
        if let Some(d) = self.closure_descs.get(&key) {
            return *d;
        }
        let mut data = DescData::new(Kind::Fun);
        data.nparams = captures.len() as u32;
        data.params = self.desc_list(captures);
        let id = self.add_static(Static::Desc(data));
        self.closure_descs.insert(key, DescRef::Static(id));
        DescRef::Static(id)
    }

    fn desc_list(&mut self, tys: &[Ty]) -> Option<StaticId> {
        if tys.is_empty() {
            return None;
        }
        let refs: Vec<DescRef> = tys.iter().map(|t| self.desc(t)).collect();
        Some(self.add_static(Static::DescList(refs)))
    }

    fn cstr(&mut self, s: &str) -> StaticId {
        self.add_static(Static::CStr(s.to_string()))
    }

    fn desc_data(&mut self, ty: &Ty, kind: Kind) -> DescData {
        let mut d = DescData::new(kind);
        d.derives = abi::DERIVES_EQ | abi::DERIVES_ORD | abi::DERIVES_DISPLAY | abi::DERIVES_DEBUG | abi::DERIVES_HASH | abi::DERIVES_JSON;
        match ty {
            Ty::Con(TyCon::Adt(def), args) => {
                let def = *def;
                let name = self.prog.def(def).name.to_string();
                d.name = Some(self.cstr(&name));
                match self.prog.def(def).kind.clone() {
                    DefKind::Struct(s) => {
                        let fields = self.struct_fields(ty);
                        d.nparams = fields.len() as u32;
                        d.params = self.desc_list(&fields);
                        d.field_names = Some(self.add_static(Static::CStrList(s.fields.iter().map(|f| f.name.to_string()).collect())));
                        d.derives = derive_bits(&s.derives);
                    }
                    DefKind::Sum(s) => {
                        d.nparams = args.len() as u32;
                        d.params = self.desc_list(args);
                        let mut vs = Vec::new();
                        for (i, v) in s.variants.iter().enumerate() {
                            let fields = self.variant_fields(ty, i as u32);
                            let name = self.cstr(v.name.as_str());
                            let list = match self.desc_list(&fields) {
                                Some(l) => l,
                                None => self.add_static(Static::DescList(Vec::new())),
                            };
                            vs.push((name, fields.len() as u32, list));
                        }
                        d.nvariants = vs.len() as u32;
                        d.variants = Some(self.add_static(Static::Variants(vs)));
                        d.derives = derive_bits(&s.derives);
                    }
                    _ => {}
                }
                d.impls = self.user_impls(def, ty);
            }
            Ty::Con(TyCon::Opaque(o), _) => {
                d.name = Some(self.cstr(o.name()));
            }
            Ty::Con(_, args) | Ty::Tuple(args) => {
                d.nparams = args.len() as u32;
                d.params = self.desc_list(args);
            }
            Ty::Fun(..) => {}
            _ => {}
        }
        d
    }

    /// The `Impls` table for a user type with hand-written impls of the
    /// interfaces the runtime calls (Display, Debug, Eq, Ord, Hash, Json).
    fn user_impls(&mut self, def: DefId, ty: &Ty) -> Option<StaticId> {
        let names = ["Display", "Debug", "Eq", "Ord", "Hash", "Json"];
        let methods = ["to_string", "inspect", "eq", "compare", "hash", "to_json"];
        let mut slots: [Option<StaticId>; 6] = [None; 6];
        let mut any = false;
        for (i, iface) in names.iter().enumerate() {
            let Some(iface_id) = self.prog.interface(iface) else { continue };
            if let Some(f) = self.impl_method_for(iface_id, methods[i], ty) {
                let _ = def;
                slots[i] = Some(self.static_closure_of(f, 1 + usize::from(i == 2 || i == 3)));
                any = true;
            }
        }
        any.then(|| self.add_static(Static::Impls(slots)))
    }

    /// The static nullary variant object of `tag` of sum type `ty`.
    pub fn nullary_variant(&mut self, ty: &Ty, tag: u32) -> StaticId {
        let ty = self.normalize(ty);
        if let Some(s) = self.nullary.get(&(ty.clone(), tag)) {
            return *s;
        }
        let DescRef::Static(desc) = self.desc(&ty) else { unreachable!("sum types have static descriptors") };
        let id = self.add_static(Static::Variant { desc, tag });
        self.nullary.insert((ty, tag), id);
        id
    }

    /// The static String object of a literal.
    pub fn string_literal(&mut self, s: &str) -> StaticId {
        if let Some(id) = self.strings.get(s) {
            return *id;
        }
        let id = self.add_static(Static::Str(s.to_string()));
        self.strings.insert(s.to_string(), id);
        id
    }

    pub fn atom_literal(&mut self, s: &str) -> StaticId {
        let key = format!(":{s}");
        if let Some(id) = self.strings.get(&key) {
            return *id;
        }
        let id = self.add_static(Static::Atom(s.to_string()));
        self.strings.insert(key, id);
        id
    }

    pub fn add_static(&mut self, s: Static) -> StaticId {
        self.out.statics.push(s);
        StaticId(self.out.statics.len() as u32 - 1)
    }
}

fn derive_bits(d: &mesh_typeck::defs::Derives) -> u32 {
    let mut bits = 0;
    for (on, bit) in [
        (d.eq, abi::DERIVES_EQ),
        (d.ord, abi::DERIVES_ORD),
        (d.display, abi::DERIVES_DISPLAY),
        (d.debug, abi::DERIVES_DEBUG),
        (d.hash, abi::DERIVES_HASH),
        (d.json, abi::DERIVES_JSON),
        (d.row, abi::DERIVES_ROW),
    ] {
        if on {
            bits |= bit;
        }
    }
    bits
}
