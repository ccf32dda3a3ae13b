//! Pass 3: structs, sum types and aliases. First every type gets its
//! generic parameters (so types may refer to each other in any order), then
//! aliases are expanded (in dependency order, cycles reported), then fields
//! and variants are lowered.

use crate::checker::Checker;
use crate::codes;
use crate::defs::{AliasInfo, DefId, DefKind, Derives, FieldInfo, ModuleId, StructInfo, SumInfo, VariantInfo};
use crate::lower::{Lowerer, TypeScope};
use crate::ty::{ParamId, Ty};
use mesh_parse::ast::{GenericParam, Item, ItemKind, TypeExpr, TypeKind};
use mesh_parse::Name;

fn type_items<'a>(ck: &Checker<'a>) -> Vec<(DefId, ModuleId, &'a Item)> {
    let mut out = Vec::new();
    for (m, items) in ck.items.iter().enumerate() {
        for (i, item) in items.iter().enumerate() {
            if matches!(item.kind, ItemKind::Struct(_) | ItemKind::Sum(_) | ItemKind::Alias(_)) {
                if let Some(d) = ck.item_defs.get(&(ModuleId(m as u32), i as u32)) {
                    out.push((*d, ModuleId(m as u32), item));
                }
            }
        }
    }
    out
}

pub fn params_of(ck: &mut Checker, generics: &[GenericParam]) -> Vec<(Name, ParamId)> {
    generics.iter().map(|g| (g.name.name, ck.fresh_param(g.name.name))).collect()
}

pub fn lower_types(ck: &mut Checker) {
    let items = type_items(ck);
    let mut scopes: rustc_hash::FxHashMap<DefId, Vec<(Name, ParamId)>> = Default::default();
    // (a) parameters first, so arities are known everywhere.
    for (d, _, item) in &items {
        let (generics, kind) = match &item.kind {
            ItemKind::Struct(s) => (&s.generics, 0),
            ItemKind::Sum(s) => (&s.generics, 1),
            ItemKind::Alias(a) => (&a.generics, 2),
            _ => continue,
        };
        let ps = params_of(ck, generics);
        let params: Vec<ParamId> = ps.iter().map(|(_, p)| *p).collect();
        scopes.insert(*d, ps);
        ck.prog.def_mut(*d).kind = match kind {
            0 => DefKind::Struct(StructInfo { params, fields: Vec::new(), derives: Derives::default(), schema: Vec::new() }),
            1 => DefKind::Sum(SumInfo { params, variants: Vec::new(), derives: Derives::default() }),
            _ => DefKind::Alias(AliasInfo { params, ty: Ty::Error }),
        };
    }
    // The prelude's Option, Result and Ordering, which `T?` and `T!E` in
    // aliases and fields below stand for.
    let known = [("Option", 0), ("Result", 1), ("Ordering", 2)];
    if let Some(p) = ck.prog.known.prelude {
        for (name, which) in known {
            let d = ck.prog.module(p).types.get(&Name::new(name)).copied();
            match which {
                0 => ck.prog.known.option = d,
                1 => ck.prog.known.result = d,
                _ => ck.prog.known.ordering = d,
            }
        }
    }
    // (b) aliases, dependencies first.
    let mut state: rustc_hash::FxHashMap<DefId, u8> = Default::default();
    for (d, m, item) in &items {
        if let ItemKind::Alias(_) = &item.kind {
            lower_alias(ck, *d, *m, item, &scopes, &mut state, &items);
        }
    }
    // (c) fields and variants.
    for (d, m, item) in &items {
        let scope = TypeScope::with_params(scopes.get(d).cloned().unwrap_or_default());
        let file = ck.file(*m);
        match &item.kind {
            ItemKind::Struct(s) => {
                let mut fields = Vec::new();
                let mut lw = Lowerer { prog: &ck.prog, module: *m, file, diags: &mut ck.diags };
                for f in &s.fields {
                    if fields.iter().any(|x: &FieldInfo| x.name == f.name.name) {
                        lw.diags.push(
                            mesh_parse::Diagnostic::error(codes::DUPLICATE, format!("field `{}` is declared twice", f.name.name))
                                .primary(file, f.name.span, "second declaration")
                                .hint("remove or rename one of them"),
                        );
                        continue;
                    }
                    let ty = lw.lower(&scope, &f.ty);
                    fields.push(FieldInfo { name: f.name.name, ty, span: f.span });
                }
                let schema = s.options.iter().map(|o| o.option.clone()).collect();
                if let DefKind::Struct(info) = &mut ck.prog.def_mut(*d).kind {
                    info.fields = fields;
                    info.schema = schema;
                }
            }
            ItemKind::Sum(s) => {
                let mut variants: Vec<VariantInfo> = Vec::new();
                let mut lw = Lowerer { prog: &ck.prog, module: *m, file, diags: &mut ck.diags };
                for v in &s.variants {
                    if variants.iter().any(|x| x.name == v.name.name) {
                        lw.diags.push(
                            mesh_parse::Diagnostic::error(codes::DUPLICATE, format!("variant `{}` is declared twice", v.name.name))
                                .primary(file, v.name.span, "second declaration")
                                .hint("remove or rename one of them"),
                        );
                        continue;
                    }
                    let fields = v.fields.iter().map(|f| lw.lower(&scope, &f.ty)).collect();
                    let field_names = v.fields.iter().map(|f| f.name.map(|n| n.name)).collect();
                    variants.push(VariantInfo { name: v.name.name, fields, field_names, span: v.span });
                }
                if let DefKind::Sum(info) = &mut ck.prog.def_mut(*d).kind {
                    info.variants = variants;
                }
            }
            _ => {}
        }
    }
    clashing_variants(ck, &items);
}

