//! Services in MIR (LANGUAGE.md 2.7). A request is a tuple object
//! `(handler index, args...)`; for each service codegen makes:
//! `start(init args...)` (spawns a process that runs `init` then the
//! loop), one client per handler (builds the request and calls
//! `mesh_rt_service_call`/`_cast`), the loop (takes the next request,
//! dispatches on its index, replies to calls, tail-calls itself with the
//! new state) and one function per handler `(state, args...)`.

use super::func::{seq, FnLower};
use super::Builder;
use crate::mir::{Expr, Func, FuncId, Var};
use mesh_typeck::defs::{DefKind, ServiceInfo};
use mesh_typeck::ty::Ty;
use mesh_typeck::DefId;

/// Which generated function of a service.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Part {
    Start,
    /// The start thunk: runs `init` with the captured arguments, then the loop.
    Boot,
    Client(u32),
    Loop,
    Handler(u32),
}

impl Builder<'_> {
    /// The generated function `part` of `service`, queued on first use.
    pub fn service_fn(&mut self, service: DefId, part: Part) -> FuncId {
        if let Some(f) = self.service_funcs.get(&(service, part)) {
            return *f;
        }
        let name = self.prog.def(service).name;
        let id = FuncId(self.out.funcs.len() as u32);
        self.out.funcs.push(Func { name: format!("mesh_v_{name}_{}", id.0), params: Vec::new(), body: Expr::unit(), nvars: 0, origin: format!("service {name} {part:?}") });
        self.service_funcs.insert((service, part), id);
        self.queue_service(id, service, part);
        id
    }

    fn info(&self, service: DefId) -> ServiceInfo {
        match &self.prog.def(service).kind {
            DefKind::Service(s) => s.clone(),
            _ => unreachable!("a service definition"),
        }
    }

    /// The request tuple type of handler `index`: `(Int, params...)`.
    fn request_ty(&self, info: &ServiceInfo, index: u32) -> Ty {
        let mut ts = vec![Ty::int()];
        ts.extend(info.handlers[index as usize].params.iter().cloned());
        Ty::Tuple(ts)
    }
}

