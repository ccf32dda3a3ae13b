//! Checking one body: a function's clauses, an actor (with its message
//! type and `terminate`), a service's `init`, handlers and helpers, a
//! supervisor's children.

use super::cx::FnCx;
use super::expr::Mode;
use crate::codes;
use crate::defs::{DefId, Scheme};
use crate::tast::*;
use crate::ty::Ty;
use mesh_parse::ast::{ActorDef, ExprKind, FnDef, HandlerKind, ServiceDef, Setting, SupervisorDef};

impl FnCx<'_, '_> {
    /// Brings a declared scheme's parameters and bounds into scope.
    pub fn enter_scheme(&mut self, s: &Scheme) {
        self.type_scope.params = s.params.iter().map(|p| (*self.ck.prog.param_names.get(p).unwrap_or(&mesh_parse::Name::new("T")), *p)).collect();
        self.param_bounds = s.bounds.clone();
    }

    /// The clauses of a function whose type is `fty` (a `Fun`).
    pub fn fn_clauses(&mut self, def: DefId, f: &FnDef, fty: &Ty) -> TFunction {
        let Ty::Fun(params, ret) = fty.clone() else {
            return TFunction { def, clauses: Vec::new(), locals: Vec::new(), terminate: None };
        };
        let ret = *ret;
        let mut clauses = Vec::new();
        for c in &f.clauses {
            if c.params.len() != params.len() {
                continue; // the parser keeps different arities apart
            }
            self.push_scope();
            self.ret = ret.clone();
            self.ret_span = c.ret.as_ref().map(|t| t.span).unwrap_or(f.name.span);
            self.loops = 0;
            let ps: Vec<TPattern> = c.params.iter().zip(&params).map(|(p, t)| self.param(p, t)).collect();
            self.duplicate_bindings(&ps);
            if let Some(r) = &c.ret {
                let declared = self.lower_type(r);
                let origin = self.origin(r.span, "the return type annotation");
                if let Err(e) = self.infer.unify(&ret, &declared) {
                    self.report_mismatch(&declared, &ret, r.span, origin, e);
                }
            }
            let guard = c.guard.as_ref().map(|g| self.expr(g, Some(&Ty::bool())));
            let body = match &c.body {
                Some(mesh_parse::ast::FnBody::Block(b)) => {
                    // A closure in tail position takes its parameter types
                    // from the declared result type.
                    let tail_closure = matches!(b.stmts.last().map(|s| &s.kind), Some(mesh_parse::ast::StmtKind::Expr(e)) if matches!(e.kind, mesh_parse::ast::ExprKind::Closure(_)));
                    let t = self.block(b, tail_closure.then_some(&ret), Mode::Value);
                    let at = b.stmts.last().map(|s| s.span).unwrap_or(b.span);
                    let origin = self.origin(self.ret_span, "the function's result type");
                    self.expect(&t.ty, &ret, at, origin);
                    t
                }
                Some(mesh_parse::ast::FnBody::Expr(e)) => {
                    let hint = matches!(e.kind, mesh_parse::ast::ExprKind::Closure(_)).then_some(&ret);
                    let t = self.expr(e, hint);
                    let origin = self.origin(self.ret_span, "the function's result type");
                    self.expect(&t.ty, &ret, e.span, origin);
                    let (ty, span) = (t.ty.clone(), t.span);
                    TBlock { stmts: vec![TStmt::Expr(t)], ty, span }
                }
                None => TBlock { stmts: Vec::new(), ty: Ty::unit(), span: c.span },
            };
            self.pop_scope();
            clauses.push(TClause { params: ps, guard, body, span: c.span });
        }
        TFunction { def, clauses, locals: std::mem::take(&mut self.locals), terminate: None }
    }

