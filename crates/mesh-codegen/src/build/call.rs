//! Calls and what they call: a definition at type arguments resolves to a
//! [`Callee`] (a Mesh function instance, a runtime entry point with one
//! hidden descriptor argument per type parameter, a variant constructor,
//! or a generic runtime operation through a descriptor); interface
//! methods resolve to the user's impl for the concrete type, or to the
//! runtime's structural implementation.

use super::func::FnLower;
use super::Builder;
use crate::mir::{DescRef, Expr, FuncId, StaticId};
use mesh_parse::Span;
use mesh_typeck::defs::{DefKind, FnOwner, Generated, Special};
use mesh_typeck::tast::*;
use mesh_typeck::ty::{ParamId, Ty, TyCon};
use mesh_typeck::DefId;

/// What a call calls, after monomorphisation.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Callee {
    /// A Mesh function (Tail calling convention).
    Func(FuncId),
    /// A runtime entry point; `descs` are appended after the arguments.
    Runtime { symbol: String, descs: Vec<DescRef> },
    /// A variant constructor of sum type `ty`.
    Variant { ty: Ty, tag: u32 },
    /// A function known at compile time to return these strings (one, or
    /// a list when `list`): the derived schema functions.
    Strings { items: Vec<String>, list: bool },
}

/// The runtime's structural implementation of an interface method.
fn generic_symbol(method: &str) -> Option<&'static str> {
    Some(match method {
        "to_string" => "mesh_rt_display",
        "inspect" => "mesh_rt_inspect",
        "eq" => "mesh_rt_eq",
        "compare" => "mesh_rt_compare",
        "hash" => "mesh_rt_hash",
        "to_json" => "mesh_rt_to_json",
        _ => return None,
    })
}

/// Binds the parameters of `pat` so that it equals `ty`.
pub fn match_ty(pat: &Ty, ty: &Ty, binds: &mut Vec<(ParamId, Ty)>) -> bool {
    match (pat, ty) {
        (Ty::Param(p), t) => match binds.iter().find(|(q, _)| q == p) {
            Some((_, b)) => b == t,
            None => {
                binds.push((*p, t.clone()));
                true
            }
        },
        (Ty::Con(c1, a1), Ty::Con(c2, a2)) => c1 == c2 && a1.len() == a2.len() && a1.iter().zip(a2).all(|(x, y)| match_ty(x, y, binds)),
        (Ty::Tuple(a1), Ty::Tuple(a2)) => a1.len() == a2.len() && a1.iter().zip(a2).all(|(x, y)| match_ty(x, y, binds)),
        (Ty::Fun(p1, r1), Ty::Fun(p2, r2)) => p1.len() == p2.len() && p1.iter().zip(p2).all(|(x, y)| match_ty(x, y, binds)) && match_ty(r1, r2, binds),
        (a, b) => a == b,
    }
}

