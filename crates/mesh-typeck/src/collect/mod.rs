//! Collection: everything declared at the top level of every module, before
//! any body is checked, so definitions may appear in any order and refer to
//! each other (LANGUAGE.md 4, 7.2 item 3).
//!
//! Passes, in order: declare names ([`declare`]), resolve imports
//! ([`imports`]), lower types ([`types`]), interfaces and impls
//! ([`interfaces`]), deriving (`crate::derive`), function signatures and
//! processes ([`signatures`]).

pub mod declare;
pub mod imports;
pub mod interfaces;
pub mod signatures;
pub mod types;

use crate::checker::Checker;
use crate::defs::ModuleKind;
use mesh_parse::ast::Item;
use mesh_parse::{FileId, Name};

/// One module's source: its name, file and items.
pub struct ModuleSource<'a> {
    pub path: Vec<Name>,
    pub file: FileId,
    pub items: &'a [Item],
    pub kind: ModuleKind,
}

/// Runs every collection pass.
pub fn collect_all<'a>(ck: &mut Checker<'a>, sources: Vec<ModuleSource<'a>>) {
    declare::declare_modules(ck, sources);
    imports::resolve_imports(ck);
    types::lower_types(ck);
    ck.prog.index_variants();
    interfaces::collect_interfaces(ck);
    let json_checks = crate::derive::derive_all(ck);
    interfaces::collect_impls(ck);
    crate::derive::check_json_all(ck, json_checks);
    signatures::collect_signatures(ck);
}
