//! The standard library's one declaration table (`stdlib.mpl`): parsed
//! with the real parser, collected like user code into the prelude and the
//! standard modules. [`entries`] lists every function with its scheme and
//! runtime symbol, for code generation and the JIT's symbol registration.

use crate::defs::{DefKind, ModuleKind, Program, Scheme};
use mesh_parse::ast::SourceModule;
use mesh_parse::{parse_file, FileId, SourceMap};

pub const SOURCE: &str = include_str!("stdlib.mpl");
pub const PATH: &str = "<stdlib>/stdlib.mpl";

/// Parses the declaration file. Functions there have no bodies by design;
/// any other diagnostic is a bug in the file (a test guards it).
pub fn parse(sources: &mut SourceMap) -> (FileId, SourceModule, Vec<mesh_parse::Diagnostic>) {
    let file = sources.add(PATH, SOURCE);
    let parsed = parse_file(file, SOURCE);
    let problems = parsed.diagnostics.into_iter().filter(|d| !d.message.contains("has no body")).collect();
    (file, parsed.module, problems)
}

/// A standard-library function as later phases need it.
#[derive(Clone, Debug)]
pub struct Entry {
    /// `"String"`, or `""` for the prelude.
    pub module: String,
    pub name: String,
    pub symbol: String,
    pub scheme: Scheme,
}

/// Every standard-library function, in declaration order.
pub fn entries(prog: &Program) -> Vec<Entry> {
    let mut out = Vec::new();
    for d in &prog.defs {
        let DefKind::Fn(f) = &d.kind else { continue };
        let (Some(symbol), Some(scheme)) = (&f.symbol, &f.scheme) else { continue };
        let m = prog.module(d.module);
        let module = if m.kind == ModuleKind::Prelude { String::new() } else { m.dotted() };
        out.push(Entry { module, name: d.name.to_string(), symbol: symbol.clone(), scheme: scheme.clone() });
    }
    out
}
