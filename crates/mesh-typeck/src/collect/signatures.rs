//! Pass 6: declared signatures. A function whose parameters and result are
//! all annotated gets its scheme now (so calls to it need no inference
//! order); others get theirs when their body is inferred. Services get
//! their generated `start` and client functions; actors and supervisors
//! their definitions.

use super::types::params_of;
use crate::checker::Checker;
use crate::codes;
use crate::defs::{ActorInfo, AstRef, Def, DefId, DefKind, FnInfo, FnOwner, Generated, HandlerInfo, ModuleId, ModuleKind, Scheme, ServiceInfo};
use crate::lower::{Lowerer, TypeScope};
use crate::ty::{ParamId, Ty};
use mesh_parse::ast::{FnDef, GenericParam, ItemKind, WhereBound};
use mesh_parse::Name;

pub fn collect_signatures(ck: &mut Checker) {
    for m in 0..ck.items.len() {
        let module = ModuleId(m as u32);
        for (i, item) in ck.items[m].iter().enumerate() {
            let Some(&id) = ck.item_defs.get(&(module, i as u32)) else { continue };
            match &item.kind {
                ItemKind::Fn(f) => {
                    if let Some(s) = declared_scheme(ck, module, f) {
                        if let DefKind::Fn(info) = &mut ck.prog.def_mut(id).kind {
                            info.scheme = Some(s);
                        }
                    }
                }
                ItemKind::Actor(_) => {
                    ck.prog.def_mut(id).kind = DefKind::Actor(ActorInfo { function: id, message: Ty::Error, ty: None });
                }
                ItemKind::Supervisor(_) => ck.prog.def_mut(id).kind = DefKind::Supervisor,
                ItemKind::Service(s) => declare_service(ck, module, i as u32, id, s),
                _ => {}
            }
        }
    }
    check_main(ck);
}

/// Generic parameters with their bounds (inline `<T: Display>` and `where`).
pub fn generic_scope(ck: &mut Checker, generics: &[GenericParam], where_bounds: &[WhereBound], module: ModuleId) -> (Vec<(Name, ParamId)>, Vec<(ParamId, DefId)>) {
    let params = params_of(ck, generics);
    let mut bounds = Vec::new();
    let all = generics.iter().map(|g| (g.name.name, g.name.span, &g.bounds)).chain(where_bounds.iter().map(|w| (w.name.name, w.name.span, &w.bounds)));
    for (name, span, paths) in all {
        let Some((_, p)) = params.iter().find(|(n, _)| *n == name) else {
            ck.error(module, codes::NOT_FOUND, span, format!("`{name}` is not a type parameter of this function"), "unknown type parameter", format!("declare it: `fn name<{name}>(...)`"));
            continue;
        };
        for path in paths {
            let name = path.last().name;
            let is_iface = |d: &DefId| matches!(ck.prog.def(*d).kind, DefKind::Interface(_));
            let iface = ck.prog.lookup_type(module, name).filter(is_iface).or_else(|| ck.prog.modules.iter().find_map(|m| m.types.get(&name).copied().filter(is_iface)));
            match iface {
                Some(d) => bounds.push((*p, d)),
                None => ck.error(module, codes::NOT_FOUND, path.span, format!("`{}` is not an interface: not found", path.dotted()), "unknown interface", "bounds name interfaces such as Display, Eq, Ord"),
            }
        }
    }
    (params, bounds)
}

/// The scheme of a fully annotated function, or `None`.
fn declared_scheme(ck: &mut Checker, module: ModuleId, f: &FnDef) -> Option<Scheme> {
    let c = &f.clauses[0];
    let stdlib = ck.prog.module(module).kind != ModuleKind::User;
    if !stdlib && (c.ret.is_none() || c.params.iter().any(|p| p.ty.is_none())) {
        return None;
    }
    // Clauses after the first may annotate nothing: the first speaks for all.
    let (params, bounds) = generic_scope(ck, &c.generics, &c.where_bounds, module);
    let scope = TypeScope::with_params(params.clone());
    let file = ck.file(module);
    let mut lw = Lowerer { prog: &ck.prog, module, file, diags: &mut ck.diags };
    let ps: Vec<Ty> = c.params.iter().map(|p| p.ty.as_ref().map(|t| lw.lower(&scope, t)).unwrap_or(Ty::Error)).collect();
    let ret = c.ret.as_ref().map(|t| lw.lower(&scope, t)).unwrap_or_else(Ty::unit);
    Some(Scheme { params: params.into_iter().map(|(_, p)| p).collect(), bounds, ty: Ty::Fun(ps, Box::new(ret)) })
}

