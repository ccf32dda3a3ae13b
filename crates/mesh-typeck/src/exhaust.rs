//! Exhaustiveness and redundancy (Maranget, "Warnings for pattern
//! matching"): every `case`, `receive`, multi-clause function and closure,
//! `let` and `for` binding. A missing case names a value not covered
//! (E0012); an arm that cannot match is a warning (E0013); a catch-all
//! clause before others is E0022. Guarded arms count for neither.

use crate::checker::Checker;
use crate::codes;
use crate::defs::{DefId, DefKind, Program};
use crate::tast::*;
use crate::ty::{Ty, TyCon};
use mesh_parse::ast::Literal;
use mesh_parse::{Diagnostic, FileId, Span};

/// A constructor of the simplified pattern language.
#[derive(Clone, Debug, PartialEq)]
enum Ctor {
    Variant(DefId, u32),
    Bool(bool),
    /// The one constructor of a tuple, struct, or `()`.
    Single(usize),
    Nil,
    Cons,
    /// A literal of an infinite type (Int, Float, String, Atom).
    Lit(String),
}

#[derive(Clone, Debug)]
enum Pat {
    Wild,
    Ctor(Ctor, Vec<Pat>),
    Or(Vec<Pat>),
}

fn lit_key(l: &Literal) -> String {
    match l {
        Literal::Int(n) => format!("{n}"),
        Literal::Float(f) => format!("{f:?}"),
        Literal::Str(s) => format!("{s:?}"),
        Literal::Bool(b) => format!("{b}"),
        Literal::Unit => "()".into(),
        Literal::Atom(a) => format!(":{a}"),
    }
}

fn simplify(p: &TPattern) -> Option<Pat> {
    Some(match &p.kind {
        TPatternKind::Wildcard | TPatternKind::Bind(_) => Pat::Wild,
        TPatternKind::Error => return None,
        TPatternKind::As(inner, _) => simplify(inner)?,
        TPatternKind::Lit(Literal::Bool(b)) => Pat::Ctor(Ctor::Bool(*b), vec![]),
        TPatternKind::Lit(Literal::Unit) => Pat::Ctor(Ctor::Single(0), vec![]),
        TPatternKind::Lit(l) => Pat::Ctor(Ctor::Lit(lit_key(l)), vec![]),
        TPatternKind::Tuple(ps) => Pat::Ctor(Ctor::Single(ps.len()), ps.iter().map(simplify).collect::<Option<_>>()?),
        TPatternKind::MapEntry(a, b) => Pat::Ctor(Ctor::Single(2), vec![simplify(a)?, simplify(b)?]),
        TPatternKind::Variant { sum, index, args } => Pat::Ctor(Ctor::Variant(*sum, *index), args.iter().map(simplify).collect::<Option<_>>()?),
        TPatternKind::Struct { fields, .. } => {
            let n = match &p.ty {
                Ty::Con(TyCon::Adt(_), _) => fields.iter().map(|(i, _)| *i as usize + 1).max().unwrap_or(0),
                _ => 0,
            };
            let mut args = vec![Pat::Wild; n];
            for (i, f) in fields {
                args[*i as usize] = simplify(f)?;
            }
            Pat::Ctor(Ctor::Single(usize::MAX), args)
        }
        TPatternKind::List(ps) => {
            let mut out = Pat::Ctor(Ctor::Nil, vec![]);
            for x in ps.iter().rev() {
                out = Pat::Ctor(Ctor::Cons, vec![simplify(x)?, out]);
            }
            out
        }
        TPatternKind::Cons(h, t) => Pat::Ctor(Ctor::Cons, vec![simplify(h)?, simplify(t)?]),
        TPatternKind::Or(alts) => Pat::Or(alts.iter().map(simplify).collect::<Option<_>>()?),
    })
}

struct Matcher<'p> {
    prog: &'p Program,
}

