//! Pattern matching compiled to decision trees (Maranget, "Compiling
//! pattern matching to good decision trees"): a matrix of rows (one per
//! arm or clause, split at or-patterns) over occurrences (MIR variables);
//! the first row's first column picks the test (a `Switch` on a variant
//! tag, Int or Bool; an equality chain for strings and floats; a length
//! test for lists); tuples and structs expand without a test. Arm bodies
//! are join points, so no body is duplicated; a failed guard goes on with
//! the rows below it.

use super::func::FnLower;
use crate::mir::{Cmp, Expr, JoinId, Prim, Var};
use mesh_parse::ast::Literal;
use mesh_rt::abi;
use mesh_typeck::tast::*;
use mesh_typeck::ty::{Ty, TyCon};

/// One arm (or clause): its patterns (one per column), guard and body.
pub struct Arm<'p> {
    pub pats: Vec<&'p TPattern>,
    pub guard: Option<&'p TExpr>,
    pub body: &'p TBlock,
}

#[derive(Clone)]
struct Col {
    var: Var,
    ty: Ty,
    pat: TPattern,
}

#[derive(Clone)]
struct Row<'p> {
    cols: Vec<Col>,
    guard: Option<&'p TExpr>,
    binds: Vec<(LocalId, Var)>,
    arm: usize,
}

impl<'b, 'p> FnLower<'b, 'p> {
    /// Matches the values in `cols` against `arms`; `fail` runs when no
    /// arm matches.
    pub fn match_arms(&mut self, cols: &[(Var, Ty)], arms: Vec<Arm<'p>>, fail: Expr, tail: bool) -> Expr {
        let labels: Vec<JoinId> = arms.iter().map(|_| self.join()).collect();
        let rows: Vec<Row<'p>> = arms.iter().enumerate().map(|(i, a)| self.row(cols, &a.pats, a.guard, i)).collect();
        let mut out = self.compile(rows, &fail, &labels);
        for (i, a) in arms.iter().enumerate().rev() {
            let body = self.block(a.body, tail);
            out = Expr::Join { label: labels[i], params: Vec::new(), join: Box::new(body), body: Box::new(out) };
        }
        out
    }

    /// Matches one row of patterns, then runs `rest` (already lowered).
    pub fn match_pattern_then(&mut self, cols: &[(Var, Ty)], pats: Vec<&'p TPattern>, rest: Expr, fail: Expr) -> Expr {
        let label = self.join();
        let row = self.row(cols, &pats, None, 0);
        let tree = self.compile(vec![row], &fail, &[label]);
        Expr::Join { label, params: Vec::new(), join: Box::new(rest), body: Box::new(tree) }
    }

    fn row(&mut self, cols: &[(Var, Ty)], pats: &[&'p TPattern], guard: Option<&'p TExpr>, arm: usize) -> Row<'p> {
        let cols = cols.iter().zip(pats).map(|((v, t), p)| Col { var: *v, ty: t.clone(), pat: (*p).clone() }).collect();
        Row { cols, guard, binds: Vec::new(), arm }
    }

    /// Removes columns that always match (recording bindings) and splits
    /// rows at or-patterns.
    fn normalize(&mut self, rows: Vec<Row<'p>>) -> Vec<Row<'p>> {
        let mut out = Vec::new();
        let mut work: Vec<Row<'p>> = rows.into_iter().rev().collect();
        'rows: while let Some(mut row) = work.pop() {
            let mut i = 0;
            while i < row.cols.len() {
                let col = row.cols[i].clone();
                match &col.pat.kind {
                    TPatternKind::Wildcard | TPatternKind::Error | TPatternKind::Lit(Literal::Unit) => {
                        row.cols.remove(i);
                    }
                    TPatternKind::Bind(id) => {
                        row.binds.push((*id, col.var));
                        row.cols.remove(i);
                    }
                    TPatternKind::As(inner, id) => {
                        row.binds.push((*id, col.var));
                        row.cols[i].pat = (**inner).clone();
                    }
                    TPatternKind::Or(alts) => {
                        // One row per alternative, in order.
                        for alt in alts.iter().rev() {
                            let mut r = row.clone();
                            r.cols[i].pat = alt.clone();
                            work.push(r);
                        }
                        continue 'rows;
                    }
                    _ => i += 1,
                }
            }
            out.push(row);
        }
        out
    }

