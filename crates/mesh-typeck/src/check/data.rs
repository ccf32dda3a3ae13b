//! Struct literals (all fields, no unknown or repeated ones) and struct
//! updates (`%{s | f: v}`).

use super::cx::FnCx;
use super::expr::{error_expr, texpr};
use crate::codes;
use crate::defs::DefKind;
use crate::tast::*;
use crate::ty::{Ty, TyCon};
use mesh_parse::ast::{Expr, FieldInit, StructLit};
use mesh_parse::{Name, Span};

impl FnCx<'_, '_> {
    pub fn struct_lit(&mut self, lit: &StructLit, span: Span) -> TExpr {
        if lit.path.segments.len() == 1 {
            let n = lit.path.segments[0].name;
            if self.ck.prog.lookup_type(self.module, n).is_none() && self.ck.prog.lookup_variant(self.module, n).is_none() {
                if !self.ck.prog.module(self.module).unresolved.contains(&n) {
                    let hint = match crate::resolve::suggest(&n, self.ck.prog.visible_type_names(self.module)).as_slice() {
                        [] => format!("declare `struct {n} do ... end`, or import the module that defines it"),
                        s => format!("did you mean {}?", s.iter().map(|x| format!("`{x}`")).collect::<Vec<_>>().join(", ")),
                    };
                    self.error(codes::NOT_FOUND, lit.path.span, format!("unknown struct `{n}`"), "no struct with this name", hint);
                }
                for f in &lit.fields {
                    self.expr(&f.value, None);
                }
                return error_expr(span);
            }
        }
        let def = match self.resolve_path_variant(&lit.path) {
            Some(Err(d)) if matches!(self.ck.prog.def(d).kind, DefKind::Struct(_)) => d,
            Some(_) | None => {
                if self.ck.prog.lookup_type(self.module, lit.path.last().name).is_none() && lit.path.segments.len() == 1 {
                    // resolve_path_variant already reported an unknown name.
                } else {
                    self.error(codes::NOT_A_STRUCT, lit.path.span, format!("`{}` is not a struct", lit.path.dotted()), "not a struct", "struct literals name a struct: `Point { x: 1, y: 2 }`");
                }
                for f in &lit.fields {
                    self.expr(&f.value, None);
                }
                return error_expr(span);
            }
        };
        let DefKind::Struct(info) = self.ck.prog.def(def).kind.clone() else { return error_expr(span) };
        let args: Vec<Ty> = info.params.iter().map(|_| self.fresh()).collect();
        let sub = |p| info.params.iter().position(|x| *x == p).map(|i| args[i].clone());
        let mut values: Vec<Option<TExpr>> = vec![None; info.fields.len()];
        let tn = self.ck.prog.qualified_name(def, Some(self.module));
        for f in &lit.fields {
            match info.fields.iter().position(|x| x.name == f.name.name) {
                Some(i) => {
                    let fty = info.fields[i].ty.subst(&sub);
                    let v = self.expr(&f.value, Some(&fty));
                    if values[i].is_some() {
                        self.error(codes::STRUCT_FIELDS, f.name.span, format!("field `{}` is given twice", f.name.name), "repeated field", "remove one of them");
                    }
                    values[i] = Some(v);
                }
                None => {
                    self.expr(&f.value, None);
                    self.unknown_field(&tn, &info.fields.iter().map(|x| x.name).collect::<Vec<_>>(), f.name.name, f.name.span);
                }
            }
        }
        let missing: Vec<String> = info.fields.iter().zip(&values).filter(|(_, v)| v.is_none()).map(|(f, _)| format!("`{}`", f.name)).collect();
        if !missing.is_empty() {
            self.error(codes::STRUCT_FIELDS, span, format!("missing field{} {} in `{tn}` literal", if missing.len() == 1 { "" } else { "s" }, missing.join(", ")), "every field must be given", format!("add {}", missing.join(", ")));
            return error_expr(span);
        }
        let fields = values.into_iter().map(|v| v.expect("checked above")).collect();
        texpr(TExprKind::StructLit { def, fields }, Ty::Con(TyCon::Adt(def), args), span)
    }

    fn unknown_field(&mut self, type_name: &str, fields: &[Name], name: Name, span: Span) {
        let hint = match crate::resolve::suggest(&name, fields.to_vec()).as_slice() {
            [] => format!("the fields of `{type_name}` are: {}", fields.iter().map(|f| f.to_string()).collect::<Vec<_>>().join(", ")),
            s => format!("did you mean {}?", s.iter().map(|x| format!("`{x}`")).collect::<Vec<_>>().join(", ")),
        };
        self.error(codes::STRUCT_FIELDS, span, format!("`{type_name}` has no field `{name}`"), "unknown field", hint);
    }

    pub fn struct_update(&mut self, base: &Expr, fields: &[FieldInit], span: Span) -> TExpr {
        let b = self.expr(base, None);
        let ty = self.infer.shallow(&b.ty);
        let (def, args) = match &ty {
            Ty::Con(TyCon::Adt(d), args) if matches!(self.ck.prog.def(*d).kind, DefKind::Struct(_)) => (*d, args.clone()),
            Ty::Error => return error_expr(span),
            Ty::Var(_) => {
                self.error(codes::NOT_A_STRUCT, base.span, "cannot update a value whose type is not known yet", "type not known here", "annotate it with its struct type");
                return error_expr(span);
            }
            other => {
                let shown = self.show(other);
                self.error(codes::NOT_A_STRUCT, base.span, format!("`%{{... | ...}}` updates a struct, not `{shown}`"), "not a struct", "for a map use `Map.put(m, k, v)`");
                return error_expr(span);
            }
        };
        let DefKind::Struct(info) = self.ck.prog.def(def).kind.clone() else { return error_expr(span) };
        let sub = |p| info.params.iter().position(|x| *x == p).map(|i| args[i].clone());
        let tn = self.ck.prog.qualified_name(def, Some(self.module));
        let mut updates = Vec::new();
        for f in fields {
            match info.fields.iter().position(|x| x.name == f.name.name) {
                Some(i) => {
                    let fty = info.fields[i].ty.subst(&sub);
                    updates.push((i as u32, self.expr(&f.value, Some(&fty))));
                }
                None => {
                    self.expr(&f.value, None);
                    self.unknown_field(&tn, &info.fields.iter().map(|x| x.name).collect::<Vec<_>>(), f.name.name, f.name.span);
                }
            }
        }
        texpr(TExprKind::StructUpdate { base: Box::new(b), updates }, ty, span)
    }
}
