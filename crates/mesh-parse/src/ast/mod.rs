//! The abstract syntax tree: every node carries the byte [`Span`] it came
//! from, and nothing a later phase needs (doc comments, `pub`, the form a
//! construct was written in) is dropped.

mod expr;
mod item;
mod pattern;
mod types;

pub use expr::*;
pub use item::*;
pub use pattern::*;
pub use types::*;

use crate::span::Span;
pub use crate::name::Name;

/// A name as written, with its span.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Ident {
    pub name: Name,
    pub span: Span,
}

impl Ident {
    pub fn new(name: &str, span: Span) -> Ident {
        Ident { name: Name::new(name), span }
    }
}

/// A dotted path of names: a module (`Math.Vector`), a type
/// (`Geometry.Point`), or a qualified variant (`Shape.Circle`).
#[derive(Clone, Debug, PartialEq)]
pub struct Path {
    pub segments: Vec<Ident>,
    pub span: Span,
}

impl Path {
    pub fn single(id: Ident) -> Path {
        Path { span: id.span, segments: vec![id] }
    }

    pub fn last(&self) -> &Ident {
        self.segments.last().expect("a path has at least one segment")
    }

    /// `A.B.C` as written.
    pub fn dotted(&self) -> String {
        self.segments.iter().map(|s| s.name.as_str()).collect::<Vec<_>>().join(".")
    }
}

/// One parsed source file.
#[derive(Clone, Debug, PartialEq)]
pub struct SourceModule {
    pub items: Vec<Item>,
    /// `##!` comments: documentation of the module itself.
    pub doc: Vec<String>,
    pub span: Span,
}