/// Two sum types of one module with a variant of the same name, or a
/// variant named like a struct: a bare name would be ambiguous (E0007).
fn clashing_variants(ck: &mut Checker, items: &[(DefId, ModuleId, &Item)]) {
    let mut seen: rustc_hash::FxHashMap<(ModuleId, Name), (DefId, mesh_parse::Span)> = Default::default();
    let mut reports = Vec::new();
    for (d, m, _) in items {
        match &ck.prog.def(*d).kind {
            DefKind::Sum(s) => {
                for v in &s.variants {
                    if let Some((other, first)) = seen.get(&(*m, v.name)) {
                        reports.push((*m, v.name, v.span, *other, *first));
                    } else {
                        seen.insert((*m, v.name), (*d, v.span));
                    }
                }
            }
            DefKind::Struct(_) => {
                let def = ck.prog.def(*d);
                seen.entry((*m, def.name)).or_insert((*d, def.span));
            }
            _ => {}
        }
    }
    for (m, name, span, other, first) in reports {
        let owner = ck.prog.def(other).name;
        let file = ck.file(m);
        ck.diags.push(
            mesh_parse::Diagnostic::error(codes::DUPLICATE, format!("`{name}` is already declared by `{owner}` in this module"))
                .primary(file, span, "declared again here")
                .secondary(file, first, "first declared here")
                .hint("variants are used by bare name, so each name may belong to one type per module: rename one"),
        );
    }
}

/// Names an alias body refers to, to lower the aliases it uses first.
fn referenced_names(t: &TypeExpr, out: &mut Vec<Name>) {
    match &t.kind {
        TypeKind::Named { path, args } => {
            if path.segments.len() == 1 {
                out.push(path.segments[0].name);
            }
            args.iter().for_each(|a| referenced_names(a, out));
        }
        TypeKind::Tuple(ts) => ts.iter().for_each(|a| referenced_names(a, out)),
        TypeKind::Fun { params, ret } => {
            params.iter().for_each(|a| referenced_names(a, out));
            referenced_names(ret, out);
        }
        TypeKind::Option(a) => referenced_names(a, out),
        TypeKind::Result(a, b) => {
            referenced_names(a, out);
            referenced_names(b, out);
        }
        TypeKind::Unit | TypeKind::Error => {}
    }
}

fn lower_alias(
    ck: &mut Checker,
    d: DefId,
    m: ModuleId,
    item: &Item,
    scopes: &rustc_hash::FxHashMap<DefId, Vec<(Name, ParamId)>>,
    state: &mut rustc_hash::FxHashMap<DefId, u8>,
    items: &[(DefId, ModuleId, &Item)],
) {
    match state.get(&d) {
        Some(2) => return,
        Some(1) => {
            let name = ck.prog.def(d).name;
            let span = ck.prog.def(d).span;
            ck.error(m, codes::ALIAS_CYCLE, span, format!("type alias `{name}` is defined in terms of itself"), "this alias refers back to itself", "aliases cannot be recursive; use a sum type (`type X do ... end`) for recursive data");
            if let DefKind::Alias(a) = &mut ck.prog.def_mut(d).kind {
                a.ty = Ty::Error;
            }
            state.insert(d, 2);
            return;
        }
        _ => {}
    }
    state.insert(d, 1);
    let ItemKind::Alias(alias) = &item.kind else { return };
    let mut names = Vec::new();
    referenced_names(&alias.ty, &mut names);
    for n in names {
        if let Some(dep) = ck.prog.lookup_type(m, n) {
            if let Some((_, dm, ditem)) = items.iter().find(|(x, _, _)| *x == dep) {
                if matches!(ditem.kind, ItemKind::Alias(_)) {
                    lower_alias(ck, dep, *dm, ditem, scopes, state, items);
                }
            }
        }
    }
    if state.get(&d) == Some(&2) {
        return; // a cycle through this alias was reported
    }
    let scope = TypeScope::with_params(scopes.get(&d).cloned().unwrap_or_default());
    let file = ck.file(m);
    let ty = Lowerer { prog: &ck.prog, module: m, file, diags: &mut ck.diags }.lower(&scope, &alias.ty);
    if let DefKind::Alias(a) = &mut ck.prog.def_mut(d).kind {
        a.ty = ty;
    }
    state.insert(d, 2);
}