impl Builder<'_> {
    /// What calling `def` at `args` means.
    pub fn resolve(&mut self, def: DefId, args: &[Ty]) -> Option<Callee> {
        let prog = self.prog;
        match &prog.def(def).kind {
            DefKind::Fn(info) => {
                if let Some(symbol) = &info.symbol {
                    if matches!(info.special, Some(Special::Spawn | Special::NodeSpawn)) {
                        self.problem(format!("`{}` cannot be used as a value (call it)", prog.def(def).name));
                        return None;
                    }
                    let descs = args.iter().map(|a| self.desc(a)).collect();
                    return Some(Callee::Runtime { symbol: symbol.clone(), descs });
                }
                match (&info.owner, &info.generated) {
                    (FnOwner::Interface(iface), _) => self.interface_method(def, *iface, args),
                    (_, Some(Generated::Derived { ty, what })) => {
                        if let Some((items, list)) = super::schema::schema_value(prog, *ty, what.as_str()) {
                            return Some(Callee::Strings { items, list });
                        }
                        let t = Ty::Con(TyCon::Adt(*ty), args.to_vec());
                        let d = self.desc(&t);
                        Some(Callee::Runtime { symbol: format!("mesh_rt_derived_{}", what.as_str().trim_matches('_')), descs: vec![d] })
                    }
                    (_, Some(Generated::ServiceStart { service })) => Some(Callee::Func(self.service_fn(*service, super::service::Part::Start))),
                    (_, Some(Generated::ServiceClient { service, index })) => Some(Callee::Func(self.service_fn(*service, super::service::Part::Client(*index)))),
                    _ => Some(Callee::Func(self.instance(def, args.to_vec()))),
                }
            }
            DefKind::Actor(_) => Some(Callee::Func(self.instance(def, args.to_vec()))),
            DefKind::Supervisor => Some(Callee::Func(self.service_fn(def, super::service::Part::Start))),
            DefKind::Service(_) => {
                self.problem(format!("`{}` is a service, not a value: call `{}.start(...)`", prog.def(def).name, prog.def(def).name));
                None
            }
            _ => None,
        }
    }

    /// An interface method at `args` (`args[0]` is `Self`).
    fn interface_method(&mut self, method: DefId, iface: DefId, args: &[Ty]) -> Option<Callee> {
        let name = self.prog.def(method).name;
        let self_ty = args.first().cloned().unwrap_or_else(Ty::unit);
        if let Some(f) = self.impl_method_for(iface, name.as_str(), &self_ty) {
            return Some(Callee::Func(f));
        }
        // A default method of the interface.
        if self.prog.functions.contains_key(&method) {
            return Some(Callee::Func(self.instance(method, args.to_vec())));
        }
        match generic_symbol(name.as_str()) {
            Some(sym) => {
                let d = self.desc(&self_ty);
                Some(Callee::Runtime { symbol: sym.to_string(), descs: vec![d] })
            }
            None => {
                self.problem(format!("no implementation of `{name}` for `{}`", mesh_typeck::display::show(self.prog, &self_ty, None)));
                None
            }
        }
    }

    /// The user's impl of `iface` for `ty` and its method `name`, if any.
    pub fn impl_method_for(&mut self, iface: DefId, name: &str, ty: &Ty) -> Option<FuncId> {
        let impls = self.prog.impls.get(&iface)?.clone();
        for imp in impls {
            let DefKind::Impl(info) = &self.prog.def(imp).kind else { continue };
            let mut binds = Vec::new();
            if !match_ty(&info.for_ty, ty, &mut binds) {
                continue;
            }
            let m = info.methods.iter().find(|(n, _)| n.as_str() == name).map(|(_, d)| *d)?;
            return Some(self.impl_method_instance(m, &binds));
        }
        None
    }

    /// An impl method at the impl's parameters `binds` (its own extra
    /// parameters, if any, are left to their defaults).
    pub fn impl_method_instance(&mut self, method: DefId, binds: &[(ParamId, Ty)]) -> FuncId {
        let params = self.prog.fn_info(method).and_then(|f| f.scheme.as_ref()).map(|s| s.params.clone()).unwrap_or_default();
        let args: Vec<Ty> = params.iter().map(|p| binds.iter().find(|(q, _)| q == p).map(|(_, t)| t.clone()).unwrap_or_else(Ty::unit)).collect();
        self.instance(method, args)
    }

    /// Calls `callee` with `args` (the hidden `ctx` is implicit).
    pub fn call_callee(&mut self, callee: &Callee, mut args: Vec<Expr>, tail: bool, site: Option<StaticId>) -> Expr {
        match callee {
            Callee::Func(f) => Expr::Call { func: *f, args, tail },
            Callee::Runtime { symbol, descs } => {
                args.extend(descs.iter().map(|d| match d {
                    DescRef::Static(s) => Expr::Static(*s),
                    DescRef::Rt(sym) => Expr::RtData(sym),
                }));
                Expr::CallRt { symbol: symbol.clone(), args, site }
            }
            Callee::Strings { items, list } => {
                if !list {
                    return Expr::Static(self.string_literal(items.first().map(String::as_str).unwrap_or("")));
                }
                let mut out = Expr::rt("mesh_rt_lb_new", vec![Expr::RtData("mesh_desc_string"), Expr::Word(items.len() as i64)]);
                for it in items {
                    let s = Expr::Static(self.string_literal(it));
                    out = Expr::rt("mesh_rt_lb_push", vec![out, s]);
                }
                Expr::rt("mesh_rt_lb_finish", vec![out])
            }
            Callee::Variant { ty, tag } => {
                if args.is_empty() {
                    return Expr::Static(self.nullary_variant(ty, *tag));
                }
                let desc = match self.desc(ty) {
                    DescRef::Static(s) => Expr::Static(s),
                    DescRef::Rt(sym) => Expr::RtData(sym),
                };
                let mut words = vec![Expr::Word(*tag as i64)];
                words.extend(args);
                Expr::Alloc { desc: Box::new(desc), words }
            }
        }
    }
}

