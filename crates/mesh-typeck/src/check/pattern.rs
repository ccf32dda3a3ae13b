//! Patterns against an expected type: binds locals, resolves constructors
//! and struct fields, and keeps the names of or-pattern alternatives in
//! agreement.

use super::cx::FnCx;
use super::expr::literal_ty;
use crate::codes;
use crate::defs::DefKind;
use crate::tast::*;
use crate::ty::{Ty, TyCon};
use mesh_parse::ast::{Pattern, PatternKind};
use mesh_parse::Name;
use rustc_hash::FxHashMap;

fn tpat(kind: TPatternKind, ty: Ty, span: mesh_parse::Span) -> TPattern {
    TPattern { kind, ty, span }
}

impl FnCx<'_, '_> {
    pub fn pattern(&mut self, p: &Pattern, ty: &Ty) -> TPattern {
        let span = p.span;
        if !matches!(p.kind, PatternKind::Bind(_) | PatternKind::Wildcard) && matches!(self.infer.shallow(ty), Ty::Error) {
            // The value is already an error: bind the names, report nothing.
            self.bind_as_errors(p);
            return tpat(TPatternKind::Error, Ty::Error, span);
        }
        match &p.kind {
            PatternKind::Wildcard => tpat(TPatternKind::Wildcard, ty.clone(), span),
            PatternKind::Bind(n) => {
                let id = self.new_local(n.name, ty.clone(), n.span);
                tpat(TPatternKind::Bind(id), ty.clone(), span)
            }
            PatternKind::Lit(l) => {
                let lt = literal_ty(l);
                if !self.pattern_agrees(&lt, ty, span, None) {
                    return tpat(TPatternKind::Error, Ty::Error, span);
                }
                tpat(TPatternKind::Lit(l.clone()), ty.clone(), span)
            }
            PatternKind::Tuple(ps) => {
                let elems: Vec<Ty> = match self.infer.shallow(ty) {
                    Ty::Tuple(ts) if ts.len() == ps.len() => ts,
                    _ => {
                        let ts: Vec<Ty> = ps.iter().map(|_| self.fresh()).collect();
                        if !self.pattern_agrees(&Ty::Tuple(ts.clone()), ty, span, None) {
                            return self.error_pattern(ps, span);
                        }
                        ts
                    }
                };
                let items = ps.iter().zip(&elems).map(|(x, t)| self.pattern(x, t)).collect();
                tpat(TPatternKind::Tuple(items), ty.clone(), span)
            }
            PatternKind::List(ps) => {
                let Some(elem) = self.list_elem(ty, span, "list patterns match lists") else { return self.error_pattern(ps, span) };
                let items = ps.iter().map(|x| self.pattern(x, &elem)).collect();
                tpat(TPatternKind::List(items), ty.clone(), span)
            }
            PatternKind::Cons(h, t) => {
                let Some(elem) = self.list_elem(ty, span, "`h :: t` patterns match lists") else {
                    self.bind_as_errors(p);
                    return tpat(TPatternKind::Error, Ty::Error, span);
                };
                let head = self.pattern(h, &elem);
                let tail = self.pattern(t, &Ty::list(elem));
                tpat(TPatternKind::Cons(Box::new(head), Box::new(tail)), ty.clone(), span)
            }
            PatternKind::Ctor { path, args, .. } => self.ctor_pattern(path, args, ty, span),
            PatternKind::Struct { path, fields } => self.struct_pattern(path, fields, ty, span),
            PatternKind::Or(alts) => self.or_pattern(alts, ty, span),
            PatternKind::As(inner, n) => {
                let t = self.pattern(inner, ty);
                let id = self.new_local(n.name, ty.clone(), n.span);
                tpat(TPatternKind::As(Box::new(t), id), ty.clone(), span)
            }
            PatternKind::MapEntry(k, v) => {
                let (kt, vt) = match self.infer.shallow(ty) {
                    Ty::Tuple(ts) if ts.len() == 2 => (ts[0].clone(), ts[1].clone()),
                    Ty::Error => (Ty::Error, Ty::Error),
                    other => {
                        let shown = self.show(&other);
                        self.error(codes::MISMATCH, span, format!("`{{k, v}}` binds map entries, but the elements are `{shown}`"), "not a map entry", "use `{k, v}` when iterating over a Map");
                        (Ty::Error, Ty::Error)
                    }
                };
                let kp = self.pattern(k, &kt);
                let vp = self.pattern(v, &vt);
                tpat(TPatternKind::MapEntry(Box::new(kp), Box::new(vp)), ty.clone(), span)
            }
            PatternKind::Error => tpat(TPatternKind::Error, Ty::Error, span),
        }
    }

