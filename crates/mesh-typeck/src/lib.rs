//! mesh-typeck: name resolution across modules, Hindley-Milner inference
//! (union-find through `ena`, generalisation of top-level definitions),
//! structs, sum types, generics, interfaces and impls, deriving, services,
//! actors and supervisors, exhaustiveness, and the standard library's one
//! declaration table. Input: the parsed modules; output: a [`Program`] with
//! a typed tree for every body, in which every node carries its type.
//!
//! Invariant: an unknown name or type is a diagnostic, never a default
//! type; the typed tree holds no side table keyed by source positions.
//!
//! Invariant: nothing here panics on any input the parser produced.

pub mod check;
mod checker;
pub mod codes;
pub mod collect;
pub mod defs;
mod derive;
pub mod display;
pub mod dump;
mod exhaust;
mod lower;
mod resolve;
pub mod stdlib;
pub mod tast;
mod traits;
pub mod ty;
mod unify;

pub use defs::{DefId, ModuleId, Program};

use checker::Checker;
use collect::ModuleSource;
use defs::ModuleKind;
use mesh_parse::ast::{Item, ItemKind, SourceModule};
use mesh_parse::{Diagnostic, FileId, Name, SourceMap};

/// One parsed module of the user's program.
pub struct ModuleInput<'a> {
    /// `["Ingestion", "WsHandler"]`.
    pub path: Vec<String>,
    pub file: FileId,
    pub ast: &'a SourceModule,
}

pub struct Checked {
    pub program: Program,
    /// Errors and warnings, by file and position.
    pub diagnostics: Vec<Diagnostic>,
}

impl Checked {
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(|d| d.is_error())
    }
}

/// A module and its inline `module X do ... end` blocks, as modules.
fn flatten<'a>(path: Vec<Name>, file: FileId, items: &'a [Item], kind: ModuleKind, nested_kind: ModuleKind, out: &mut Vec<ModuleSource<'a>>) {
    out.push(ModuleSource { path, file, items, kind });
    for item in items {
        if let ItemKind::Module { name, items: inner } = &item.kind {
            let p: Vec<Name> = name.segments.iter().map(|s| s.name).collect();
            flatten(p, file, inner, nested_kind, nested_kind, out);
        }
    }
}

/// Type-checks a whole program (the standard library is added here).
pub fn check_program(sources: &mut SourceMap, modules: &[ModuleInput]) -> Checked {
    let (std_file, std_ast, std_problems) = stdlib::parse(sources);
    let mut ck = Checker::new();
    ck.diags.extend(std_problems);
    let mut srcs = Vec::new();
    flatten(vec![Name::new("Prelude")], std_file, &std_ast.items, ModuleKind::Prelude, ModuleKind::Stdlib, &mut srcs);
    for m in modules {
        let path = m.path.iter().map(|s| Name::new(s)).collect();
        flatten(path, m.file, &m.ast.items, ModuleKind::User, ModuleKind::User, &mut srcs);
    }
    collect::collect_all(&mut ck, srcs);
    check::check_bodies(&mut ck);
    let mut diagnostics = std::mem::take(&mut ck.diags);
    diagnostics.sort_by_key(|d| d.sort_key());
    diagnostics.dedup();
    Checked { program: std::mem::take(&mut ck.prog), diagnostics }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_standard_library_declarations_parse() {
        let mut sources = mesh_parse::SourceMap::new();
        let (_, module, problems) = super::stdlib::parse(&mut sources);
        assert!(problems.is_empty(), "{}", mesh_parse::render::render_all_plain(&problems, &sources));
        assert!(module.items.len() > 20);
    }
}
