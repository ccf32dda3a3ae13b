//! Lowering one function body: the per-function state (`FnLower`: type
//! substitution, locals to MIR variables, loops, join points), clauses
//! merged into one decision tree, blocks and statements.

use super::Builder;
use crate::mir::{Expr, Func, JoinId, StaticId, Var};
use mesh_parse::{FileId, Span};
use mesh_typeck::tast::*;
use mesh_typeck::ty::{ParamId, Ty};
use mesh_typeck::DefId;
use rustc_hash::FxHashMap;

/// What `break` and `continue` mean in the innermost loop.
#[derive(Clone, Copy)]
pub enum LoopCtx {
    While,
    /// A `for`: the list builder holding the values so far.
    For { acc: Var },
}

pub struct FnLower<'b, 'p> {
    pub b: &'b mut Builder<'p>,
    pub subst: Vec<(ParamId, Ty)>,
    pub locals: &'p [LocalInfo],
    pub vars: FxHashMap<LocalId, Var>,
    pub nvars: u32,
    /// `let`-polymorphic values: lowered at each use, at its types.
    pub poly: FxHashMap<LocalId, (&'p TExpr, Vec<ParamId>)>,
    pub file: FileId,
    pub njoins: u32,
    pub loops: Vec<LoopCtx>,
    /// The result type of the function or closure being lowered (for `?`).
    pub ret: Ty,
    /// Inside an actor (or a closure in one): its message type, for
    /// `Process.monitor` notifications.
    pub actor_msg: Option<Ty>,
}

/// Lowers the checked body of `def` at type arguments `args`.
pub fn lower_def(b: &mut Builder, def: DefId, args: &[Ty]) -> Func {
    let prog = b.prog;
    let Some(tf) = prog.functions.get(&def) else {
        let name = prog.def(def).name;
        b.problem(format!("no body for `{name}` (not supported yet)"));
        return Func { name: String::new(), params: Vec::new(), body: Expr::unit(), nvars: 0, origin: String::new() };
    };
    let scheme = prog.fn_info(def).and_then(|f| f.scheme.clone()).or_else(|| match &prog.def(def).kind {
        mesh_typeck::defs::DefKind::Actor(a) => a.scheme(),
        _ => None,
    });
    let (params, ret) = match &scheme {
        Some(s) => {
            let sub: Vec<(ParamId, Ty)> = s.params.iter().copied().zip(args.iter().cloned()).collect();
            let t = s.ty.subst(&|p| sub.iter().find(|(q, _)| *q == p).map(|(_, t)| t.clone()));
            match t {
                Ty::Fun(_, r) => (sub, *r),
                _ => (sub, Ty::unit()),
            }
        }
        None => (Vec::new(), Ty::unit()),
    };
    let file = prog.module(prog.def(def).module).file.unwrap_or_default();
    let actor_msg = match &prog.def(def).kind {
        mesh_typeck::defs::DefKind::Actor(a) => Some(a.message.clone()),
        _ => None,
    };
    let mut f = FnLower::new(b, params, &tf.locals, file, ret);
    let actor_msg = actor_msg.map(|m| f.ty(&m));
    f.actor_msg = actor_msg;
    let arity = tf.clauses.first().map(|c| c.params.len()).unwrap_or(0);
    let param_vars: Vec<Var> = (0..arity).map(|_| f.fresh()).collect();
    let span = tf.clauses.first().map(|c| c.span).unwrap_or_default();
    let mut body = f.clauses(&tf.clauses, &param_vars, span, true);
    if let Some(t) = &tf.terminate {
        let caps: Vec<(LocalId, Var)> = match tf.clauses.first() {
            Some(c) => c
                .params
                .iter()
                .zip(&param_vars)
                .filter_map(|(p, v)| match p.kind {
                    TPatternKind::Bind(id) => Some((id, *v)),
                    _ => None,
                })
                .collect(),
            None => Vec::new(),
        };
        body = seq(vec![f.terminate(t, &caps, span), body]);
    }
    Func { name: String::new(), params: param_vars, body, nvars: f.nvars, origin: String::new() }
}

impl<'b, 'p> FnLower<'b, 'p> {
    pub fn new(b: &'b mut Builder<'p>, subst: Vec<(ParamId, Ty)>, locals: &'p [LocalInfo], file: FileId, ret: Ty) -> Self {
        let ret = b.normalize(&ret);
        FnLower { b, subst, locals, vars: FxHashMap::default(), nvars: 0, poly: FxHashMap::default(), file, njoins: 0, loops: Vec::new(), ret, actor_msg: None }
    }

    pub fn fresh(&mut self) -> Var {
        self.nvars += 1;
        Var(self.nvars - 1)
    }

