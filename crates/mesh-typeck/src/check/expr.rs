//! Expressions: literals, names, data (tuples, lists, maps, structs),
//! blocks and statements. Calls, operators and control flow have their own
//! files. Every rule returns a typed node; `expected` (when known) flows
//! down so closures and empty collections get their types from context.

use super::cx::FnCx;
use crate::codes;
use crate::defs::DefKind;
use crate::tast::*;
use crate::ty::{Ty, TyCon};
use mesh_parse::ast::*;
use mesh_parse::Span;

/// Whether a value is used or thrown away. Branches of an `if`/`case` in
/// statement position need not agree (LANGUAGE.md 7.2 item 2).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mode {
    Value,
    Discard,
}

pub fn texpr(kind: TExprKind, ty: Ty, span: Span) -> TExpr {
    TExpr { kind, ty, span }
}

pub fn error_expr(span: Span) -> TExpr {
    texpr(TExprKind::Error, Ty::Error, span)
}

impl FnCx<'_, '_> {
    pub fn expr(&mut self, e: &Expr, expected: Option<&Ty>) -> TExpr {
        self.expr_mode(e, expected, Mode::Value)
    }

    pub fn expr_mode(&mut self, e: &Expr, expected: Option<&Ty>, mode: Mode) -> TExpr {
        let t = self.synth(e, expected, mode);
        if let Some(x) = expected {
            if mode == Mode::Value {
                self.expect(&t.ty, x, e.span, None);
            }
        }
        t
    }

    fn synth(&mut self, e: &Expr, expected: Option<&Ty>, mode: Mode) -> TExpr {
        let span = e.span;
        match &e.kind {
            ExprKind::Lit(l) => texpr(TExprKind::Lit(l.clone()), literal_ty(l), span),
            ExprKind::Interpolated(parts) => self.interpolated(parts, span),
            ExprKind::Var(name) => self.var(*name, span),
            ExprKind::Path(path) => match expected.and_then(|x| self.variant_of_expected(path, x)) {
                Some((sum, index)) => self.variant_value(sum, index, span),
                None => self.path_value(path, span),
            },
            ExprKind::Wildcard => {
                self.error(codes::MISPLACED, span, "`_` is not a value", "only valid in patterns", "use `_` in a pattern (`let _ = ...`, a case arm) or name the value");
                error_expr(span)
            }
            ExprKind::OrPattern(_) | ExprKind::ConsPattern(..) => {
                let what = if matches!(&e.kind, ExprKind::OrPattern(_)) { "`|`" } else { "`::`" };
                self.error(codes::MISPLACED, span, format!("{what} builds a pattern, not a value"), "only valid in a pattern", "use it in a case arm or `let` pattern; join lists with `++` and build one with `[x] ++ xs`");
                error_expr(span)
            }
            ExprKind::Alias(inner, name) => {
                let _ = self.expr(inner, expected);
                self.error(codes::MISPLACED, span, format!("`as {}` is not a value", name.name), "`as` names a value only in a pattern", "use `p as name` in a case arm or `let` pattern; to convert a value call a conversion such as `String.from(x)`");
                error_expr(span)
            }
            ExprKind::Field(base, name) => self.field_value(base, *name, span),
            ExprKind::Call { callee, args, trailing } => self.call(callee, args, trailing.as_deref(), span, expected),
            ExprKind::Pipe(lhs, rhs) => self.pipe(lhs, rhs, span, expected),
            ExprKind::Index(base, _) => {
                let b = self.expr(base, None);
                let _ = b;
                self.error(codes::MISPLACED, span, "indexing with `[...]` is not supported", "not supported", "use `List.get(xs, i)`");
                error_expr(span)
            }
            ExprKind::Try(inner) => self.try_expr(inner, span),
            ExprKind::Unary(op, operand) => self.unary(*op, operand, span),
            ExprKind::Binary(op, a, b) => self.binary(*op, a, b, span),
            ExprKind::Tuple(es) => {
                let exp: Option<Vec<Ty>> = match expected.map(|t| self.infer.shallow(t)) {
                    Some(Ty::Tuple(ts)) if ts.len() == es.len() => Some(ts),
                    _ => None,
                };
                let items: Vec<TExpr> = es.iter().enumerate().map(|(i, x)| self.expr(x, exp.as_ref().map(|t| &t[i]))).collect();
                let ty = Ty::Tuple(items.iter().map(|t| t.ty.clone()).collect());
                texpr(TExprKind::Tuple(items), ty, span)
            }
            ExprKind::List(es) => self.list(es, span, expected),
            ExprKind::Map(entries) => self.map_literal(entries, span, expected),
            ExprKind::StructLit(lit) => self.struct_lit(lit, span),
            ExprKind::StructUpdate { base, fields } => self.struct_update(base, fields, span),
            ExprKind::If(i) => self.if_expr(i, span, expected, mode),
            ExprKind::Case { scrutinee, arms } => self.case_expr(scrutinee, arms, span, expected, mode),
            ExprKind::Receive { arms, after } => self.receive(arms, after.as_deref(), span, expected, mode),
            ExprKind::Closure(c) => self.closure(c, span, expected),
            ExprKind::For(f) => self.for_expr(f, span),
            ExprKind::While { cond, body } => self.while_expr(cond, body, span),
            ExprKind::Break | ExprKind::Continue => self.break_continue(matches!(e.kind, ExprKind::Break), span),
            ExprKind::Return(v) => self.return_expr(v.as_deref(), span),
            ExprKind::Error => error_expr(span),
        }
    }