/// `GetProjectByApiKey` -> `get_project_by_api_key` (LANGUAGE.md 2.7).
pub fn snake_case(name: &str) -> String {
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_uppercase() {
            if i > 0 {
                out.push('_');
            }
            out.extend(c.to_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

fn new_fn(ck: &mut Checker, module: ModuleId, name: Name, span: mesh_parse::Span, arity: usize, owner: FnOwner, ast: Option<AstRef>, generated: Option<Generated>) -> DefId {
    ck.prog.add_def(Def {
        name,
        module,
        span,
        is_pub: true,
        kind: DefKind::Fn(FnInfo { owner, arity, scheme: None, ast, symbol: None, special: None, generated }),
    })
}

fn declare_service(ck: &mut Checker, module: ModuleId, item: u32, id: DefId, s: &mesh_parse::ast::ServiceDef) {
    let span = s.name.span;
    let init = s.init.as_ref().map(|f| new_fn(ck, module, f.name.name, f.name.span, f.arity(), FnOwner::Service(id), Some(AstRef::Member { module, item, member: u32::MAX }), None));
    let start_arity = s.init.as_ref().map(|f| f.arity()).unwrap_or(0);
    let start = new_fn(ck, module, Name::new("start"), span, start_arity, FnOwner::Generated, None, Some(Generated::ServiceStart { service: id }));
    ck.prog.type_members.insert((id, Name::new("start")), start);
    let mut handlers = Vec::new();
    for (k, h) in s.handlers.iter().enumerate() {
        let client_name = Name::new(&snake_case(&h.name.name));
        let client = new_fn(ck, module, client_name, h.name.span, h.params.len() + 1, FnOwner::Generated, None, Some(Generated::ServiceClient { service: id, index: k as u32 }));
        if let Some(prev) = ck.prog.type_members.insert((id, client_name), client) {
            ck.prog.type_members.insert((id, client_name), prev);
            ck.error(module, codes::DUPLICATE, h.name.span, format!("two handlers of service `{}` both become `{client_name}`", s.name.name), "client function name taken", "rename one of the handlers");
        }
        handlers.push(HandlerInfo { name: h.name.name, client_name, is_call: h.kind == mesh_parse::ast::HandlerKind::Call, params: Vec::new(), reply: Ty::Error, client });
    }
    let helpers = s
        .helpers
        .iter()
        .enumerate()
        .map(|(j, f)| new_fn(ck, module, f.name.name, f.name.span, f.arity(), FnOwner::Service(id), Some(AstRef::Member { module, item, member: j as u32 }), None))
        .collect();
    ck.prog.def_mut(id).kind = DefKind::Service(ServiceInfo { state: Ty::Error, init, start, handlers, helpers });
}

/// `main.mpl` must define `fn main()` (LANGUAGE.md 2.1).
fn check_main(ck: &mut Checker) {
    let Some(main) = ck.prog.find_module(&[Name::new("Main")]) else { return };
    if ck.prog.module(main).kind != ModuleKind::User {
        return;
    }
    let has_main = ck.prog.module(main).values.get(&Name::new("main")).is_some_and(|d| ck.prog.fn_info(*d).is_some_and(|f| f.arity == 0));
    if !has_main {
        let file = ck.file(main);
        ck.diags.push(
            mesh_parse::Diagnostic::error(codes::NO_MAIN, "`main.mpl` does not define `fn main()`")
                .primary(file, mesh_parse::Span::new(0, 0), "the program starts here")
                .hint("add `fn main() do ... end`"),
        );
    }
}
