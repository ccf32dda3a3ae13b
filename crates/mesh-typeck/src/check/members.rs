//! What `A.B` and `v.m` mean: a module's function, a type's member
//! (derived functions, service clients, `From`), a variant, a struct field,
//! or a method (field holding a function, then an interface method, then a
//! function of the receiver type's standard module: LANGUAGE.md 3.5).

use super::cx::FnCx;
use super::expr::{error_expr, texpr};
use crate::codes;
use crate::defs::{DefId, DefKind, ModuleId, ModuleKind};
use crate::tast::*;
use crate::ty::{Ty, TyCon};
use mesh_parse::ast::{Expr, ExprKind, Ident, Path};
use mesh_parse::{Name, Span};

/// What a dotted prefix names.
#[derive(Clone, Copy, Debug)]
pub enum Prefix {
    Module(ModuleId),
    /// A struct, sum type, service, supervisor or interface.
    Type(DefId),
}

/// A resolved callee reached through a dot.
pub enum Member {
    /// A value to call normally (a function reference).
    Value(TExpr),
    /// A variant constructor.
    Variant(DefId, u32),
    /// A method: call `def`-valued `callee` with the receiver first.
    Method { callee: TExpr, receiver: TExpr },
}

impl FnCx<'_, '_> {
    /// Resolves the segments of an uppercase path prefix (`Geometry`,
    /// `Math.Vector`, `Shape`).
    pub fn resolve_prefix(&mut self, segs: &[Ident], report: bool) -> Option<Prefix> {
        let first = segs[0].name;
        let mut cur = if let Some(m) = self.ck.prog.module(self.module).module_aliases.get(&first) {
            Prefix::Module(*m)
        } else if let Some(t) = self.ck.prog.lookup_type(self.module, first) {
            Prefix::Type(t)
        } else if let Some(m) = self.ck.prog.lookup_module_prefix(self.module, first) {
            Prefix::Module(m)
        } else {
            // A full module path (`Math.Vector.dot` without an alias).
            let names: Vec<Name> = segs.iter().map(|s| s.name).collect();
            if let Some((n, m)) = (1..=names.len()).rev().find_map(|n| self.ck.prog.find_module(&names[..n]).map(|m| (n, m))) {
                let mut cur = Prefix::Module(m);
                for s in &segs[n..] {
                    cur = self.step_prefix(cur, s, report)?;
                }
                return Some(cur);
            }
            if report {
                let mut names = self.ck.prog.visible_type_names(self.module);
                names.extend(self.ck.prog.module(self.module).module_aliases.keys().copied());
                names.extend(self.ck.prog.stdlib_paths.keys().filter(|k| k.len() == 1).map(|k| k[0]));
                let hint = match crate::resolve::suggest(&first, names).as_slice() {
                    [] => format!("import the module with `import {first}`, or check the name"),
                    s => format!("did you mean {}?", s.iter().map(|x| format!("`{x}`")).collect::<Vec<_>>().join(", ")),
                };
                self.error(codes::NOT_FOUND, segs[0].span, format!("module or type `{first}` not found"), "unknown name", hint);
            }
            return None;
        };
        for s in &segs[1..] {
            cur = self.step_prefix(cur, s, report)?;
        }
        Some(cur)
    }

    fn step_prefix(&mut self, cur: Prefix, seg: &Ident, report: bool) -> Option<Prefix> {
        match cur {
            Prefix::Module(m) => match self.ck.prog.module(m).types.get(&seg.name).copied() {
                Some(t) => {
                    self.check_visible(t, m, seg.span);
                    Some(Prefix::Type(t))
                }
                None => {
                    if report {
                        let dotted = self.ck.prog.module(m).dotted();
                        self.error(codes::NOT_FOUND, seg.span, format!("`{}` not found in module `{dotted}`", seg.name), "unknown name", "check the name and that it is `pub`");
                    }
                    None
                }
            },
            Prefix::Type(_) => {
                if report {
                    self.error(codes::NOT_FOUND, seg.span, format!("`{}` not found", seg.name), "unknown name", "types have no nested types");
                }
                None
            }
        }
    }

    /// A private definition of another user module used here.
    pub fn check_visible(&mut self, def: DefId, owner: ModuleId, span: Span) {
        if owner == self.module || self.ck.prog.module(owner).kind != ModuleKind::User || self.ck.prog.def(def).is_pub {
            return;
        }
        let name = self.ck.prog.def(def).name;
        let dotted = self.ck.prog.module(owner).dotted();
        let (file, def_span) = self.ck.def_span(def);
        self.ck.diags.push(
            mesh_parse::Diagnostic::error(codes::PRIVATE, format!("`{dotted}.{name}` is private"))
                .primary(self.file, span, "private item")
                .secondary(file, def_span, "defined here without `pub`")
                .hint(format!("mark it `pub` in module `{dotted}` to use it here")),
        );
    }

