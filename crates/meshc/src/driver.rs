//! `meshc build` and `meshc run`: check, build the MIR, then compile to an
//! object file and link it with the runtime archive (`cc`), or compile in
//! memory and run it (JIT).

use crate::Checked;
use mesh_codegen::{mir, Options};
use mesh_parse::Name;
use std::path::{Path, PathBuf};

/// Why a build did not produce a program.
pub enum Failure {
    /// Diagnostics (already in `Checked`).
    Diagnostics,
    /// A problem after checking (unsupported construct, link failure ...).
    Message(String),
    /// User errors found while generating code (per instance).
    Late(Vec<mesh_parse::Diagnostic>),
}

/// Checks `path` and builds its MIR.
pub fn compile(path: &Path) -> (Checked, Result<mir::Program, Failure>) {
    let checked = crate::check(path);
    if checked.error_count() > 0 {
        return (checked, Err(Failure::Diagnostics));
    }
    let Some(prog) = &checked.program else { return (checked, Err(Failure::Diagnostics)) };
    let main_module: Vec<Name> = if path.is_dir() {
        vec![Name::new("Main")]
    } else {
        checked.modules.first().map(|m| m.name.iter().map(|s| Name::new(s)).collect()).unwrap_or_default()
    };
    let main = prog.find_module(&main_module).and_then(|m| prog.module(m).values.get(&Name::new("main")).copied());
    let Some(main) = main else {
        return (checked, Err(Failure::Message(format!("{} has no `fn main()`", path.display()))));
    };
    let result = mesh_codegen::build_mir(prog, &checked.sources, main).map_err(|f| if f.diagnostics.is_empty() { Failure::Message(f.problems.join("\n")) } else { Failure::Late(f.diagnostics) });
    if std::env::var_os("MESH_DUMP_MIR").is_some() {
        if let Ok(m) = &result {
            eprintln!("{m}");
        }
    }
    (checked, result)
}

/// The runtime archive meshc was built with (see build.rs).
static EMBEDDED_RUNTIME: &[u8] = include_bytes!(env!("MESH_RT_ARCHIVE"));

/// Where the runtime archive is: `$MESH_RT_LIB` if set, else the archive
/// embedded in meshc, written once to the temporary folder.
pub fn runtime_archive() -> Result<PathBuf, String> {
    if let Some(p) = std::env::var_os("MESH_RT_LIB").filter(|p| !p.is_empty()) {
        let p = PathBuf::from(p);
        if !p.is_file() {
            return Err(format!("MESH_RT_LIB is set to {}, which is not a file", p.display()));
        }
        return Ok(p);
    }
    let path = std::env::temp_dir().join(format!("mesh-runtime-{}-{}.a", env!("CARGO_PKG_VERSION"), env!("MESH_RT_STAMP")));
    if std::fs::metadata(&path).map(|m| m.len() as usize == EMBEDDED_RUNTIME.len()).unwrap_or(false) {
        return Ok(path);
    }
    // Write under a unique name, then rename: concurrent builds are safe.
    let tmp = path.with_extension(format!("{}.tmp", std::process::id()));
    std::fs::write(&tmp, EMBEDDED_RUNTIME).map_err(|e| format!("writing the runtime archive {}: {e}", tmp.display()))?;
    std::fs::rename(&tmp, &path).map_err(|e| format!("placing the runtime archive {}: {e}", path.display()))?;
    Ok(path)
}

/// Compiles to an object and links the executable at `out`.
pub fn build_executable(prog: &mir::Program, out: &Path, opts: Options) -> Result<Option<String>, String> {
    let (object, clif) = mesh_codegen::compile_object(prog, opts)?;
    let rt = runtime_archive()?;
    let tmp = std::env::temp_dir().join(format!("meshc-{}-{}.o", std::process::id(), out.file_name().and_then(|n| n.to_str()).unwrap_or("prog")));
    std::fs::write(&tmp, &object).map_err(|e| format!("writing {}: {e}", tmp.display()))?;
    let status = std::process::Command::new("cc")
        .arg(&tmp)
        .arg(&rt)
        .args(["-lgcc_s", "-lutil", "-lrt", "-lpthread", "-lm", "-ldl", "-lc", "-Wl,--gc-sections", "-o"])
        .arg(out)
        .status();
    let _ = std::fs::remove_file(&tmp);
    match status {
        Ok(s) if s.success() => Ok(clif),
        Ok(s) => Err(format!("linking failed ({s})")),
        Err(e) => Err(format!("cannot run the linker `cc`: {e}")),
    }
}