impl<'b, 'p> FnLower<'b, 'p> {
    /// Type arguments of a use of `def`. A recursive use inside its own
    /// group has none (the checker types it monomorphically): it is at the
    /// scheme's own parameters, as bound in this instance.
    pub fn def_args(&self, def: DefId, targs: &[Ty]) -> Vec<Ty> {
        if targs.is_empty() {
            if let Some(s) = self.b.prog.fn_info(def).and_then(|f| f.scheme.as_ref()) {
                return s.params.iter().map(|p| self.ty(&Ty::Param(*p))).collect();
            }
            if let DefKind::Actor(a) = &self.b.prog.def(def).kind {
                if let Some(s) = a.scheme() {
                    return s.params.iter().map(|p| self.ty(&Ty::Param(*p))).collect();
                }
            }
        }
        targs.iter().map(|a| self.ty(a)).collect()
    }

    /// A definition used as a value: a static closure.
    pub fn def_value(&mut self, def: DefId, args: &[Ty], ty: &Ty, span: Span) -> Expr {
        let arity = match ty {
            Ty::Fun(ps, _) => ps.len(),
            _ => 0,
        };
        let _ = span;
        match self.b.resolve(def, args) {
            Some(c) => Expr::Static(self.b.static_closure(c, arity)),
            None => Expr::unit(),
        }
    }

    /// A variant used as a value: the nullary object, or its constructor.
    pub fn variant_value(&mut self, sum: DefId, index: u32, args: &[Ty]) -> Expr {
        let ty = Ty::Con(TyCon::Adt(sum), args.to_vec());
        let n = self.b.variant_fields(&ty, index).len();
        if n == 0 {
            return Expr::Static(self.b.nullary_variant(&ty, index));
        }
        Expr::Static(self.b.static_closure(Callee::Variant { ty: self.b.normalize(&ty), tag: index }, n))
    }

    /// The `From` conversion `?` applies to an error.
    pub fn convert_fn(&mut self, from_method: DefId, target: &Ty, span: Span) -> Callee {
        let owner = self.b.prog.fn_info(from_method).map(|f| f.owner);
        let mut binds = Vec::new();
        if let Some(FnOwner::Impl(imp)) = owner {
            if let DefKind::Impl(info) = &self.b.prog.def(imp).kind {
                match_ty(&info.for_ty, target, &mut binds);
            }
        }
        let _ = span;
        Callee::Func(self.b.impl_method_instance(from_method, &binds))
    }

    pub fn call(&mut self, callee: &'p TExpr, args: &'p [TExpr], e: &'p TExpr, tail: bool) -> Expr {
        match &callee.kind {
            TExprKind::Def { def, args: targs } => {
                let targs = self.def_args(*def, targs);
                if let Some(x) = self.special_call(*def, args, e) {
                    return x;
                }
                let mut lowered: Vec<Expr> = args.iter().map(|a| self.expr(a, false)).collect();
                let site = Some(self.site(e.span));
                if self.b.prog.fn_info(*def).and_then(|f| f.symbol.as_deref()) == Some("mesh_process_monitor") {
                    lowered.extend(self.monitor_target(e.span));
                    return Expr::CallRt { symbol: "mesh_process_monitor".into(), args: lowered, site };
                }
                match self.b.resolve(*def, &targs) {
                    Some(Callee::Runtime { symbol, descs }) => match self.intrinsic(&symbol, lowered, &descs, site) {
                        Ok(x) => x,
                        Err(lowered) => self.b.call_callee(&Callee::Runtime { symbol, descs }, lowered, tail, site),
                    },
                    Some(c) => self.b.call_callee(&c, lowered, tail, site),
                    None => Expr::unit(),
                }
            }
            TExprKind::Variant { sum, index, args: targs } => {
                let ty = self.ty(&Ty::Con(TyCon::Adt(*sum), targs.clone()));
                let lowered = args.iter().map(|a| self.expr(a, false)).collect();
                self.alloc_variant(&ty, *index, lowered)
            }
            _ => {
                let f = self.expr(callee, false);
                let lowered = args.iter().map(|a| self.expr(a, false)).collect();
                Expr::CallClosure { closure: Box::new(f), args: lowered, tail }
            }
        }
    }