    fn list_elem(&mut self, ty: &Ty, span: mesh_parse::Span, note: &'static str) -> Option<Ty> {
        match self.infer.shallow(ty) {
            Ty::Con(TyCon::List, args) => Some(args[0].clone()),
            _ => {
                let e = self.fresh();
                self.pattern_agrees(&Ty::list(e.clone()), ty, span, Some(note)).then_some(e)
            }
        }
    }

    /// A pattern of type `pt` against a value of type `ty`: a disagreement
    /// is reported once (the caller turns the pattern into an error
    /// pattern, so exhaustiveness and later arms stay quiet).
    fn pattern_agrees(&mut self, pt: &Ty, ty: &Ty, span: mesh_parse::Span, note: Option<&str>) -> bool {
        if self.infer.unify(pt, ty).is_ok() {
            return true;
        }
        self.pattern_mismatch = true;
        let (p, v) = (self.show(pt), self.show(ty));
        let hint = match note {
            Some(n) => format!("{n}; the value here is `{v}`"),
            None => format!("a pattern must have the type of the value it matches: `{v}`"),
        };
        self.error(codes::MISMATCH, span, format!("this pattern matches `{p}`, but the value is `{v}`"), format!("a `{p}` pattern"), hint);
        false
    }

    fn bind_as_errors(&mut self, p: &Pattern) {
        match &p.kind {
            PatternKind::Bind(n) => {
                self.new_local(n.name, Ty::Error, n.span);
            }
            PatternKind::As(inner, n) => {
                self.bind_as_errors(inner);
                self.new_local(n.name, Ty::Error, n.span);
            }
            PatternKind::Tuple(ps) | PatternKind::List(ps) | PatternKind::Ctor { args: ps, .. } => ps.iter().for_each(|x| self.bind_as_errors(x)),
            PatternKind::Or(ps) => {
                if let Some(x) = ps.first() {
                    self.bind_as_errors(x);
                }
            }
            PatternKind::Cons(a, b) | PatternKind::MapEntry(a, b) => {
                self.bind_as_errors(a);
                self.bind_as_errors(b);
            }
            PatternKind::Struct { fields, .. } => {
                for f in fields {
                    match &f.pattern {
                        Some(x) => self.bind_as_errors(x),
                        None => {
                            self.new_local(f.name.name, Ty::Error, f.name.span);
                        }
                    }
                }
            }
            PatternKind::Wildcard | PatternKind::Lit(_) | PatternKind::Error => {}
        }
    }

    /// An error pattern whose sub-patterns still bind their names (as
    /// errors), so their uses do not report again.
    fn error_pattern(&mut self, subs: &[Pattern], span: mesh_parse::Span) -> TPattern {
        for p in subs {
            self.bind_as_errors(p);
        }
        tpat(TPatternKind::Error, Ty::Error, span)
    }

