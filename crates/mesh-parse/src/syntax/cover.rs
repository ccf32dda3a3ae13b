//! `case`/`receive` bodies: arm heads are parsed as expressions (a "cover"
//! grammar, since an LR(1) parser cannot tell a pattern line from a
//! statement line before it sees `->`) and converted to patterns here; the
//! lines are then grouped into arms with multi-statement bodies.

use super::Ctx;
use crate::ast::*;
use crate::diagnostic::codes;
use crate::span::Span;

/// An arm head before conversion: an expression, possibly with the
/// pattern-only forms `|`, `::` and `as` around it.
#[derive(Clone, Debug)]
pub enum Cover {
    Leaf(Expr),
    Or(Vec<Cover>, Span),
    Cons(Expr, Box<Cover>, Span),
    As(Box<Cover>, Ident, Span),
}

impl Cover {
    pub fn or(a: Cover, b: Cover, span: Span) -> Cover {
        match a {
            Cover::Or(mut alts, _) => {
                alts.push(b);
                Cover::Or(alts, span)
            }
            a => Cover::Or(vec![a, b], span),
        }
    }

    fn span(&self) -> Span {
        match self {
            Cover::Leaf(e) => e.span,
            Cover::Or(_, s) | Cover::Cons(_, _, s) | Cover::As(_, _, s) => *s,
        }
    }
}

