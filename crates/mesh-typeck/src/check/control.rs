//! Control flow: `if`, `case`, `receive`, closures, `for`, `while`,
//! `break`/`continue`, `return` and `?`.

use super::cx::FnCx;
use super::expr::{error_expr, texpr, Mode};
use crate::codes;
use crate::tast::*;
use crate::ty::{Ty, TyCon};
use mesh_parse::ast::*;
use mesh_parse::Span;

impl FnCx<'_, '_> {
    pub fn if_expr(&mut self, i: &IfExpr, span: Span, expected: Option<&Ty>, mode: Mode) -> TExpr {
        let cond = self.expr(&i.cond, Some(&Ty::bool()));
        let Some(els) = &i.els else {
            // Without `else` an `if` is a statement: its type is `()`.
            let then = self.block(&i.then, None, Mode::Discard);
            return texpr(TExprKind::If { cond: Box::new(cond), then, els: None }, Ty::unit(), span);
        };
        let (result, branch_mode) = match mode {
            Mode::Value => (expected.cloned().unwrap_or_else(|| self.fresh()), Mode::Value),
            Mode::Discard => (Ty::unit(), Mode::Discard),
        };
        let exp = (branch_mode == Mode::Value).then_some(&result);
        let then = self.block(&i.then, exp, branch_mode);
        let els = match els {
            Else::Block(b) => self.block(b, exp, branch_mode),
            Else::If(e) => {
                let t = self.expr_mode(e, exp, branch_mode);
                let (ty, sp) = (t.ty.clone(), t.span);
                TBlock { stmts: vec![TStmt::Expr(t)], ty, span: sp }
            }
        };
        texpr(TExprKind::If { cond: Box::new(cond), then, els: Some(els) }, result, span)
    }

    pub fn case_expr(&mut self, scrutinee: &Expr, arms: &[Arm], span: Span, expected: Option<&Ty>, mode: Mode) -> TExpr {
        let s = self.expr(scrutinee, None);
        let sty = s.ty.clone();
        let (result, arms) = self.arms(arms, &sty, expected, mode);
        texpr(TExprKind::Case { scrutinee: Box::new(s), arms }, result, span)
    }

    /// Arms of a `case` or `receive` against `sty`; their bodies agree in
    /// value position.
    fn arms(&mut self, arms: &[Arm], sty: &Ty, expected: Option<&Ty>, mode: Mode) -> (Ty, Vec<TArm>) {
        let result = match mode {
            Mode::Value => expected.cloned().unwrap_or_else(|| self.fresh()),
            Mode::Discard => Ty::unit(),
        };
        let mut out = Vec::new();
        let mut first: Option<Span> = None;
        let outer_mismatch = std::mem::replace(&mut self.pattern_mismatch, false);
        for a in arms {
            self.push_scope();
            // After one arm's pattern disagreed with the value, the others
            // are checked against an error type (one report per `case`).
            let against = if self.pattern_mismatch { Ty::Error } else { sty.clone() };
            let pattern = self.pattern(&a.pattern, &against);
            self.duplicate_bindings(std::slice::from_ref(&pattern));
            let guard = a.guard.as_ref().map(|g| self.expr(g, Some(&Ty::bool())));
            let body = match mode {
                Mode::Value => {
                    let b = self.block(&a.body, None, Mode::Value);
                    let origin = first.and_then(|s| self.origin(s, "the first arm"));
                    let at = a.body.stmts.last().map(|s| s.span).unwrap_or(a.span);
                    self.expect(&b.ty, &result, at, origin);
                    first.get_or_insert(at);
                    b
                }
                Mode::Discard => self.block(&a.body, None, Mode::Discard),
            };
            self.pop_scope();
            out.push(TArm { pattern, guard, body, span: a.span });
        }
        self.pattern_mismatch = outer_mismatch;
        (result, out)
    }

    pub fn receive(&mut self, arms: &[Arm], after: Option<&After>, span: Span, expected: Option<&Ty>, mode: Mode) -> TExpr {
        self.received = true;
        let msg = match &self.actor_msg {
            Some(m) => m.clone(),
            None => {
                let head = Span::new(span.start as usize, span.start as usize + "receive".len());
                self.error(codes::RECEIVE_OUTSIDE_ACTOR, head, "`receive` outside an actor", "not inside an `actor`", "only an `actor` body receives messages; move this into `actor name() do ... end`");
                self.fresh()
            }
        };
        let (result, tarms) = self.arms(arms, &msg, expected, mode);
        let tafter = after.map(|a| {
            let timeout = self.expr(&a.timeout, Some(&Ty::int()));
            let body = match mode {
                Mode::Value => self.block(&a.body, Some(&result), Mode::Value),
                Mode::Discard => self.block(&a.body, None, Mode::Discard),
            };
            (Box::new(timeout), body)
        });
        texpr(TExprKind::Receive { arms: tarms, after: tafter }, result, span)
    }

