//! After a group is inferred and generalised: every type in its typed trees
//! is replaced by its solution, so the output carries no solved variables.

use crate::tast::*;
use crate::unify::InferCtx;

pub fn function(infer: &mut InferCtx, f: &mut TFunction) {
    for c in &mut f.clauses {
        clause(infer, c);
    }
    if let Some(t) = &mut f.terminate {
        block(infer, t);
    }
    for l in &mut f.locals {
        l.ty = infer.zonk(&l.ty);
    }
}

pub fn handler(infer: &mut InferCtx, h: &mut THandler) {
    h.params.iter_mut().for_each(|p| pattern(infer, p));
    pattern(infer, &mut h.state);
    block(infer, &mut h.body);
    for l in &mut h.locals {
        l.ty = infer.zonk(&l.ty);
    }
}

fn clause(infer: &mut InferCtx, c: &mut TClause) {
    c.params.iter_mut().for_each(|p| pattern(infer, p));
    if let Some(g) = &mut c.guard {
        expr(infer, g);
    }
    block(infer, &mut c.body);
}

pub fn block(infer: &mut InferCtx, b: &mut TBlock) {
    b.ty = infer.zonk(&b.ty);
    for s in &mut b.stmts {
        match s {
            TStmt::Let { pattern: p, value, .. } => {
                pattern(infer, p);
                expr(infer, value);
            }
            TStmt::Expr(e) => expr(infer, e),
        }
    }
}

pub fn pattern(infer: &mut InferCtx, p: &mut TPattern) {
    p.ty = infer.zonk(&p.ty);
    match &mut p.kind {
        TPatternKind::Tuple(ps) | TPatternKind::List(ps) | TPatternKind::Or(ps) | TPatternKind::Variant { args: ps, .. } => {
            ps.iter_mut().for_each(|x| pattern(infer, x))
        }
        TPatternKind::Cons(a, b) | TPatternKind::MapEntry(a, b) => {
            pattern(infer, a);
            pattern(infer, b);
        }
        TPatternKind::As(a, _) => pattern(infer, a),
        TPatternKind::Struct { fields, .. } => fields.iter_mut().for_each(|(_, x)| pattern(infer, x)),
        TPatternKind::Wildcard | TPatternKind::Bind(_) | TPatternKind::Lit(_) | TPatternKind::Error => {}
    }
}

pub fn expr(infer: &mut InferCtx, e: &mut TExpr) {
    e.ty = infer.zonk(&e.ty);
    match &mut e.kind {
        TExprKind::Def { args, .. } | TExprKind::Variant { args, .. } | TExprKind::LocalInst { args, .. } => {
            for a in args.iter_mut() {
                *a = infer.zonk(a);
            }
        }
        TExprKind::Interpolated(parts) => {
            for p in parts {
                if let TStrPart::Expr(x) = p {
                    expr(infer, x);
                }
            }
        }
        TExprKind::Call { callee, args } => {
            expr(infer, callee);
            args.iter_mut().for_each(|a| expr(infer, a));
        }
        TExprKind::Field { base, .. } => expr(infer, base),
        TExprKind::StructLit { fields, .. } | TExprKind::Tuple(fields) | TExprKind::List(fields) => fields.iter_mut().for_each(|a| expr(infer, a)),
        TExprKind::StructUpdate { base, updates } => {
            expr(infer, base);
            updates.iter_mut().for_each(|(_, a)| expr(infer, a));
        }
        TExprKind::Map(entries) => entries.iter_mut().for_each(|(k, v)| {
            expr(infer, k);
            expr(infer, v);
        }),
        TExprKind::Unary { operand, .. } => expr(infer, operand),
        TExprKind::Binary { lhs, rhs, .. } => {
            expr(infer, lhs);
            expr(infer, rhs);
        }
        TExprKind::If { cond, then, els } => {
            expr(infer, cond);
            block(infer, then);
            if let Some(b) = els {
                block(infer, b);
            }
        }
        TExprKind::Case { scrutinee, arms } => {
            expr(infer, scrutinee);
            arms.iter_mut().for_each(|a| arm(infer, a));
        }
        TExprKind::Receive { arms, after } => {
            arms.iter_mut().for_each(|a| arm(infer, a));
            if let Some((t, b)) = after {
                expr(infer, t);
                block(infer, b);
            }
        }
        TExprKind::Closure(c) => c.clauses.iter_mut().for_each(|cl| clause(infer, cl)),
        TExprKind::For { pattern: p, iter, filter, body, .. } => {
            pattern(infer, p);
            expr(infer, iter);
            if let Some(f) = filter {
                expr(infer, f);
            }
            block(infer, body);
        }
        TExprKind::While { cond, body } => {
            expr(infer, cond);
            block(infer, body);
        }
        TExprKind::Return(Some(v)) | TExprKind::Try { expr: v, .. } => expr(infer, v),
        TExprKind::Block(b) => block(infer, b),
        TExprKind::Lit(_) | TExprKind::Local(_) | TExprKind::Break | TExprKind::Continue | TExprKind::Return(None) | TExprKind::Error => {}
    }
}

fn arm(infer: &mut InferCtx, a: &mut TArm) {
    pattern(infer, &mut a.pattern);
    if let Some(g) = &mut a.guard {
        expr(infer, g);
    }
    block(infer, &mut a.body);
}