#[derive(Clone, Debug)]
pub struct ArmLine {
    pub cover: Cover,
    pub guard: Option<Expr>,
    pub first: Option<Stmt>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct AfterLine {
    pub timeout: Expr,
    pub first: Option<Stmt>,
    pub span: Span,
}

/// One line of a `case`/`receive` body.
#[derive(Clone, Debug)]
pub enum CaseLine {
    /// `pattern [when guard] -> [first statement]`.
    Arm(Box<ArmLine>),
    /// `after timeout -> [first statement]`.
    After(Box<AfterLine>),
    /// A statement continuing the current arm's body.
    Stmt(Stmt),
}

/// A line without `->`: must be a plain expression statement.
pub fn cover_stmt(ctx: &mut Ctx, c: Cover, span: Span) -> Stmt {
    match c {
        Cover::Leaf(e) => Stmt { kind: StmtKind::Expr(e), span },
        other => {
            let (what, hint) = match &other {
                Cover::Or(..) => ("`|` (an or-pattern)", "or-patterns go in an arm head: `A | B -> ...`; for boolean or use `||` or `or`"),
                Cover::Cons(..) => ("`::` (a list pattern)", "`head :: tail` goes in an arm head: `h :: t -> ...`"),
                _ => ("`as` (a pattern alias)", "`pattern as name` goes in an arm head before `->`"),
            };
            ctx.error(
                codes::PATTERN_AS_EXPR,
                other.span(),
                format!("{what} is only valid in a pattern"),
                "this line has no `->`, so it is read as a statement",
                hint,
            );
            Stmt { kind: StmtKind::Error, span }
        }
    }
}

/// Converts an arm head to a pattern, reporting what is not a pattern.
pub fn cover_to_pattern(ctx: &mut Ctx, c: Cover) -> Pattern {
    match c {
        Cover::Leaf(e) => expr_to_pattern(ctx, e),
        Cover::Or(alts, span) => {
            Pattern { kind: PatternKind::Or(alts.into_iter().map(|a| cover_to_pattern(ctx, a)).collect()), span }
        }
        Cover::Cons(h, t, span) => {
            let h = expr_to_pattern(ctx, h);
            let t = cover_to_pattern(ctx, *t);
            Pattern { kind: PatternKind::Cons(Box::new(h), Box::new(t)), span }
        }
        Cover::As(p, name, span) => Pattern { kind: PatternKind::As(Box::new(cover_to_pattern(ctx, *p)), name), span },
    }
}

fn not_a_pattern(ctx: &mut Ctx, span: Span, what: &str) -> Pattern {
    ctx.error(
        codes::BAD_PATTERN,
        span,
        format!("{what} is not a pattern"),
        "expected a pattern before `->`",
        "patterns are `_`, names, literals, tuples, lists, `Variant(...)`, `Struct { f: p }`, `h :: t`, `A | B` and `p as name`",
    );
    Pattern { kind: PatternKind::Error, span }
}

pub fn expr_to_pattern(ctx: &mut Ctx, e: Expr) -> Pattern {
    let span = e.span;
    let kind = match e.kind {
        ExprKind::Lit(lit) => PatternKind::Lit(lit),
        ExprKind::Var(name) => PatternKind::Bind(name),
        ExprKind::Wildcard => PatternKind::Wildcard,
        ExprKind::Alias(inner, name) => PatternKind::As(Box::new(expr_to_pattern(ctx, *inner)), name),
        ExprKind::OrPattern(alts) => PatternKind::Or(alts.into_iter().map(|a| expr_to_pattern(ctx, a)).collect()),
        ExprKind::ConsPattern(h, t) => PatternKind::Cons(Box::new(expr_to_pattern(ctx, *h)), Box::new(expr_to_pattern(ctx, *t))),
        ExprKind::Path(path) => PatternKind::Ctor { path, args: vec![], parens: false },
        ExprKind::Tuple(es) => PatternKind::Tuple(es.into_iter().map(|e| expr_to_pattern(ctx, e)).collect()),
        ExprKind::List(es) => PatternKind::List(es.into_iter().map(|e| expr_to_pattern(ctx, e)).collect()),
        ExprKind::Call { callee, args, trailing: None } if matches!(callee.kind, ExprKind::Path(_)) => {
            let ExprKind::Path(path) = callee.kind else { unreachable!("matched above") };
            let mut pats = Vec::with_capacity(args.len());
            for a in args {
                match a {
                    Arg::Positional(e) => pats.push(expr_to_pattern(ctx, e)),
                    Arg::Keyword(n, v) => pats.push(not_a_pattern(ctx, n.span.to(v.span), "a keyword argument")),
                }
            }
            PatternKind::Ctor { path, args: pats, parens: true }
        }
        ExprKind::StructLit(lit) => PatternKind::Struct {
            path: lit.path,
            fields: lit.fields
                .into_iter()
                .map(|f| FieldPattern { name: f.name, pattern: Some(expr_to_pattern(ctx, f.value)) })
                .collect(),
        },
        ExprKind::Interpolated(_) => return not_a_pattern(ctx, span, "an interpolated string"),
        ExprKind::Error => PatternKind::Error,
        ExprKind::Call { .. } => return not_a_pattern(ctx, span, "a function call"),
        ExprKind::Binary(op, ..) => return not_a_pattern(ctx, span, &format!("a `{}` expression", op.symbol())),
        _ => return not_a_pattern(ctx, span, "this expression"),
    };
    Pattern { kind, span }
}

/// Groups lines into arms. Returns the arms and the `after` clause.
fn group_arms(ctx: &mut Ctx, lines: Vec<CaseLine>, allow_after: bool) -> (Vec<Arm>, Option<After>) {
    let mut arms: Vec<Arm> = Vec::new();
    let mut after: Option<After> = None;
    // Which body the next statement line belongs to.
    let mut in_after = false;
    for line in lines {
        match line {
            CaseLine::Arm(arm) => {
                let ArmLine { cover, guard, first, span } = *arm;
                if after.is_some() {
                    ctx.error(codes::MISPLACED, span, "an arm after the `after` clause", "move this arm above `after`", "`after` must be the last clause of a `receive`");
                }
                let pattern = cover_to_pattern(ctx, cover);
                let body = Block { span: first.as_ref().map(|s| s.span).unwrap_or(span.shrink_to_start()), stmts: first.into_iter().collect() };
                arms.push(Arm { pattern, guard, body, span });
                in_after = false;
            }
            CaseLine::After(a) => {
                let AfterLine { timeout, first, span } = *a;
                if !allow_after {
                    ctx.error(codes::MISPLACED, span, "`after` is only valid in `receive`", "`after` in a `case`", "use `receive do ... after ms -> ... end` for timeouts");
                } else if after.is_some() {
                    ctx.error(codes::MISPLACED, span, "a second `after` clause", "only one `after` is allowed", "remove one of the `after` clauses");
                }
                let body = Block { span: first.as_ref().map(|s| s.span).unwrap_or(span.shrink_to_start()), stmts: first.into_iter().collect() };
                after = Some(After { timeout: Box::new(timeout), body, span });
                in_after = true;
            }
            CaseLine::Stmt(stmt) => {
                let target = if in_after { after.as_mut().map(|a| (&mut a.body, &mut a.span)) } else { arms.last_mut().map(|a| (&mut a.body, &mut a.span)) };
                match target {
                    Some((body, arm_span)) => {
                        if body.stmts.is_empty() {
                            body.span = stmt.span;
                        } else {
                            body.span = body.span.to(stmt.span);
                        }
                        *arm_span = arm_span.to(stmt.span);
                        body.stmts.push(stmt);
                    }
                    None => {
                        if !matches!(stmt.kind, StmtKind::Error) {
                            ctx.error(
                                codes::BAD_PATTERN,
                                stmt.span,
                                "expected an arm (`pattern -> ...`)",
                                "this line is not an arm",
                                "each arm is `pattern -> body`; statements of a body go below its arm",
                            );
                        }
                    }
                }
            }
        }
    }
    (arms, after)
}

pub fn case_expr(ctx: &mut Ctx, scrutinee: Expr, lines: Vec<CaseLine>, span: Span) -> Expr {
    let (arms, _) = group_arms(ctx, lines, false);
    Expr::new(ExprKind::Case { scrutinee: Box::new(scrutinee), arms }, span)
}

pub fn receive_expr(ctx: &mut Ctx, lines: Vec<CaseLine>, span: Span) -> Expr {
    let (arms, after) = group_arms(ctx, lines, true);
    Expr::new(ExprKind::Receive { arms, after: after.map(Box::new) }, span)
}