    /// An uppercase path used as a value: a variant (a value if nullary, a
    /// constructor function otherwise), or a supervisor.
    pub fn path_value(&mut self, path: &Path, span: Span) -> TExpr {
        match self.resolve_path_variant(path) {
            Some(Ok((sum, index))) => self.variant_value(sum, index, span),
            Some(Err(def)) => self.def_value(def, span),
            None => error_expr(span),
        }
    }

    /// `Some`, `Shape.Circle`, `Geometry.Shape.Circle` to a variant; a
    /// supervisor (or other definition) name to `Err(def)`.
    pub fn resolve_path_variant(&mut self, path: &Path) -> Option<Result<(DefId, u32), DefId>> {
        let segs = &path.segments;
        let last = segs.last().expect("non-empty path");
        if segs.len() == 1 {
            if let Some(v) = self.ck.prog.lookup_variant(self.module, last.name) {
                return Some(Ok(v));
            }
            if let Some(t) = self.ck.prog.lookup_type(self.module, last.name) {
                return Some(Err(t));
            }
            let mut names: Vec<Name> = self.ck.prog.module(self.module).variants.keys().copied().collect();
            if let Some(p) = self.ck.prog.known.prelude {
                names.extend(self.ck.prog.module(p).variants.keys().copied());
            }
            let hint = match crate::resolve::suggest(&last.name, names).as_slice() {
                [] => "declare it in a sum type (`type T do ... end`), or import the module that does".to_string(),
                s => format!("did you mean {}?", s.iter().map(|x| format!("`{x}`")).collect::<Vec<_>>().join(", ")),
            };
            self.error(codes::NOT_FOUND, last.span, format!("constructor `{}` not found", last.name), "unknown constructor", hint);
            return None;
        }
        match self.resolve_prefix(&segs[..segs.len() - 1], true)? {
            Prefix::Type(t) => match &self.ck.prog.def(t).kind {
                DefKind::Sum(s) => match s.variants.iter().position(|v| v.name == last.name) {
                    Some(i) => Some(Ok((t, i as u32))),
                    None => {
                        let tn = self.ck.prog.qualified_name(t, Some(self.module));
                        self.error(codes::NOT_FOUND, last.span, format!("`{tn}` has no variant `{}`", last.name), "unknown variant", format!("the variants of `{tn}` are: {}", s.variants.iter().map(|v| v.name.to_string()).collect::<Vec<_>>().join(", ")));
                        None
                    }
                },
                _ => {
                    let tn = self.ck.prog.qualified_name(t, Some(self.module));
                    self.error(codes::NOT_FOUND, last.span, format!("`{tn}.{}` not found", last.name), "not a sum type", "only sum types have variants");
                    None
                }
            },
            Prefix::Module(m) => {
                if let Some(t) = self.ck.prog.module(m).types.get(&last.name).copied() {
                    self.check_visible(t, m, last.span);
                    return Some(Err(t));
                }
                let found = self.ck.prog.module(m).variants.get(&last.name).and_then(|v| v.first().copied());
                match found {
                    Some(v) => Some(Ok(v)),
                    None => {
                        let dotted = self.ck.prog.module(m).dotted();
                        self.error(codes::NOT_FOUND, last.span, format!("`{}` not found in module `{dotted}`", last.name), "unknown name", "check the name and that it is `pub`");
                        None
                    }
                }
            }
        }
    }

    /// `Name` as a variant of the sum type `expected` (when it is one and
    /// has it): how same-named variants of different types are told apart.
    pub fn variant_of_expected(&mut self, path: &Path, expected: &Ty) -> Option<(DefId, u32)> {
        if path.segments.len() != 1 {
            return None;
        }
        let Ty::Con(TyCon::Adt(d), _) = self.infer.shallow(expected) else { return None };
        let DefKind::Sum(s) = &self.ck.prog.def(d).kind else { return None };
        let name = path.segments[0].name;
        s.variants.iter().position(|v| v.name == name).map(|i| (d, i as u32))
    }