    fn interpolated(&mut self, parts: &[StrPart], span: Span) -> TExpr {
        let mut out = Vec::new();
        for p in parts {
            match p {
                StrPart::Text(t) => out.push(TStrPart::Text(t.clone())),
                StrPart::Interp(e) => {
                    let t = self.expr(e, None);
                    self.require_named(&t.ty, "Display", e.span);
                    out.push(TStrPart::Expr(t));
                }
            }
        }
        texpr(TExprKind::Interpolated(out), Ty::string(), span)
    }

    /// A lowercase name: a local, then a function or actor in scope.
    fn var(&mut self, name: Ident, span: Span) -> TExpr {
        if let Some(id) = self.lookup_local(name.name) {
            if let Some(s) = self.poly.get(&id).cloned() {
                let (ty, args) = self.instantiate(&s, span);
                return texpr(TExprKind::LocalInst { id, args }, ty, span);
            }
            let ty = self.local_ty(id);
            return texpr(TExprKind::Local(id), ty, span);
        }
        if let Some(def) = self.ck.prog.lookup_value(self.module, name.name) {
            return self.def_value(def, span);
        }
        if self.ck.prog.module(self.module).unresolved.contains(&name.name) {
            return error_expr(span);
        }
        let mut names = self.visible_local_names();
        names.extend(self.ck.prog.visible_value_names(self.module));
        let hint = match crate::resolve::suggest(&name.name, names).as_slice() {
            [] => "define it, or import it with `from Module import name`".to_string(),
            s => format!("did you mean {}?", s.iter().map(|x| format!("`{x}`")).collect::<Vec<_>>().join(", ")),
        };
        self.error(codes::NOT_FOUND, span, format!("`{}` not found in this scope", name.name), "unknown name", hint);
        error_expr(span)
    }

    /// A definition used as a value: instantiated (or, inside its own
    /// recursive group, its monomorphic type).
    pub fn def_value(&mut self, def: crate::defs::DefId, span: Span) -> TExpr {
        if self.ck.poisoned.contains(&def) {
            return texpr(TExprKind::Def { def, args: Vec::new() }, Ty::Error, span);
        }
        if let Some(t) = self.group.types.get(&def) {
            return texpr(TExprKind::Def { def, args: Vec::new() }, t.clone(), span);
        }
        match &self.ck.prog.def(def).kind {
            DefKind::Fn(f) => match f.scheme.clone() {
                Some(s) => {
                    let (ty, args) = self.instantiate(&s, span);
                    texpr(TExprKind::Def { def, args }, ty, span)
                }
                None => {
                    // Not yet inferred (an error elsewhere broke the order).
                    texpr(TExprKind::Def { def, args: Vec::new() }, Ty::Error, span)
                }
            },
            DefKind::Actor(_) => {
                let (ty, args, _) = self.actor_instance(def, span);
                texpr(TExprKind::Def { def, args }, ty, span)
            }
            DefKind::Supervisor => texpr(TExprKind::Def { def, args: Vec::new() }, Ty::Fun(vec![], Box::new(Ty::untyped_pid())), span),
            _ => {
                let name = self.ck.prog.def(def).name;
                self.error(codes::NOT_CALLABLE, span, format!("`{name}` is not a value"), "a type, not a value", "use it in a type annotation, or call one of its functions");
                error_expr(span)
            }
        }
    }