    fn ctor_pattern(&mut self, path: &mesh_parse::ast::Path, args: &[Pattern], ty: &Ty, span: mesh_parse::Span) -> TPattern {
        // The expected type decides between same-named variants of
        // different types.
        let by_type = self.variant_of_expected(path, ty);
        let resolved = match by_type {
            Some(v) => Some(Ok(v)),
            None => self.resolve_path_variant(path),
        };
        let Some(Ok((sum, index))) = resolved else {
            if let Some(Err(d)) = self.resolve_path_variant_quiet(path) {
                let name = self.ck.prog.def(d).name;
                self.error(codes::NOT_FOUND, span, format!("`{name}` is not a constructor"), "a type, not a variant", format!("match a struct with `{name} {{ field: pattern }}`"));
            }
            for a in args {
                self.pattern(a, &Ty::Error);
            }
            return tpat(TPatternKind::Error, Ty::Error, span);
        };
        let DefKind::Sum(s) = self.ck.prog.def(sum).kind.clone() else { return tpat(TPatternKind::Error, Ty::Error, span) };
        let targs: Vec<Ty> = s.params.iter().map(|_| self.fresh()).collect();
        if !self.pattern_agrees(&Ty::Con(TyCon::Adt(sum), targs.clone()), ty, span, None) {
            return self.error_pattern(args, span);
        }
        let v = &s.variants[index as usize];
        if v.fields.len() != args.len() {
            self.error(
                codes::ARITY,
                span,
                format!("`{}` has {} field{}, the pattern gives {}", v.name, v.fields.len(), if v.fields.len() == 1 { "" } else { "s" }, args.len()),
                "wrong number of fields",
                format!("write `{}` with {} pattern(s)", v.name, v.fields.len()),
            );
            for a in args {
                self.pattern(a, &Ty::Error);
            }
            return tpat(TPatternKind::Error, Ty::Error, span);
        }
        let sub = |p| s.params.iter().position(|x| *x == p).map(|i| targs[i].clone());
        let items = args.iter().zip(&v.fields).map(|(a, f)| self.pattern(a, &f.subst(&sub))).collect();
        tpat(TPatternKind::Variant { sum, index, args: items }, ty.clone(), span)
    }

    fn resolve_path_variant_quiet(&mut self, path: &mesh_parse::ast::Path) -> Option<Result<(crate::defs::DefId, u32), crate::defs::DefId>> {
        if path.segments.len() == 1 {
            return self.ck.prog.lookup_type(self.module, path.segments[0].name).map(Err);
        }
        None
    }

    fn struct_pattern(&mut self, path: &mesh_parse::ast::Path, fields: &[mesh_parse::ast::FieldPattern], ty: &Ty, span: mesh_parse::Span) -> TPattern {
        let def = match self.resolve_path_variant(path) {
            Some(Err(d)) if matches!(self.ck.prog.def(d).kind, DefKind::Struct(_)) => d,
            _ => {
                self.error(codes::NOT_A_STRUCT, path.span, format!("`{}` is not a struct", path.dotted()), "not a struct", "struct patterns name a struct: `Point { x: a, y }`");
                return tpat(TPatternKind::Error, Ty::Error, span);
            }
        };
        let DefKind::Struct(info) = self.ck.prog.def(def).kind.clone() else { return tpat(TPatternKind::Error, Ty::Error, span) };
        let targs: Vec<Ty> = info.params.iter().map(|_| self.fresh()).collect();
        if !self.pattern_agrees(&Ty::Con(TyCon::Adt(def), targs.clone()), ty, span, None) {
            let whole = Pattern { kind: PatternKind::Struct { path: path.clone(), fields: fields.to_vec() }, span };
            self.bind_as_errors(&whole);
            return tpat(TPatternKind::Error, Ty::Error, span);
        }
        let sub = |p| info.params.iter().position(|x| *x == p).map(|i| targs[i].clone());
        let mut out = Vec::new();
        for f in fields {
            let Some(i) = info.fields.iter().position(|x| x.name == f.name.name) else {
                let tn = self.ck.prog.qualified_name(def, Some(self.module));
                self.error(codes::STRUCT_FIELDS, f.name.span, format!("`{tn}` has no field `{}`", f.name.name), "unknown field", "check the field name");
                continue;
            };
            let fty = info.fields[i].ty.subst(&sub);
            let p = match &f.pattern {
                Some(p) => self.pattern(p, &fty),
                None => {
                    let id = self.new_local(f.name.name, fty.clone(), f.name.span);
                    tpat(TPatternKind::Bind(id), fty, f.name.span)
                }
            };
            out.push((i as u32, p));
        }
        tpat(TPatternKind::Struct { def, fields: out }, ty.clone(), span)
    }

