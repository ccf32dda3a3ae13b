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
pub mod name;
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
pub use name::Name;
pub use parser::{merge_fns, parse_file, ParsedFile, MAX_ERRORS_PER_FILE};
pub use source::SourceMap;
pub use span::{FileId, Span};

#[cfg(test)]
mod symbol_sizes {
    use crate::ast::*;

    /// The parser moves every grammar value on its stack at each reduction,
    /// so the largest one sets the cost of all of them (see bench/RESULTS.md).
    /// Keep the tree's common nodes small; box the rare big ones.
    #[test]
    fn common_nodes_stay_small() {
        assert!(std::mem::size_of::<Expr>() <= 56, "Expr grew to {}", std::mem::size_of::<Expr>());
        assert!(std::mem::size_of::<Stmt>() <= 72, "Stmt grew to {}", std::mem::size_of::<Stmt>());
        assert!(std::mem::size_of::<Pattern>() <= 72, "Pattern grew to {}", std::mem::size_of::<Pattern>());
        assert!(std::mem::size_of::<Param>() <= 96, "Param grew to {}", std::mem::size_of::<Param>());
        assert!(std::mem::size_of::<Item>() <= 112, "Item grew to {}", std::mem::size_of::<Item>());
    }
}
