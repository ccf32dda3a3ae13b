//! Patterns: in `let`, function and closure parameters, `case`/`receive`
//! arms and `for` bindings.

use super::{Ident, Path};
use crate::span::Span;

#[derive(Clone, Debug, PartialEq)]
pub struct Pattern {
    pub kind: PatternKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Literal {
    Int(i64),
    Float(f64),
    Str(String),
    Bool(bool),
    /// `nil` or `()`.
    Unit,
    Atom(String),
}

#[derive(Clone, Debug, PartialEq)]
pub enum PatternKind {
    /// `_`.
    Wildcard,
    /// A lowercase name: binds the value.
    Bind(Ident),
    Lit(Literal),
    /// `(a, b)`.
    Tuple(Vec<Pattern>),
    /// `[a, b]`, `[]`.
    List(Vec<Pattern>),
    /// `Some(x)`, `Shape.Circle(r)`, `None` (no args, no parens),
    /// `Point(1, 2)`.
    Ctor { path: Path, args: Vec<Pattern>, parens: bool },
    /// `Point { x: a, y }`.
    Struct { path: Path, fields: Vec<FieldPattern> },
    /// `A | B`.
    Or(Vec<Pattern>),
    /// `head :: tail` (a non-empty list).
    Cons(Box<Pattern>, Box<Pattern>),
    /// `pattern as name`.
    As(Box<Pattern>, Ident),
    /// `{k, v}`: a map entry in a `for` binding.
    MapEntry(Box<Pattern>, Box<Pattern>),
    /// A pattern the parser could not read (an error was reported).
    Error,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FieldPattern {
    pub name: Ident,
    /// `None` for the shorthand `{ y }` (binds `y`).
    pub pattern: Option<Pattern>,
}
