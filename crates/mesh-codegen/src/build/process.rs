//! Actors in MIR: `spawn(f, args...)` becomes a closure of no arguments
//! that calls `f` with the arguments (the runtime deep-copies it into the
//! new actor), `receive` a runtime call followed by a decision tree over
//! the message, and an actor's `terminate` clause a closure registered at
//! its start.

use super::func::{seq, FnLower};
use super::pattern::Arm;
use crate::mir::{DescRef, Expr, Func, FuncId, Var};
use mesh_parse::Span;
use mesh_rt::abi;
use mesh_typeck::tast::*;
use mesh_typeck::ty::Ty;

impl<'b, 'p> FnLower<'b, 'p> {
    /// `spawn(f, args...)`: the new actor's pid.
    pub fn spawn(&mut self, args: &'p [TExpr], span: Span, link: bool) -> Expr {
        let Some((f, rest)) = args.split_first() else {
            return self.panic("spawn needs a function", span);
        };
        if let TExprKind::Def { def, .. } = &f.kind {
            if matches!(self.b.prog.def(*def).kind, mesh_typeck::defs::DefKind::Supervisor) {
                // `spawn(Sup)`: the supervisor's start function spawns it.
                let start = self.b.service_fn(*def, super::service::Part::Start);
                return Expr::Call { func: start, args: Vec::new(), tail: false };
            }
        }
        self.check_message_type(f);
        let fv = self.expr(f, false);
        let mut cap_tys = vec![self.ty(&f.ty)];
        let mut words = vec![fv];
        for a in rest {
            cap_tys.push(self.ty(&a.ty));
            words.push(self.expr(a, false));
        }
        let thunk = self.b.apply_thunk(rest.len());
        let closure = self.b.closure_object(&cap_tys, thunk, words);
        Expr::rt("mesh_rt_spawn", vec![closure, Expr::Word(link as i64)])
    }

    /// An actor spawned where nothing says what its messages are (its pid
    /// never meets a typed `send`, and its `receive` patterns do not say):
    /// refused, because values cannot be copied without their type.
    fn check_message_type(&mut self, f: &'p TExpr) {
        let TExprKind::Def { def, args } = &f.kind else { return };
        let mesh_typeck::defs::DefKind::Actor(a) = &self.b.prog.def(*def).kind else { return };
        let Some(s) = a.scheme() else { return };
        for (p, t) in s.params.iter().zip(args) {
            let raw = t.subst(&|q| self.subst.iter().rev().find(|(x, _)| *x == q).map(|(_, t)| t.clone()));
            let mut unknown = false;
            raw.walk(&mut |x| unknown |= matches!(x, Ty::Var(_) | Ty::Con(mesh_typeck::ty::TyCon::Dyn, _)));
            let mut in_message = false;
            a.message.walk(&mut |x| in_message |= *x == Ty::Param(*p));
            if unknown && in_message {
                let name = self.b.prog.def(*def).name;
                let d = mesh_parse::Diagnostic::error(mesh_typeck::codes::MESSAGE_TYPE_UNKNOWN, format!("cannot tell the type of the messages `{name}` receives"))
                    .primary(self.file, f.span, "nothing here says what is sent to it")
                    .note(format!("`{name}` receives values of a type no `send` or annotation fixes; they could not be copied between actors"))
                    .hint("annotate what its `receive` binds (`let r :: Int = receive ...`) or the pid it is sent through (`Pid<Int>`)");
                self.b.diagnostics.push(d);
                return;
            }
        }
    }

    /// How a `Process.monitor` notification reaches this actor: as a
    /// message of its own type, either a `String` (`"DOWN <ref> <reason>"`)
    /// or its sum type's variant `Down(Int, String)` (reference, reason).
    /// Gives the message descriptor and the variant tag (-1 for a String).
    pub fn monitor_target(&mut self, span: Span) -> Vec<Expr> {
        let msg = self.actor_msg.clone();
        let Some(m) = &msg else {
            // Not in an actor (`main`, a function): nothing could receive
            // the notification, so none is sent.
            return vec![Expr::Word(0), Expr::Word(-1)];
        };
        {
            if *m == Ty::string() {
                return vec![self.desc_expr(m), Expr::Word(-1)];
            }
            if let Ty::Con(mesh_typeck::ty::TyCon::Adt(d), _) = m {
                if let mesh_typeck::defs::DefKind::Sum(info) = &self.b.prog.def(*d).kind {
                    if let Some(tag) = info.variants.iter().position(|v| v.name.as_str() == "Down" && v.fields.len() == 2 && v.fields[0] == Ty::int() && v.fields[1] == Ty::string()) {
                        return vec![self.desc_expr(m), Expr::Word(tag as i64)];
                    }
                }
            }
        }
        let shown = mesh_typeck::display::show(self.b.prog, m, None);
        let d = mesh_parse::Diagnostic::error(mesh_typeck::codes::MONITOR_UNDELIVERABLE, "this actor cannot receive the notification of `Process.monitor`")
            .primary(self.file, span, format!("the actor's messages are `{shown}`"))
            .hint("make its messages `String` (it gets \"DOWN <ref> <reason>\") or give its message type a variant `Down(Int, String)`");
        self.b.diagnostics.push(d);
        vec![Expr::Word(0), Expr::Word(-1)]
    }

