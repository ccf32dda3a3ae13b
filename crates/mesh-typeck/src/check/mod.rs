//! Inference of bodies. Bodies are grouped by mutual reference (strongly
//! connected components, callees first); each group is inferred together
//! with monomorphic recursion, then generalised: what stayed unknown
//! becomes a type parameter, with the interface bounds its uses needed.

pub mod bodies;
pub mod call;
pub mod control;
pub mod cx;
pub mod data;
pub mod deps;
pub mod expr;
pub mod members;
pub mod ops;
pub mod pattern;
mod zonk;

use crate::checker::Checker;
use crate::defs::{AstRef, DefId, DefKind, FnOwner, ModuleId, ModuleKind, Scheme};
use crate::ty::{ParamId, Ty, TyCon};
use crate::unify::InferCtx;
use cx::{Constraint, FnCx, Group};
use mesh_parse::ast::{Item, ItemKind};
use mesh_parse::Name;
use rustc_hash::FxHashMap;

/// A body to infer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Node {
    Fn(DefId),
    Actor(DefId),
    Service(DefId),
}

impl Node {
    fn def(self) -> DefId {
        match self {
            Node::Fn(d) | Node::Actor(d) | Node::Service(d) => d,
        }
    }
}

fn item<'a>(ck: &Checker<'a>, module: ModuleId, index: u32) -> &'a Item {
    let items: &'a [Item] = ck.items[module.0 as usize];
    &items[index as usize]
}

fn nodes(ck: &Checker) -> Vec<(Node, ModuleId, u32)> {
    let mut out = Vec::new();
    for m in 0..ck.items.len() {
        let module = ModuleId(m as u32);
        if ck.prog.module(module).kind != ModuleKind::User {
            continue;
        }
        for (i, it) in ck.items[m].iter().enumerate() {
            let Some(&d) = ck.item_defs.get(&(module, i as u32)) else { continue };
            let node = match &it.kind {
                ItemKind::Fn(_) => Node::Fn(d),
                ItemKind::Actor(_) => Node::Actor(d),
                ItemKind::Service(_) => Node::Service(d),
                _ => continue,
            };
            out.push((node, module, i as u32));
        }
    }
    out
}

/// Whether references to this node wait for its inference.
fn needs_inference(ck: &Checker, n: Node) -> bool {
    match n {
        Node::Fn(d) => ck.prog.fn_info(d).is_some_and(|f| f.scheme.is_none()),
        Node::Actor(_) | Node::Service(_) => true,
    }
}

pub fn check_bodies(ck: &mut Checker) {
    let nodes = nodes(ck);
    let index: FxHashMap<DefId, usize> = nodes.iter().enumerate().map(|(i, (n, _, _))| (n.def(), i)).collect();
    let mut edges = vec![Vec::new(); nodes.len()];
    for (i, (node, module, at)) in nodes.iter().enumerate() {
        let it = item(ck, *module, *at);
        let mut w = deps::DepWalker { prog: &ck.prog, module: *module, out: Vec::new() };
        match &it.kind {
            ItemKind::Fn(f) => {
                for c in &f.clauses {
                    match &c.body {
                        Some(mesh_parse::ast::FnBody::Block(b)) => w.block(b),
                        Some(mesh_parse::ast::FnBody::Expr(e)) => w.expr(e),
                        None => {}
                    }
                }
            }
            ItemKind::Actor(a) => w.block(&a.body),
            ItemKind::Service(s) => {
                s.init.iter().chain(&s.helpers).flat_map(|f| &f.clauses).filter_map(|c| match &c.body {
                    Some(mesh_parse::ast::FnBody::Block(b)) => Some(b),
                    _ => None,
                }).for_each(|b| w.block(b));
                s.handlers.iter().for_each(|h| w.block(&h.body));
            }
            _ => {}
        }
        let _ = node;
        for d in w.out {
            if let Some(&j) = index.get(&d) {
                if needs_inference(ck, nodes[j].0) && !edges[i].contains(&j) {
                    edges[i].push(j);
                }
            }
        }
    }
    for comp in deps::components(nodes.len(), &edges) {
        let group: Vec<(Node, ModuleId, u32)> = comp.iter().map(|i| nodes[*i]).collect();
        check_group(ck, &group);
    }
    check_members(ck);
    check_supervisors(ck);
    for (_, f) in ck.prog.functions.iter() {
        let _ = f;
    }
    crate::exhaust::check_program(ck);
}

