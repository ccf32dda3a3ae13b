//! Grammar actions that are more than a constructor call: checks the
//! grammar cannot express (struct options, supervisor settings), the
//! expression-to-pattern conversion of `case` arms, and assembling
//! declarations from their parts.

mod cover;
mod decls;

pub use cover::*;
pub use decls::*;

use crate::ast::*;
use crate::diagnostic::{codes, Diagnostic};
use crate::span::{FileId, Span};
use crate::token::Tok;
use lalrpop_util::ErrorRecovery;

/// The error type of our token stream: lexing never fails in the parser
/// (lexical errors were reported by the scanner).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Never {}

/// State threaded through the grammar's actions.
pub struct Ctx<'s> {
    pub file: FileId,
    /// Syntax errors the parser recovered from, in order.
    pub recovered: Vec<ErrorRecovery<usize, Tok<'s>, Never>>,
    /// Errors found by actions.
    pub diags: Vec<Diagnostic>,
    /// Literals `9223372036854775808` not (yet) seen under a minus.
    pub unnegated_min: Vec<Span>,
}

impl Ctx<'_> {
    pub fn error(&mut self, code: &'static str, span: Span, message: impl Into<String>, label: impl Into<String>, hint: impl Into<String>) {
        self.diags.push(Diagnostic::error(code, message).primary(self.file, span, label).hint(hint));
    }
}

pub fn bind(name: Ident, span: Span) -> Pattern {
    Pattern { kind: PatternKind::Bind(name), span }
}

pub fn cons(head: Pattern, tail: Pattern) -> Pattern {
    let span = head.span.to(tail.span);
    Pattern { kind: PatternKind::Cons(Box::new(head), Box::new(tail)), span }
}

/// `a | b` read as an expression inside a delimited list (the right side
/// already folded): one flat list of alternatives.
pub fn elem_or(a: Expr, b: Expr, span: Span) -> Expr {
    let mut alts = vec![a];
    match b.kind {
        ExprKind::OrPattern(rest) => alts.extend(rest),
        _ => alts.push(b),
    }
    Expr::new(ExprKind::OrPattern(alts), span)
}

pub fn or_pattern(a: Pattern, b: Pattern, span: Span) -> Pattern {
    let alts = match a.kind {
        PatternKind::Or(mut alts) => {
            alts.push(b);
            alts
        }
        _ => vec![a, b],
    };
    Pattern { kind: PatternKind::Or(alts), span }
}

/// An integer literal: values above `i64::MAX` are only valid after a minus.
pub fn int_literal(ctx: &mut Ctx, n: u64, span: Span) -> Literal {
    match i64::try_from(n) {
        Ok(v) => Literal::Int(v),
        Err(_) => {
            // 2^63 is kept as i64::MIN so `-9223372036854775808` folds in
            // `negate`, which removes it from `unnegated_min`; what is left
            // there at the end is reported.
            if n == 1u64 << 63 {
                ctx.unnegated_min.push(span);
            } else {
                ctx.error(codes::BAD_NUMBER, span, "integer literal out of range", "does not fit in a 64-bit signed integer", "Int is i64: the largest value is 9223372036854775807");
            }
            Literal::Int(i64::MIN)
        }
    }
}

pub fn neg_int_literal(ctx: &mut Ctx, n: u64, span: Span) -> Literal {
    if n > 1u64 << 63 {
        ctx.error(codes::BAD_NUMBER, span, "integer literal out of range", "does not fit in a 64-bit signed integer", "Int is i64: the smallest value is -9223372036854775808");
        return Literal::Int(i64::MIN);
    }
    Literal::Int((n as i64).wrapping_neg())
}

/// `-e`. A minus directly on a number literal folds into a negative literal
/// (so `-9223372036854775808` is expressible).
pub fn negate(ctx: &mut Ctx, e: Expr, span: Span) -> Expr {
    match e.kind {
        ExprKind::Lit(Literal::Int(v)) => {
            ctx.unnegated_min.retain(|s| *s != e.span);
            Expr::new(ExprKind::Lit(Literal::Int(v.wrapping_neg())), span)
        }
        ExprKind::Lit(Literal::Float(f)) => Expr::new(ExprKind::Lit(Literal::Float(-f)), span),
        kind => Expr::new(ExprKind::Unary(UnOp::Neg, Box::new(Expr { kind, span: e.span })), span),
    }
}

/// `e.Name`: extends a path (`Math.Vector`, `Shape.Circle`); anything else
/// before an uppercase member is an error.
pub fn qualify(ctx: &mut Ctx, e: Expr, name: Ident, span: Span) -> Expr {
    match e.kind {
        ExprKind::Path(mut p) => {
            p.segments.push(name);
            p.span = span;
            Expr::new(ExprKind::Path(p), span)
        }
        _ => {
            ctx.error(
                codes::UNEXPECTED_TOKEN,
                name.span,
                format!("`{}` cannot follow a value", name.name),
                "uppercase names after `.` are module members, types or variants",
                "field and method names are lowercase",
            );
            Expr::new(ExprKind::Error, span)
        }
    }
}