    fn compile(&mut self, rows: Vec<Row<'p>>, fail: &Expr, labels: &[JoinId]) -> Expr {
        let rows = self.normalize(rows);
        let Some(first) = rows.first() else { return fail.clone() };
        if first.cols.is_empty() {
            return self.leaf(rows, fail, labels);
        }
        let col = first.cols[0].clone();
        match &col.pat.kind {
            TPatternKind::Variant { .. } => self.switch_variant(&col, rows, fail, labels),
            TPatternKind::Lit(Literal::Int(_)) | TPatternKind::Lit(Literal::Bool(_)) => self.switch_int(&col, rows, fail, labels),
            TPatternKind::Lit(_) => self.chain_literals(&col, rows, fail, labels),
            TPatternKind::Tuple(_) | TPatternKind::MapEntry(..) => self.expand_tuple(&col, rows, fail, labels),
            TPatternKind::Struct { .. } => self.expand_struct(&col, rows, fail, labels),
            TPatternKind::List(_) | TPatternKind::Cons(..) => self.split_list(&col, rows, fail, labels),
            _ => fail.clone(),
        }
    }

    /// The first row matches: bind, test its guard, jump to its arm.
    fn leaf(&mut self, mut rows: Vec<Row<'p>>, fail: &Expr, labels: &[JoinId]) -> Expr {
        let row = rows.remove(0);
        let jump = Expr::Jump(labels[row.arm], Vec::new());
        let body = match row.guard {
            Some(g) => {
                let binds_for_guard = row.binds.clone();
                let cond = self.expr(g, false);
                let rest = self.compile(rows, fail, labels);
                let _ = binds_for_guard;
                Expr::if_(cond, jump, rest)
            }
            None => jump,
        };
        let mut out = body;
        for (id, v) in row.binds.iter().rev() {
            let target = self.var(*id);
            out = Expr::let_(target, Expr::Var(*v), out);
        }
        out
    }