fn fun_of(infer: &mut InferCtx, arity: usize) -> Ty {
    Ty::Fun((0..arity).map(|_| infer.fresh()).collect(), Box::new(infer.fresh()))
}

fn check_group(ck: &mut Checker, group_nodes: &[(Node, ModuleId, u32)]) {
    let mut infer = InferCtx::new();
    let mut group = Group::default();
    // Monomorphic types for everything inferred in this group.
    for (node, module, at) in group_nodes {
        match node {
            Node::Fn(d) => {
                if let Some(f) = ck.prog.fn_info(*d).filter(|f| f.scheme.is_none()) {
                    let t = fun_of(&mut infer, f.arity);
                    group.types.insert(*d, t);
                }
            }
            Node::Actor(d) => {
                let ItemKind::Actor(a) = &item(ck, *module, *at).kind else { continue };
                let t = fun_of(&mut infer, a.params.len());
                group.types.insert(*d, t);
                group.msgs.insert(*d, infer.fresh());
            }
            Node::Service(d) => {
                group.states.insert(*d, infer.fresh());
                let DefKind::Service(s) = ck.prog.def(*d).kind.clone() else { continue };
                let ItemKind::Service(sdef) = &item(ck, *module, *at).kind else { continue };
                let init_arity = sdef.init.as_ref().map(|f| f.arity()).unwrap_or(0);
                let start_params: Vec<Ty> = (0..init_arity).map(|_| infer.fresh()).collect();
                group.types.insert(s.start, Ty::Fun(start_params, Box::new(Ty::untyped_pid())));
                for (k, h) in s.handlers.iter().enumerate() {
                    let mut ps = vec![Ty::untyped_pid()];
                    ps.extend((0..sdef.handlers[k].params.len()).map(|_| infer.fresh()));
                    let ret = if h.is_call { infer.fresh() } else { Ty::unit() };
                    group.types.insert(h.client, Ty::Fun(ps, Box::new(ret)));
                }
                for hd in &s.helpers {
                    if let Some(f) = ck.prog.fn_info(*hd) {
                        let t = fun_of(&mut infer, f.arity);
                        group.types.insert(*hd, t);
                    }
                }
                if let Some(init) = s.init {
                    if let Some(f) = ck.prog.fn_info(init) {
                        let t = fun_of(&mut infer, f.arity);
                        group.types.insert(init, t);
                    }
                }
            }
        }
    }
    let mut constraints: Vec<Constraint> = Vec::new();
    let mut functions = Vec::new();
    let mut handlers = Vec::new();
    let mut declared_bounds: Vec<(ParamId, DefId)> = Vec::new();
    // Actors without a `receive`: their message type stays `Dyn`.
    let mut silent: Vec<DefId> = Vec::new();
    for (node, module, at) in group_nodes {
        let it = item(ck, *module, *at);
        let mut cx = FnCx::new(ck, &mut infer, &mut constraints, &group, *module);
        match (node, &it.kind) {
            (Node::Fn(d), ItemKind::Fn(f)) => {
                let declared = cx.ck.prog.fn_info(*d).and_then(|i| i.scheme.clone());
                let fty = match &declared {
                    Some(s) => {
                        cx.enter_scheme(s);
                        declared_bounds.extend(s.bounds.iter().copied());
                        s.ty.clone()
                    }
                    None => {
                        let (params, _) = crate::collect::signatures::generic_scope(cx.ck, &f.clauses[0].generics, &f.clauses[0].where_bounds, *module);
                        cx.type_scope.params = params;
                        group.types[d].clone()
                    }
                };
                functions.push(cx.fn_clauses(*d, f, &fty));
            }
            (Node::Actor(d), ItemKind::Actor(a)) => {
                let (fty, msg) = (group.types[d].clone(), group.msgs[d].clone());
                cx.received = false;
                functions.push(cx.actor_body(*d, a, &fty, &msg));
                if !cx.received {
                    silent.push(*d);
                }
            }
            (Node::Service(d), ItemKind::Service(sdef)) => {
                let DefKind::Service(s) = cx.ck.prog.def(*d).kind.clone() else { continue };
                let state = group.states[d].clone();
                if let (Some(init), Some(f)) = (s.init, &sdef.init) {
                    let fty = group.types[&init].clone();
                    if let Ty::Fun(_, r) = &fty {
                        let origin = cx.origin(f.name.span, "`init`, whose result is the state");
                        cx.expect(r, &state, f.name.span, origin);
                    }
                    if let (Ty::Fun(ps, _), Some(Ty::Fun(sps, _))) = (&fty, group.types.get(&s.start)) {
                        for (a, b) in ps.iter().zip(sps) {
                            let _ = cx.infer.unify(a, b);
                        }
                    }
                    functions.push(cx.fn_clauses(init, f, &fty));
                } else {
                    cx.expect(&Ty::unit(), &state, sdef.name.span, None);
                }
                let mut params = Vec::new();
                let mut replies = Vec::new();
                for h in &s.handlers {
                    match group.types.get(&h.client) {
                        Some(Ty::Fun(ps, r)) => {
                            params.push(ps[1..].to_vec());
                            replies.push(if h.is_call { (**r).clone() } else { Ty::unit() });
                        }
                        _ => {
                            params.push(Vec::new());
                            replies.push(Ty::Error);
                        }
                    }
                }
                for (hd, f) in s.helpers.iter().zip(&sdef.helpers) {
                    let fty = group.types[hd].clone();
                    functions.push(cx.fn_clauses(*hd, f, &fty));
                }
                handlers.push((*d, cx.service_handlers(*d, sdef, &state, &params, &replies)));
            }
            _ => {}
        }
    }
    for d in silent {
        group.msgs.remove(&d);
    }
    generalise(ck, &mut infer, &mut group, group_nodes, constraints, declared_bounds);
    for mut f in functions {
        zonk::function(&mut infer, &mut f);
        ck.prog.functions.insert(f.def, f);
    }
    for (d, mut hs) in handlers {
        for h in &mut hs {
            zonk::handler(&mut infer, h);
        }
        ck.prog.handlers.insert(d, hs);
    }
}

