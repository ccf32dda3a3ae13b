//! Pass 1: every module gets an id and every top-level name a definition,
//! so later passes can refer to anything regardless of order.

use super::ModuleSource;
use crate::checker::Checker;
use crate::codes;
use crate::defs::{AstRef, Def, DefId, DefKind, FnInfo, FnOwner, ModuleId, ModuleInfo, ModuleKind, Special};
use mesh_parse::ast::{Item, ItemKind};
use mesh_parse::{Name, Span};

/// The runtime symbol of a standard-library function.
pub fn runtime_symbol(module: &[Name], name: &str) -> String {
    if module.is_empty() {
        format!("mesh_{name}")
    } else {
        let m = module.iter().map(|s| s.to_lowercase()).collect::<Vec<_>>().join("_");
        format!("mesh_{m}_{name}")
    }
}

fn special_of(item: &Item) -> Option<Special> {
    if item.doc.iter().any(|d| d.trim() == "constant") {
        return Some(Special::Constant);
    }
    item.doc.iter().find_map(|d| {
        let rule = d.strip_prefix("special: ")?;
        Some(match rule.trim() {
            "spawn" => Special::Spawn,
            "self" => Special::SelfPid,
            "node_spawn" => Special::NodeSpawn,
            "iter_from" => Special::IterFrom,
            "tuple" => Special::Tuple,
            _ => Special::None,
        })
    })
}

pub fn declare_modules<'a>(ck: &mut Checker<'a>, sources: Vec<ModuleSource<'a>>) {
    for src in &sources {
        let id = ModuleId(ck.prog.modules.len() as u32);
        ck.prog.modules.push(ModuleInfo {
            path: src.path.clone(),
            kind: src.kind,
            file: Some(src.file),
            values: Default::default(),
            types: Default::default(),
            module_aliases: Default::default(),
            imported_values: Default::default(),
            imported_types: Default::default(),
            unresolved: Default::default(),
            type_sources: Vec::new(),
            variants: Default::default(),
        });
        ck.items.push(src.items);
        if src.kind == ModuleKind::Prelude {
            ck.prog.known.prelude = Some(id);
        }
        if src.kind == ModuleKind::Stdlib {
            ck.prog.stdlib_paths.insert(src.path.clone(), id);
            if src.path.len() == 1 && src.path[0] == "Json" {
                ck.prog.stdlib_paths.insert(vec![Name::new("JSON")], id);
            }
        }
        let prev = ck.prog.module_paths.get(&src.path).copied();
        let keep_prev = prev.is_some_and(|p| ck.prog.module(p).kind == ModuleKind::User);
        if !keep_prev {
            ck.prog.module_paths.insert(src.path.clone(), id);
        }
    }
    for m in 0..ck.prog.modules.len() {
        declare_items(ck, ModuleId(m as u32));
    }
    legacy_aliases(ck);
}

/// Modules whose functions also exist as prelude `module_fn` names
/// (`string_length`, `io_eprintln`: LANGUAGE.md 5.1).
const LEGACY: &[&str] = &["String", "File", "IO", "Env", "List", "Map", "Set", "Tuple", "Range", "Queue", "Json", "HTTP", "Request", "Sqlite", "Pg", "Pool"];

fn legacy_aliases(ck: &mut Checker) {
    let Some(prelude) = ck.prog.known.prelude else { return };
    for name in LEGACY {
        let Some(&m) = ck.prog.stdlib_paths.get(&[Name::new(name)][..]) else { continue };
        let prefix = name.to_lowercase();
        let mut values: Vec<(Name, DefId)> = ck.prog.module(m).values.iter().map(|(n, d)| (*n, *d)).collect();
        values.sort();
        for (n, d) in values {
            let alias = Name::new(&format!("{prefix}_{n}"));
            ck.prog.module_mut(prelude).values.entry(alias).or_insert(d);
        }
    }
}

fn declare_items(ck: &mut Checker, module: ModuleId) {
    let items = ck.items[module.0 as usize];
    let kind = ck.prog.module(module).kind;
    for (i, item) in items.iter().enumerate() {
        let ast = AstRef::Item { module, item: i as u32 };
        let (name, span) = match &item.kind {
            ItemKind::Fn(f) => (f.name.name, f.name.span),
            ItemKind::Struct(s) => (s.name.name, s.name.span),
            ItemKind::Sum(s) => (s.name.name, s.name.span),
            ItemKind::Alias(a) => (a.name.name, a.name.span),
            ItemKind::Interface(x) => (x.name.name, x.name.span),
            ItemKind::Service(s) => (s.name.name, s.name.span),
            ItemKind::Actor(a) => (a.name.name, a.name.span),
            ItemKind::Supervisor(s) => (s.name.name, s.name.span),
            ItemKind::Impl(_) => {
                let id = ck.prog.add_def(Def { name: Name::new("impl"), module, span: item.span, is_pub: true, kind: DefKind::Pending });
                ck.impl_items.push((id, ast));
                continue;
            }
            ItemKind::Import(_) | ItemKind::FromImport { .. } | ItemKind::Module { .. } | ItemKind::Error => continue,
        };
        // The standard library exports everything; services and actors are
        // always exported (LANGUAGE.md 2.2).
        let is_pub = kind != ModuleKind::User || item.is_pub() || matches!(item.kind, ItemKind::Service(_) | ItemKind::Actor(_));
        let def_kind = match &item.kind {
            ItemKind::Fn(f) => DefKind::Fn(FnInfo {
                owner: FnOwner::TopLevel,
                arity: f.arity(),
                scheme: None,
                ast: Some(ast),
                symbol: (kind != ModuleKind::User).then(|| {
                    let path = if kind == ModuleKind::Prelude { &[][..] } else { &ck.prog.module(module).path[..] };
                    runtime_symbol(path, &name)
                }),
                special: special_of(item),
                generated: None,
            }),
            _ => DefKind::Pending,
        };
        let id = ck.prog.add_def(Def { name, module, span, is_pub, kind: def_kind });
        ck.item_defs.insert((module, i as u32), id);
        let is_value = matches!(item.kind, ItemKind::Fn(_) | ItemKind::Actor(_));
        let table = if is_value { &mut ck.prog.module_mut(module).values } else { &mut ck.prog.module_mut(module).types };
        if let Some(prev) = table.insert(name, id) {
            table.insert(name, prev);
            duplicate(ck, module, name, span, prev);
        }
    }
}

fn duplicate(ck: &mut Checker, module: ModuleId, name: Name, span: Span, prev: DefId) {
    let (file, prev_span) = ck.def_span(prev);
    let here = ck.file(module);
    ck.diags.push(
        mesh_parse::Diagnostic::error(codes::DUPLICATE, format!("`{name}` is defined twice in this module"))
            .primary(here, span, "second definition")
            .secondary(file, prev_span, "first defined here")
            .hint(if matches!(ck.prog.def(prev).kind, crate::defs::DefKind::Fn(_)) {
                "rename one of them (clauses of one function must be written one after another, with the same number of parameters)"
            } else {
                "rename one of them"
            }),
    );
}
