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
    let result = mesh_codegen::build_mir(prog, &checked.sources, main).map_err(|problems| Failure::Message(problems.join("\n")));
    (checked, result)
}

/// Where the runtime archive is: `$MESH_RT_LIB`, or `libmesh_rt.a` beside
/// the meshc executable (or its parent folder, for test binaries in
/// `target/*/deps`).
pub fn runtime_archive() -> Result<PathBuf, String> {
    if let Ok(p) = std::env::var("MESH_RT_LIB") {
        return Ok(PathBuf::from(p));
    }
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let dir = exe.parent().ok_or("meshc has no folder")?;
    for d in [dir, dir.parent().unwrap_or(dir)] {
        let p = d.join("libmesh_rt.a");
        if p.is_file() {
            return Ok(p);
        }
    }
    Err(format!("the runtime archive libmesh_rt.a was not found beside {} (build the workspace with `cargo build`, or set MESH_RT_LIB)", exe.display()))
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
