//! Pass 2: `import A.B` and `from A.B import x, Y` (LANGUAGE.md 2.2), with
//! "not found", "private" and import-cycle errors.

use crate::checker::Checker;
use crate::codes;
use crate::defs::{ModuleId, ModuleKind};
use crate::resolve::suggest;
use mesh_parse::ast::{ItemKind, Path};
use mesh_parse::{Diagnostic, Name, Span};

pub fn resolve_imports(ck: &mut Checker) {
    let mut edges: Vec<(ModuleId, ModuleId, Span)> = Vec::new();
    for m in 0..ck.prog.modules.len() {
        let module = ModuleId(m as u32);
        if ck.prog.module(module).kind != ModuleKind::User {
            continue;
        }
        let items = ck.items[m];
        for item in items {
            match &item.kind {
                ItemKind::Import(path) => {
                    let found = find(ck, module, path);
                    if found.is_none() {
                        ck.prog.module_mut(module).unresolved.insert(path.last().name);
                    }
                    if let Some(target) = found {
                        if ck.prog.module(target).kind == ModuleKind::User {
                            let last = path.last().name;
                            let me = ck.prog.module_mut(module);
                            me.module_aliases.insert(last, target);
                            if !me.type_sources.contains(&target) {
                                me.type_sources.push(target);
                            }
                            edges.push((module, target, path.span));
                        }
                    }
                }
                ItemKind::FromImport { module: path, names } => {
                    let Some(target) = find(ck, module, path) else {
                        ck.prog.module_mut(module).unresolved.extend(names.iter().map(|n| n.name));
                        continue;
                    };
                    if ck.prog.module(target).kind == ModuleKind::User {
                        edges.push((module, target, path.span));
                        let me = ck.prog.module_mut(module);
                        if !me.type_sources.contains(&target) {
                            me.type_sources.push(target);
                        }
                    }
                    for n in names {
                        import_name(ck, module, target, n.name, n.span);
                    }
                }
                _ => {}
            }
        }
    }
    report_cycles(ck, &edges);
}

fn find(ck: &mut Checker, module: ModuleId, path: &Path) -> Option<ModuleId> {
    let segs: Vec<Name> = path.segments.iter().map(|s| s.name).collect();
    if let Some(id) = ck.prog.find_module(&segs) {
        return Some(id);
    }
    let dotted = path.dotted();
    let candidates: Vec<Name> = ck.prog.modules.iter().filter(|m| m.kind != ModuleKind::Prelude).map(|m| Name::new(&m.dotted())).collect();
    let hint = match suggest(&dotted, candidates).as_slice() {
        [] => "a project file `a/b_c.mpl` is module `A.BC`; check the file exists".to_string(),
        s => format!("did you mean {}?", s.iter().map(|x| format!("`{x}`")).collect::<Vec<_>>().join(", ")),
    };
    ck.error(module, codes::NOT_FOUND, path.span, format!("module `{dotted}` not found"), "no module with this name", hint);
    None
}

fn import_name(ck: &mut Checker, module: ModuleId, target: ModuleId, name: Name, span: Span) {
    let t = ck.prog.module(target);
    let (def, is_type) = match (t.values.get(&name), t.types.get(&name)) {
        (Some(d), _) => (*d, false),
        (None, Some(d)) => (*d, true),
        (None, None) => {
            let dotted = t.dotted();
            let names: Vec<Name> = t.values.keys().chain(t.types.keys()).copied().collect();
            let hint = match suggest(&name, names).as_slice() {
                [] => format!("check what module `{dotted}` defines"),
                s => format!("did you mean {}?", s.iter().map(|x| format!("`{x}`")).collect::<Vec<_>>().join(", ")),
            };
            ck.error(module, codes::NOT_FOUND, span, format!("`{name}` not found in module `{dotted}`"), "not defined there", hint);
            ck.prog.module_mut(module).unresolved.insert(name);
            return;
        }
    };
    if !ck.prog.def(def).is_pub {
        let dotted = ck.prog.module(target).dotted();
        let (file, def_span) = ck.def_span(def);
        let here = ck.file(module);
        ck.diags.push(
            Diagnostic::error(codes::PRIVATE, format!("`{name}` is private in module `{dotted}`"))
                .primary(here, span, "private item")
                .secondary(file, def_span, "defined here without `pub`")
                .hint(format!("mark it `pub` in `{dotted}` to import it")),
        );
    }
    let me = ck.prog.module_mut(module);
    if is_type {
        me.imported_types.insert(name, def);
    } else {
        me.imported_values.insert(name, def);
    }
}

/// Import cycles between user modules are errors (LANGUAGE.md 2.1).
fn report_cycles(ck: &mut Checker, edges: &[(ModuleId, ModuleId, Span)]) {
    let n = ck.prog.modules.len();
    let mut adj: Vec<Vec<(ModuleId, Span)>> = vec![Vec::new(); n];
    for (a, b, s) in edges {
        adj[a.0 as usize].push((*b, *s));
    }
    // 0 unvisited, 1 on the stack, 2 done.
    let mut state = vec![0u8; n];
    let mut stack: Vec<(ModuleId, Span)> = Vec::new();
    let mut reported: Vec<Vec<ModuleId>> = Vec::new();
    for start in 0..n {
        if state[start] == 0 {
            visit(ck, ModuleId(start as u32), &adj, &mut state, &mut stack, &mut reported);
        }
    }
}

fn visit(
    ck: &mut Checker,
    m: ModuleId,
    adj: &[Vec<(ModuleId, Span)>],
    state: &mut [u8],
    stack: &mut Vec<(ModuleId, Span)>,
    reported: &mut Vec<Vec<ModuleId>>,
) {
    state[m.0 as usize] = 1;
    for &(next, span) in &adj[m.0 as usize] {
        match state[next.0 as usize] {
            0 => {
                stack.push((m, span));
                visit(ck, next, adj, state, stack, reported);
                stack.pop();
            }
            1 => {
                let from = stack.iter().position(|(x, _)| *x == next).unwrap_or(stack.len());
                let mut cycle: Vec<ModuleId> = stack[from..].iter().map(|(x, _)| *x).collect();
                cycle.push(m);
                let mut key = cycle.clone();
                key.sort();
                if reported.contains(&key) {
                    continue;
                }
                reported.push(key);
                let names: Vec<String> = cycle.iter().chain(std::iter::once(&next)).map(|x| ck.prog.module(*x).dotted()).collect();
                ck.error(m, codes::IMPORT_CYCLE, span, format!("import cycle: {}", names.join(" imports ")), "this import closes the cycle", "move what both modules need into a third module that imports neither");
            }
            _ => {}
        }
    }
    state[m.0 as usize] = 2;
}