    pub fn actor_body(&mut self, def: DefId, a: &ActorDef, fty: &Ty, msg: &Ty) -> TFunction {
        let Ty::Fun(params, ret) = fty.clone() else {
            return TFunction { def, clauses: Vec::new(), locals: Vec::new(), terminate: None };
        };
        self.actor_msg = Some(msg.clone());
        self.push_scope();
        self.ret = (*ret).clone();
        self.ret_span = a.name.span;
        let ps: Vec<TPattern> = a.params.iter().zip(&params).map(|(p, t)| self.param(p, t)).collect();
        if let Some(r) = &a.ret {
            let declared = self.lower_type(r);
            self.expect(&declared, &ret, r.span, None);
        }
        let body = self.block(&a.body, Some(&ret), Mode::Value);
        let terminate = a.terminate.as_ref().map(|t| self.block(t, None, Mode::Discard));
        self.pop_scope();
        self.actor_msg = None;
        let clause = TClause { params: ps, guard: None, body, span: a.name.span };
        TFunction { def, clauses: vec![clause], locals: std::mem::take(&mut self.locals), terminate }
    }

    /// A service's handlers against its state type; call bodies give
    /// `(new_state, reply)`, state first (LANGUAGE.md 2.7).
    pub fn service_handlers(&mut self, service: DefId, s: &ServiceDef, state: &Ty, params: &[Vec<Ty>], replies: &[Ty]) -> Vec<THandler> {
        let mut out = Vec::new();
        for (k, h) in s.handlers.iter().enumerate() {
            self.push_scope();
            self.loops = 0;
            let ps: Vec<TPattern> = h.params.iter().zip(&params[k]).map(|(p, t)| self.param(p, t)).collect();
            let state_pat = match &h.state {
                Some(p) => self.pattern(p, state),
                None => TPattern { kind: TPatternKind::Wildcard, ty: state.clone(), span: h.name.span },
            };
            let reply = replies[k].clone();
            if let Some(r) = &h.reply {
                let declared = self.lower_type(r);
                let origin = self.origin(r.span, "the reply type annotation");
                if let Err(e) = self.infer.unify(&reply, &declared) {
                    self.report_mismatch(&declared, &reply, r.span, origin, e);
                }
            }
            let is_call = h.kind == HandlerKind::Call;
            let expected = if is_call { Ty::Tuple(vec![state.clone(), reply.clone()]) } else { state.clone() };
            self.ret = expected.clone();
            self.ret_span = h.name.span;
            let body = self.block(&h.body, None, Mode::Value);
            let at = h.body.stmts.last().map(|st| st.span).unwrap_or(h.span);
            let what = if is_call { "a call handler's body: `(new_state, reply)`, state first" } else { "a cast handler's body: the new state" };
            let origin = self.origin(h.name.span, what);
            self.expect(&body.ty, &expected, at, origin);
            self.pop_scope();
            out.push(THandler { name: h.name.name, is_call, params: ps, state: state_pat, body, locals: std::mem::take(&mut self.locals) });
        }
        let _ = service;
        out
    }

