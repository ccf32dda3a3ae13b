//! Pass 4: interfaces (method signatures over `Self`, associated types,
//! default methods) and impls (checked against their interface: every
//! method without a default present, no extra ones, associated types
//! exactly as declared: E0040, E0041).

use super::types::params_of;
use crate::checker::Checker;
use crate::codes;
use crate::defs::{AstRef, Def, DefId, DefKind, FnInfo, FnOwner, ImplInfo, InterfaceInfo, ModuleId, Scheme};
use crate::lower::{Lowerer, TypeScope};
use crate::ty::{ParamId, Ty};
use mesh_parse::ast::{FnClause, FnDef, ItemKind, PatternKind, TypeKind};
use mesh_parse::{Diagnostic, Name};

pub fn collect_interfaces(ck: &mut Checker) {
    for m in 0..ck.items.len() {
        let module = ModuleId(m as u32);
        for (i, item) in ck.items[m].iter().enumerate() {
            let ItemKind::Interface(iface) = &item.kind else { continue };
            let Some(&id) = ck.item_defs.get(&(module, i as u32)) else { continue };
            let generics = params_of(ck, &iface.generics);
            let self_param = ck.fresh_param(Name::new("Self"));
            let assoc: Vec<Name> = iface.assoc_types.iter().map(|a| a.name.name).collect();
            let assoc_params: Vec<ParamId> = assoc.iter().map(|a| ck.fresh_param(Name::new(&format!("Self.{a}")))).collect();
            let scope = TypeScope {
                params: generics.clone(),
                self_ty: Some(Ty::Param(self_param)),
                assoc: assoc.iter().zip(&assoc_params).map(|(n, p)| (*n, Ty::Param(*p))).collect(),
                implicit_params: false,
            };
            let mut methods: Vec<(Name, DefId)> = Vec::new();
            for (j, f) in iface.methods.iter().enumerate() {
                if methods.iter().any(|(n, _)| *n == f.name.name) {
                    ck.error(module, codes::DUPLICATE, f.name.span, format!("interface `{}` declares `{}` twice", iface.name.name, f.name.name), "second declaration", "an interface declares each method once");
                    continue;
                }
                let ty = signature(ck, module, &scope, &f.clauses[0], &Ty::Param(self_param), None);
                let mut params: Vec<ParamId> = vec![self_param];
                params.extend(generics.iter().map(|(_, p)| *p));
                params.extend(&assoc_params);
                let method_generics = params_of(ck, &f.clauses[0].generics);
                params.extend(method_generics.iter().map(|(_, p)| *p));
                let has_body = f.clauses[0].body.is_some();
                let def = ck.prog.add_def(Def {
                    name: f.name.name,
                    module,
                    span: f.name.span,
                    is_pub: true,
                    kind: DefKind::Fn(FnInfo {
                        owner: FnOwner::Interface(id),
                        arity: f.arity(),
                        scheme: Some(Scheme { params, bounds: vec![(self_param, id)], ty }),
                        ast: has_body.then_some(AstRef::Member { module, item: i as u32, member: j as u32 }),
                        symbol: None,
                        special: None,
                        generated: None,
                    }),
                });
                methods.push((f.name.name, def));
                ck.prog.methods_by_name.entry(f.name.name).or_default().push(id);
            }
            let params = generics.iter().map(|(_, p)| *p).collect();
            ck.prog.def_mut(id).kind = DefKind::Interface(InterfaceInfo { params, self_param, assoc, assoc_params, methods });
            if ck.prog.module(module).kind != crate::defs::ModuleKind::User {
                let name: &'static str = ck.prog.def(id).name.as_str();
                ck.prog.known.interfaces.insert(name, id);
            }
        }
    }
}