impl Matcher<'_> {
    /// The constructors of a type with their field types; `None` for types
    /// with infinitely many (or unknown) values.
    fn ctors(&self, ty: &Ty) -> Option<Vec<(Ctor, Vec<Ty>)>> {
        match ty {
            Ty::Con(TyCon::Bool, _) => Some(vec![(Ctor::Bool(false), vec![]), (Ctor::Bool(true), vec![])]),
            Ty::Con(TyCon::Unit, _) => Some(vec![(Ctor::Single(0), vec![])]),
            Ty::Tuple(ts) => Some(vec![(Ctor::Single(ts.len()), ts.clone())]),
            Ty::Con(TyCon::List, args) => Some(vec![(Ctor::Nil, vec![]), (Ctor::Cons, vec![args[0].clone(), ty.clone()])]),
            Ty::Con(TyCon::Adt(d), args) => match &self.prog.def(*d).kind {
                DefKind::Sum(s) => {
                    let sub = |p| s.params.iter().position(|x| *x == p).map(|i| args[i].clone());
                    Some(s.variants.iter().enumerate().map(|(i, v)| (Ctor::Variant(*d, i as u32), v.fields.iter().map(|f| f.subst(&sub)).collect())).collect())
                }
                DefKind::Struct(s) => {
                    let sub = |p| s.params.iter().position(|x| *x == p).map(|i| args[i].clone());
                    Some(vec![(Ctor::Single(usize::MAX), s.fields.iter().map(|f| f.ty.subst(&sub)).collect())])
                }
                _ => None,
            },
            _ => None,
        }
    }

    fn same(a: &Ctor, b: &Ctor) -> bool {
        match (a, b) {
            (Ctor::Single(_), Ctor::Single(_)) => true,
            _ => a == b,
        }
    }

    /// Rows of `matrix` whose first column matches `c`, with that column
    /// replaced by `c`'s fields.
    fn specialize(rows: &[Vec<Pat>], c: &Ctor, arity: usize) -> Vec<Vec<Pat>> {
        let mut out = Vec::new();
        for row in rows {
            Self::specialize_row(row, c, arity, &mut out);
        }
        out
    }

    fn specialize_row(row: &[Pat], c: &Ctor, arity: usize, out: &mut Vec<Vec<Pat>>) {
        match &row[0] {
            Pat::Wild => {
                let mut r = vec![Pat::Wild; arity];
                r.extend_from_slice(&row[1..]);
                out.push(r);
            }
            Pat::Ctor(d, args) if Self::same(c, d) => {
                let mut r: Vec<Pat> = args.clone();
                r.resize(arity, Pat::Wild);
                r.extend_from_slice(&row[1..]);
                out.push(r);
            }
            Pat::Ctor(..) => {}
            Pat::Or(alts) => {
                for a in alts {
                    let mut r = vec![a.clone()];
                    r.extend_from_slice(&row[1..]);
                    Self::specialize_row(&r, c, arity, out);
                }
            }
        }
    }

    fn default_rows(rows: &[Vec<Pat>]) -> Vec<Vec<Pat>> {
        let mut out = Vec::new();
        for row in rows {
            match &row[0] {
                Pat::Wild => out.push(row[1..].to_vec()),
                Pat::Or(alts) => {
                    for a in alts {
                        let mut r = vec![a.clone()];
                        r.extend_from_slice(&row[1..]);
                        out.extend(Self::default_rows(&[r]));
                    }
                }
                Pat::Ctor(..) => {}
            }
        }
        out
    }

    fn head_ctors(rows: &[Vec<Pat>], out: &mut Vec<Ctor>) {
        for row in rows {
            match &row[0] {
                Pat::Ctor(c, _) => {
                    if !out.iter().any(|x| Self::same(x, c)) {
                        out.push(c.clone());
                    }
                }
                Pat::Or(alts) => {
                    let sub: Vec<Vec<Pat>> = alts.iter().map(|a| vec![a.clone()]).collect();
                    Self::head_ctors(&sub, out);
                }
                Pat::Wild => {}
            }
        }
    }

    /// A vector of values matched by `q` and by no row, if one exists
    /// (`q` all wildcards: exhaustiveness; a real row: usefulness).
    fn useful(&self, rows: &[Vec<Pat>], q: &[Pat], tys: &[Ty]) -> Option<Vec<String>> {
        if q.is_empty() {
            return rows.is_empty().then(Vec::new);
        }
        if tys.len() < q.len() {
            // After a type error a pattern may not fit its type: read the
            // missing columns as of unknown type.
            let mut padded = tys.to_vec();
            padded.resize(q.len(), Ty::Error);
            return self.useful(rows, q, &padded);
        }
        match &q[0] {
            Pat::Or(alts) => {
                for a in alts {
                    let mut q2 = vec![a.clone()];
                    q2.extend_from_slice(&q[1..]);
                    if let Some(w) = self.useful(rows, &q2, tys) {
                        return Some(w);
                    }
                }
                None
            }
            Pat::Ctor(c, args) => {
                let arity = args.len();
                let field_tys = self.field_tys(&tys[0], c, arity);
                let rows2 = Self::specialize(rows, c, arity);
                let mut q2: Vec<Pat> = args.clone();
                q2.extend_from_slice(&q[1..]);
                let mut t2 = field_tys;
                t2.extend_from_slice(&tys[1..]);
                let w = self.useful(&rows2, &q2, &t2)?;
                Some(self.rebuild(c, &tys[0], w, arity))
            }
            Pat::Wild => {
                let mut seen = Vec::new();
                Self::head_ctors(rows, &mut seen);
                let all = self.ctors(&tys[0]);
                let complete = all.as_ref().is_some_and(|all| !all.is_empty() && all.iter().all(|(c, _)| seen.iter().any(|s| Self::same(s, c))));
                if complete {
                    for (c, fts) in all.expect("complete implies known") {
                        let arity = fts.len();
                        let rows2 = Self::specialize(rows, &c, arity);
                        let mut q2 = vec![Pat::Wild; arity];
                        q2.extend_from_slice(&q[1..]);
                        let mut t2 = fts;
                        t2.extend_from_slice(&tys[1..]);
                        if let Some(w) = self.useful(&rows2, &q2, &t2) {
                            return Some(self.rebuild(&c, &tys[0], w, arity));
                        }
                    }
                    None
                } else {
                    let rows2 = Self::default_rows(rows);
                    let mut w = self.useful(&rows2, &q[1..], &tys[1..])?;
                    // A constructor not mentioned, if the type has finitely many.
                    let missing = all.and_then(|all| all.into_iter().find(|(c, _)| !seen.iter().any(|s| Self::same(s, c))));
                    let head = match missing {
                        Some((c, fts)) => {
                            let inner = vec!["_".to_string(); fts.len()];
                            self.rebuild(&c, &tys[0], inner, fts.len()).remove(0)
                        }
                        None => "_".to_string(),
                    };
                    w.insert(0, head);
                    Some(w)
                }
            }
        }
    }

    fn field_tys(&self, ty: &Ty, c: &Ctor, arity: usize) -> Vec<Ty> {
        self.ctors(ty)
            .and_then(|all| all.into_iter().find(|(x, _)| Self::same(x, c)).map(|(_, f)| f))
            .filter(|f| f.len() == arity)
            .unwrap_or_else(|| vec![Ty::Error; arity])
    }

    /// Puts a constructor back around the witnesses of its fields.
    fn rebuild(&self, c: &Ctor, ty: &Ty, mut w: Vec<String>, arity: usize) -> Vec<String> {
        let fields: Vec<String> = w.drain(..arity.min(w.len())).collect();
        let text = match c {
            Ctor::Variant(d, i) => {
                let name = match &self.prog.def(*d).kind {
                    DefKind::Sum(s) => s.variants[*i as usize].name.to_string(),
                    _ => "?".into(),
                };
                if fields.is_empty() {
                    name
                } else {
                    format!("{name}({})", fields.join(", "))
                }
            }
            Ctor::Bool(b) => b.to_string(),
            Ctor::Single(_) => match ty {
                Ty::Con(TyCon::Adt(d), _) => format!("{} {{ .. }}", self.prog.def(*d).name),
                Ty::Con(TyCon::Unit, _) => "()".into(),
                _ => format!("({})", fields.join(", ")),
            },
            Ctor::Nil => "[]".into(),
            Ctor::Cons => format!("{} :: {}", fields.first().map(String::as_str).unwrap_or("_"), fields.get(1).map(String::as_str).unwrap_or("_")),
            Ctor::Lit(l) => l.clone(),
        };
        w.insert(0, text);
        w
    }
}

