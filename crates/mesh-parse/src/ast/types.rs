//! Type expressions as written in annotations and declarations.

use super::{Ident, Path};
use crate::span::Span;

#[derive(Clone, Debug, PartialEq)]
pub struct TypeExpr {
    pub kind: TypeKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum TypeKind {
    /// `Int`, `List<T>`, `Geometry.Point`, `Self.Out`, `Pid<Msg>`.
    Named { path: Path, args: Vec<TypeExpr> },
    /// `()`.
    Unit,
    /// `(A, B)`.
    Tuple(Vec<TypeExpr>),
    /// `Fun(A, B) -> R`.
    Fun { params: Vec<TypeExpr>, ret: Box<TypeExpr> },
    /// `T?`.
    Option(Box<TypeExpr>),
    /// `T!E` (right-associative: `A!B!C` is `A!(B!C)`).
    Result(Box<TypeExpr>, Box<TypeExpr>),
    /// A type the parser could not read (an error was reported).
    Error,
}

/// A generic parameter `T` with inline bounds (`T: Display + Eq`).
#[derive(Clone, Debug, PartialEq)]
pub struct GenericParam {
    pub name: Ident,
    pub bounds: Vec<Path>,
}

/// One `where` bound: `T: Display + Eq`.
#[derive(Clone, Debug, PartialEq)]
pub struct WhereBound {
    pub name: Ident,
    pub bounds: Vec<Path>,
    pub span: Span,
}