    /// `receive do arms [after ms -> block] end`.
    pub fn receive(&mut self, arms: &'p [TArm], after: Option<&'p (Box<TExpr>, TBlock)>, ty: &Ty, span: Span, tail: bool) -> Expr {
        let timeout = match after {
            Some((ms, _)) => self.expr(ms, false),
            None => Expr::Word(-1),
        };
        let msg_ty = arms.first().map(|a| self.ty(&a.pattern.ty)).unwrap_or_else(Ty::unit);
        let _ = ty;
        let v = self.fresh();
        let site = Some(self.site(span));
        let expected = self.desc_expr(&msg_ty);
        let got = Expr::CallRt { symbol: "mesh_rt_receive".into(), args: vec![timeout, expected], site };
        let arms_in: Vec<Arm<'p>> = arms.iter().map(|a| Arm { pats: vec![&a.pattern], guard: a.guard.as_ref(), body: &a.body }).collect();
        let fail = self.panic("no `receive` arm matches the message", span);
        let tree = self.match_arms(&[(v, msg_ty)], arms_in, fail, tail);
        let body = match after {
            Some((_, block)) => {
                let timed_out = Expr::rt("mesh_rt_receive_timed_out", vec![]);
                let on_timeout = self.block(block, tail);
                Expr::if_(timed_out, on_timeout, tree)
            }
            None => tree,
        };
        Expr::let_(v, got, body)
    }

    /// The registration of an actor's `terminate` clause, as a closure
    /// over the actor's parameters `params` (bound to `locals`).
    pub fn terminate(&mut self, block: &'p TBlock, params: &[(LocalId, Var)], span: Span) -> Expr {
        let n = self.b.out.funcs.len();
        self.b.out.funcs.push(Func { name: format!("mesh_t_{n}"), params: Vec::new(), body: Expr::unit(), nvars: 0, origin: "terminate".into() });
        let id = FuncId(n as u32);
        let cap_tys: Vec<Ty> = params.iter().map(|(l, _)| self.local_ty(*l)).collect();
        let func = {
            let mut inner = FnLower::new(self.b, self.subst.clone(), self.locals, self.file, Ty::unit());
            let env = inner.fresh();
            let mut loads = Vec::new();
            for (i, (l, _)) in params.iter().enumerate() {
                let v = inner.var(*l);
                loads.push((v, abi::FUN_CAPTURES as u32 + i as u32));
            }
            let mut body = seq(vec![inner.block(block, false), Expr::unit()]);
            for (v, word) in loads.into_iter().rev() {
                body = Expr::let_(v, Expr::load(Expr::Var(env), word), body);
            }
            Func { name: format!("mesh_t_{n}"), params: vec![env], body, nvars: inner.nvars, origin: "terminate".into() }
        };
        self.b.out.funcs[n] = func;
        let words = params.iter().map(|(_, v)| Expr::Var(*v)).collect();
        let closure = self.b.closure_object(&cap_tys, id, words);
        let _ = span;
        Expr::rt("mesh_rt_set_terminate", vec![closure])
    }
}

impl super::Builder<'_> {
    /// A closure object `[desc, code, captures...]` (static when it
    /// captures nothing).
    pub fn closure_object(&mut self, cap_tys: &[Ty], code: FuncId, captures: Vec<Expr>) -> Expr {
        let DescRef::Static(desc) = self.closure_desc(cap_tys) else { unreachable!("closure descriptors are static") };
        if captures.is_empty() {
            return Expr::Static(self.add_static(crate::mir::Static::Closure { desc, code }));
        }
        let mut words = vec![Expr::FuncAddr(code)];
        words.extend(captures);
        Expr::Alloc { desc: Box::new(Expr::Static(desc)), words }
    }

    /// Closure code of no arguments whose captures are a function value
    /// and `n` arguments: calls the function with them.
    pub fn apply_thunk(&mut self, n: usize) -> FuncId {
        if let Some(f) = self.apply_thunks.get(&n) {
            return *f;
        }
        let id = FuncId(self.out.funcs.len() as u32);
        let env = Var(0);
        let load = |i: usize| Expr::load(Expr::Var(env), (abi::FUN_CAPTURES + i) as u32);
        let body = Expr::CallClosure { closure: Box::new(load(0)), args: (1..=n).map(load).collect(), tail: true };
        self.out.funcs.push(Func { name: format!("mesh_s_{}", id.0), params: vec![env], body, nvars: 1, origin: format!("spawn thunk/{n}") });
        self.apply_thunks.insert(n, id);
        id
    }
}
