//! Supervisors in MIR: `spawn(Sup)` calls a start function that spawns a
//! process whose boot code builds the child list
//! `List<(name, start closure, restart, shutdown)>` in its own heap and
//! hands it to the runtime's supervision loop (`mesh_rt_supervise`).

use super::func::FnLower;
use super::service::Part;
use super::Builder;
use crate::mir::{Expr, Func, Var};
use mesh_typeck::ty::Ty;
use mesh_typeck::DefId;

/// Lowers the start (`Part::Start`) or boot (`Part::Boot`) function of
/// supervisor `def`.
pub fn lower(b: &mut Builder, def: DefId, part: Part) -> Func {
    let empty = || Func { name: String::new(), params: Vec::new(), body: Expr::unit(), nvars: 0, origin: String::new() };
    match part {
        Part::Boot => {}
        _ => {
            let boot = b.service_fn(def, Part::Boot);
            let closure = b.closure_object(&[], boot, Vec::new());
            return Func { body: Expr::rt("mesh_rt_spawn", vec![closure, Expr::Word(0)]), ..empty() };
        }
    }
    let prog = b.prog;
    let Some(ts) = prog.supervisors.get(&def) else {
        b.problem(format!("internal error: no checked body for supervisor `{}`", prog.def(def).name));
        return empty();
    };
    let file = prog.module(prog.def(def).module).file.unwrap_or_default();
    let mut f = FnLower::new(b, Vec::new(), &ts.locals, file, Ty::unit());
    let env = f.fresh();
    let child_ty = Ty::Tuple(vec![Ty::string(), Ty::Fun(Vec::new(), Box::new(Ty::untyped_pid())), Ty::int(), Ty::int()]);
    let child_desc = f.desc_expr(&child_ty);
    let elem_desc = f.desc_expr(&child_ty);
    let lb = f.fresh();
    let mut steps: Vec<(Var, Expr)> = Vec::new();
    for c in &ts.children {
        let name = Expr::Static(f.b.string_literal(c.name.as_str()));
        let start = f.expr(&c.start, false);
        let restart = match c.restart.as_str() {
            "transient" => 1,
            "temporary" => 2,
            _ => 0,
        };
        let shutdown = c.shutdown.unwrap_or(-1);
        let tuple = Expr::Alloc { desc: Box::new(child_desc.clone()), words: vec![name, start, Expr::Word(restart), Expr::Word(shutdown)] };
        steps.push((lb, Expr::rt("mesh_rt_lb_push", vec![Expr::Var(lb), tuple])));
    }
    let strategy = match ts.strategy.as_str() {
        "one_for_all" => 1,
        "rest_for_one" => 2,
        "simple_one_for_one" => 3,
        _ => 0,
    };
    let mut body = Expr::rt("mesh_rt_supervise", vec![Expr::Word(strategy), Expr::Word(ts.max_restarts), Expr::Word(ts.max_seconds), Expr::rt("mesh_rt_lb_finish", vec![Expr::Var(lb)])]);
    for (v, push) in steps.into_iter().rev() {
        body = Expr::let_(v, push, body);
    }
    body = Expr::let_(lb, Expr::rt("mesh_rt_lb_new", vec![elem_desc, Expr::Word(ts.children.len() as i64)]), body);
    Func { name: String::new(), params: vec![env], body, nvars: f.nvars, origin: String::new() }
}
