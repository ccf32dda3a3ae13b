//! DESIGN.md 7 / issue 4: per-actor garbage collection keeps memory
//! bounded. A program allocating about 10 GB while keeping about 5 MB live
//! must finish with a peak resident set under 100 MB (reported by the
//! runtime itself with `MESH_RT_STATS=1`, read from /proc/self/status).

use std::path::Path;
use std::process::Command;

fn stat(stderr: &str, key: &str) -> u64 {
    let line = stderr.lines().find(|l| l.starts_with("mesh-rt:")).unwrap_or_else(|| panic!("no mesh-rt stats in stderr:\n{stderr}"));
    line.split_whitespace().find_map(|kv| kv.strip_prefix(&format!("{key}="))).and_then(|v| v.parse().ok()).unwrap_or_else(|| panic!("no {key} in {line}"))
}

#[test]
fn ten_gigabytes_allocated_in_bounded_memory() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let exe = Path::new(env!("CARGO_TARGET_TMPDIR")).join("churn_10gb");
    let build = Command::new(env!("CARGO_BIN_EXE_meshc")).arg("build").arg("tests/memory/churn_10gb.mpl").arg("-o").arg(&exe).current_dir(&root).output().expect("run meshc");
    assert!(build.status.success(), "build failed:\n{}", String::from_utf8_lossy(&build.stderr));
    let out = Command::new(&exe).env("MESH_RT_STATS", "1").output().expect("run the program");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "program failed:\n{stderr}");
    assert_eq!(stdout, "10000000000\n5000 1000\n");
    let allocated = stat(&stderr, "allocated_bytes");
    let peak_kb = stat(&stderr, "peak_rss_kb");
    let collections = stat(&stderr, "collections");
    assert!(allocated >= 10_000_000_000, "allocated only {allocated} bytes");
    assert!(collections > 10, "only {collections} collections");
    assert!(peak_kb < 100 * 1024, "peak resident memory {peak_kb} kB (limit 100 MB)");
}
