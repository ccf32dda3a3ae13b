//! The file-driven language suite. Discovers, under the workspace root:
//! - `tests/lang/**` and `examples/**`: programs that must pass
//!   `meshc check` (a folder with a `main.mpl` is one multi-module project;
//!   other `.mpl` files are single-file programs). Expected output files
//!   (`name.out`) sit beside them for the stages that run programs.
//! - `tests/*_fail/*.mpl`: programs that must fail (`meshc check`; for
//!   `tests/build_fail`, `meshc build`), whose rendered diagnostics must
//!   equal `name.stderr` beside them. `MESH_BLESS=1`
//!   rewrites the `.stderr` files from the current output.
//!
//! - Every program of `tests/lang/**` and `examples/**` with a `name.out`
//!   runs twice, through the JIT (`meshc run`) and as a built executable
//!   (`meshc build`); both must print exactly `name.out` and exit with the
//!   status in `name.exit` (0 when absent). A program whose first lines
//!   say `# output-order: concurrent` prints from several processes whose
//!   order is genuinely not fixed: its lines are compared sorted.
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
    // tests/build_fail: errors found while generating code (`meshc build`).
    let out = if path.starts_with("tests/build_fail/") {
        let exe = Path::new(env!("CARGO_TARGET_TMPDIR")).join("build_fail").join(path.replace('/', "__"));
        std::fs::create_dir_all(exe.parent().expect("has a parent")).map_err(|e| e.to_string())?;
        Command::new(env!("CARGO_BIN_EXE_meshc")).arg("build").arg(&path).arg("-o").arg(&exe).current_dir(root()).output()
    } else {
        meshc_check(&path)
    }
    .map_err(|e| format!("cannot run meshc: {e}"))?;
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

/// Source files of a program (one file, or every `.mpl` of a project).
fn sources(p: &Path) -> Vec<PathBuf> {
    if p.is_file() {
        return vec![p.to_path_buf()];
    }
    let mut out = Vec::new();
    let mut stack = vec![p.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let q = e.path();
            if q.is_dir() {
                stack.push(q);
            } else if q.extension().is_some_and(|x| x == "mpl") {
                out.push(q);
            }
        }
    }
    out
}

/// Whether a program declares its output order concurrent (compared as
/// sorted lines).
fn concurrent_order(p: &Path) -> bool {
    sources(p).iter().any(|f| std::fs::read_to_string(f).map(|t| t.lines().take(3).any(|l| l.trim() == "# output-order: concurrent")).unwrap_or(false))
}

fn expected_output(p: &Path) -> Option<(PathBuf, i32)> {
    let base = if p.is_dir() { p.to_path_buf() } else { p.with_extension("") };
    let out = PathBuf::from(format!("{}.out", base.display()));
    if !out.is_file() {
        return None;
    }
    let exit = std::fs::read_to_string(format!("{}.exit", base.display())).ok().and_then(|t| t.trim().parse().ok()).unwrap_or(0);
    Some((out, exit))
}

fn sorted_lines(s: &str) -> Vec<&str> {
    let mut v: Vec<&str> = s.lines().collect();
    v.sort_unstable();
    v
}

fn compare_run(what: &str, out: std::process::Output, expected: &Path, exit: i32, concurrent: bool) -> Result<(), Failed> {
    let want = std::fs::read_to_string(expected).map_err(|e| format!("reading {}: {e}", expected.display()))?;
    let got = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let same = if concurrent { sorted_lines(&got) == sorted_lines(&want) && got.ends_with('\n') == want.ends_with('\n') } else { got == want };
    if !same {
        return Err(format!("{what}: stdout differs from {}\n--- expected\n{want}\n--- actual\n{got}\n--- stderr\n{stderr}", rel(expected)).into());
    }
    if out.status.code() != Some(exit) {
        return Err(format!("{what}: exit status {:?}, expected {exit}\n--- stderr\n{stderr}", out.status.code()).into());
    }
    Ok(())
}

fn run_jit(path: String, expected: PathBuf, exit: i32) -> Result<(), Failed> {
    let concurrent = concurrent_order(&root().join(&path));
    let out = Command::new(env!("CARGO_BIN_EXE_meshc")).arg("run").arg(&path).current_dir(root()).output().map_err(|e| format!("cannot run meshc: {e}"))?;
    compare_run(&format!("meshc run {path}"), out, &expected, exit, concurrent)
}

fn run_aot(path: String, expected: PathBuf, exit: i32) -> Result<(), Failed> {
    let concurrent = concurrent_order(&root().join(&path));
    let exe = Path::new(env!("CARGO_TARGET_TMPDIR")).join("lang").join(path.replace('/', "__"));
    std::fs::create_dir_all(exe.parent().expect("has a parent")).map_err(|e| e.to_string())?;
    let build = Command::new(env!("CARGO_BIN_EXE_meshc")).arg("build").arg(&path).arg("-o").arg(&exe).current_dir(root()).output().map_err(|e| format!("cannot run meshc: {e}"))?;
    if !build.status.success() {
        return Err(format!("meshc build {path} failed:\n{}", String::from_utf8_lossy(&build.stderr)).into());
    }
    let out = Command::new(&exe).current_dir(root()).output().map_err(|e| format!("cannot run {}: {e}", exe.display()))?;
    let _ = std::fs::remove_file(&exe);
    compare_run(&format!("executable of {path}"), out, &expected, exit, concurrent)
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
            let check_path = path.clone();
            trials.push(Trial::test(format!("check_ok::{path}"), move || expect_clean(check_path)));
            if let Some((expected, exit)) = expected_output(&p) {
                let (p2, e2) = (path.clone(), expected.clone());
                trials.push(Trial::test(format!("run_jit::{path}"), move || run_jit(p2, e2, exit)));
                trials.push(Trial::test(format!("run_aot::{path}"), move || run_aot(path, expected, exit)));
            }
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