/// `Name { f: v }`: the part before `{` must be a type name.
pub fn struct_lit(ctx: &mut Ctx, e: Expr, fields: Vec<FieldInit>, span: Span) -> Expr {
    match e.kind {
        ExprKind::Path(path) => Expr::new(ExprKind::StructLit(Box::new(StructLit { path, fields })), span),
        _ => {
            ctx.error(
                codes::UNEXPECTED_TOKEN,
                e.span,
                "a struct literal needs a struct name before `{`",
                "this is not a struct name",
                "write `Name { field: value }`; blocks use `do ... end`",
            );
            Expr::new(ExprKind::Error, span)
        }
    }
}

/// `Fun(A, B) -> R`: only `Fun` takes parenthesised arguments in a type.
pub fn fun_type(ctx: &mut Ctx, f: Ident, params: Vec<TypeExpr>, ret: TypeExpr, span: Span) -> TypeExpr {
    if f.name != "Fun" {
        ctx.error(
            codes::UNEXPECTED_TOKEN,
            f.span,
            format!("`{}(...)` is not a type", f.name),
            "only function types take `(...)`",
            "write `Fun(A, B) -> R` for a function type, or `Name<A, B>` for type arguments",
        );
    }
    TypeExpr { kind: TypeKind::Fun { params, ret: Box::new(ret) }, span }
}

/// A `for` binding: annotations are not allowed there.
pub fn param_pattern(ctx: &mut Ctx, p: Param) -> Pattern {
    if let Some(t) = p.ty.as_deref() {
        ctx.error(
            codes::MISPLACED,
            t.span,
            "a `for` binding cannot have a type annotation",
            "annotation not allowed here",
            "remove the `:: Type`; the element type comes from the collection",
        );
    }
    p.pattern
}

/// A named `fn` inside a block: not allowed (closures are `fn(...) -> ... end`).
pub fn nested_fn(ctx: &mut Ctx, f: FnDef, span: Span) -> Stmt {
    let name = f.name.name.clone();
    ctx.error(
        codes::MISPLACED,
        f.name.span,
        format!("named function `{name}` cannot be defined inside a block"),
        "named functions are declared at the top level of a module",
        format!("move `{name}` to the top level, or bind a closure: `let {name} = fn(x) -> ... end`"),
    );
    Stmt { kind: StmtKind::Error, span }
}

/// An infix operator of the flat operator list (see [`climb`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Infix {
    Pipe,
    Bin(BinOp),
}

impl Infix {
    /// Binding strength, loosest first (LANGUAGE.md 1.6).
    fn precedence(self) -> u8 {
        match self {
            Infix::Pipe => 1,
            Infix::Bin(op) => match op {
                BinOp::Or => 2,
                BinOp::And => 3,
                BinOp::Eq | BinOp::NotEq => 4,
                BinOp::Lt | BinOp::Gt | BinOp::LtEq | BinOp::GtEq => 5,
                BinOp::Range => 6,
                BinOp::Concat | BinOp::ListConcat => 7,
                BinOp::Add | BinOp::Sub => 8,
                BinOp::Mul | BinOp::Div | BinOp::Rem => 9,
            },
        }
    }
}

fn combine(op: Infix, a: Expr, b: Expr) -> Expr {
    let span = a.span.to(b.span);
    match op {
        Infix::Pipe => Expr::new(ExprKind::Pipe(Box::new(a), Box::new(b)), span),
        Infix::Bin(op) => Expr::new(ExprKind::Binary(op, Box::new(a), Box::new(b)), span),
    }
}

/// Builds the tree of `first op e op e ...` by precedence; every operator
/// is left-associative.
pub fn climb(first: Expr, rest: Vec<(Infix, Expr)>) -> Expr {
    if rest.is_empty() {
        return first;
    }
    let mut operands: Vec<Expr> = Vec::with_capacity(rest.len() + 1);
    let mut ops: Vec<Infix> = Vec::with_capacity(rest.len());
    operands.push(first);
    let reduce = |operands: &mut Vec<Expr>, ops: &mut Vec<Infix>| {
        let op = ops.pop().expect("an operator to reduce");
        let b = operands.pop().expect("right operand");
        let a = operands.pop().expect("left operand");
        operands.push(combine(op, a, b));
    };
    for (op, e) in rest {
        while ops.last().is_some_and(|top| top.precedence() >= op.precedence()) {
            reduce(&mut operands, &mut ops);
        }
        ops.push(op);
        operands.push(e);
    }
    while !ops.is_empty() {
        reduce(&mut operands, &mut ops);
    }
    operands.pop().expect("one expression remains")
}
