//! The standard library is declared once (`stdlib.mpl`); the runtime must
//! provide every function declared there that the current stage implements,
//! under the symbol the table gives, and the prelude's variant order must
//! match the runtime's tag constants.

use mesh_parse::SourceMap;

/// Modules whose runtime comes with later issues (databases).
const LATER: &[&str] = &["Pool", "Pg", "Sqlite", "Repo", "Query", "Orm", "Changeset", "Migration", "Job"];
const LATER_PRELUDE: &[&str] = &["spawn", "send", "self", "link"];

fn program() -> mesh_typeck::Program {
    let mut sources = SourceMap::new();
    mesh_typeck::check_program(&mut sources, &[]).program
}

#[test]
fn every_declared_function_has_a_runtime_symbol() {
    let prog = program();
    let have: std::collections::HashSet<&str> = mesh_rt::symbols::all().into_iter().map(|(n, _)| n).collect();
    let mut missing = Vec::new();
    for e in mesh_typeck::stdlib::entries(&prog) {
        if LATER.contains(&e.module.as_str()) || (e.module.is_empty() && LATER_PRELUDE.contains(&e.name.as_str())) || (e.module == "Timer" && e.name == "send_after")
            // Compiled like `spawn` (`## special: node_spawn`).
            || (e.module == "Node" && e.name.starts_with("spawn"))
        {
            continue;
        }
        if !have.contains(e.symbol.as_str()) {
            missing.push(format!("{}.{} ({})", e.module, e.name, e.symbol));
        }
    }
    assert!(missing.is_empty(), "the runtime lacks {} declared functions:\n{}", missing.len(), missing.join("\n"));
}

#[test]
fn prelude_variant_tags_match_the_runtime() {
    let prog = program();
    let tags = |name: &str| -> Vec<String> {
        let d = prog.defs.iter().find(|d| d.name.as_str() == name && matches!(d.kind, mesh_typeck::defs::DefKind::Sum(_))).expect("prelude sum type");
        match &d.kind {
            mesh_typeck::defs::DefKind::Sum(s) => s.variants.iter().map(|v| v.name.to_string()).collect(),
            _ => unreachable!(),
        }
    };
    use mesh_rt::desc::*;
    assert_eq!(tags("Option")[TAG_SOME as usize], "Some");
    assert_eq!(tags("Option")[TAG_NONE as usize], "None");
    assert_eq!(tags("Result")[TAG_OK as usize], "Ok");
    assert_eq!(tags("Result")[TAG_ERR as usize], "Err");
    assert_eq!(tags("Ordering")[TAG_LESS as usize], "Less");
    assert_eq!(tags("Ordering")[TAG_EQUAL as usize], "Equal");
    assert_eq!(tags("Ordering")[TAG_GREATER as usize], "Greater");
}