/// The function type of a clause: annotated parameters as written, `self`
/// (unannotated) as `self_ty`, other unannotated ones from `expected` if
/// given (an impl method takes its interface's signature) or an error.
pub fn signature(ck: &mut Checker, module: ModuleId, scope: &TypeScope, clause: &FnClause, self_ty: &Ty, expected: Option<&Ty>) -> Ty {
    let file = ck.file(module);
    let mut scope = scope.clone();
    let method_generics = params_of(ck, &clause.generics);
    scope.params.extend(method_generics);
    let (exp_params, exp_ret) = match expected {
        Some(Ty::Fun(ps, r)) => (Some(ps.clone()), Some((**r).clone())),
        _ => (None, None),
    };
    let mut params = Vec::new();
    for (k, p) in clause.params.iter().enumerate() {
        let is_self = matches!(&p.pattern.kind, PatternKind::Bind(n) if n.name == "self");
        let ty = match &p.ty {
            Some(t) => Lowerer { prog: &ck.prog, module, file, diags: &mut ck.diags }.lower(&scope, t),
            None if is_self => self_ty.clone(),
            None => match exp_params.as_ref().and_then(|e| e.get(k)) {
                Some(t) => t.clone(),
                None => {
                    ck.error(module, codes::CANNOT_INFER, p.span, "this parameter needs a type", "no type annotation", "interface and impl methods annotate their parameters: `name :: Type`");
                    Ty::Error
                }
            },
        };
        params.push(ty);
    }
    let ret = match &clause.ret {
        Some(t) => Lowerer { prog: &ck.prog, module, file, diags: &mut ck.diags }.lower(&scope, t),
        None => exp_ret.unwrap_or_else(Ty::unit),
    };
    Ty::Fun(params, Box::new(ret))
}