    /// Splits `rows` on the pattern each has at occurrence `var`: `keep`
    /// decides, for a row with a pattern there, whether it stays and with
    /// which replacement columns; rows without a pattern there stay as they
    /// are.
    fn specialize(&self, rows: &[Row<'p>], var: Var, mut keep: impl FnMut(&TPattern) -> Option<Vec<Col>>) -> Vec<Row<'p>> {
        let mut out = Vec::new();
        for row in rows {
            match row.cols.iter().position(|c| c.var == var) {
                None => out.push(row.clone()),
                Some(i) => {
                    if let Some(sub) = keep(&row.cols[i].pat) {
                        let mut r = row.clone();
                        r.cols.splice(i..=i, sub);
                        out.push(r);
                    }
                }
            }
        }
        out
    }

    /// Rows with no pattern at `var` (they match whatever is there).
    fn defaults(&self, rows: &[Row<'p>], var: Var) -> Vec<Row<'p>> {
        rows.iter().filter(|r| !r.cols.iter().any(|c| c.var == var)).cloned().collect()
    }

    fn switch_variant(&mut self, col: &Col, rows: Vec<Row<'p>>, fail: &Expr, labels: &[JoinId]) -> Expr {
        let mut tags: Vec<u32> = Vec::new();
        for r in &rows {
            if let Some(c) = r.cols.iter().find(|c| c.var == col.var) {
                if let TPatternKind::Variant { index, .. } = c.pat.kind {
                    if !tags.contains(&index) {
                        tags.push(index);
                    }
                }
            }
        }
        let nvariants = match &col.ty {
            Ty::Con(TyCon::Adt(d), _) => match &self.b.prog.def(*d).kind {
                mesh_typeck::defs::DefKind::Sum(s) => s.variants.len(),
                _ => 0,
            },
            _ => 0,
        };
        let mut cases = Vec::new();
        for tag in tags.iter().copied() {
            let ftys = self.b.variant_fields(&col.ty, tag);
            let fvars: Vec<Var> = ftys.iter().map(|_| self.fresh()).collect();
            let sub = self.specialize(&rows, col.var, |p| match &p.kind {
                TPatternKind::Variant { index, args, .. } if *index == tag => {
                    Some(args.iter().zip(&fvars).zip(&ftys).map(|((a, v), t)| Col { var: *v, ty: t.clone(), pat: a.clone() }).collect())
                }
                _ => None,
            });
            let mut body = self.compile(sub, fail, labels);
            for (i, v) in fvars.iter().enumerate().rev() {
                body = Expr::let_(*v, Expr::load(Expr::Var(col.var), abi::SUM_FIELDS as u32 + i as u32), body);
            }
            cases.push((tag as i64, body));
        }
        let default = if tags.len() == nvariants { fail.clone() } else { self.compile(self.defaults(&rows, col.var), fail, labels) };
        Expr::Switch { scrutinee: Box::new(Expr::load(Expr::Var(col.var), abi::SUM_TAG as u32)), cases, default: Box::new(default) }
    }

    fn switch_int(&mut self, col: &Col, rows: Vec<Row<'p>>, fail: &Expr, labels: &[JoinId]) -> Expr {
        let value = |p: &TPattern| match &p.kind {
            TPatternKind::Lit(Literal::Int(n)) => Some(*n),
            TPatternKind::Lit(Literal::Bool(b)) => Some(*b as i64),
            _ => None,
        };
        let mut values: Vec<i64> = Vec::new();
        for r in &rows {
            if let Some(n) = r.cols.iter().find(|c| c.var == col.var).and_then(|c| value(&c.pat)) {
                if !values.contains(&n) {
                    values.push(n);
                }
            }
        }
        let mut cases = Vec::new();
        for n in values.iter().copied() {
            let sub = self.specialize(&rows, col.var, |p| (value(p) == Some(n)).then(Vec::new));
            cases.push((n, self.compile(sub, fail, labels)));
        }
        let is_bool = matches!(col.ty, Ty::Con(TyCon::Bool, _));
        let default = if is_bool && values.len() == 2 { fail.clone() } else { self.compile(self.defaults(&rows, col.var), fail, labels) };
        Expr::Switch { scrutinee: Box::new(Expr::Var(col.var)), cases, default: Box::new(default) }
    }

    /// Strings, atoms and floats: a chain of equality tests.
    fn chain_literals(&mut self, col: &Col, rows: Vec<Row<'p>>, fail: &Expr, labels: &[JoinId]) -> Expr {
        let mut lits: Vec<Literal> = Vec::new();
        for r in &rows {
            if let Some(c) = r.cols.iter().find(|c| c.var == col.var) {
                if let TPatternKind::Lit(l) = &c.pat.kind {
                    if !lits.contains(l) {
                        lits.push(l.clone());
                    }
                }
            }
        }
        let mut out = self.compile(self.defaults(&rows, col.var), fail, labels);
        for lit in lits.iter().rev() {
            let sub = self.specialize(&rows, col.var, |p| matches!(&p.kind, TPatternKind::Lit(l) if l == lit).then(Vec::new));
            let then = self.compile(sub, fail, labels);
            let test = match lit {
                Literal::Str(s) => {
                    let s = self.b.string_literal(s);
                    Expr::rt("mesh_string_eq", vec![Expr::Var(col.var), Expr::Static(s)])
                }
                Literal::Atom(a) => {
                    let s = self.b.atom_literal(a);
                    Expr::rt("mesh_string_eq", vec![Expr::Var(col.var), Expr::Static(s)])
                }
                Literal::Float(f) => Expr::prim(Prim::FCmp(Cmp::Eq), vec![Expr::Var(col.var), Expr::Word(f.to_bits() as i64)]),
                _ => Expr::Word(1),
            };
            out = Expr::if_(test, then, out);
        }
        out
    }

    fn expand_tuple(&mut self, col: &Col, rows: Vec<Row<'p>>, fail: &Expr, labels: &[JoinId]) -> Expr {
        let etys: Vec<Ty> = match &col.ty {
            Ty::Tuple(ts) => ts.clone(),
            _ => rows
                .iter()
                .find_map(|r| r.cols.iter().find(|c| c.var == col.var).and_then(|c| match &c.pat.kind {
                    TPatternKind::Tuple(ps) => Some(ps.iter().map(|p| self.ty(&p.ty)).collect()),
                    TPatternKind::MapEntry(k, v) => Some(vec![self.ty(&k.ty), self.ty(&v.ty)]),
                    _ => None,
                }))
                .unwrap_or_default(),
        };
        let vars: Vec<Var> = etys.iter().map(|_| self.fresh()).collect();
        let sub = self.specialize(&rows, col.var, |p| {
            let ps: Vec<TPattern> = match &p.kind {
                TPatternKind::Tuple(ps) => ps.clone(),
                TPatternKind::MapEntry(k, v) => vec![(**k).clone(), (**v).clone()],
                _ => return Some(Vec::new()),
            };
            Some(ps.into_iter().zip(&vars).zip(&etys).map(|((p, v), t)| Col { var: *v, ty: t.clone(), pat: p }).collect())
        });
        let mut body = self.compile(sub, fail, labels);
        for (i, v) in vars.iter().enumerate().rev() {
            body = Expr::let_(*v, Expr::load(Expr::Var(col.var), 1 + i as u32), body);
        }
        body
    }

    fn expand_struct(&mut self, col: &Col, rows: Vec<Row<'p>>, fail: &Expr, labels: &[JoinId]) -> Expr {
        let ftys = self.b.struct_fields(&col.ty);
        let vars: Vec<Var> = ftys.iter().map(|_| self.fresh()).collect();
        let mut used = vec![false; ftys.len()];
        let sub = self.specialize(&rows, col.var, |p| match &p.kind {
            TPatternKind::Struct { fields, .. } => Some(
                fields
                    .iter()
                    .filter(|(i, _)| (*i as usize) < vars.len())
                    .map(|(i, fp)| {
                        used[*i as usize] = true;
                        Col { var: vars[*i as usize], ty: ftys[*i as usize].clone(), pat: fp.clone() }
                    })
                    .collect(),
            ),
            _ => Some(Vec::new()),
        });
        let mut body = self.compile(sub, fail, labels);
        for (i, v) in vars.iter().enumerate().rev() {
            if used[i] {
                body = Expr::let_(*v, Expr::load(Expr::Var(col.var), 1 + i as u32), body);
            }
        }
        body
    }

    fn split_list(&mut self, col: &Col, rows: Vec<Row<'p>>, fail: &Expr, labels: &[JoinId]) -> Expr {
        let elem = match &col.ty {
            Ty::Con(TyCon::List, a) => a.first().cloned().unwrap_or_else(Ty::unit),
            _ => Ty::unit(),
        };
        let nil = self.specialize(&rows, col.var, |p| match &p.kind {
            TPatternKind::List(ps) if ps.is_empty() => Some(Vec::new()),
            _ => None,
        });
        let (h, t) = (self.fresh(), self.fresh());
        let list_ty = col.ty.clone();
        let cons = self.specialize(&rows, col.var, |p| match &p.kind {
            TPatternKind::Cons(hp, tp) => Some(vec![Col { var: h, ty: elem.clone(), pat: (**hp).clone() }, Col { var: t, ty: list_ty.clone(), pat: (**tp).clone() }]),
            TPatternKind::List(ps) if !ps.is_empty() => {
                let rest = TPattern { kind: TPatternKind::List(ps[1..].to_vec()), ty: p.ty.clone(), span: p.span };
                Some(vec![Col { var: h, ty: elem.clone(), pat: ps[0].clone() }, Col { var: t, ty: list_ty.clone(), pat: rest }])
            }
            _ => None,
        });
        let nil_branch = self.compile(nil, fail, labels);
        let cons_body = self.compile(cons, fail, labels);
        let cons_branch = Expr::let_(
            h,
            Expr::rt("mesh_rt_list_head_raw", vec![Expr::Var(col.var)]),
            Expr::let_(t, Expr::rt("mesh_rt_list_tail_raw", vec![Expr::Var(col.var)]), cons_body),
        );
        let len = Expr::load(Expr::Var(col.var), abi::LIST_LEN as u32);
        Expr::if_(Expr::prim(Prim::ICmp(Cmp::Eq), vec![len, Expr::Word(0)]), nil_branch, cons_branch)
    }
}