/// Lowers one generated function of a service.
pub fn lower_part(b: &mut Builder, service: DefId, part: Part) -> Func {
    if matches!(b.prog.def(service).kind, DefKind::Supervisor) {
        return super::supervisor::lower(b, service, part);
    }
    let info = b.info(service);
    let init_arity = info.init.and_then(|i| b.prog.fn_info(i).map(|f| f.arity)).unwrap_or(0);
    let vars = |n: usize| (0..n as u32).map(Var).collect::<Vec<_>>();
    let func = |params: Vec<Var>, body: Expr, nvars: u32| Func { name: String::new(), params, body, nvars, origin: String::new() };
    match part {
        Part::Start => {
            // start(args...) = spawn(boot closure capturing args)
            let params = vars(init_arity);
            let init_tys: Vec<Ty> = match info.init.and_then(|i| b.prog.fn_info(i).and_then(|f| f.scheme.clone())) {
                Some(s) => match s.ty {
                    Ty::Fun(ps, _) => ps,
                    _ => Vec::new(),
                },
                None => Vec::new(),
            };
            let boot = b.service_fn(service, Part::Boot);
            let closure = b.closure_object(&init_tys, boot, params.iter().map(|v| Expr::Var(*v)).collect());
            let n = params.len() as u32;
            func(params, Expr::rt("mesh_rt_spawn", vec![closure, Expr::Word(0)]), n)
        }
        Part::Boot => {
            let env = Var(0);
            let args = (0..init_arity).map(|i| Expr::load(Expr::Var(env), (mesh_rt::abi::FUN_CAPTURES + i) as u32)).collect();
            let state = match info.init {
                Some(init) => {
                    let f = b.instance(init, Vec::new());
                    Expr::Call { func: f, args, tail: false }
                }
                None => Expr::unit(),
            };
            let lp = b.service_fn(service, Part::Loop);
            func(vec![env], Expr::Call { func: lp, args: vec![state], tail: true }, 1)
        }
        Part::Client(k) => {
            let h = &info.handlers[k as usize];
            let n = h.params.len();
            let params = vars(n + 1);
            let req_ty = b.request_ty(&info, k);
            let desc = match b.desc(&req_ty) {
                crate::mir::DescRef::Static(s) => Expr::Static(s),
                crate::mir::DescRef::Rt(sym) => Expr::RtData(sym),
            };
            let mut words = vec![Expr::Word(k as i64)];
            words.extend(params[1..].iter().map(|v| Expr::Var(*v)));
            let req = Expr::Alloc { desc: Box::new(desc), words };
            let symbol = if h.is_call { "mesh_rt_service_call" } else { "mesh_rt_service_cast" };
            let body = Expr::rt(symbol, vec![Expr::Var(params[0]), req]);
            func(params, body, n as u32 + 1)
        }
        Part::Loop => {
            let (state, req) = (Var(0), Var(1));
            let lp = b.service_fn(service, Part::Loop);
            let mut cases = Vec::new();
            for (k, h) in info.handlers.iter().enumerate() {
                let hf = b.service_fn(service, Part::Handler(k as u32));
                let mut args = vec![Expr::Var(state)];
                args.extend((0..h.params.len()).map(|i| Expr::load(Expr::Var(req), 2 + i as u32)));
                let call = Expr::Call { func: hf, args, tail: false };
                let body = if h.is_call {
                    let r = Var(2);
                    let reply_desc = match b.desc(&h.reply) {
                        crate::mir::DescRef::Static(s) => Expr::Static(s),
                        crate::mir::DescRef::Rt(sym) => Expr::RtData(sym),
                    };
                    Expr::let_(
                        r,
                        call,
                        seq(vec![
                            Expr::rt("mesh_rt_service_reply", vec![Expr::load(Expr::Var(r), 2), reply_desc]),
                            Expr::Call { func: lp, args: vec![Expr::load(Expr::Var(r), 1)], tail: true },
                        ]),
                    )
                } else {
                    Expr::Call { func: lp, args: vec![call], tail: true }
                };
                cases.push((k as i64, body));
            }
            let next = Expr::rt("mesh_rt_service_next", vec![]);
            let dispatch = Expr::Switch { scrutinee: Box::new(Expr::load(Expr::Var(req), 1)), cases, default: Box::new(Expr::Call { func: lp, args: vec![Expr::Var(state)], tail: true }) };
            func(vec![state], Expr::let_(req, next, dispatch), 3)
        }
        Part::Handler(k) => lower_handler(b, service, &info, k),
    }
}

fn lower_handler(b: &mut Builder, service: DefId, info: &ServiceInfo, k: u32) -> Func {
    let prog = b.prog;
    let Some(th) = prog.handlers.get(&service).and_then(|hs| hs.get(k as usize)) else {
        b.problem(format!("internal error: no checked body for handler {k} of `{}`", prog.def(service).name));
        return Func { name: String::new(), params: Vec::new(), body: Expr::unit(), nvars: 0, origin: String::new() };
    };
    let h = &info.handlers[k as usize];
    let ret = if h.is_call { Ty::Tuple(vec![info.state.clone(), h.reply.clone()]) } else { info.state.clone() };
    let file = prog.module(prog.def(service).module).file.unwrap_or_default();
    let mut f = FnLower::new(b, Vec::new(), &th.locals, file, ret);
    let state = f.fresh();
    let params: Vec<Var> = th.params.iter().map(|_| f.fresh()).collect();
    let span = th.body.span;
    let mut body = f.block(&th.body, true);
    for (p, v) in th.params.iter().zip(&params).rev() {
        body = f.bind_pattern(p, Expr::Var(*v), body, span);
    }
    body = f.bind_pattern(&th.state, Expr::Var(state), body, span);
    let mut all = vec![state];
    all.extend(params);
    Func { name: String::new(), params: all, body, nvars: f.nvars, origin: String::new() }
}