/// Generalises the group's types: unsolved variables become parameters
/// (named `a`, `b` ...), with the bounds their uses need.
fn generalise(ck: &mut Checker, infer: &mut InferCtx, group: &mut Group, group_nodes: &[(Node, ModuleId, u32)], constraints: Vec<Constraint>, declared: Vec<(ParamId, DefId)>) {
    let empty = Group::default();
    let module = group_nodes.first().map(|(_, m, _)| *m).unwrap_or(ModuleId(0));
    let mut inferable: Vec<ParamId> = Vec::new();
    let mut letters = 0u32;
    let mut defs: Vec<DefId> = group.types.keys().copied().collect();
    defs.sort();
    for d in &defs {
        // An actor's message type is generalised with its parameters: an
        // actor that only passes its messages on is polymorphic in them.
        let t = match group.msgs.get(d) {
            Some(m) => infer.zonk(&Ty::Tuple(vec![group.types[d].clone(), m.clone()])),
            None => infer.zonk(&group.types[d]),
        };
        let mut vars = Vec::new();
        t.walk(&mut |x| {
            if let Ty::Var(v) = x {
                if !vars.contains(v) {
                    vars.push(*v);
                }
            }
        });
        for v in vars {
            let name = Name::new(&letter(letters));
            letters += 1;
                    let p = ck.fresh_param(name);
            infer.bind_to_param(v, p);
            inferable.push(p);
        }
    }
    for d in group.msgs.values() {
        let _ = infer.zonk(d);
    }
    // Bounds: solve every constraint now that parameters are known.
    let mut cs = constraints;
    let mut bounds: Vec<(ParamId, DefId)> = Vec::new();
    {
        let mut none = Vec::new();
        let mut cx = FnCx::new(ck, infer, &mut none, &empty, module);
        cx.param_bounds = declared;
        cx.inferable_params = inferable.clone();
        cs = cx.solve(cs, true);
        bounds.extend(cx.param_bounds.iter().copied().filter(|(p, _)| inferable.contains(p)));
    }
    let _ = cs;
    for d in defs {
        let ty = infer.zonk(&group.types[&d]);
        let mut params = Vec::new();
        ty.walk(&mut |x| {
            if let Ty::Param(p) = x {
                if !params.contains(p) {
                    params.push(*p);
                }
            }
        });
        let b: Vec<(ParamId, DefId)> = bounds.iter().copied().filter(|(p, _)| params.contains(p)).collect();
        let scheme = Scheme { params, bounds: b, ty: ty.clone() };
        match &mut ck.prog.def_mut(d).kind {
            DefKind::Fn(f) => f.scheme = Some(scheme),
            DefKind::Actor(a) => {
                a.ty = Some(ty);
                a.message = group.msgs.get(&d).map(|m| infer.close(m)).unwrap_or(Ty::con(TyCon::Dyn));
            }
            _ => {}
        }
    }
    for (node, _, _) in group_nodes {
        if let Node::Service(d) = node {
            let state = infer.close(&group.states[d]);
            let DefKind::Service(s) = ck.prog.def(*d).kind.clone() else { continue };
            let mut hs = s.handlers.clone();
            for h in hs.iter_mut() {
                if let Some(DefKind::Fn(f)) = Some(&ck.prog.def(h.client).kind) {
                    if let Some(sc) = &f.scheme {
                        if let Ty::Fun(ps, r) = &sc.ty {
                            h.params = ps[1..].to_vec();
                            h.reply = (**r).clone();
                        }
                    }
                }
            }
            if let DefKind::Service(info) = &mut ck.prog.def_mut(*d).kind {
                info.state = state;
                info.handlers = hs;
            }
        }
    }
}