    fn list(&mut self, es: &[Expr], span: Span, expected: Option<&Ty>) -> TExpr {
        let elem = match expected.map(|t| self.infer.shallow(t)) {
            Some(Ty::Con(TyCon::List, args)) if args.len() == 1 => args[0].clone(),
            _ => self.fresh(),
        };
        let mut items = Vec::new();
        let mut first_span = None;
        for x in es {
            let t = self.synth(x, Some(&elem), Mode::Value);
            let origin = first_span.and_then(|s| self.origin(s, "the first element"));
            self.expect(&t.ty, &elem, x.span, origin);
            first_span.get_or_insert(x.span);
            items.push(t);
        }
        texpr(TExprKind::List(items), Ty::list(elem), span)
    }

    fn map_literal(&mut self, entries: &[(Expr, Expr)], span: Span, expected: Option<&Ty>) -> TExpr {
        let (k, v) = match expected.map(|t| self.infer.shallow(t)) {
            Some(Ty::Con(TyCon::Map, args)) if args.len() == 2 => (args[0].clone(), args[1].clone()),
            _ => (self.fresh(), self.fresh()),
        };
        let mut out = Vec::new();
        for (ke, ve) in entries {
            let kt = self.expr(ke, Some(&k));
            let vt = self.expr(ve, Some(&v));
            out.push((kt, vt));
        }
        texpr(TExprKind::Map(out), Ty::map(k, v), span)
    }

    // ---------------------------------------------------------------- blocks

    pub fn block(&mut self, b: &Block, expected: Option<&Ty>, mode: Mode) -> TBlock {
        self.push_scope();
        let mut stmts = Vec::new();
        let mut ty = Ty::unit();
        let n = b.stmts.len();
        for (i, s) in b.stmts.iter().enumerate() {
            let last = i + 1 == n;
            let m = if last { mode } else { Mode::Discard };
            match &s.kind {
                StmtKind::Let(l) => {
                    let st = self.let_stmt(l, s.span);
                    if last {
                        ty = Ty::unit();
                    }
                    stmts.push(st);
                }
                StmtKind::Expr(e) => {
                    let exp = if last { expected } else { None };
                    let t = self.expr_mode(e, exp, m);
                    if last {
                        ty = if m == Mode::Discard { Ty::unit() } else { t.ty.clone() };
                    }
                    stmts.push(TStmt::Expr(t));
                }
                StmtKind::Error => stmts.push(TStmt::Expr(error_expr(s.span))),
            }
        }
        if n == 0 || matches!(b.stmts.last().map(|s| &s.kind), Some(StmtKind::Let(_))) {
            if let (Some(x), Mode::Value) = (expected, mode) {
                let at = b.stmts.last().map(|s| s.span).unwrap_or(b.span);
                self.expect(&Ty::unit(), x, at, None);
            }
        }
        self.pop_scope();
        TBlock { stmts, ty, span: b.span }
    }

    fn let_stmt(&mut self, l: &LetStmt, span: Span) -> TStmt {
        let declared = l.ty.as_ref().map(|t| self.lower_type(t));
        // Let-polymorphism (LANGUAGE.md 4): a function value bound by `let`
        // (a closure, or a function's name) is generalised.
        let generalise = declared.is_none() && matches!(l.pattern.kind, PatternKind::Bind(_)) && is_function_value(&l.value, self);
        if generalise {
            self.infer.level += 1;
        }
        let value = self.expr(&l.value, declared.as_ref());
        if generalise {
            self.infer.level -= 1;
            if let Some(scheme) = self.generalise_let(&value.ty) {
                let pattern = self.pattern(&l.pattern, &scheme.ty);
                let poly = scheme.params.clone();
                if let TPatternKind::Bind(id) = pattern.kind {
                    self.poly.insert(id, scheme);
                }
                return TStmt::Let { pattern, value, poly };
            }
        }
        let ty = declared.unwrap_or_else(|| value.ty.clone());
        let pattern = self.pattern(&l.pattern, &ty);
        self.duplicate_bindings(std::slice::from_ref(&pattern));
        let _ = span;
        TStmt::Let { pattern, value, poly: Vec::new() }
    }