    /// A supervisor: settings checked by name, each child's `start` a
    /// function returning a `Pid` (E0018).
    pub fn supervisor(&mut self, s: &SupervisorDef) -> TSupervisor {
        let mut out = TSupervisor { strategy: mesh_parse::Name::new("one_for_one"), max_restarts: 3, max_seconds: 5, children: Vec::new(), locals: Vec::new() };
        for st in &s.settings {
            match st.key.name.as_str() {
                "strategy" => out.strategy = self.word_setting(st, &["one_for_one", "one_for_all", "rest_for_one", "simple_one_for_one"]).unwrap_or(out.strategy),
                "max_restarts" => out.max_restarts = self.int_setting(st).unwrap_or(out.max_restarts),
                "max_seconds" => out.max_seconds = self.int_setting(st).unwrap_or(out.max_seconds),
                _ => {}
            }
        }
        for c in &s.children {
            let mut start = None;
            let mut restart = mesh_parse::Name::new("permanent");
            let mut shutdown = Some(5000);
            for st in &c.settings {
                match st.key.name.as_str() {
                    "start" => {
                        let t = self.expr(&st.value, None);
                        let want = Ty::Fun(vec![], Box::new(Ty::untyped_pid()));
                        let ok = matches!(self.infer.shallow(&t.ty), Ty::Error) || self.infer.probe(|cx| cx.unify(&t.ty, &want).is_ok());
                        if ok {
                            let _ = self.infer.unify(&t.ty, &want);
                        } else {
                            let shown = self.show(&t.ty);
                            self.error(codes::SUPERVISOR_START, st.value.span, format!("the `start` of child `{}` must return Pid", c.name.name), format!("this is `{shown}`"), "write `start: fn -> spawn(actor, args) end`");
                        }
                        start = Some(t);
                    }
                    "restart" => restart = self.word_setting(st, &["permanent", "transient", "temporary"]).unwrap_or(restart),
                    "shutdown" => {
                        shutdown = match &st.value.kind {
                            ExprKind::Var(n) if n.name == "brutal_kill" => None,
                            _ => self.int_setting(st).or(Some(5000)),
                        }
                    }
                    _ => {}
                }
            }
            match start {
                Some(start) => out.children.push(TChild { name: c.name.name, start, restart, shutdown }),
                None => self.error(codes::SUPERVISOR_START, c.span, format!("child `{}` has no `start`", c.name.name), "missing `start:`", "add `start: fn -> spawn(actor, args) end`"),
            }
        }
        out.locals = std::mem::take(&mut self.locals);
        out
    }

    fn word_setting(&mut self, st: &Setting, allowed: &[&str]) -> Option<mesh_parse::Name> {
        if let ExprKind::Var(n) = &st.value.kind {
            if allowed.contains(&n.name.as_str()) {
                return Some(n.name);
            }
        }
        self.error(codes::PROCESS_DECL, st.value.span, format!("`{}` must be one of: {}", st.key.name, allowed.join(", ")), "not an allowed value", format!("write `{}: {}`", st.key.name, allowed[0]));
        None
    }

    fn int_setting(&mut self, st: &Setting) -> Option<i64> {
        if let ExprKind::Lit(mesh_parse::ast::Literal::Int(n)) = &st.value.kind {
            return Some(*n);
        }
        self.error(codes::PROCESS_DECL, st.value.span, format!("`{}` must be a whole number", st.key.name), "not a number", format!("write `{}: 5`", st.key.name));
        None
    }

    /// The function type of an actor (for `spawn` and references).
    /// An actor at fresh type arguments: its function type, the type
    /// arguments, and its message type at those arguments.
    pub fn actor_instance(&mut self, def: DefId, span: mesh_parse::Span) -> (Ty, Vec<Ty>, Ty) {
        if let Some(t) = self.group.types.get(&def) {
            let m = self.group.msgs.get(&def).cloned().unwrap_or(Ty::con(crate::ty::TyCon::Dyn));
            return (t.clone(), Vec::new(), m);
        }
        match &self.ck.prog.def(def).kind {
            crate::defs::DefKind::Actor(a) => match a.scheme() {
                Some(s) => {
                    let both = crate::defs::Scheme { params: s.params.clone(), bounds: Vec::new(), ty: Ty::Tuple(vec![s.ty.clone(), a.message.clone()]) };
                    let (t, args) = self.instantiate(&both, span);
                    match t {
                        Ty::Tuple(mut ts) if ts.len() == 2 => {
                            let m = ts.pop().expect("two");
                            let f = ts.pop().expect("two");
                            (f, args, m)
                        }
                        _ => (Ty::Error, Vec::new(), Ty::Error),
                    }
                }
                None => (Ty::Error, Vec::new(), Ty::Error),
            },
            _ => (Ty::Error, Vec::new(), Ty::Error),
        }
    }
}

