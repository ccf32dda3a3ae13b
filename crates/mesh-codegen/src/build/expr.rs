//! Expressions: dispatch over the typed tree; control flow (`if`, `case`,
//! loops, `return`, `?`) is here, the rest in the sibling modules.

use super::func::{seq, FnLower, LoopCtx};
use super::pattern::Arm;
use crate::mir::{Cmp, Expr, Prim};
use mesh_parse::ast::Literal;
use mesh_rt::abi;
use mesh_typeck::tast::*;
use mesh_typeck::ty::{Ty, TyCon};

impl<'b, 'p> FnLower<'b, 'p> {
    pub fn expr(&mut self, e: &'p TExpr, tail: bool) -> Expr {
        match &e.kind {
            TExprKind::Lit(l) => self.literal(l),
            TExprKind::Interpolated(parts) => self.interpolate(parts),
            TExprKind::Local(id) => Expr::Var(self.var(*id)),
            TExprKind::LocalInst { id, args } => self.local_inst(*id, args, e),
            TExprKind::Def { def, args } => {
                let args = self.def_args(*def, args);
                let ty = self.ty(&e.ty);
                self.def_value(*def, &args, &ty, e.span)
            }
            TExprKind::Variant { sum, index, args } => {
                let args: Vec<Ty> = args.iter().map(|a| self.ty(a)).collect();
                self.variant_value(*sum, *index, &args)
            }
            TExprKind::Call { callee, args } => self.call(callee, args, e, tail),
            TExprKind::Field { base, index } => {
                let b = self.expr(base, false);
                Expr::load(b, 1 + index)
            }
            TExprKind::StructLit { fields, .. } => {
                let ty = self.ty(&e.ty);
                let words = fields.iter().map(|f| self.expr(f, false)).collect();
                self.alloc(&ty, words)
            }
            TExprKind::StructUpdate { base, updates } => self.struct_update(base, updates, e),
            TExprKind::Tuple(es) => {
                if es.is_empty() {
                    return Expr::unit();
                }
                let ty = self.ty(&e.ty);
                let words = es.iter().map(|x| self.expr(x, false)).collect();
                self.alloc(&ty, words)
            }
            TExprKind::List(es) => self.list_literal(es, e),
            TExprKind::Map(entries) => self.map_literal(entries, e),
            TExprKind::Unary { op, operand } => self.unary(*op, operand, e),
            TExprKind::Binary { op, lhs, rhs } => self.binary(*op, lhs, rhs, e),
            TExprKind::If { cond, then, els } => {
                let c = self.expr(cond, false);
                let t = self.block(then, tail);
                let f = match els {
                    Some(b) => self.block(b, tail),
                    None => Expr::unit(),
                };
                // A branch-less `if` is `()`.
                let t = if els.is_none() { seq(vec![t, Expr::unit()]) } else { t };
                Expr::if_(c, t, f)
            }
            TExprKind::Case { scrutinee, arms } => {
                let s = self.expr(scrutinee, false);
                let v = self.fresh();
                let ty = self.ty(&scrutinee.ty);
                let arms_in: Vec<Arm<'p>> = arms.iter().map(|a| Arm { pats: vec![&a.pattern], guard: a.guard.as_ref(), body: &a.body }).collect();
                let fail = self.panic("no `case` arm matches the value", e.span);
                let tree = self.match_arms(&[(v, ty)], arms_in, fail, tail);
                Expr::let_(v, s, tree)
            }
            TExprKind::Receive { arms, after } => {
                let ty = self.ty(&e.ty);
                self.receive(arms, after.as_ref(), &ty, e.span, tail)
            }
            TExprKind::Closure(c) => {
                let ty = self.ty(&e.ty);
                self.closure(c, &ty, e.span)
            }
            TExprKind::For { pattern, iter, kind, filter, body } => self.for_loop(pattern, iter, *kind, filter.as_deref(), body, e),
            TExprKind::While { cond, body } => {
                self.loops.push(LoopCtx::While);
                let c = self.expr(cond, false);
                let b = self.block(body, false);
                self.loops.pop();
                Expr::Loop(Box::new(Expr::if_(c, seq(vec![b, Expr::Continue]), Expr::Break(Box::new(Expr::unit())))))
            }
            TExprKind::Break => match self.loops.last().copied() {
                Some(LoopCtx::For { acc }) => Expr::Break(Box::new(Expr::rt("mesh_rt_lb_finish", vec![Expr::Var(acc)]))),
                _ => Expr::Break(Box::new(Expr::unit())),
            },
            TExprKind::Continue => Expr::Continue,
            TExprKind::Return(v) => {
                let x = match v {
                    Some(v) => self.expr(v, true),
                    None => Expr::unit(),
                };
                Expr::Return(Box::new(x))
            }
            TExprKind::Try { expr, kind } => self.try_expr(expr, kind, e),
            TExprKind::Block(b) => self.block(b, tail),
            TExprKind::Error => {
                let line = self.b.sources.file(self.file).line_col(e.span.start as usize).0;
                let path = self.b.sources.path(self.file).display().to_string();
                self.b.problem(format!("internal error: an expression the checker rejected reached code generation ({path}:{line})"));
                Expr::unit()
            }
        }
    }

