//! Operators (LANGUAGE.md 1.6, 3.11): machine arithmetic and comparisons
//! on Int, Float, Bool; division by zero panics; strings compare through
//! the runtime; other types use the user's operator or Eq/Ord impl, or the
//! runtime's structural comparison through descriptors.

use super::func::FnLower;
use crate::mir::{Cmp, Expr, Prim};
use mesh_parse::ast::{BinOp, UnOp};
use mesh_typeck::tast::*;
use mesh_typeck::ty::{Ty, TyCon};

enum Num {
    Int,
    Float,
    Other,
}

fn num(ty: &Ty) -> Num {
    match ty {
        Ty::Con(TyCon::Int, _) => Num::Int,
        Ty::Con(TyCon::Float, _) => Num::Float,
        _ => Num::Other,
    }
}

fn cmp_of(op: BinOp) -> Option<Cmp> {
    Some(match op {
        BinOp::Eq => Cmp::Eq,
        BinOp::NotEq => Cmp::Ne,
        BinOp::Lt => Cmp::Lt,
        BinOp::LtEq => Cmp::Le,
        BinOp::Gt => Cmp::Gt,
        BinOp::GtEq => Cmp::Ge,
        _ => return None,
    })
}

impl<'b, 'p> FnLower<'b, 'p> {
    pub fn unary(&mut self, op: UnOp, operand: &'p TExpr, e: &'p TExpr) -> Expr {
        let x = self.expr(operand, false);
        match op {
            UnOp::Not => Expr::prim(Prim::Not, vec![x]),
            UnOp::Neg => match num(&self.ty(&operand.ty)) {
                Num::Int => Expr::prim(Prim::INeg, vec![x]),
                Num::Float => Expr::prim(Prim::FNeg, vec![x]),
                Num::Other => {
                    let ty = self.ty(&operand.ty);
                    self.operator_impl("Neg", "neg", &ty, vec![x], e)
                }
            },
        }
    }

    pub fn binary(&mut self, op: BinOp, lhs: &'p TExpr, rhs: &'p TExpr, e: &'p TExpr) -> Expr {
        match op {
            BinOp::And => {
                let (a, b) = (self.expr(lhs, false), self.expr(rhs, false));
                return Expr::if_(a, b, Expr::Word(0));
            }
            BinOp::Or => {
                let (a, b) = (self.expr(lhs, false), self.expr(rhs, false));
                return Expr::if_(a, Expr::Word(1), b);
            }
            _ => {}
        }
        let ty = self.ty(&lhs.ty);
        let a = self.expr(lhs, false);
        let b = self.expr(rhs, false);
        if let Some(c) = cmp_of(op) {
            return self.compare(c, &ty, a, b, e);
        }
        match op {
            BinOp::Concat => Expr::rt("mesh_string_concat", vec![a, b]),
            BinOp::ListConcat => {
                let elem = match &ty {
                    Ty::Con(TyCon::List, args) => args.first().cloned().unwrap_or_else(Ty::unit),
                    _ => Ty::unit(),
                };
                let d = self.desc_expr(&elem);
                Expr::rt("mesh_list_concat", vec![a, b, d])
            }
            BinOp::Range => {
                let d = Expr::RtData("mesh_desc_range");
                Expr::Alloc { desc: Box::new(d), words: vec![a, b] }
            }
            BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div | BinOp::Rem => self.arith(op, &ty, a, b, e),
            _ => Expr::unit(),
        }
    }