    /// The type of a variant instantiated with fresh type arguments: a
    /// value if nullary, a constructor function otherwise.
    pub fn variant_value(&mut self, sum: DefId, index: u32, span: Span) -> TExpr {
        let DefKind::Sum(s) = &self.ck.prog.def(sum).kind else { return error_expr(span) };
        let s = s.clone();
        let args: Vec<Ty> = s.params.iter().map(|_| self.fresh()).collect();
        let sub = |p| s.params.iter().position(|x| *x == p).map(|i| args[i].clone());
        let v = &s.variants[index as usize];
        let result = Ty::Con(TyCon::Adt(sum), args.clone());
        let ty = if v.fields.is_empty() { result } else { Ty::Fun(v.fields.iter().map(|f| f.subst(&sub)).collect(), Box::new(result)) };
        texpr(TExprKind::Variant { sum, index, args }, ty, span)
    }

    /// `base.name` not in callee position: a module's function or constant,
    /// a type's member, or a struct field.
    pub fn field_value(&mut self, base: &Expr, name: Ident, span: Span) -> TExpr {
        let is_prefix = matches!(&base.kind, ExprKind::Path(p) if self.resolve_prefix(&p.segments, false).is_some());
        if let (ExprKind::Path(path), true) = (&base.kind, is_prefix) {
            return match self.member_of_path(path, name, span) {
                Some(Member::Value(v)) => self.read_constant(v),
                Some(Member::Variant(s, i)) => self.variant_value(s, i, span),
                Some(Member::Method { .. }) | None => error_expr(span),
            };
        }
        let b = self.expr(base, None);
        self.struct_field(b, name, span)
    }

    /// `Math.pi`: a `## constant` function read without `()` is called.
    fn read_constant(&mut self, v: TExpr) -> TExpr {
        if let TExprKind::Def { def, .. } = &v.kind {
            let constant = self.ck.prog.fn_info(*def).is_some_and(|f| f.arity == 0 && f.symbol.is_some()) && is_constant(self, *def);
            if constant {
                let ret = match &v.ty {
                    Ty::Fun(_, r) => (**r).clone(),
                    t => t.clone(),
                };
                let span = v.span;
                return texpr(TExprKind::Call { callee: Box::new(v), args: Vec::new() }, ret, span);
            }
        }
        v
    }

    /// `Path.name`: a module's value or a type's member.
    pub fn member_of_path(&mut self, path: &Path, name: Ident, span: Span) -> Option<Member> {
        let prefix = self.resolve_prefix(&path.segments, true)?;
        match prefix {
            Prefix::Module(m) => {
                let def = self.ck.prog.module(m).values.get(&name.name).copied();
                // `import Store.Stock` then `Stock.start()`: a module named
                // after the service (or type) it defines reaches its members.
                let namesake = path.last().name;
                let via_type = self.ck.prog.module(m).types.get(&namesake).and_then(|t| self.ck.prog.type_members.get(&(*t, name.name))).copied();
                // A user module named like a standard one (`math.mpl`): its
                // own functions first, the standard module's second.
                let from_std = if def.is_none() && self.ck.prog.module(m).kind == ModuleKind::User && self.ck.prog.module(m).path.len() == 1 {
                    let std = self.ck.prog.stdlib_paths.get(&self.ck.prog.module(m).path).copied();
                    std.and_then(|s| self.ck.prog.module(s).values.get(&name.name).copied())
                } else {
                    None
                };
                match (def.or(from_std), via_type) {
                    (Some(d), _) | (None, Some(d)) => {
                        self.check_visible(d, m, name.span);
                        Some(Member::Value(self.def_value(d, span)))
                    }
                    (None, None) => {
                        let dotted = self.ck.prog.module(m).dotted();
                        let names: Vec<Name> = self.ck.prog.module(m).values.keys().copied().collect();
                        let hint = match crate::resolve::suggest(&name.name, names).as_slice() {
                            [] => format!("check what module `{dotted}` defines"),
                            s => format!("did you mean {}?", s.iter().map(|x| format!("`{dotted}.{x}`")).collect::<Vec<_>>().join(", ")),
                        };
                        self.error(codes::NOT_FOUND, name.span, format!("`{dotted}.{}` not found", name.name), "unknown function", hint);
                        None
                    }
                }
            }
            Prefix::Type(t) => {
                if let Some(d) = self.ck.prog.type_members.get(&(t, name.name)).copied() {
                    self.check_visible(t, self.ck.prog.def(t).module, name.span);
                    return Some(Member::Value(self.def_value(d, span)));
                }
                // A stdlib module of the same name (`String.from` when a
                // user type named String does not define `from`).
                let tn = self.ck.prog.def(t).name;
                if let Some(m) = self.ck.prog.lookup_module_prefix(self.module, tn) {
                    if let Some(d) = self.ck.prog.module(m).values.get(&name.name).copied() {
                        return Some(Member::Value(self.def_value(d, span)));
                    }
                }
                let qn = self.ck.prog.qualified_name(t, Some(self.module));
                let hint = match &self.ck.prog.def(t).kind {
                    DefKind::Struct(_) | DefKind::Sum(_) => "derived functions exist only for listed interfaces: `deriving(Json)` gives `from_json`, `deriving(Row)` gives `from_row`, `deriving(Schema)` gives `__table__` ...".to_string(),
                    DefKind::Service(_) => "a service has `start` and one function per handler, in snake_case".to_string(),
                    _ => "check the name".to_string(),
                };
                self.error(codes::NOT_FOUND, name.span, format!("`{qn}.{}` not found", name.name), "unknown member", hint);
                None
            }
        }
    }

