//! Expressions, statements and blocks.

use super::{Ident, Literal, Path, Pattern, TypeExpr};
use crate::span::Span;

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Or,
    And,
    Eq,
    NotEq,
    Lt,
    Gt,
    LtEq,
    GtEq,
    Range,
    /// `<>`.
    Concat,
    /// `++`.
    ListConcat,
    Add,
    Sub,
    Mul,
    Div,
    Rem,
}

impl BinOp {
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Or => "or",
            BinOp::And => "and",
            BinOp::Eq => "==",
            BinOp::NotEq => "!=",
            BinOp::Lt => "<",
            BinOp::Gt => ">",
            BinOp::LtEq => "<=",
            BinOp::GtEq => ">=",
            BinOp::Range => "..",
            BinOp::Concat => "<>",
            BinOp::ListConcat => "++",
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div => "/",
            BinOp::Rem => "%",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    /// `-x`.
    Neg,
    /// `!x` or `not x`.
    Not,
}

/// A piece of a string literal.
#[derive(Clone, Debug, PartialEq)]
pub enum StrPart {
    Text(String),
    /// `${expr}`.
    Interp(Expr),
}

/// A call argument: positional, or `name: value` (all keyword arguments
/// together become one trailing `Map<String, _>`).
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Positional(Expr),
    Keyword(Ident, Expr),
}

/// `name: value` in a struct literal or update.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldInit {
    pub name: Ident,
    pub value: Expr,
}

/// A `case`/`receive` arm: `pattern [when guard] -> statements`.
#[derive(Clone, Debug, PartialEq)]
pub struct Arm {
    pub pattern: Pattern,
    pub guard: Option<Expr>,
    pub body: Block,
    pub span: Span,
}

/// `after ms -> statements` in a `receive`.
#[derive(Clone, Debug, PartialEq)]
pub struct After {
    pub timeout: Box<Expr>,
    pub body: Block,
    pub span: Span,
}

/// A function or closure parameter: `pattern` or `pattern :: Type`.
#[derive(Clone, Debug, PartialEq)]
pub struct Param {
    pub pattern: Pattern,
    pub ty: Option<Box<TypeExpr>>,
    pub span: Span,
}

/// One clause of a closure.
#[derive(Clone, Debug, PartialEq)]
pub struct ClosureClause {
    pub params: Vec<Param>,
    /// Whether the parameters were written in parentheses.
    pub parens: bool,
    pub guard: Option<Expr>,
    pub body: Block,
    pub span: Span,
}

/// How a closure was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClosureForm {
    /// `fn params -> body end`, possibly several `|`-separated clauses.
    Arrow,
    /// `fn(params) do body end`.
    Do,
    /// A trailing `do |params| body end` after a call.
    Trailing,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Closure {
    pub clauses: Vec<ClosureClause>,
    pub form: ClosureForm,
    pub span: Span,
}

/// What follows `else`.
#[derive(Clone, Debug, PartialEq)]
pub enum Else {
    Block(Block),
    /// `else if ...` on one line: a chain sharing one `end`.
    If(Box<Expr>),
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    Lit(Literal),
    /// `"a ${b} c"`; a plain string is a `Lit(Str)`.
    Interpolated(Vec<StrPart>),
    /// A lowercase name (variables, functions, and `self`, `spawn`, `send`,
    /// `link`, `monitor` used as values or callees).
    Var(Ident),
    /// An uppercase name or dotted path: a module, type, or variant.
    Path(Path),
    /// `_`: only meaningful as a pattern; the checker rejects it as a value.
    Wildcard,
    /// `p as name` inside a delimited list (call arguments, tuple, list):
    /// only meaningful in a case-arm pattern, where it is an alias pattern;
    /// the checker rejects it as a value.
    Alias(Box<Expr>, Ident),
    /// `a | b` inside a delimited list: an or-pattern in a case arm (the
    /// checker rejects it as a value).
    OrPattern(Vec<Expr>),
    /// `h :: t` inside a delimited list: a cons pattern in a case arm.
    ConsPattern(Box<Expr>, Box<Expr>),
    /// `e.name`: a field, or a module/type member when `e` is a `Path`.
    Field(Box<Expr>, Ident),
    Call { callee: Box<Expr>, args: Vec<Arg>, trailing: Option<Box<Closure>> },
    /// `xs[i]` (parsed; not supported by the checker).
    Index(Box<Expr>, Box<Expr>),
    /// `e?`.
    Try(Box<Expr>),
    Unary(UnOp, Box<Expr>),
    Binary(BinOp, Box<Expr>, Box<Expr>),
    /// `x |> f(a)`: kept as written; the checker applies `f(x, a)`.
    Pipe(Box<Expr>, Box<Expr>),
    Tuple(Vec<Expr>),
    List(Vec<Expr>),
    Map(Vec<(Expr, Expr)>),
    /// `Name { f: v }`.
    StructLit(Box<StructLit>),
    /// `%{base | f: v}`.
    StructUpdate { base: Box<Expr>, fields: Vec<FieldInit> },
    If(Box<IfExpr>),
    Case { scrutinee: Box<Expr>, arms: Vec<Arm> },
    Receive { arms: Vec<Arm>, after: Option<Box<After>> },
    Closure(Box<Closure>),
    For(Box<ForExpr>),
    While { cond: Box<Expr>, body: Block },
    Break,
    Continue,
    Return(Option<Box<Expr>>),
    /// An expression the parser could not read (an error was reported).
    Error,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    /// `let pattern [:: Type] = value`.
    Let(Box<LetStmt>),
    Expr(Expr),
    /// A statement the parser could not read (an error was reported).
    Error,
}

/// `let pattern [:: Type] = value`.
#[derive(Clone, Debug, PartialEq)]
pub struct LetStmt {
    pub pattern: Pattern,
    pub ty: Option<TypeExpr>,
    pub value: Expr,
}

/// `Name { f: v }`.
#[derive(Clone, Debug, PartialEq)]
pub struct StructLit {
    pub path: Path,
    pub fields: Vec<FieldInit>,
}

/// `if cond do then else els end`.
#[derive(Clone, Debug, PartialEq)]
pub struct IfExpr {
    pub cond: Expr,
    pub then: Block,
    pub els: Option<Else>,
}

/// `for pattern in iter [when filter] do body end`.
#[derive(Clone, Debug, PartialEq)]
pub struct ForExpr {
    pub pattern: Pattern,
    pub iter: Expr,
    pub filter: Option<Expr>,
    pub body: Block,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

/// Statements; the value of the block is the value of the last one.
#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    pub stmts: Vec<Stmt>,
    pub span: Span,
}

impl Expr {
    pub fn new(kind: ExprKind, span: Span) -> Expr {
        Expr { kind, span }
    }
}
