//! Operators (LANGUAGE.md 1.6, 3.11): arithmetic on Int and Float (or a
//! type with an operator impl), no implicit Int/Float mixing; comparisons
//! through Eq and Ord; `and`/`or`/`not` on Bool; `..` on Int; `<>` and `++`
//! on strings and lists.

use super::cx::FnCx;
use super::expr::texpr;
use crate::codes;
use crate::tast::*;
use crate::ty::{Ty, TyCon};
use mesh_parse::ast::{BinOp, Expr, UnOp};
use mesh_parse::Span;

fn iface_of(op: BinOp) -> Option<&'static str> {
    Some(match op {
        BinOp::Add => "Add",
        BinOp::Sub => "Sub",
        BinOp::Mul => "Mul",
        BinOp::Div => "Div",
        BinOp::Rem => "Mod",
        _ => return None,
    })
}

impl FnCx<'_, '_> {
    pub fn unary(&mut self, op: UnOp, operand: &Expr, span: Span) -> TExpr {
        match op {
            UnOp::Not => {
                let t = self.expr(operand, Some(&Ty::bool()));
                texpr(TExprKind::Unary { op, operand: Box::new(t) }, Ty::bool(), span)
            }
            UnOp::Neg => {
                let t = self.expr(operand, None);
                let ty = t.ty.clone();
                let out = self.operator_result(&ty, "Neg", span);
                texpr(TExprKind::Unary { op, operand: Box::new(t) }, out, span)
            }
        }
    }

    /// The result type of an arithmetic operator on `ty`: `ty` itself for
    /// Int and Float, the impl's `Output` for a user type.
    fn operator_result(&mut self, ty: &Ty, iface: &str, span: Span) -> Ty {
        let Some(id) = self.ck.prog.interface(iface) else { return ty.clone() };
        let z = self.infer.shallow(ty);
        if let Ty::Con(TyCon::Adt(_), _) = &z {
            if let Some(imp) = self.find_impl(&z, id) {
                if let crate::defs::DefKind::Impl(info) = &self.ck.prog.def(imp).kind {
                    if let Some((_, out)) = info.assoc.iter().find(|(n, _)| *n == "Output") {
                        return out.clone();
                    }
                }
                return z;
            }
        }
        self.require(ty.clone(), id, span);
        ty.clone()
    }

    pub fn binary(&mut self, op: BinOp, a: &Expr, b: &Expr, span: Span) -> TExpr {
        let (ty, l, r) = match op {
            BinOp::And | BinOp::Or => {
                let l = self.expr(a, Some(&Ty::bool()));
                let r = self.expr(b, Some(&Ty::bool()));
                (Ty::bool(), l, r)
            }
            BinOp::Eq | BinOp::NotEq | BinOp::Lt | BinOp::Gt | BinOp::LtEq | BinOp::GtEq => {
                let l = self.expr(a, None);
                let lt = l.ty.clone();
                let origin = self.origin(a.span, "the left operand");
                let r = self.synth_against(b, &lt, origin);
                let iface = if matches!(op, BinOp::Eq | BinOp::NotEq) { "Eq" } else { "Ord" };
                self.require_named(&lt, iface, span);
                (Ty::bool(), l, r)
            }
            BinOp::Range => {
                let l = self.expr(a, Some(&Ty::int()));
                let r = self.expr(b, Some(&Ty::int()));
                (Ty::con(TyCon::Range), l, r)
            }
            BinOp::Concat | BinOp::ListConcat => {
                let l = self.expr(a, None);
                let lt = l.ty.clone();
                let origin = self.origin(a.span, "the left operand");
                let r = self.synth_against(b, &lt, origin);
                match self.infer.shallow(&lt) {
                    Ty::Con(TyCon::String | TyCon::List, _) | Ty::Error => {}
                    Ty::Var(_) => {
                        // Default to strings, as `<>` almost always joins them.
                        let want = if op == BinOp::Concat { Ty::string() } else { let e = self.fresh(); Ty::list(e) };
                        let _ = self.infer.unify(&lt, &want);
                    }
                    other => {
                        let shown = self.show(&other);
                        self.error(codes::MISMATCH, a.span, format!("`{}` joins strings or lists, not `{shown}`", op.symbol()), format!("this is `{shown}`"), "convert with `String.from(x)` or interpolate: `\"${x}\"`");
                    }
                }
                (lt, l, r)
            }
            _ => {
                let l = self.expr(a, None);
                let lt = l.ty.clone();
                let iface = iface_of(op).expect("arithmetic operator");
                if let Some(hint) = self.arithmetic_rejects(&lt, iface) {
                    // One error for the operator; the right operand is
                    // checked on its own so it does not cascade.
                    let r = self.expr(b, None);
                    let shown = self.show(&lt);
                    self.error(codes::MISSING_IMPL, a.span, format!("`{}` cannot be applied to `{shown}`", op.symbol()), format!("this is `{shown}`"), hint);
                    return texpr(TExprKind::Binary { op, lhs: Box::new(l), rhs: Box::new(r) }, Ty::Error, span);
                }
                let origin = self.origin(a.span, "the left operand");
                let r = self.synth_against(b, &lt, origin);
                let out = self.operator_result(&lt, iface, span);
                (out, l, r)
            }
        };
        texpr(TExprKind::Binary { op, lhs: Box::new(l), rhs: Box::new(r) }, ty, span)
    }

    /// Why arithmetic `iface` cannot apply to a left operand of type `ty`
    /// (as a hint), or `None` when it can or it is not known yet.
    fn arithmetic_rejects(&mut self, ty: &Ty, iface: &str) -> Option<String> {
        let z = self.infer.shallow(ty);
        match &z {
            Ty::Var(_) | Ty::Param(_) | Ty::Error => None,
            Ty::Con(TyCon::Int | TyCon::Float | TyCon::Dyn, _) => None,
            Ty::Con(TyCon::Adt(d), _) => {
                let id = self.ck.prog.interface(iface)?;
                if self.implements_now(&z, id) {
                    return None;
                }
                let name = self.ck.prog.qualified_name(*d, Some(self.module));
                if matches!(name.as_str(), "Option" | "Result") {
                    return Some("unwrap the value first: `case x do Some(v) -> ... end`, or `x?` inside a function that returns the same kind".into());
                }
                Some(format!("write `impl {iface} for {name}` to give `{name}` this operator"))
            }
            Ty::Con(TyCon::String, _) if iface == "Add" => Some("join strings with `<>`, or interpolate: `\"${a}${b}\"`".into()),
            Ty::Con(TyCon::String, _) => Some("convert first: `String.to_int(s)` returns `Option<Int>`".into()),
            Ty::Con(TyCon::List, _) if iface == "Add" => Some("join lists with `++`".into()),
            _ => Some("arithmetic works on `Int` and `Float` (or a type with an operator impl)".into()),
        }
    }

    /// Checks `e` against `ty`, labelling a mismatch with where `ty` came from.
    fn synth_against(&mut self, e: &Expr, ty: &Ty, origin: Option<super::cx::Origin>) -> TExpr {
        let t = self.expr(e, None);
        self.expect(&t.ty, ty, e.span, origin);
        t
    }
}