    /// `A | B`: every alternative binds the same names, with agreeing
    /// types; later alternatives reuse the first's locals.
    fn or_pattern(&mut self, alts: &[Pattern], ty: &Ty, span: mesh_parse::Span) -> TPattern {
        let first = self.pattern(&alts[0], ty);
        let mut first_names: FxHashMap<Name, LocalId> = FxHashMap::default();
        collect_binds(&first, &mut |id| {
            let n = self.locals[id.0 as usize].name;
            first_names.insert(n, id);
        });
        let mut out = vec![first];
        for alt in &alts[1..] {
            self.push_scope();
            let mut p = self.pattern(alt, ty);
            self.pop_scope();
            let mut map: FxHashMap<LocalId, LocalId> = FxHashMap::default();
            let mut names = Vec::new();
            collect_binds(&p, &mut |id| names.push(id));
            for id in &names {
                let info = self.locals[id.0 as usize].clone();
                match first_names.get(&info.name) {
                    Some(target) => {
                        let tt = self.locals[target.0 as usize].ty.clone();
                        self.expect(&info.ty, &tt, info.span, None);
                        map.insert(*id, *target);
                    }
                    None => self.error(codes::OR_PATTERN_BINDINGS, info.span, format!("`{}` is bound in this alternative but not in the first", info.name), "not bound in every alternative", "every alternative of `A | B` must bind the same names"),
                }
            }
            if names.len() < first_names.len() {
                let bound: Vec<Name> = names.iter().map(|id| self.locals[id.0 as usize].name).collect();
                let missing: Vec<String> = first_names.keys().filter(|n| !bound.contains(n)).map(|n| format!("`{n}`")).collect();
                if !missing.is_empty() {
                    self.error(codes::OR_PATTERN_BINDINGS, alt.span, format!("this alternative does not bind {}", missing.join(", ")), "missing bindings", "every alternative of `A | B` must bind the same names");
                }
            }
            rename_binds(&mut p, &map);
            out.push(p);
        }
        tpat(TPatternKind::Or(out), ty.clone(), span)
    }
}

pub fn collect_binds(p: &TPattern, f: &mut impl FnMut(LocalId)) {
    match &p.kind {
        TPatternKind::Bind(id) => f(*id),
        TPatternKind::As(inner, id) => {
            collect_binds(inner, f);
            f(*id);
        }
        TPatternKind::Tuple(ps) | TPatternKind::List(ps) | TPatternKind::Variant { args: ps, .. } => ps.iter().for_each(|x| collect_binds(x, f)),
        TPatternKind::Or(ps) => {
            if let Some(x) = ps.first() {
                collect_binds(x, f);
            }
        }
        TPatternKind::Cons(a, b) | TPatternKind::MapEntry(a, b) => {
            collect_binds(a, f);
            collect_binds(b, f);
        }
        TPatternKind::Struct { fields, .. } => fields.iter().for_each(|(_, x)| collect_binds(x, f)),
        TPatternKind::Wildcard | TPatternKind::Lit(_) | TPatternKind::Error => {}
    }
}

fn rename_binds(p: &mut TPattern, map: &FxHashMap<LocalId, LocalId>) {
    match &mut p.kind {
        TPatternKind::Bind(id) => {
            if let Some(t) = map.get(id) {
                *id = *t;
            }
        }
        TPatternKind::As(inner, id) => {
            rename_binds(inner, map);
            if let Some(t) = map.get(id) {
                *id = *t;
            }
        }
        TPatternKind::Tuple(ps) | TPatternKind::List(ps) | TPatternKind::Variant { args: ps, .. } | TPatternKind::Or(ps) => ps.iter_mut().for_each(|x| rename_binds(x, map)),
        TPatternKind::Cons(a, b) | TPatternKind::MapEntry(a, b) => {
            rename_binds(a, map);
            rename_binds(b, map);
        }
        TPatternKind::Struct { fields, .. } => fields.iter_mut().for_each(|(_, x)| rename_binds(x, map)),
        TPatternKind::Wildcard | TPatternKind::Lit(_) | TPatternKind::Error => {}
    }
}