    /// `value.name` on a struct.
    pub fn struct_field(&mut self, b: TExpr, name: Ident, span: Span) -> TExpr {
        let ty = self.infer.shallow(&b.ty);
        match &ty {
            Ty::Con(TyCon::Adt(d), args) => {
                if let DefKind::Struct(s) = &self.ck.prog.def(*d).kind {
                    if let Some(i) = s.fields.iter().position(|f| f.name == name.name) {
                        let params = s.params.clone();
                        let fty = s.fields[i].ty.subst(&|p| params.iter().position(|x| *x == p).map(|k| args[k].clone()));
                        return texpr(TExprKind::Field { base: Box::new(b), index: i as u32 }, fty, span);
                    }
                    let fields: Vec<Name> = s.fields.iter().map(|f| f.name).collect();
                    let tn = self.ck.prog.qualified_name(*d, Some(self.module));
                    let hint = match crate::resolve::suggest(&name.name, fields.clone()).as_slice() {
                        [] => format!("the fields of `{tn}` are: {}", fields.iter().map(|f| f.to_string()).collect::<Vec<_>>().join(", ")),
                        s => format!("did you mean {}?", s.iter().map(|x| format!("`{x}`")).collect::<Vec<_>>().join(", ")),
                    };
                    self.error(codes::NOT_FOUND, name.span, format!("`{tn}` has no field `{}`", name.name), "unknown field", hint);
                    return error_expr(span);
                }
                let shown = self.show(&ty);
                self.error(codes::NOT_A_STRUCT, name.span, format!("`{shown}` has no fields"), format!("`{shown}` is not a struct"), "fields belong to structs");
                error_expr(span)
            }
            Ty::Error => error_expr(span),
            Ty::Var(_) => {
                self.error(
                    codes::NOT_A_STRUCT,
                    b.span,
                    format!("cannot access field `{}` of a value whose type is not known yet", name.name),
                    "type not known here",
                    "annotate the parameter or binding with its struct type (`p :: Point`)",
                );
                error_expr(span)
            }
            other => {
                let shown = self.show(other);
                self.error(codes::NOT_A_STRUCT, name.span, format!("`{shown}` has no field `{}`", name.name), format!("`{shown}` is not a struct"), "fields belong to structs; for a function of the type's module write `Module.f(value)`");
                error_expr(span)
            }
        }
    }