struct Walker<'c, 'a> {
    ck: &'c mut Checker<'a>,
    file: FileId,
}

fn has_error(p: &TPattern) -> bool {
    simplify(p).is_none() || matches!(p.ty, Ty::Error)
}

impl Walker<'_, '_> {
    fn report(&mut self, code: &'static str, span: Span, message: String, label: String, hint: String, warning: bool) {
        let d = if warning { Diagnostic::warning(code, message) } else { Diagnostic::error(code, message) };
        self.ck.diags.push(d.primary(self.file, span, label).hint(hint));
    }

    /// Rows are `(patterns, guarded, span)`; reports unreachable rows and
    /// a missing value. `what` names the construct.
    fn check_rows(&mut self, rows: Vec<(Vec<TPattern>, bool, Span)>, tys: Vec<Ty>, whole: Span, what: &str, clauses: bool) {
        self.check_rows_as(rows, tys, whole, what, clauses, false)
    }

    /// `missing_is_warning`: a `receive` may leave some messages unmatched
    /// (the actor crashes if one arrives), so that is only a warning.
    fn check_rows_as(&mut self, rows: Vec<(Vec<TPattern>, bool, Span)>, tys: Vec<Ty>, whole: Span, what: &str, clauses: bool, missing_is_warning: bool) {
        if rows.iter().any(|(ps, _, _)| ps.iter().any(has_error)) || tys.iter().any(|t| matches!(t, Ty::Error)) {
            return;
        }
        let m = Matcher { prog: &self.ck.prog };
        let mut matrix: Vec<Vec<Pat>> = Vec::new();
        let n = rows.len();
        let mut reports = Vec::new();
        for (k, (ps, guarded, span)) in rows.iter().enumerate() {
            let row: Vec<Pat> = ps.iter().map(|p| simplify(p).expect("checked above")).collect();
            if m.useful(&matrix, &row, &tys).is_none() {
                let catch_all = clauses && ps.iter().all(|p| matches!(simplify(p), Some(Pat::Wild)));
                reports.push((k, *span, catch_all));
            }
            if !guarded {
                matrix.push(row);
            }
        }
        let wild = vec![Pat::Wild; tys.len()];
        let missing = m.useful(&matrix, &wild, &tys);
        for (k, span, _) in reports {
            // A catch-all clause before others makes the later ones dead: E0022.
            let earlier_catch_all = clauses && rows[..k].iter().any(|(ps, g, _)| !g && ps.iter().all(|p| matches!(simplify(p), Some(Pat::Wild))));
            if earlier_catch_all {
                let at = rows[..k].iter().find(|(ps, g, _)| !g && ps.iter().all(|p| matches!(simplify(p), Some(Pat::Wild)))).map(|r| r.2).unwrap_or(span);
                self.report(codes::CATCH_ALL_NOT_LAST, at, "a catch-all clause must come last".into(), "this catch-all clause matches everything".into(), "move the catch-all clause after the more specific ones".into(), false);
                break;
            }
            let _ = n;
            self.report(codes::UNREACHABLE, span, format!("unreachable {}", if clauses { "clause" } else { "arm" }), "earlier patterns already match every value this one does".into(), "remove it, or move it above the arm that covers it".into(), true);
        }
        if let Some(w) = missing {
            let value = if w.len() == 1 { w[0].clone() } else { format!("({})", w.join(", ")) };
            let guarded = rows.iter().any(|(_, g, _)| *g);
            let hint = match (what, value.as_str()) {
                (_, _) if missing_is_warning => format!("a message matching `{value}` would crash the actor; add an arm for it, or `_ -> ...`"),
                ("`let` pattern" | "`for` binding" | "state pattern" | "handler parameter", _) => "this pattern can fail: use `case` to handle the other values".to_string(),
                (_, "_") if guarded => "guarded arms do not count toward exhaustiveness: add an arm without a guard, or a catch-all `_ -> ...`".to_string(),
                (_, "_") => "add a catch-all `_ -> ...`".to_string(),
                ("function clauses", _) => format!("add a clause for `{value}`, or a catch-all clause"),
                _ => format!("add an arm for `{value}`, or a catch-all `_ -> ...`"),
            };
            let message = if missing_is_warning { format!("{what} does not handle every message: `{value}` not covered") } else { format!("non-exhaustive {what}: `{value}` not covered") };
            self.report(codes::NON_EXHAUSTIVE, whole, message, format!("`{value}` not covered"), hint, missing_is_warning);
        }
    }

