//! Loading what the user named: a project folder (every `.mpl` under it, see
//! `mesh_parse::modules`) or a single `.mpl` file, into a source map.

use mesh_parse::ast::SourceModule;
use mesh_parse::diagnostic::codes;
use mesh_parse::modules::{discover, duplicate_names, module_name, ModuleFile};
use mesh_parse::{Diagnostic, FileId, SourceMap, Span};
use std::path::{Path, PathBuf};

/// A loaded source file and the module it defines.
pub struct LoadedFile {
    pub name: Vec<String>,
    pub file: FileId,
}

pub struct Loaded {
    pub sources: SourceMap,
    pub files: Vec<LoadedFile>,
    pub diagnostics: Vec<Diagnostic>,
}

pub struct ParsedModule {
    pub name: Vec<String>,
    pub file: FileId,
    pub ast: SourceModule,
}

/// The path as the user should see it: relative to the current directory
/// when it lies below it.
fn display_path(p: &Path) -> PathBuf {
    match std::env::current_dir() {
        Ok(cwd) => p.strip_prefix(&cwd).map(Path::to_path_buf).unwrap_or_else(|_| p.to_path_buf()),
        Err(_) => p.to_path_buf(),
    }
}

fn io_error(path: &Path, e: &std::io::Error) -> Diagnostic {
    Diagnostic::error(codes::IO, format!("cannot read `{}`: {e}", path.display()))
        .hint("check that the path exists and is readable")
}

/// Loads `path`. Problems (unreadable files, bad module names, duplicate
/// module names) become diagnostics; nothing here panics.
pub fn load(path: &Path) -> Loaded {
    let mut out = Loaded { sources: SourceMap::new(), files: Vec::new(), diagnostics: Vec::new() };
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) => {
            out.diagnostics.push(io_error(path, &e));
            return out;
        }
    };
    let files: Vec<ModuleFile> = if meta.is_dir() {
        match discover(path) {
            Ok(fs) => fs,
            Err(e) => {
                out.diagnostics.push(io_error(path, &e));
                return out;
            }
        }
    } else {
        let stem = path.file_name().map(PathBuf::from).unwrap_or_else(|| path.to_path_buf());
        let (name, name_problem) = module_name(&stem);
        vec![ModuleFile { name, path: path.to_path_buf(), name_problem: if meta.is_dir() { name_problem } else { None } }]
    };
    if meta.is_dir() && files.is_empty() {
        out.diagnostics.push(
            Diagnostic::error(codes::IO, format!("no `.mpl` files in `{}`", path.display()))
                .hint("a Mesh project is a folder with a `main.mpl`"),
        );
    }
    let mut ids: Vec<FileId> = Vec::new();
    for f in &files {
        let text = match std::fs::read(&f.path) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(t) => t,
                Err(e) => {
                    out.diagnostics.push(
                        Diagnostic::error(codes::IO, format!("`{}` is not valid UTF-8 (byte {})", f.path.display(), e.utf8_error().valid_up_to()))
                            .hint("Mesh source files are UTF-8"),
                    );
                    ids.push(out.sources.add(display_path(&f.path), String::new()));
                    continue;
                }
            },
            Err(e) => {
                out.diagnostics.push(io_error(&f.path, &e));
                ids.push(out.sources.add(display_path(&f.path), String::new()));
                continue;
            }
        };
        let id = out.sources.add(display_path(&f.path), text);
        ids.push(id);
        if let Some(problem) = &f.name_problem {
            out.diagnostics.push(
                Diagnostic::warning(codes::BAD_MODULE_PATH, format!("file name does not make an importable module name: {problem}"))
                    .primary(id, Span::new(0, 0), format!("this file is module `{}`", f.dotted()))
                    .hint("rename the file or folder to snake_case starting with a letter"),
            );
        }
    }
    for (a, b) in duplicate_names(&files) {
        let ia = ids[files.iter().position(|f| f == a).unwrap_or(0)];
        let ib = ids[files.iter().position(|f| f == b).unwrap_or(0)];
        out.diagnostics.push(
            Diagnostic::error(codes::BAD_MODULE_PATH, format!("two files define module `{}`", b.dotted()))
                .primary(ib, Span::new(0, 0), "this file")
                .secondary(ia, Span::new(0, 0), "and this file")
                .hint("rename one of them"),
        );
    }
    out.files = files.into_iter().zip(ids).map(|(f, file)| LoadedFile { name: f.name, file }).collect();
    out
}
