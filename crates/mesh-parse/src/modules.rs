//! Module discovery: a project folder maps to module names as LANGUAGE.md
//! 2.1 says. `main.mpl` is `Main`; `math/vector.mpl` is `Math.Vector`;
//! `ingestion/ws_handler.mpl` is `Ingestion.WsHandler`; hidden entries are
//! skipped.

use std::path::{Path, PathBuf};

/// A `.mpl` file of a project and the module it defines.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ModuleFile {
    /// `["Ingestion", "WsHandler"]`.
    pub name: Vec<String>,
    pub path: PathBuf,
    /// Why the file's path does not make an importable module name, if it
    /// does not (a segment starting with a digit, like mesher's
    /// `migrations/20240101_create.mpl`, is compiled in but not importable).
    pub name_problem: Option<String>,
}

impl ModuleFile {
    pub fn dotted(&self) -> String {
        self.name.join(".")
    }
}

/// `ws_handler` -> `WsHandler`: split on `_`, capitalise each part.
pub fn pascal_case(segment: &str) -> String {
    segment
        .split('_')
        .map(|part| {
            let mut cs = part.chars();
            match cs.next() {
                Some(first) => first.to_uppercase().chain(cs).collect::<String>(),
                None => String::new(),
            }
        })
        .collect()
}

/// The module name for a path relative to the project root.
pub fn module_name(relative: &Path) -> (Vec<String>, Option<String>) {
    let mut segments: Vec<String> = Vec::new();
    let mut problem = None;
    let comps: Vec<String> = relative.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
    for (i, comp) in comps.iter().enumerate() {
        let raw = if i + 1 == comps.len() { comp.strip_suffix(".mpl").unwrap_or(comp) } else { comp.as_str() };
        if raw.is_empty() || !raw.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            problem.get_or_insert_with(|| format!("`{raw}` is not a snake_case name (use letters, digits and `_`)"));
        } else if raw.starts_with(|c: char| c.is_ascii_digit()) {
            problem.get_or_insert_with(|| format!("`{raw}` starts with a digit, so the module cannot be imported"));
        }
        segments.push(pascal_case(raw));
    }
    (segments, problem)
}

/// Every `.mpl` file under `root` (recursively, hidden entries skipped),
/// `main.mpl` first, then in path order.
pub fn discover(root: &Path) -> std::io::Result<Vec<ModuleFile>> {
    let mut files = Vec::new();
    walk(root, root, &mut files)?;
    files.sort_by(|a: &ModuleFile, b: &ModuleFile| (a.name != ["Main"], &a.path).cmp(&(b.name != ["Main"], &b.path)));
    Ok(files)
}

fn walk(root: &Path, dir: &Path, out: &mut Vec<ModuleFile>) -> std::io::Result<()> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)?.collect::<Result<_, _>>()?;
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let name = entry.file_name();
        if name.to_string_lossy().starts_with('.') {
            continue;
        }
        let path = entry.path();
        let ty = entry.file_type()?;
        if ty.is_dir() {
            walk(root, &path, out)?;
        } else if path.extension().is_some_and(|e| e == "mpl") {
            let rel = path.strip_prefix(root).unwrap_or(&path);
            let (name, name_problem) = module_name(rel);
            out.push(ModuleFile { name, path, name_problem });
        }
    }
    Ok(())
}

/// Pairs of files that map to the same module name.
pub fn duplicate_names(files: &[ModuleFile]) -> Vec<(&ModuleFile, &ModuleFile)> {
    let mut dups = Vec::new();
    for (i, a) in files.iter().enumerate() {
        if let Some(b) = files[..i].iter().find(|b| b.name == a.name) {
            dups.push((b, a));
        }
    }
    dups
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_follow_the_path() {
        assert_eq!(module_name(Path::new("main.mpl")).0, ["Main"]);
        assert_eq!(module_name(Path::new("math_ops.mpl")).0, ["MathOps"]);
        assert_eq!(module_name(Path::new("math/vector.mpl")).0, ["Math", "Vector"]);
        assert_eq!(module_name(Path::new("ingestion/ws_handler.mpl")).0, ["Ingestion", "WsHandler"]);
        assert!(module_name(Path::new("ingestion/ws_handler.mpl")).1.is_none());
    }

    #[test]
    fn odd_names_are_flagged() {
        let (name, problem) = module_name(Path::new("migrations/20240101_create.mpl"));
        assert_eq!(name, ["Migrations", "20240101Create"]);
        assert!(problem.unwrap().contains("digit"));
        assert!(module_name(Path::new("my-file.mpl")).1.unwrap().contains("snake_case"));
    }
}