    fn function(&mut self, f: &TFunction) {
        let n = f.clauses.first().map(|c| c.params.len()).unwrap_or(0);
        if n > 0 || f.clauses.len() > 1 {
            let tys: Vec<Ty> = f.clauses.first().map(|c| c.params.iter().map(|p| p.ty.clone()).collect()).unwrap_or_default();
            let rows = f.clauses.iter().map(|c| (c.params.clone(), c.guard.is_some(), c.span)).collect();
            let whole = f.clauses.first().map(|c| c.span).unwrap_or_default();
            self.check_rows(rows, tys, whole, "function clauses", true);
        }
        for c in &f.clauses {
            if let Some(g) = &c.guard {
                self.expr(g);
            }
            self.block(&c.body);
        }
        if let Some(t) = &f.terminate {
            self.block(t);
        }
    }

    fn block(&mut self, b: &TBlock) {
        for s in &b.stmts {
            match s {
                TStmt::Let { pattern, value, .. } => {
                    self.irrefutable(pattern, "`let` pattern");
                    self.expr(value);
                }
                TStmt::Expr(e) => self.expr(e),
            }
        }
    }

    fn irrefutable(&mut self, p: &TPattern, what: &str) {
        if matches!(p.kind, TPatternKind::Bind(_) | TPatternKind::Wildcard) {
            return;
        }
        self.check_rows(vec![(vec![p.clone()], false, p.span)], vec![p.ty.clone()], p.span, what, false);
    }

