//! The meshc command line itself: version, help for every subcommand,
//! exit codes, and `parse --dump`.

use std::process::Command;

fn meshc(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_meshc")).args(args).env("NO_COLOR", "1").output().expect("meshc runs")
}

#[test]
fn version_prints_the_crate_version() {
    let out = meshc(&["--version"]);
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), format!("meshc {}", env!("CARGO_PKG_VERSION")));
}

#[test]
fn every_subcommand_has_help() {
    for sub in ["check", "parse"] {
        let out = meshc(&[sub, "--help"]);
        assert!(out.status.success(), "{sub} --help failed");
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.contains("Usage: meshc"), "{sub} --help: {text}");
    }
    let out = meshc(&["--help"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("check") && text.contains("parse"), "{text}");
}

#[test]
fn missing_path_is_a_diagnostic_not_a_panic() {
    let out = meshc(&["check", "/nonexistent/nowhere.mpl"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("cannot read") && !err.contains("panicked"), "{err}");
}

#[test]
fn parse_dump_prints_the_tree() {
    let dir = std::env::temp_dir().join(format!("meshc-cli-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("math")).unwrap();
    std::fs::write(dir.join("main.mpl"), "import Math.Vector\nfn main() do\n  println(\"hi\")\nend\n").unwrap();
    std::fs::write(dir.join("math/vector.mpl"), "pub fn dot(a, b) = a * b\n").unwrap();
    std::fs::write(dir.join(".hidden.mpl"), "this is not mesh").unwrap();
    let out = meshc(&["parse", "--dump", dir.to_str().unwrap()]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(text.contains("# module Main"), "{text}");
    assert!(text.contains("# module Math.Vector"), "{text}");
    assert!(text.contains("Import Math.Vector"), "{text}");
    assert!(text.contains("Fn dot/2"), "{text}");
    assert!(!text.contains("Hidden"), "{text}");
    let out = meshc(&["check", dir.to_str().unwrap()]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("Checked 2 modules"));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn errors_in_several_files_are_all_reported() {
    let dir = std::env::temp_dir().join(format!("meshc-cli-multi-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("main.mpl"), "fn main() do\n  let x = (1 +\nend\n").unwrap();
    std::fs::write(dir.join("other.mpl"), "pub fn f() do\n  1\n\nfn g() = 2 +\n").unwrap();
    let out = meshc(&["check", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("main.mpl:2:") || err.contains("main.mpl:3:"), "{err}");
    assert!(err.contains("other.mpl:"), "{err}");
    assert!(!err.contains("<unknown>"), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn colour_only_on_a_terminal() {
    // Output captured through a pipe is never coloured, NO_COLOR or not.
    let out = Command::new(env!("CARGO_BIN_EXE_meshc")).args(["check", "/nonexistent.mpl"]).env_remove("NO_COLOR").output().unwrap();
    assert!(!String::from_utf8_lossy(&out.stderr).contains('\x1b'));
}
