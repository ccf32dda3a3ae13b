//! mesh-parse: the front end of the Mesh compiler.
//!
//! Source text goes through [`lexer::scan`] (logos tokens, strings,
//! comments), [`layout::layout`] (newline rules and lookaheads) and the
//! lalrpop grammar (`grammar.lalrpop`) to an [`ast::SourceModule`] with a
//! span on every node. [`modules`] maps a project folder to module names.
//! [`Diagnostic`] and [`render`] are the compiler's one diagnostic type and
//! its one renderer.
//!
//! Invariant: no input makes any function here panic; every problem is a
//! `Diagnostic` with a file, a span, a label and a hint.

pub mod ast;
pub mod diagnostic;
pub mod dump;
mod errors;
pub mod layout;
pub mod lexer;
pub mod modules;
mod parser;
pub mod render;
pub mod source;
pub mod span;
mod syntax;
pub mod token;

lalrpop_util::lalrpop_mod!(
    #[allow(clippy::all, unused_parens, unused_imports, dead_code)]
    grammar
);

pub use diagnostic::{Diagnostic, Label, Severity};
pub use parser::{merge_fns, parse_file, ParsedFile, MAX_ERRORS_PER_FILE};
pub use source::SourceMap;
pub use span::{FileId, Span};