    fn arms(&mut self, arms: &[TArm], ty: &Ty, whole: Span, what: &str) {
        let rows = arms.iter().map(|a| (vec![a.pattern.clone()], a.guard.is_some(), a.span)).collect();
        self.check_rows_as(rows, vec![ty.clone()], whole, what, false, what == "`receive`");
        for a in arms {
            if let Some(g) = &a.guard {
                self.expr(g);
            }
            self.block(&a.body);
        }
    }

    fn expr(&mut self, e: &TExpr) {
        match &e.kind {
            TExprKind::Case { scrutinee, arms } => {
                self.expr(scrutinee);
                // Point at `case <scrutinee>`, not the whole expression.
                let head = Span::new(e.span.start as usize, (scrutinee.span.end as usize).max(e.span.start as usize));
                self.arms(arms, &scrutinee.ty, head, "`case`");
            }
            TExprKind::Receive { arms, after } => {
                let msg = arms.first().map(|a| a.pattern.ty.clone()).unwrap_or(Ty::Error);
                if !matches!(msg, Ty::Con(TyCon::Dyn, _)) && !arms.is_empty() {
                    let head = Span::new(e.span.start as usize, e.span.start as usize + "receive".len());
                    self.arms(arms, &msg, head, "`receive`");
                } else {
                    arms.iter().for_each(|a| self.block(&a.body));
                }
                if let Some((t, b)) = after {
                    self.expr(t);
                    self.block(b);
                }
            }
            TExprKind::Closure(c) => {
                let tys: Vec<Ty> = c.clauses.first().map(|cl| cl.params.iter().map(|p| p.ty.clone()).collect()).unwrap_or_default();
                if !tys.is_empty() {
                    let rows = c.clauses.iter().map(|cl| (cl.params.clone(), cl.guard.is_some(), cl.span)).collect();
                    self.check_rows(rows, tys, e.span, "closure clauses", true);
                }
                for cl in &c.clauses {
                    if let Some(g) = &cl.guard {
                        self.expr(g);
                    }
                    self.block(&cl.body);
                }
            }
            TExprKind::For { pattern, iter, filter, body, .. } => {
                self.irrefutable(pattern, "`for` binding");
                self.expr(iter);
                if let Some(f) = filter {
                    self.expr(f);
                }
                self.block(body);
            }
            TExprKind::Interpolated(parts) => parts.iter().for_each(|p| {
                if let TStrPart::Expr(x) = p {
                    self.expr(x);
                }
            }),
            TExprKind::Call { callee, args } => {
                self.expr(callee);
                args.iter().for_each(|a| self.expr(a));
            }
            TExprKind::Field { base, .. } | TExprKind::Unary { operand: base, .. } | TExprKind::Try { expr: base, .. } | TExprKind::Return(Some(base)) => self.expr(base),
            TExprKind::StructLit { fields, .. } | TExprKind::Tuple(fields) | TExprKind::List(fields) => fields.iter().for_each(|x| self.expr(x)),
            TExprKind::StructUpdate { base, updates } => {
                self.expr(base);
                updates.iter().for_each(|(_, x)| self.expr(x));
            }
            TExprKind::Map(es) => es.iter().for_each(|(k, v)| {
                self.expr(k);
                self.expr(v);
            }),
            TExprKind::Binary { lhs, rhs, .. } => {
                self.expr(lhs);
                self.expr(rhs);
            }
            TExprKind::If { cond, then, els } => {
                self.expr(cond);
                self.block(then);
                if let Some(b) = els {
                    self.block(b);
                }
            }
            TExprKind::While { cond, body } => {
                self.expr(cond);
                self.block(body);
            }
            TExprKind::Block(b) => self.block(b),
            _ => {}
        }
    }
}

pub fn check_program(ck: &mut Checker) {
    let mut fns: Vec<TFunction> = ck.prog.functions.values().cloned().collect();
    fns.sort_by_key(|f| f.def);
    for f in &fns {
        let module = ck.prog.def(f.def).module;
        let file = ck.file(module);
        Walker { ck, file }.function(f);
    }
    let mut services: Vec<(DefId, Vec<THandler>)> = ck.prog.handlers.iter().map(|(d, h)| (*d, h.clone())).collect();
    services.sort_by_key(|(d, _)| *d);
    for (d, hs) in services {
        let file = ck.file(ck.prog.def(d).module);
        let mut w = Walker { ck, file };
        for h in &hs {
            w.irrefutable(&h.state, "state pattern");
            for p in &h.params {
                w.irrefutable(p, "handler parameter");
            }
            w.block(&h.body);
        }
    }
}
