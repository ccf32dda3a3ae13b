//! meshc as a library: loading a project or file into a source map, and the
//! compiler pipeline behind each subcommand. `main.rs` is only the CLI.

pub mod driver;
pub mod project;

pub use project::{load, Loaded};

use mesh_parse::{parse_file, Diagnostic, SourceMap};

/// At most this many errors are printed per run.
pub const MAX_ERRORS_PER_RUN: usize = 50;

/// The result of checking a project or file.
pub struct Checked {
    pub sources: SourceMap,
    pub modules: Vec<project::ParsedModule>,
    /// The typed program, when every module parsed.
    pub program: Option<mesh_typeck::Program>,
    /// All diagnostics, files in load order, each file's sorted by position,
    /// capped at [`MAX_ERRORS_PER_RUN`] errors.
    pub diagnostics: Vec<Diagnostic>,
}

impl Checked {
    pub fn error_count(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }
}

/// Parses every module of `path` (a project folder or one `.mpl` file),
/// then type-checks the program if every module parsed.
pub fn check(path: &std::path::Path) -> Checked {
    let Loaded { mut sources, files, mut diagnostics } = load(path);
    let mut modules = Vec::new();
    for f in files {
        let parsed = parse_file(f.file, sources.text(f.file));
        diagnostics.extend(parsed.diagnostics);
        modules.push(project::ParsedModule { name: f.name, file: f.file, ast: parsed.module });
    }
    let mut program = None;
    if !diagnostics.iter().any(|d| d.is_error()) {
        let inputs: Vec<mesh_typeck::ModuleInput> = modules.iter().map(|m| mesh_typeck::ModuleInput { path: m.name.clone(), file: m.file, ast: &m.ast }).collect();
        let checked = mesh_typeck::check_program(&mut sources, &inputs);
        diagnostics.extend(checked.diagnostics);
        program = Some(checked.program);
    }
    cap_errors(&mut diagnostics, &sources);
    Checked { sources, modules, program, diagnostics }
}

fn cap_errors(diagnostics: &mut Vec<Diagnostic>, sources: &SourceMap) {
    let mut errors = 0;
    let mut cut = None;
    for (i, d) in diagnostics.iter().enumerate() {
        if d.is_error() {
            errors += 1;
            if errors > MAX_ERRORS_PER_RUN {
                cut = Some(i);
                break;
            }
        }
    }
    if let Some(i) = cut {
        let total = diagnostics.iter().filter(|d| d.is_error()).count();
        diagnostics.truncate(i);
        let _ = sources;
        diagnostics.push(
            Diagnostic::error(mesh_parse::diagnostic::codes::TOO_MANY_ERRORS, format!("{total} errors in all; only the first {MAX_ERRORS_PER_RUN} are shown"))
                .note("fix the errors above and run again"),
        );
    }
}