pub fn collect_impls(ck: &mut Checker) {
    let pending = std::mem::take(&mut ck.impl_items);
    for (id, at) in pending {
        let AstRef::Item { module, item } = at else { continue };
        let ItemKind::Impl(imp) = &ck.items[module.0 as usize][item as usize].kind else { continue };
        let file = ck.file(module);
        let generics = params_of(ck, &imp.generics);
        let scope = TypeScope::with_params(generics.clone());
        let (iface_path, iface_args) = match &imp.interface.kind {
            TypeKind::Named { path, args } => (path, args),
            _ => {
                ck.error(module, codes::BAD_IMPL, imp.interface.span, "expected an interface name", "not an interface", "write `impl Interface for Type do ... end`");
                continue;
            }
        };
        let name = iface_path.last().name;
        // Interfaces are global (LANGUAGE.md 2.2): any module's will do.
        let iface = if iface_path.segments.len() == 1 {
            ck.prog.lookup_type(module, name).filter(|d| matches!(ck.prog.def(*d).kind, DefKind::Interface(_))).or_else(|| {
                ck.prog.modules.iter().find_map(|m| m.types.get(&name).copied().filter(|d| matches!(ck.prog.def(*d).kind, DefKind::Interface(_))))
            })
        } else {
            None
        };
        let Some(iface) = iface.filter(|d| matches!(ck.prog.def(*d).kind, DefKind::Interface(_))) else {
            ck.error(module, codes::BAD_IMPL, iface_path.span, format!("`{}` is not an interface: not found", iface_path.dotted()), "unknown interface", "declare it with `interface Name do ... end`, or use a built-in one (Display, Eq, Ord, From, Add ...)");
            continue;
        };
        let mut lw = Lowerer { prog: &ck.prog, module, file, diags: &mut ck.diags };
        let for_ty = lw.lower(&scope, &imp.for_type);
        let args: Vec<Ty> = iface_args.iter().map(|a| lw.lower(&scope, a)).collect();
        let DefKind::Interface(info) = ck.prog.def(iface).kind.clone() else { continue };
        if args.len() != info.params.len() {
            ck.error(module, codes::TYPE_ARITY, imp.interface.span, format!("`{name}` takes {} type argument(s), found {}", info.params.len(), args.len()), "wrong number of type arguments", format!("write `{name}<...>` with {} argument(s)", info.params.len()));
            continue;
        }
        let assoc = impl_assoc(ck, module, imp, &info, &scope, name);
        let subst = |p: ParamId| -> Option<Ty> {
            if p == info.self_param {
                return Some(for_ty.clone());
            }
            if let Some(i) = info.params.iter().position(|x| *x == p) {
                return args.get(i).cloned();
            }
            info.assoc_params.iter().position(|x| *x == p).and_then(|i| assoc.get(i).map(|(_, t)| t.clone()))
        };
        let mut methods = Vec::new();
        for (j, f) in imp.methods.iter().enumerate() {
            let Some((_, iface_method)) = info.methods.iter().find(|(n, _)| *n == f.name.name) else {
                let known: Vec<String> = info.methods.iter().map(|(n, _)| format!("`{n}`")).collect();
                ck.error(module, codes::BAD_IMPL, f.name.span, format!("`{}` is not a method of interface `{name}`", f.name.name), "not declared by the interface", format!("`{name}` declares: {}", if known.is_empty() { "no methods".into() } else { known.join(", ") }));
                continue;
            };
            let expected = ck.prog.fn_info(*iface_method).and_then(|fi| fi.scheme.as_ref()).map(|s| s.ty.subst(&subst));
            let method_def = impl_method(ck, module, item, j as u32, id, f, &scope, &for_ty, expected.as_ref());
            if let (Some(exp), Some(got)) = (&expected, ck.prog.fn_info(method_def).and_then(|fi| fi.scheme.as_ref()).map(|s| s.ty.clone())) {
                if !same_shape(exp, &got, &mut Vec::new()) {
                    let (e, g) = (crate::display::show(&ck.prog, exp, Some(module)), crate::display::show(&ck.prog, &got, Some(module)));
                    let (ifile, ispan) = ck.def_span(*iface_method);
                    let file = ck.file(module);
                    ck.poisoned.insert(method_def);
                    let missing_self = matches!((exp, &got), (crate::ty::Ty::Fun(ep, _), crate::ty::Ty::Fun(gp, _)) if ep.len() == gp.len() + 1)
                        && f.clauses.first().is_some_and(|c| c.params.first().is_none_or(|p| !matches!(&p.pattern.kind, mesh_parse::ast::PatternKind::Bind(n) if n.name == "self")));
                    let message = if missing_self {
                        format!("method `{}` must take `self`, as interface `{name}` declares", f.name.name)
                    } else {
                        format!("method `{}` does not match interface `{name}`: it is `{g}`, the interface declares `{e}`", f.name.name)
                    };
                    ck.diags.push(
                        Diagnostic::error(codes::BAD_IMPL, message)
                            .primary(file, f.name.span, format!("this is `{g}`"))
                            .secondary(ifile, ispan, format!("declared as `{e}` here"))
                            .hint("make the parameters and result types agree with the interface"),
                    );
                }
            }
            methods.push((f.name.name, method_def));
        }
        for (mname, mdef) in &info.methods {
            let has_default = ck.prog.fn_info(*mdef).is_some_and(|f| f.ast.is_some());
            if !has_default && !methods.iter().any(|(n, _)| n == mname) {
                ck.error(module, codes::BAD_IMPL, imp.for_type.span, format!("method `{mname}` of interface `{name}` is missing"), "this impl does not define it", format!("add `fn {mname}(...)` to the impl"));
            }
        }
        if let Some(prev) = conflicting_impl(ck, iface, &args, &for_ty) {
            let (pfile, pspan) = ck.def_span(prev);
            let file = ck.file(module);
            let shown = crate::display::show(&ck.prog, &for_ty, Some(module));
            ck.diags.push(
                Diagnostic::error(codes::BAD_IMPL, format!("`{shown}` implements `{name}` twice"))
                    .primary(file, imp.for_type.span, "second implementation")
                    .secondary(pfile, pspan, "first implementation")
                    .hint("keep one of them"),
            );
        }
        if let Ty::Con(crate::ty::TyCon::Adt(d), _) = &for_ty {
            let derived = match &ck.prog.def(*d).kind {
                DefKind::Struct(s) => s.derives.explicit.contains(&name),
                DefKind::Sum(s) => s.derives.explicit.contains(&name),
                _ => false,
            };
            if derived {
                let tn = ck.prog.def(*d).name;
                ck.error(module, codes::BAD_IMPL, imp.interface.span, format!("`{tn}` both derives `{name}` and implements it here"), "conflicts with `deriving`", format!("remove `{name}` from `deriving(...)` or remove this impl"));
            }
        }
        let params = generics.iter().map(|(_, p)| *p).collect();
        ck.prog.def_mut(id).span = imp.for_type.span;
        ck.prog.def_mut(id).name = name;
        ck.prog.def_mut(id).kind = DefKind::Impl(ImplInfo { interface: iface, interface_args: args, for_ty, params, assoc, methods });
        ck.prog.impls.entry(iface).or_default().push(id);
    }
}

/// An existing impl of `iface` with the same interface arguments (so
/// `From<String>` and `From<Int>` may both exist) for the same type.
fn conflicting_impl(ck: &Checker, iface: DefId, args: &[Ty], for_ty: &Ty) -> Option<DefId> {
    ck.prog.impls.get(&iface)?.iter().copied().find(|i| match &ck.prog.def(*i).kind {
        DefKind::Impl(info) => {
            let mut map = Vec::new();
            info.interface_args.len() == args.len()
                && info.interface_args.iter().zip(args).all(|(a, b)| same_shape(a, b, &mut map))
                && same_shape(&info.for_ty, for_ty, &mut map)
        }
        _ => false,
    })
}