    fn literal(&mut self, l: &Literal) -> Expr {
        match l {
            Literal::Int(n) => Expr::Word(*n),
            Literal::Float(f) => Expr::Word(f.to_bits() as i64),
            Literal::Bool(b) => Expr::Word(*b as i64),
            Literal::Unit => Expr::unit(),
            Literal::Str(s) => Expr::Static(self.b.string_literal(s)),
            Literal::Atom(a) => Expr::Static(self.b.atom_literal(a)),
        }
    }

    /// A use of a `let`-polymorphic value: its expression lowered again at
    /// the use's type arguments.
    fn local_inst(&mut self, id: LocalId, args: &[Ty], e: &'p TExpr) -> Expr {
        let Some((value, params)) = self.poly.get(&id).cloned() else {
            return Expr::Var(self.var(id));
        };
        let args: Vec<Ty> = args.iter().map(|a| self.ty(a)).collect();
        let saved = self.subst.len();
        self.subst.extend(params.iter().copied().zip(args));
        let v = self.expr(value, false);
        self.subst.truncate(saved);
        let _ = e;
        v
    }

    /// A new object of type `ty` (tuple, struct) with `words` after the
    /// header.
    pub fn alloc(&mut self, ty: &Ty, words: Vec<Expr>) -> Expr {
        let desc = self.desc_expr(ty);
        Expr::Alloc { desc: Box::new(desc), words }
    }

    pub fn desc_expr(&mut self, ty: &Ty) -> Expr {
        match self.b.desc(ty) {
            crate::mir::DescRef::Static(s) => Expr::Static(s),
            crate::mir::DescRef::Rt(sym) => Expr::RtData(sym),
        }
    }

    fn struct_update(&mut self, base: &'p TExpr, updates: &'p [(u32, TExpr)], e: &'p TExpr) -> Expr {
        let ty = self.ty(&e.ty);
        let n = self.b.struct_fields(&ty).len();
        let b = self.expr(base, false);
        let bv = self.fresh();
        let mut words = Vec::with_capacity(n);
        for i in 0..n {
            match updates.iter().find(|(k, _)| *k as usize == i) {
                Some((_, v)) => words.push(self.expr(v, false)),
                None => words.push(Expr::load(Expr::Var(bv), 1 + i as u32)),
            }
        }
        let obj = self.alloc(&ty, words);
        Expr::let_(bv, b, obj)
    }

    /// `e?`: unwrap `Ok`/`Some`, or return early (converting the error).
    fn try_expr(&mut self, inner: &'p TExpr, kind: &TryKind, e: &'p TExpr) -> Expr {
        let v = self.fresh();
        let x = self.expr(inner, false);
        let tag = Expr::load(Expr::Var(v), abi::SUM_TAG as u32);
        let payload = Expr::load(Expr::Var(v), abi::SUM_FIELDS as u32);
        let ret = self.ret.clone();
        let early = match kind {
            TryKind::Option => {
                let none = self.b.nullary_variant(&ret, 1);
                Expr::Static(none)
            }
            TryKind::Result { convert } => {
                let err = match convert {
                    Some(from) => {
                        let target = match &ret {
                            Ty::Con(TyCon::Adt(_), a) if a.len() == 2 => a[1].clone(),
                            _ => Ty::unit(),
                        };
                        let f = self.convert_fn(*from, &target, e.span);
                        self.b.call_callee(&f, vec![payload.clone()], false, None)
                    }
                    None => payload.clone(),
                };
                self.alloc_variant(&ret, 1, vec![err])
            }
        };
        let ok_tag = 0;
        let body = Expr::if_(Expr::prim(Prim::ICmp(Cmp::Eq), vec![tag, Expr::Word(ok_tag)]), payload, Expr::Return(Box::new(early)));
        Expr::let_(v, x, body)
    }

    /// A variant object `[desc, tag, fields...]`.
    pub fn alloc_variant(&mut self, ty: &Ty, tag: u32, fields: Vec<Expr>) -> Expr {
        if fields.is_empty() {
            return Expr::Static(self.b.nullary_variant(ty, tag));
        }
        let mut words = vec![Expr::Word(tag as i64)];
        words.extend(fields);
        self.alloc(ty, words)
    }
}