    fn arith(&mut self, op: BinOp, ty: &Ty, a: Expr, b: Expr, e: &'p TExpr) -> Expr {
        match num(ty) {
            Num::Int => {
                let p = match op {
                    BinOp::Add => Prim::IAdd,
                    BinOp::Sub => Prim::ISub,
                    BinOp::Mul => Prim::IMul,
                    BinOp::Div => Prim::IDiv,
                    _ => Prim::IRem,
                };
                if matches!(p, Prim::IDiv | Prim::IRem) {
                    // Division by zero panics (LANGUAGE.md 3.11).
                    let (va, vb) = (self.fresh(), self.fresh());
                    let panic = self.panic("division by zero", e.span);
                    let zero = Expr::prim(Prim::ICmp(Cmp::Eq), vec![Expr::Var(vb), Expr::Word(0)]);
                    let div = Expr::prim(p, vec![Expr::Var(va), Expr::Var(vb)]);
                    return Expr::let_(va, a, Expr::let_(vb, b, Expr::if_(zero, panic, div)));
                }
                Expr::prim(p, vec![a, b])
            }
            Num::Float => {
                let p = match op {
                    BinOp::Add => Prim::FAdd,
                    BinOp::Sub => Prim::FSub,
                    BinOp::Mul => Prim::FMul,
                    BinOp::Div => Prim::FDiv,
                    _ => Prim::FRem,
                };
                Expr::prim(p, vec![a, b])
            }
            Num::Other => {
                let (iface, method) = match op {
                    BinOp::Add => ("Add", "add"),
                    BinOp::Sub => ("Sub", "sub"),
                    BinOp::Mul => ("Mul", "mul"),
                    BinOp::Div => ("Div", "div"),
                    _ => ("Mod", "mod"),
                };
                self.operator_impl(iface, method, ty, vec![a, b], e)
            }
        }
    }

    /// A user operator impl (`impl Add for Money`).
    fn operator_impl(&mut self, iface: &str, method: &str, ty: &Ty, args: Vec<Expr>, e: &'p TExpr) -> Expr {
        let f = self.b.prog.interface(iface).and_then(|i| self.b.impl_method_for(i, method, ty));
        match f {
            Some(f) => Expr::Call { func: f, args, tail: false },
            None => {
                let _ = e;
                self.b.problem(format!("no `{iface}` implementation for `{}`", mesh_typeck::display::show(self.b.prog, ty, None)));
                Expr::unit()
            }
        }
    }

    /// `a <op> b` for a comparison operator on values of type `ty`.
    pub fn compare(&mut self, c: Cmp, ty: &Ty, a: Expr, b: Expr, e: &'p TExpr) -> Expr {
        match ty {
            Ty::Con(TyCon::Int | TyCon::Bool | TyCon::Unit | TyCon::Pid, _) => Expr::prim(Prim::ICmp(c), vec![a, b]),
            Ty::Con(TyCon::Float, _) => Expr::prim(Prim::FCmp(c), vec![a, b]),
            Ty::Con(TyCon::String | TyCon::Atom, _) if matches!(c, Cmp::Eq | Cmp::Ne) => {
                let eq = Expr::rt("mesh_string_eq", vec![a, b]);
                if c == Cmp::Eq {
                    eq
                } else {
                    Expr::prim(Prim::Not, vec![eq])
                }
            }
            _ => {
                if matches!(c, Cmp::Eq | Cmp::Ne) {
                    let user = self.b.prog.interface("Eq").and_then(|i| self.b.impl_method_for(i, "eq", ty));
                    let eq = match user {
                        Some(f) => Expr::Call { func: f, args: vec![a, b], tail: false },
                        None => {
                            let d = self.desc_expr(ty);
                            Expr::rt("mesh_rt_eq", vec![a, b, d])
                        }
                    };
                    return if c == Cmp::Eq { eq } else { Expr::prim(Prim::Not, vec![eq]) };
                }
                // Ordering: the runtime's three-way comparison (-1, 0, 1),
                // which calls a user `Ord` impl through the descriptor.
                let d = self.desc_expr(ty);
                let _ = e;
                let three = Expr::rt("mesh_rt_compare_int", vec![a, b, d]);
                Expr::prim(Prim::ICmp(c), vec![three, Expr::Word(0)])
            }
        }
    }
}
