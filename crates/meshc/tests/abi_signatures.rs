//! The one-word ABI (docs/ABI.md): no function the compiler generates or
//! imports has an aggregate in its signature. Every parameter and result
//! of every function in the object files of the test programs is one
//! 64-bit word (C `main` aside, which takes `argc: i32` and returns i32).

use cranelift_codegen::ir::types::{I32, I64};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().expect("workspace root")
}

fn programs() -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![root().join("tests/lang"), root().join("examples")];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                if p.join("main.mpl").is_file() {
                    out.push(p);
                } else {
                    stack.push(p);
                }
            } else if p.extension().is_some_and(|x| x == "mpl") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

#[test]
fn no_signature_carries_an_aggregate() {
    let mut checked_functions = 0;
    let mut programs_compiled = 0;
    for p in programs() {
        let (_checked, mir) = meshc::driver::compile(&p);
        // Programs using processes are compiled once the scheduler lands.
        let Ok(mir) = mir else { continue };
        let sigs = mesh_codegen::function_signatures(&mir).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
        programs_compiled += 1;
        for (name, sig) in sigs {
            checked_functions += 1;
            if name == "main" {
                assert_eq!(sig.params.iter().map(|a| a.value_type).collect::<Vec<_>>(), vec![I32, I64]);
                continue;
            }
            assert!(sig.params.iter().all(|a| a.value_type == I64), "{}: {name} has a non-word parameter: {sig}", p.display());
            assert_eq!(sig.returns.len(), 1, "{}: {name} returns one value", p.display());
            assert_eq!(sig.returns[0].value_type, I64, "{}: {name} returns a word", p.display());
        }
    }
    assert!(programs_compiled >= 10, "only {programs_compiled} programs compiled");
    assert!(checked_functions > 100, "only {checked_functions} functions checked");
}