fn letter(i: u32) -> String {
    let c = (b'a' + (i % 26) as u8) as char;
    if i < 26 {
        c.to_string()
    } else {
        format!("{c}{}", i / 26)
    }
}

/// Impl methods and interface default methods: their schemes are declared.
fn check_members(ck: &mut Checker) {
    let mut todo: Vec<(DefId, AstRef)> = Vec::new();
    for (i, d) in ck.prog.defs.iter().enumerate() {
        if let DefKind::Fn(f) = &d.kind {
            if matches!(f.owner, FnOwner::Impl(_) | FnOwner::Interface(_)) {
                if let Some(at) = f.ast {
                    todo.push((DefId(i as u32), at));
                }
            }
        }
    }
    for (d, at) in todo {
        let AstRef::Member { module, item: idx, member } = at else { continue };
        let it = item(ck, module, idx);
        let f = match &it.kind {
            ItemKind::Impl(i) => &i.methods[member as usize],
            ItemKind::Interface(i) => &i.methods[member as usize],
            _ => continue,
        };
        let Some(scheme) = ck.prog.fn_info(d).and_then(|f| f.scheme.clone()) else { continue };
        let mut infer = InferCtx::new();
        let mut constraints = Vec::new();
        let group = Group::default();
        let mut cx = FnCx::new(ck, &mut infer, &mut constraints, &group, module);
        cx.enter_scheme(&scheme);
        let mut tf = cx.fn_clauses(d, f, &scheme.ty);
        let pending = std::mem::take(cx.constraints);
        let _ = cx.solve(pending, true);
        zonk::function(&mut infer, &mut tf);
        ck.prog.functions.insert(d, tf);
        }
}

fn check_supervisors(ck: &mut Checker) {
    for m in 0..ck.items.len() {
        let module = ModuleId(m as u32);
        for (i, it) in ck.items[m].iter().enumerate() {
            let ItemKind::Supervisor(s) = &it.kind else { continue };
            let Some(&d) = ck.item_defs.get(&(module, i as u32)) else { continue };
            let mut infer = InferCtx::new();
            let mut constraints = Vec::new();
            let group = Group::default();
            let mut cx = FnCx::new(ck, &mut infer, &mut constraints, &group, module);
            let mut sup = cx.supervisor(s);
            let pending = std::mem::take(cx.constraints);
            let _ = cx.solve(pending, true);
            for c in &mut sup.children {
                zonk::expr(&mut infer, &mut c.start);
            }
            ck.prog.supervisors.insert(d, sup);
                }
    }
}