    pub fn closure(&mut self, c: &Closure, span: Span, expected: Option<&Ty>) -> TExpr {
        let arity = c.clauses[0].params.len();
        let (params, ret) = match expected.map(|t| self.infer.shallow(t)) {
            Some(Ty::Fun(ps, r)) if ps.len() == arity => (ps, *r),
            _ => ((0..arity).map(|_| self.fresh()).collect(), self.fresh()),
        };
        let saved = (std::mem::replace(&mut self.ret, ret.clone()), self.ret_span, self.loops);
        self.ret_span = span;
        self.loops = 0;
        self.closures.push((self.depth(), Vec::new()));
        let mut clauses = Vec::new();
        for cl in &c.clauses {
            if cl.params.len() != arity {
                self.error(codes::ARITY, cl.span, format!("this clause takes {} parameter(s), the first takes {arity}", cl.params.len()), "different arity", "every clause of a closure takes the same number of parameters");
                continue;
            }
            self.push_scope();
            let ps: Vec<TPattern> = cl.params.iter().zip(&params).map(|(p, t)| self.param(p, t)).collect();
            self.duplicate_bindings(&ps);
            let guard = cl.guard.as_ref().map(|g| self.expr(g, Some(&Ty::bool())));
            let body = self.block(&cl.body, Some(&ret), Mode::Value);
            self.pop_scope();
            clauses.push(TClause { params: ps, guard, body, span: cl.span });
        }
        let (_, captures) = self.closures.pop().expect("pushed above");
        self.ret = saved.0;
        self.ret_span = saved.1;
        self.loops = saved.2;
        let ty = Ty::Fun(params, Box::new(ret));
        texpr(TExprKind::Closure(Box::new(TClosure { clauses, captures })), ty, span)
    }

    /// A parameter: its annotation (if any) agrees with `ty`, then its
    /// pattern binds.
    pub fn param(&mut self, p: &Param, ty: &Ty) -> TPattern {
        if let Some(t) = &p.ty {
            let declared = self.lower_type(t);
            let origin = self.origin(t.span, "this annotation");
            if let Err(e) = self.infer.unify(ty, &declared) {
                self.report_mismatch(ty, &declared, p.span, origin, e);
                // The annotation wins inside the body.
                return self.pattern(&p.pattern, &declared);
            }
        }
        self.pattern(&p.pattern, ty)
    }

    pub fn for_expr(&mut self, f: &ForExpr, span: Span) -> TExpr {
        let iter = self.expr(&f.iter, None);
        let kind = match self.infer.shallow(&iter.ty) {
            Ty::Con(TyCon::List, _) => IterKind::List,
            Ty::Con(TyCon::Map, _) => IterKind::Map,
            Ty::Con(TyCon::Set, _) => IterKind::Set,
            Ty::Con(TyCon::Range, _) => IterKind::Range,
            t @ Ty::Con(TyCon::Adt(_), _) => {
                let method = self.ck.prog.interface("Iterable").and_then(|i| self.find_impl(&t, i)).and_then(|imp| match &self.ck.prog.def(imp).kind {
                    crate::defs::DefKind::Impl(info) => info.methods.iter().find(|(n, _)| *n == "iter").map(|(_, d)| *d),
                    _ => None,
                });
                method.map(IterKind::Iterable).unwrap_or(IterKind::Iter)
            }
            _ => IterKind::Iter,
        };
        let elem = self.element_type(&iter.ty, f.iter.span).unwrap_or(Ty::Error);
        self.push_scope();
        let pattern = self.pattern(&f.pattern, &elem);
        let filter = f.filter.as_ref().map(|w| Box::new(self.expr(w, Some(&Ty::bool()))));
        self.loops += 1;
        let body = self.block(&f.body, None, Mode::Value);
        self.loops -= 1;
        self.pop_scope();
        let ty = Ty::list(body.ty.clone());
        texpr(TExprKind::For { pattern, iter: Box::new(iter), kind, filter, body }, ty, span)
    }

    pub fn while_expr(&mut self, cond: &Expr, body: &Block, span: Span) -> TExpr {
        let c = self.expr(cond, Some(&Ty::bool()));
        self.loops += 1;
        let b = self.block(body, None, Mode::Discard);
        self.loops -= 1;
        texpr(TExprKind::While { cond: Box::new(c), body: b }, Ty::unit(), span)
    }

    pub fn break_continue(&mut self, is_break: bool, span: Span) -> TExpr {
        let word = if is_break { "break" } else { "continue" };
        if self.loops == 0 {
            let why = if self.closures.is_empty() { "not inside a `for` or `while`" } else { "a closure cannot leave the loop around it" };
            self.error(codes::BREAK_OUTSIDE_LOOP, span, format!("`{word}` outside a loop"), why, format!("use `{word}` directly inside a `for` or `while` body"));
        }
        let ty = self.fresh();
        texpr(if is_break { TExprKind::Break } else { TExprKind::Continue }, ty, span)
    }