    /// Standard-library functions compiled inline (the runtime entry point
    /// stays the slow path where one is needed); gives the arguments back
    /// when `symbol` is not one of them.
    fn intrinsic(&mut self, symbol: &str, mut args: Vec<Expr>, descs: &[DescRef], site: Option<StaticId>) -> Result<Expr, Vec<Expr>> {
        use crate::mir::{Cmp, Prim};
        use mesh_rt::abi;
        let one = |p: Prim, mut args: Vec<Expr>| Expr::prim(p, vec![args.remove(0)]);
        Ok(match (symbol, args.len()) {
            ("mesh_list_length", 1) => Expr::load(args.remove(0), abi::LIST_LEN as u32),
            ("mesh_list_get" | "mesh_list_nth", 2) => {
                // In bounds (unsigned compare): load; else the runtime
                // reports the bad index.
                let (l, i) = (self.fresh(), self.fresh());
                let idx = args.pop().expect("two arguments");
                let list = args.pop().expect("two arguments");
                let len = Expr::load(Expr::Var(l), abi::LIST_LEN as u32);
                let ok = Expr::prim(Prim::ICmp(Cmp::ULt), vec![Expr::Var(i), len]);
                let get = Expr::Index {
                    base: Box::new(Expr::load(Expr::Var(l), abi::LIST_ARRAY as u32)),
                    index: Box::new(Expr::prim(Prim::IAdd, vec![Expr::Var(i), Expr::load(Expr::Var(l), abi::LIST_START as u32)])),
                    offset: abi::ARRAY_ELEMS as u32,
                };
                let mut slow_args = vec![Expr::Var(l), Expr::Var(i)];
                slow_args.extend(descs.iter().map(|d| match d {
                    DescRef::Static(s) => Expr::Static(*s),
                    DescRef::Rt(sym) => Expr::RtData(sym),
                }));
                let slow = Expr::CallRt { symbol: symbol.to_string(), args: slow_args, site };
                Expr::let_(l, list, Expr::let_(i, idx, Expr::if_(ok, get, slow)))
            }
            ("mesh_math_sqrt", 1) => one(Prim::FSqrt, args),
            ("mesh_int_to_float" | "mesh_float_from", 1) => one(Prim::IToF, args),
            ("mesh_float_to_int", 1) => one(Prim::FToI, args),
            _ => return Err(args),
        })
    }

    /// Standard-library functions typed by a rule: lowered inline.
    fn special_call(&mut self, def: DefId, args: &'p [TExpr], e: &'p TExpr) -> Option<Expr> {
        let info = self.b.prog.fn_info(def)?;
        let name = self.b.prog.def(def).name;
        match info.special? {
            Special::Tuple => {
                let t = self.expr(args.first()?, false);
                let n = match self.ty(&args[0].ty) {
                    Ty::Tuple(ts) => ts.len(),
                    _ => 0,
                };
                Some(match name.as_str() {
                    "first" => Expr::load(t, 1),
                    "second" => Expr::load(t, 2),
                    "size" => crate::build::func::seq(vec![t, Expr::Word(n as i64)]),
                    _ => {
                        let i = self.expr(args.get(1)?, false);
                        Expr::rt("mesh_rt_tuple_nth", vec![t, i, Expr::Word(n as i64)])
                    }
                })
            }
            Special::Spawn => Some(self.spawn(args, e.span, false)),
            Special::NodeSpawn => {
                // One node: the node name is evaluated, the spawn is local.
                let node = self.expr(args.first()?, false);
                let link = name.as_str() == "spawn_link";
                Some(crate::build::func::seq(vec![node, self.spawn(&args[1..], e.span, link)]))
            }
            Special::IterFrom => {
                let x = self.expr(args.first()?, false);
                let elem = match self.ty(&e.ty) {
                    Ty::Con(TyCon::Iter, a) => a.first().cloned().unwrap_or_else(Ty::unit),
                    _ => Ty::unit(),
                };
                let d = self.desc_expr(&elem);
                let site = Some(self.site(e.span));
                Some(Expr::CallRt { symbol: "mesh_iter_from".into(), args: vec![x, d], site })
            }
            _ => None,
        }
    }
}
