//! The ABI regression suite (tests/abi/): 1,000 random nested types, each
//! moved through every call, closure, `?`, container, actor, service, Job and
//! supervisor boundary and compared with the original by derived `==` and by
//! its Display text. `tests/abi/run.py` generates, builds and runs the
//! programs with this crate's `meshc` and exits 1 naming the type, seed and
//! hop of the first failure. Needs `python3` (standard library only).

use std::path::Path;
use std::process::Command;

#[test]
fn abi_suite_seed_1() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().expect("workspace root");
    let jobs = std::thread::available_parallelism().map_or(1, |n| n.get()).min(4);
    let out = Command::new("python3")
        .args(["tests/abi/run.py", "--seed", "1", "--count", "1000", "--jobs"])
        .arg(jobs.to_string())
        .env("MESHC", env!("CARGO_BIN_EXE_meshc"))
        .current_dir(&root)
        .output()
        .expect("cannot run python3 tests/abi/run.py");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    print!("{stdout}");
    assert!(out.status.success(), "ABI suite failed ({}):\n{stdout}\n{stderr}", out.status);
    assert!(stdout.contains("ABI suite: 1000 types, 40 programs, seed 1, all hops equal"), "unexpected summary:\n{stdout}");
}