/// Structural equality of types, with type parameters equal up to a
/// consistent renaming and error types equal to anything.
pub fn same_shape(a: &Ty, b: &Ty, map: &mut Vec<(ParamId, ParamId)>) -> bool {
    match (a, b) {
        (Ty::Error, _) | (_, Ty::Error) => true,
        (Ty::Param(p), Ty::Param(q)) => match map.iter().find(|(x, _)| x == p) {
            Some((_, y)) => y == q,
            None => {
                map.push((*p, *q));
                true
            }
        },
        (Ty::Con(c1, a1), Ty::Con(c2, a2)) => c1 == c2 && a1.len() == a2.len() && a1.iter().zip(a2).all(|(x, y)| same_shape(x, y, map)),
        (Ty::Tuple(a1), Ty::Tuple(a2)) => a1.len() == a2.len() && a1.iter().zip(a2).all(|(x, y)| same_shape(x, y, map)),
        (Ty::Fun(p1, r1), Ty::Fun(p2, r2)) => p1.len() == p2.len() && p1.iter().zip(p2).all(|(x, y)| same_shape(x, y, map)) && same_shape(r1, r2, map),
        (Ty::Var(x), Ty::Var(y)) => x == y,
        _ => false,
    }
}

fn impl_assoc(ck: &mut Checker, module: ModuleId, imp: &mesh_parse::ast::ImplDef, info: &InterfaceInfo, scope: &TypeScope, name: Name) -> Vec<(Name, Ty)> {
    let file = ck.file(module);
    let mut assoc = Vec::new();
    for a in &imp.assoc_types {
        if !info.assoc.contains(&a.name.name) {
            ck.diags.push(
                Diagnostic::error(codes::EXTRA_ASSOC, format!("associated type `{}` is not declared by the trait `{name}`", a.name.name))
                    .primary(file, a.name.span, "not declared by the trait")
                    .hint(format!("remove it, or declare `type {}` in interface `{name}`", a.name.name)),
            );
            continue;
        }
        let ty = Lowerer { prog: &ck.prog, module, file, diags: &mut ck.diags }.lower(scope, &a.ty);
        assoc.push((a.name.name, ty));
    }
    // In the interface's order, so `assoc[i]` matches `assoc_params[i]`.
    let mut ordered = Vec::new();
    for n in &info.assoc {
        match assoc.iter().find(|(x, _)| x == n) {
            Some(x) => ordered.push(x.clone()),
            None => {
                ck.diags.push(
                    Diagnostic::error(codes::MISSING_ASSOC, format!("missing associated type `{n}` in impl of `{name}`"))
                        .primary(file, imp.for_type.span, format!("this impl does not define `type {n}`"))
                        .hint(format!("add `type {n} = SomeType` to the impl")),
                );
                ordered.push((*n, Ty::Error));
            }
        }
    }
    // `type Iter = ListIterator` (no arguments) iterates over `Item`.
    let item = ordered.iter().find(|(n, _)| n.as_str() == "Item").map(|(_, t)| t.clone());
    if let Some(item) = item {
        for (_, t) in ordered.iter_mut() {
            if matches!(t, Ty::Con(crate::ty::TyCon::Iter, a) if a.len() == 1 && a[0] == Ty::Error) {
                *t = Ty::Con(crate::ty::TyCon::Iter, vec![item.clone()]);
            }
        }
    }
    ordered
}

#[allow(clippy::too_many_arguments)]
fn impl_method(ck: &mut Checker, module: ModuleId, item: u32, member: u32, impl_id: DefId, f: &FnDef, scope: &TypeScope, for_ty: &Ty, expected: Option<&Ty>) -> DefId {
    let ty = signature(ck, module, scope, &f.clauses[0], for_ty, expected);
    let mut params: Vec<ParamId> = scope.params.iter().map(|(_, p)| *p).collect();
    // Method generics were added to the signature's own scope copy; they
    // appear free in `ty`; collect every parameter not already bound.
    ty.walk(&mut |t| {
        if let Ty::Param(p) = t {
            if !params.contains(p) {
                params.push(*p);
            }
        }
    });
    ck.prog.add_def(Def {
        name: f.name.name,
        module,
        span: f.name.span,
        is_pub: true,
        kind: DefKind::Fn(FnInfo {
            owner: FnOwner::Impl(impl_id),
            arity: f.arity(),
            scheme: Some(Scheme { params, bounds: Vec::new(), ty }),
            ast: Some(AstRef::Member { module, item, member }),
            symbol: None,
            special: None,
            generated: None,
        }),
    })
}