    /// Quantifies the variables of `ty` created inside the `let` just
    /// checked; the interface constraints on them become the scheme's bounds.
    fn generalise_let(&mut self, ty: &Ty) -> Option<crate::defs::Scheme> {
        let vars = self.infer.generalisable_vars(ty);
        if vars.is_empty() {
            return None;
        }
        let mut params = Vec::new();
        for (i, v) in vars.iter().enumerate() {
            let p = self.ck.fresh_param(mesh_parse::Name::new(&format!("t{i}")));
            self.infer.bind_to_param(*v, p);
            params.push(p);
        }
        let saved = (std::mem::take(&mut self.inferable_params), self.param_bounds.len());
        self.inferable_params = params.clone();
        let pending = std::mem::take(self.constraints);
        let mut keep = Vec::new();
        for c in pending {
            let z = self.infer.zonk(&c.ty);
            let mut mentions = false;
            z.walk(&mut |t| {
                if let Ty::Param(p) = t {
                    mentions |= params.contains(p);
                }
            });
            if mentions {
                let _ = self.implements(&z, c.iface);
            } else {
                keep.push(c);
            }
        }
        *self.constraints = keep;
        let bounds: Vec<(crate::ty::ParamId, crate::defs::DefId)> = self.param_bounds.split_off(saved.1).into_iter().filter(|(p, _)| params.contains(p)).collect();
        self.inferable_params = saved.0;
        let ty = self.infer.zonk(ty);
        Some(crate::defs::Scheme { params, bounds, ty })
    }

    /// A name bound twice in one pattern group (`let (a, a) = ...`,
    /// `fn f(a, a)`).
    pub fn duplicate_bindings(&mut self, pats: &[TPattern]) {
        let mut seen: Vec<(mesh_parse::Name, Span)> = Vec::new();
        for p in pats {
            let mut ids = Vec::new();
            super::pattern::collect_binds(p, &mut |id| ids.push(id));
            for id in ids {
                let info = self.locals[id.0 as usize].clone();
                if let Some((_, first)) = seen.iter().find(|(n, _)| *n == info.name) {
                    let first = *first;
                    let d = mesh_parse::Diagnostic::error(codes::DUPLICATE, format!("`{}` is bound twice in this pattern", info.name))
                        .primary(self.file, info.span, "bound again here")
                        .secondary(self.file, first, "first bound here")
                        .hint("use a different name, or `_` for a value you do not need");
                    self.ck.diags.push(d);
                } else {
                    seen.push((info.name, info.span));
                }
            }
        }
    }

    /// A type annotation inside a body (generic names of the enclosing
    /// function are not in scope in this version: annotate with concrete
    /// types).
    pub fn lower_type(&mut self, t: &TypeExpr) -> Ty {
        let scope = self.type_scope.clone();
        let file = self.file;
        crate::lower::Lowerer { prog: &self.ck.prog, module: self.module, file, diags: &mut self.ck.diags }.lower(&scope, t)
    }
}

/// A closure, or the name of a function: values worth generalising.
fn is_function_value(e: &Expr, cx: &mut FnCx) -> bool {
    match &e.kind {
        ExprKind::Closure(_) => true,
        ExprKind::Var(n) => cx.lookup_local(n.name).is_none() && cx.ck.prog.lookup_value(cx.module, n.name).is_some(),
        ExprKind::Field(base, _) => matches!(base.kind, ExprKind::Path(_)),
        _ => false,
    }
}

pub fn literal_ty(l: &Literal) -> Ty {
    match l {
        Literal::Int(_) => Ty::int(),
        Literal::Float(_) => Ty::float(),
        Literal::Str(_) => Ty::string(),
        Literal::Bool(_) => Ty::bool(),
        Literal::Unit => Ty::unit(),
        Literal::Atom(_) => Ty::atom(),
    }
}