    pub fn return_expr(&mut self, v: Option<&Expr>, span: Span) -> TExpr {
        let ret = self.ret.clone();
        let origin = self.origin(self.ret_span, "the function's result type");
        let value = match v {
            Some(e) => {
                let t = self.expr(e, None);
                self.expect(&t.ty, &ret, e.span, origin);
                Some(Box::new(t))
            }
            None => {
                self.expect(&Ty::unit(), &ret, span, origin);
                None
            }
        };
        let ty = self.fresh();
        texpr(TExprKind::Return(value), ty, span)
    }

    /// `e?` (LANGUAGE.md 3.7).
    pub fn try_expr(&mut self, inner: &Expr, span: Span) -> TExpr {
        let t = self.expr(inner, None);
        let known = self.ck.prog.known.clone();
        let (Some(option), Some(result)) = (known.option, known.result) else { return error_expr(span) };
        let ty = self.infer.shallow(&t.ty);
        let ret = self.infer.shallow(&self.ret.clone());
        match &ty {
            Ty::Con(TyCon::Adt(d), args) if *d == option => {
                let want = Ty::Con(TyCon::Adt(option), vec![self.fresh()]);
                if self.infer.unify(&ret, &want).is_err() {
                    self.try_return_error(span, "Option");
                }
                let v = args[0].clone();
                texpr(TExprKind::Try { expr: Box::new(t), kind: TryKind::Option }, v, span)
            }
            Ty::Con(TyCon::Adt(d), args) if *d == result => {
                let (v, e) = (args[0].clone(), args[1].clone());
                let convert = match &ret {
                    Ty::Var(_) => {
                        let ok = self.fresh();
                        let _ = self.infer.unify(&ret, &Ty::Con(TyCon::Adt(result), vec![ok, e.clone()]));
                        None
                    }
                    Ty::Con(TyCon::Adt(r), rargs) if *r == result => {
                        let target = rargs[1].clone();
                        if self.infer.probe(|cx| cx.unify(&e, &target).is_ok()) {
                            let _ = self.infer.unify(&e, &target);
                            None
                        } else {
                            self.error_conversion(&e, &target, span)
                        }
                    }
                    Ty::Error => None,
                    _ => {
                        self.try_return_error(span, "Result");
                        None
                    }
                };
                texpr(TExprKind::Try { expr: Box::new(t), kind: TryKind::Result { convert } }, v, span)
            }
            Ty::Error => error_expr(span),
            other => {
                let shown = self.show(other);
                self.error(codes::TRY_OPERAND, inner.span, format!("`?` requires `Result` or `Option`, found `{shown}`"), format!("this is `{shown}`"), "`?` unwraps `Ok(v)`/`Some(v)` and returns early on `Err`/`None`");
                error_expr(span)
            }
        }
    }

    fn try_return_error(&mut self, span: Span, kind: &str) {
        let shown = self.show(&self.ret.clone());
        let d = mesh_parse::Diagnostic::error(codes::TRY_RETURN, format!("`?` on {} {kind} requires function to return `{kind}`", article(kind)))
            .primary(self.file, span, format!("`?` may return early with {} {kind}", article(kind)))
            .secondary(self.file, self.ret_span, format!("the function returns `{shown}`"))
            .hint(format!("make the function return `{kind}`, or handle the value with `case`"));
        self.ck.diags.push(d);
    }

    /// `?` with differing error types: the `From<E1>` impl for `E2`.
    fn error_conversion(&mut self, from: &Ty, to: &Ty, span: Span) -> Option<crate::defs::DefId> {
        let iface = self.ck.prog.interface("From")?;
        let impls = self.ck.prog.impls.get(&iface).cloned().unwrap_or_default();
        let to_z = self.infer.zonk(to);
        let from_z = self.infer.zonk(from);
        for imp in impls {
            let crate::defs::DefKind::Impl(info) = &self.ck.prog.def(imp).kind else { continue };
            let (for_ty, src) = (info.for_ty.clone(), info.interface_args.first().cloned().unwrap_or(Ty::Error));
            let m = info.methods.iter().find(|(n, _)| *n == "from").map(|(_, d)| *d);
            if self.infer.probe(|cx| cx.unify(&for_ty, &to_z).is_ok() && cx.unify(&src, &from_z).is_ok()) {
                return m;
            }
        }
        let (f, t) = (self.show(&from_z), self.show(&to_z));
        self.error(codes::MISMATCH, span, format!("`?` cannot convert the error `{f}` into `{t}`"), format!("the error here is `{f}`"), format!("write `impl From<{f}> for {t}`, or convert the error before `?`"));
        None
    }
}

/// "an Option", "a Result".
fn article(word: &str) -> &'static str {
    if word.starts_with(['A', 'E', 'I', 'O', 'U']) {
        "an"
    } else {
        "a"
    }
}
