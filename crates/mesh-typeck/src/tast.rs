//! The typed tree: what the checker hands to code generation. Every
//! expression and pattern carries its type, and every name is resolved to
//! what it denotes (a local, a definition with its type arguments, a
//! variant, a field index). There is no side table keyed by source
//! positions and no default type.

use crate::defs::DefId;
use crate::ty::Ty;
use mesh_parse::ast::{BinOp, Literal, UnOp};
use mesh_parse::{Name, Span};

/// A local variable of one function (parameters, `let` bindings, pattern
/// bindings, closure parameters).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct LocalId(pub u32);

#[derive(Clone, Debug)]
pub struct LocalInfo {
    pub name: Name,
    pub ty: Ty,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct TExpr {
    pub kind: TExprKind,
    pub ty: Ty,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum TStrPart {
    Text(String),
    /// Inserted through `Display` of its type.
    Expr(TExpr),
}

/// How a `?` leaves the function on failure.
#[derive(Clone, Debug)]
pub enum TryKind {
    /// `Err(e)` returns `Err(e)`, or `Err(From.from(e))` through `convert`.
    Result { convert: Option<DefId> },
    /// `None` returns `None`.
    Option,
}

/// What a `for` iterates over.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IterKind {
    List,
    /// Entries as `(k, v)` pairs, in insertion order.
    Map,
    Set,
    Range,
    /// A lazy `Iter<T>`.
    Iter,
    /// A user type with `impl Iterable`: `iter(self)` gives the iterator.
    Iterable(DefId),
}

#[derive(Clone, Debug)]
pub enum TExprKind {
    Lit(Literal),
    Interpolated(Vec<TStrPart>),
    Local(LocalId),
    /// A use of a `let`-bound polymorphic function value (let-polymorphism),
    /// instantiated at `args` (the let's scheme parameters, in order).
    LocalInst { id: LocalId, args: Vec<Ty> },
    /// A top-level function, builtin, service client function, actor...
    /// used as a value or callee, instantiated at `args`.
    Def { def: DefId, args: Vec<Ty> },
    /// Variant `index` of sum type `sum` (a value if nullary, otherwise a
    /// constructor function), instantiated at `args`.
    Variant { sum: DefId, index: u32, args: Vec<Ty> },
    Call { callee: Box<TExpr>, args: Vec<TExpr> },
    /// Field `index` (declaration order) of a struct value.
    Field { base: Box<TExpr>, index: u32 },
    /// Fields in declaration order.
    StructLit { def: DefId, fields: Vec<TExpr> },
    StructUpdate { base: Box<TExpr>, updates: Vec<(u32, TExpr)> },
    Tuple(Vec<TExpr>),
    List(Vec<TExpr>),
    Map(Vec<(TExpr, TExpr)>),
    /// Built-in behaviour chosen by the operand type (Int, Float, String,
    /// List) or the user's operator impl (`Add` ...).
    Unary { op: UnOp, operand: Box<TExpr> },
    Binary { op: BinOp, lhs: Box<TExpr>, rhs: Box<TExpr> },
    If { cond: Box<TExpr>, then: TBlock, els: Option<TBlock> },
    Case { scrutinee: Box<TExpr>, arms: Vec<TArm> },
    Receive { arms: Vec<TArm>, after: Option<(Box<TExpr>, TBlock)> },
    Closure(Box<TClosure>),
    For { pattern: TPattern, iter: Box<TExpr>, kind: IterKind, filter: Option<Box<TExpr>>, body: TBlock },
    While { cond: Box<TExpr>, body: TBlock },
    Break,
    Continue,
    Return(Option<Box<TExpr>>),
    Try { expr: Box<TExpr>, kind: TryKind },
    Block(TBlock),
    /// Something already reported as an error.
    Error,
}

#[derive(Clone, Debug)]
pub struct TBlock {
    pub stmts: Vec<TStmt>,
    /// The type of the last statement (or `()`).
    pub ty: Ty,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum TStmt {
    /// `poly` lists the type parameters the value is generalised over
    /// (let-polymorphism): uses are `LocalInst`s instantiating them.
    Let { pattern: TPattern, value: TExpr, poly: Vec<crate::ty::ParamId> },
    Expr(TExpr),
}

#[derive(Clone, Debug)]
pub struct TPattern {
    pub kind: TPatternKind,
    pub ty: Ty,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum TPatternKind {
    Wildcard,
    Bind(LocalId),
    Lit(Literal),
    Tuple(Vec<TPattern>),
    /// Exactly these elements.
    List(Vec<TPattern>),
    /// A non-empty list: head and tail.
    Cons(Box<TPattern>, Box<TPattern>),
    Variant { sum: DefId, index: u32, args: Vec<TPattern> },
    /// Fields by declaration index.
    Struct { def: DefId, fields: Vec<(u32, TPattern)> },
    Or(Vec<TPattern>),
    As(Box<TPattern>, LocalId),
    /// `{k, v}` in a `for` over a map.
    MapEntry(Box<TPattern>, Box<TPattern>),
    Error,
}

#[derive(Clone, Debug)]
pub struct TArm {
    pub pattern: TPattern,
    pub guard: Option<TExpr>,
    pub body: TBlock,
    pub span: Span,
}

/// One clause of a function or closure: parameter patterns, a guard, a body.
#[derive(Clone, Debug)]
pub struct TClause {
    pub params: Vec<TPattern>,
    pub guard: Option<TExpr>,
    pub body: TBlock,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct TClosure {
    pub clauses: Vec<TClause>,
    /// Locals of enclosing scopes the closure reads (copied in).
    pub captures: Vec<LocalId>,
}

/// A checked function body (top-level function, service init or handler,
/// actor, impl method).
#[derive(Clone, Debug)]
pub struct TFunction {
    pub def: DefId,
    pub clauses: Vec<TClause>,
    pub locals: Vec<LocalInfo>,
    /// For actors: `terminate do ... end`.
    pub terminate: Option<TBlock>,
}

/// A checked `call`/`cast` handler of a service.
#[derive(Clone, Debug)]
pub struct THandler {
    pub name: Name,
    pub is_call: bool,
    pub params: Vec<TPattern>,
    pub state: TPattern,
    /// For a call, a `(new_state, reply)` tuple; for a cast, the new state.
    pub body: TBlock,
    pub locals: Vec<LocalInfo>,
}

/// A checked supervisor (LANGUAGE.md 2.9).
#[derive(Clone, Debug)]
pub struct TSupervisor {
    pub strategy: Name,
    pub max_restarts: i64,
    pub max_seconds: i64,
    pub children: Vec<TChild>,
    pub locals: Vec<LocalInfo>,
}

#[derive(Clone, Debug)]
pub struct TChild {
    pub name: Name,
    /// A closure returning the child's `Pid`.
    pub start: TExpr,
    /// `permanent`, `transient` or `temporary`.
    pub restart: Name,
    /// Milliseconds to wait on shutdown; `None` for `brutal_kill`.
    pub shutdown: Option<i64>,
}
