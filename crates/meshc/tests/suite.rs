//! The file-driven language suite. Discovers, under the workspace root:
//! - `tests/lang/**` and `examples/**`: programs that must pass
//!   `meshc check` (a folder with a `main.mpl` is one multi-module project;
//!   other `.mpl` files are single-file programs). Expected output files
//!   (`name.out`) sit beside them for the stages that run programs.
//! - `tests/*_fail/*.mpl`: programs that must fail, whose rendered
//!   diagnostics must equal `name.stderr` beside them. `MESH_BLESS=1`
//!   rewrites the `.stderr` files from the current output.
//!
//! Every test runs the real `meshc` binary, as a user would.

use libtest_mimic::{Arguments, Failed, Trial};
use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().expect("workspace root")
}

/// Programs under `dir`: project folders (with main.mpl) and loose files.
fn programs(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        let hidden = p.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.'));
        if hidden {
            continue;
        }
        if p.is_dir() {
            if p.join("main.mpl").is_file() {
                out.push(p);
            } else {
                programs(&p, out);
            }
        } else if p.extension().is_some_and(|e| e == "mpl") {
            out.push(p);
        }
    }
}

fn rel(p: &Path) -> String {
    p.strip_prefix(root()).unwrap_or(p).to_string_lossy().replace('\\', "/")
}

fn meshc_check(path: &str) -> std::io::Result<std::process::Output> {
    Command::new(env!("CARGO_BIN_EXE_meshc")).arg("check").arg(path).current_dir(root()).env("NO_COLOR", "1").output()
}

fn expect_clean(path: String) -> Result<(), Failed> {
    let out = meshc_check(&path).map_err(|e| format!("cannot run meshc: {e}"))?;
    if out.status.code() != Some(0) {
        return Err(format!("`meshc check {path}` exited {:?}:\n{}", out.status.code(), String::from_utf8_lossy(&out.stderr)).into());
    }
    Ok(())
}

fn expect_failure(path: String) -> Result<(), Failed> {
    let out = meshc_check(&path).map_err(|e| format!("cannot run meshc: {e}"))?;
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    if out.status.code() != Some(1) {
        return Err(format!("`meshc check {path}` exited {:?} (expected 1):\n{stderr}", out.status.code()).into());
    }
    if stderr.contains("panicked") {
        return Err(format!("meshc panicked:\n{stderr}").into());
    }
    let expected_path = root().join(&path).with_extension("stderr");
    if std::env::var_os("MESH_BLESS").is_some() {
        std::fs::write(&expected_path, &stderr).map_err(|e| format!("cannot write {}: {e}", expected_path.display()))?;
        return Ok(());
    }
    let expected = std::fs::read_to_string(&expected_path)
        .map_err(|e| format!("missing {} ({e}); run with MESH_BLESS=1 to create it. Output was:\n{stderr}", expected_path.display()))?;
    if expected != stderr {
        return Err(format!("diagnostics differ from {}\n--- expected\n{expected}\n--- actual\n{stderr}", rel(&expected_path)).into());
    }
    Ok(())
}

fn main() {
    let args = Arguments::from_args();
    let root = root();
    let mut trials = Vec::new();

    for dir in ["tests/lang", "examples"] {
        let mut found = Vec::new();
        programs(&root.join(dir), &mut found);
        for p in found {
            let path = rel(&p);
            trials.push(Trial::test(format!("check_ok::{path}"), move || expect_clean(path)));
        }
    }

    let mut fail_dirs: Vec<PathBuf> = std::fs::read_dir(root.join("tests"))
        .map(|rd| rd.flatten().map(|e| e.path()).filter(|p| p.is_dir() && p.to_string_lossy().ends_with("_fail")).collect())
        .unwrap_or_default();
    fail_dirs.sort();
    for dir in fail_dirs {
        let mut found = Vec::new();
        programs(&dir, &mut found);
        for p in found {
            let path = rel(&p);
            trials.push(Trial::test(format!("check_fails::{path}"), move || expect_failure(path)));
        }
    }

    libtest_mimic::run(&args, trials).exit();
}