    /// `recv.m(...)`: a struct field holding a function, an interface
    /// method the receiver's type implements, or a function of the
    /// receiver type's standard module.
    pub fn method(&mut self, recv: TExpr, name: Ident, span: Span) -> Option<Member> {
        let ty = self.infer.shallow(&recv.ty);
        if let Ty::Con(TyCon::Adt(d), _) = &ty {
            if let DefKind::Struct(s) = &self.ck.prog.def(*d).kind {
                if s.fields.iter().any(|f| f.name == name.name) {
                    return Some(Member::Value(self.struct_field(recv, name, span)));
                }
            }
        }
        if matches!(ty, Ty::Error) {
            return None;
        }
        if let Some(callee) = self.interface_method(&ty, name, span) {
            return Some(Member::Method { callee, receiver: recv });
        }
        let module_name = match &ty {
            Ty::Con(TyCon::String, _) => Some("String"),
            Ty::Con(TyCon::List, _) => Some("List"),
            Ty::Con(TyCon::Map, _) => Some("Map"),
            Ty::Con(TyCon::Set, _) => Some("Set"),
            Ty::Con(TyCon::Range, _) => Some("Range"),
            Ty::Con(TyCon::Queue, _) => Some("Queue"),
            Ty::Con(TyCon::Iter, _) => Some("Iter"),
            Ty::Con(TyCon::Int, _) => Some("Int"),
            Ty::Con(TyCon::Float, _) => Some("Float"),
            Ty::Con(TyCon::Opaque(o), _) => Some(match o {
                crate::ty::Opaque::Request => "Request",
                crate::ty::Opaque::Query => "Query",
                crate::ty::Opaque::Changeset => "Changeset",
                _ => "",
            }),
            _ => None,
        };
        if let Some(m) = module_name.and_then(|n| self.ck.prog.stdlib_paths.get(&[Name::new(n)][..]).copied()) {
            if let Some(d) = self.ck.prog.module(m).values.get(&name.name).copied() {
                let callee = self.def_value(d, name.span);
                return Some(Member::Method { callee, receiver: recv });
            }
        }
        if let Ty::Var(_) = ty {
            self.error(codes::CANNOT_INFER, recv.span, format!("cannot find method `{}` on a value whose type is not known yet", name.name), "type not known here", "annotate the parameter or binding with its type");
            return None;
        }
        let shown = self.show(&ty);
        // A method of a known interface the type does not implement.
        let owners: Vec<Name> = self.ck.prog.methods_by_name.get(&name.name).into_iter().flatten().map(|i| self.ck.prog.def(*i).name).collect();
        if let [iface] = owners.as_slice() {
            let derivable = matches!(iface.as_str(), "Display" | "Debug" | "Eq" | "Ord" | "Hash" | "Json");
            let hint = if matches!(ty, Ty::Param(_)) {
                format!("add a bound: `<{shown}: {iface}>` or `where {shown}: {iface}`")
            } else if derivable {
                format!("add `deriving({iface})` to the type, or write `impl {iface} for {shown}`")
            } else {
                format!("write `impl {iface} for {shown}`")
            };
            self.error(codes::MISSING_IMPL, name.span, format!("`{shown}` does not implement `{iface}`, so it has no method `{}`", name.name), format!("`{}` comes from `{iface}`", name.name), hint);
            return None;
        }
        let hint = match module_name {
            Some(m) if !m.is_empty() => format!("`{m}` has no function `{}`; interface methods need an `impl` for `{shown}`", name.name),
            _ => format!("implement an interface with `{}` for `{shown}`, or call a function: `f(value)`", name.name),
        };
        self.error(codes::NOT_FOUND, name.span, format!("no method `{}` on `{shown}`", name.name), "method not found", hint);
        None
    }

    /// An interface method `name` that `ty` implements: the impl's own
    /// method when `ty` is a concrete user type with an `impl`, otherwise
    /// the interface's (resolved per type when code is generated).
    fn interface_method(&mut self, ty: &Ty, name: Ident, span: Span) -> Option<TExpr> {
        let candidates = self.ck.prog.methods_by_name.get(&name.name).cloned().unwrap_or_default();
        for iface in candidates {
            if let Some(impl_def) = self.find_impl(ty, iface) {
                let m = match &self.ck.prog.def(impl_def).kind {
                    DefKind::Impl(i) => i.methods.iter().find(|(n, _)| *n == name.name).map(|(_, d)| *d),
                    _ => None,
                };
                if let Some(m) = m {
                    return Some(self.impl_method_value(impl_def, m, ty, span));
                }
            }
            if self.implements_now(ty, iface) {
                let DefKind::Interface(info) = &self.ck.prog.def(iface).kind else { continue };
                let method = info.methods.iter().find(|(n, _)| *n == name.name).map(|(_, d)| *d)?;
                return Some(self.def_value(method, span));
            }
        }
        None
    }

    /// An impl's method instantiated for `ty` (impl generics fresh, then
    /// the impl's type unified with `ty`).
    pub fn impl_method_value(&mut self, impl_def: DefId, method: DefId, ty: &Ty, span: Span) -> TExpr {
        let (for_ty, params) = match &self.ck.prog.def(impl_def).kind {
            DefKind::Impl(i) => (i.for_ty.clone(), i.params.clone()),
            _ => return error_expr(span),
        };
        let Some(scheme) = self.ck.prog.fn_info(method).and_then(|f| f.scheme.clone()) else { return error_expr(span) };
        if self.ck.poisoned.contains(&method) {
            return texpr(TExprKind::Def { def: method, args: Vec::new() }, Ty::Error, span);
        }
        let (mty, args) = self.instantiate(&scheme, span);
        let sub = |p| scheme.params.iter().position(|x| *x == p).map(|i| args[i].clone());
        let for_inst = for_ty.subst(&sub);
        let _ = params;
        let _ = self.infer.unify(&for_inst, ty);
        texpr(TExprKind::Def { def: method, args }, mty, span)
    }
}

fn is_constant(cx: &FnCx, def: DefId) -> bool {
    cx.ck.prog.fn_info(def).is_some_and(|f| f.special == Some(crate::defs::Special::Constant))
}