    pub fn join(&mut self) -> JoinId {
        self.njoins += 1;
        JoinId(self.njoins - 1)
    }

    /// The variable of a local (made on first use).
    pub fn var(&mut self, id: LocalId) -> Var {
        if let Some(v) = self.vars.get(&id) {
            return *v;
        }
        let v = self.fresh();
        self.vars.insert(id, v);
        v
    }

    /// A type of the typed tree, at this instance's type arguments.
    pub fn ty(&self, t: &Ty) -> Ty {
        let s = t.subst(&|p| self.subst.iter().rev().find(|(q, _)| *q == p).map(|(_, t)| t.clone()));
        self.b.normalize(&s)
    }

    pub fn local_ty(&self, id: LocalId) -> Ty {
        self.ty(&self.locals[id.0 as usize].ty)
    }

    pub fn site(&mut self, span: Span) -> StaticId {
        self.b.site(self.file, span)
    }

    /// A panic with `message` at `span`.
    pub fn panic(&mut self, message: &str, span: Span) -> Expr {
        let message = self.b.string_literal(message);
        let site = self.site(span);
        Expr::Panic { message, site }
    }

    /// Clauses of a function or closure over `params` (already bound to
    /// `param_vars`): a decision tree over all parameters at once.
    pub fn clauses(&mut self, clauses: &'p [TClause], param_vars: &[Var], span: Span, tail: bool) -> Expr {
        // The common case: one clause of plain names.
        if let [c] = clauses {
            if c.guard.is_none() && c.params.iter().all(|p| matches!(p.kind, TPatternKind::Bind(_) | TPatternKind::Wildcard)) {
                for (p, v) in c.params.iter().zip(param_vars) {
                    if let TPatternKind::Bind(id) = p.kind {
                        self.vars.insert(id, *v);
                    }
                }
                return self.block(&c.body, tail);
            }
        }
        let cols: Vec<(Var, Ty)> = param_vars.iter().zip(clauses.first().map(|c| c.params.as_slice()).unwrap_or(&[])).map(|(v, p)| (*v, self.ty(&p.ty))).collect();
        let arms: Vec<super::pattern::Arm> = clauses
            .iter()
            .map(|c| super::pattern::Arm { pats: c.params.iter().collect(), guard: c.guard.as_ref(), body: &c.body })
            .collect();
        let fail = self.panic("no function clause matches the arguments", span);
        self.match_arms(&cols, arms, fail, tail)
    }

    /// A block: its statements in order, the value of the last.
    pub fn block(&mut self, b: &'p TBlock, tail: bool) -> Expr {
        self.stmts(&b.stmts, tail, b.span)
    }

    fn stmts(&mut self, stmts: &'p [TStmt], tail: bool, span: Span) -> Expr {
        let mut prefix: Vec<Expr> = Vec::new();
        for (i, s) in stmts.iter().enumerate() {
            let last = i + 1 == stmts.len();
            match s {
                TStmt::Expr(e) => prefix.push(self.expr(e, tail && last)),
                TStmt::Let { pattern, value, poly } => {
                    if let (false, TPatternKind::Bind(id)) = (poly.is_empty(), &pattern.kind) {
                        self.poly.insert(*id, (value, poly.clone()));
                        if last {
                            prefix.push(Expr::unit());
                        }
                        continue;
                    }
                    let v = self.expr(value, false);
                    let rest = if last { Expr::unit() } else { self.stmts(&stmts[i + 1..], tail, span) };
                    prefix.push(self.bind_pattern(pattern, v, rest, span));
                    return seq(prefix);
                }
            }
        }
        if prefix.is_empty() {
            return Expr::unit();
        }
        seq(prefix)
    }

    /// Binds `pattern` to `value`, then runs `rest`.
    pub fn bind_pattern(&mut self, pattern: &'p TPattern, value: Expr, rest: Expr, span: Span) -> Expr {
        match &pattern.kind {
            TPatternKind::Bind(id) => {
                let v = self.var(*id);
                Expr::let_(v, value, rest)
            }
            TPatternKind::Wildcard => seq(vec![value, rest]),
            _ => {
                let tmp = self.fresh();
                let ty = self.ty(&pattern.ty);
                let fail = self.panic("the value does not match the `let` pattern", span);
                let tree = self.match_pattern_then(&[(tmp, ty)], vec![pattern], rest, fail);
                Expr::let_(tmp, value, tree)
            }
        }
    }
}

/// A sequence, flattened.
pub fn seq(mut es: Vec<Expr>) -> Expr {
    if es.len() == 1 {
        return es.pop().expect("one element");
    }
    Expr::Seq(es)
}
