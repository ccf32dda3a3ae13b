//! MIR optimisations.
//!
//! Self tail calls become loops: `f(args)` in tail position of `f` assigns
//! the parameters and jumps back to the top, which saves the frame set-up
//! and argument shuffling of a `return_call` per iteration (most Mesh loops
//! are self tail recursion).
//!
//! Tail recursion modulo accumulator: a function whose result in tail
//! position is `x + f(args)` (or `x * f(args)`) with `f` itself becomes a
//! loop carrying an accumulator: `acc = acc + x; params = args; continue`,
//! and every other result `v` becomes `return acc + v`. Integer addition
//! and multiplication wrap, so they are associative and commutative and the
//! rewrite gives the same value; `x` is still evaluated before the
//! recursive call's work, so side effects keep their order. (`fib(n - 1) +
//! fib(n - 2)` keeps one call and loops for the other.)

use crate::mir::{Expr, Func, FuncId, Prim, Var};

/// Applies the optimisations to every function of the program.
pub fn optimize(prog: &mut crate::mir::Program) {
    for i in 0..prog.funcs.len() {
        accumulate(&mut prog.funcs[i], FuncId(i as u32));
    }
}

/// The operator of an accumulating tail site `x <op> f(args)`, if `e` is one.
fn site(e: &Expr, me: FuncId) -> Option<Prim> {
    match e {
        Expr::Prim(op @ (Prim::IAdd | Prim::IMul), args) if args.len() == 2 => match &args[1] {
            Expr::Call { func, .. } if *func == me => Some(*op),
            _ => None,
        },
        _ => None,
    }
}

/// Operators of the accumulating sites in tail position of `e`.
fn sites(e: &Expr, me: FuncId, out: &mut Vec<Prim>) {
    match e {
        Expr::Let(_, _, body) => sites(body, me, out),
        Expr::Seq(es) => {
            if let Some(last) = es.last() {
                sites(last, me, out);
            }
        }
        Expr::If { then, els, .. } => {
            sites(then, me, out);
            sites(els, me, out);
        }
        Expr::Switch { cases, default, .. } => {
            cases.iter().for_each(|(_, c)| sites(c, me, out));
            sites(default, me, out);
        }
        Expr::Join { join, body, .. } => {
            sites(join, me, out);
            sites(body, me, out);
        }
        e => {
            if let Some(op) = site(e, me) {
                out.push(op);
            }
        }
    }
}

struct Rewriter {
    me: FuncId,
    /// The accumulating operator (`None`: only self tail calls loop).
    op: Option<Prim>,
    acc: Var,
    params: Vec<Var>,
    nvars: u32,
}

impl Rewriter {
    fn fresh(&mut self) -> Var {
        self.nvars += 1;
        Var(self.nvars - 1)
    }

    /// `acc <op> v` (or `v`), returned.
    fn finish(&self, v: Expr) -> Expr {
        match self.op {
            Some(op) => Expr::Return(Box::new(Expr::Prim(op, vec![Expr::Var(self.acc), v]))),
            None => Expr::Return(Box::new(v)),
        }
    }

    /// Loops again with `args` as the parameters (all evaluated first).
    fn again(&mut self, args: Vec<Expr>, then: Expr) -> Expr {
        let temps: Vec<Var> = args.iter().map(|_| self.fresh()).collect();
        let mut tail = then;
        for (p, t) in self.params.clone().into_iter().zip(&temps).rev() {
            tail = Expr::let_(p, Expr::Var(*t), tail);
        }
        let mut out = tail;
        for (t, a) in temps.into_iter().zip(args).rev() {
            out = Expr::let_(t, a, out);
        }
        out
    }

    /// Rewrites `e`, whose value is the function's result.
    fn tail(&mut self, e: Expr) -> Expr {
        match e {
            Expr::Let(v, value, body) => Expr::Let(v, Box::new(self.inner(*value)), Box::new(self.tail(*body))),
            Expr::Seq(mut es) => {
                let last = es.pop().map(|l| self.tail(l)).unwrap_or_else(|| self.finish(Expr::unit()));
                let mut out: Vec<Expr> = es.into_iter().map(|x| self.inner(x)).collect();
                out.push(last);
                Expr::Seq(out)
            }
            Expr::If { cond, then, els } => Expr::If { cond: Box::new(self.inner(*cond)), then: Box::new(self.tail(*then)), els: Box::new(self.tail(*els)) },
            Expr::Switch { scrutinee, cases, default } => Expr::Switch {
                scrutinee: Box::new(self.inner(*scrutinee)),
                cases: cases.into_iter().map(|(k, c)| (k, self.tail(c))).collect(),
                default: Box::new(self.tail(*default)),
            },
            Expr::Join { label, params, join, body } => Expr::Join { label, params, join: Box::new(self.tail(*join)), body: Box::new(self.tail(*body)) },
            Expr::Prim(op, mut args) if Some(op) == self.op && args.len() == 2 && matches!(&args[1], Expr::Call { func, .. } if *func == self.me) => {
                let call = args.pop().expect("two operands");
                let x = self.inner(args.pop().expect("two operands"));
                let Expr::Call { args: call_args, .. } = call else { unreachable!("matched above") };
                let call_args: Vec<Expr> = call_args.into_iter().map(|a| self.inner(a)).collect();
                let t = self.fresh();
                let bump = Expr::let_(self.acc, Expr::Prim(op, vec![Expr::Var(self.acc), Expr::Var(t)]), Expr::unit());
                let again = self.again(call_args, Expr::Continue);
                Expr::let_(t, x, Expr::Seq(vec![bump, again]))
            }
            Expr::Call { func, args, tail: true } if func == self.me => {
                let args: Vec<Expr> = args.into_iter().map(|a| self.inner(a)).collect();
                self.again(args, Expr::Continue)
            }
            Expr::Return(v) => self.tail(*v),
            // Control that never produces the value here.
            e @ (Expr::Jump(..) | Expr::Panic { .. } | Expr::Break(_) | Expr::Continue) => e,
            Expr::Call { func, args, tail: true } => {
                // A tail call of another function: its result is ours.
                let args = args.into_iter().map(|a| self.inner(a)).collect();
                self.finish(Expr::Call { func, args, tail: false })
            }
            Expr::CallClosure { closure, args, tail: true } => {
                let args = args.into_iter().map(|a| self.inner(a)).collect();
                let c = self.inner(*closure);
                self.finish(Expr::CallClosure { closure: Box::new(c), args, tail: false })
            }
            other => {
                let v = self.inner(other);
                self.finish(v)
            }
        }
    }

    /// Rewrites a non-tail expression: only `return`s inside it change
    /// (they return `acc <op> value`).
    fn inner(&mut self, e: Expr) -> Expr {
        match e {
            Expr::Return(v) => {
                let v = self.inner(*v);
                self.finish(v)
            }
            Expr::Let(v, a, b) => Expr::Let(v, Box::new(self.inner(*a)), Box::new(self.inner(*b))),
            Expr::Seq(es) => Expr::Seq(es.into_iter().map(|x| self.inner(x)).collect()),
            Expr::Prim(p, args) => Expr::Prim(p, args.into_iter().map(|x| self.inner(x)).collect()),
            Expr::Alloc { desc, words } => Expr::Alloc { desc: Box::new(self.inner(*desc)), words: words.into_iter().map(|x| self.inner(x)).collect() },
            Expr::Load(b, i) => Expr::Load(Box::new(self.inner(*b)), i),
            Expr::Index { base, index, offset } => Expr::Index { base: Box::new(self.inner(*base)), index: Box::new(self.inner(*index)), offset },
            Expr::Call { func, args, .. } => {
                let args = args.into_iter().map(|x| self.inner(x)).collect();
                // A tail call inside a nested context is no longer in tail
                // position of the rewritten function.
                Expr::Call { func, args, tail: false }
            }
            Expr::CallClosure { closure, args, .. } => {
                Expr::CallClosure { closure: Box::new(self.inner(*closure)), args: args.into_iter().map(|x| self.inner(x)).collect(), tail: false }
            }
            Expr::CallRt { symbol, args, site } => Expr::CallRt { symbol, args: args.into_iter().map(|x| self.inner(x)).collect(), site },
            Expr::If { cond, then, els } => Expr::If { cond: Box::new(self.inner(*cond)), then: Box::new(self.inner(*then)), els: Box::new(self.inner(*els)) },
            Expr::Switch { scrutinee, cases, default } => Expr::Switch {
                scrutinee: Box::new(self.inner(*scrutinee)),
                cases: cases.into_iter().map(|(k, c)| (k, self.inner(c))).collect(),
                default: Box::new(self.inner(*default)),
            },
            Expr::Loop(b) => Expr::Loop(Box::new(self.inner(*b))),
            Expr::Break(v) => Expr::Break(Box::new(self.inner(*v))),
            Expr::Join { label, params, join, body } => Expr::Join { label, params, join: Box::new(self.inner(*join)), body: Box::new(self.inner(*body)) },
            Expr::Jump(l, args) => Expr::Jump(l, args.into_iter().map(|x| self.inner(x)).collect()),
            e => e,
        }
    }
}

/// Whether `e` has a self tail call in tail position.
fn self_tail_call(e: &Expr, me: FuncId) -> bool {
    match e {
        Expr::Let(_, _, body) => self_tail_call(body, me),
        Expr::Seq(es) => es.last().is_some_and(|l| self_tail_call(l, me)),
        Expr::If { then, els, .. } => self_tail_call(then, me) || self_tail_call(els, me),
        Expr::Switch { cases, default, .. } => cases.iter().any(|(_, c)| self_tail_call(c, me)) || self_tail_call(default, me),
        Expr::Join { join, body, .. } => self_tail_call(join, me) || self_tail_call(body, me),
        Expr::Return(v) => self_tail_call(v, me),
        Expr::Call { func, tail: true, .. } => *func == me,
        _ => false,
    }
}

fn accumulate(f: &mut Func, me: FuncId) {
    let mut found = Vec::new();
    sites(&f.body, me, &mut found);
    let op = match found.first().copied() {
        Some(op) if found.iter().all(|o| *o == op) => Some(op),
        Some(_) => return,
        None if self_tail_call(&f.body, me) => None,
        None => return,
    };
    let mut r = Rewriter { me, op, acc: Var(f.nvars), params: f.params.clone(), nvars: f.nvars + 1 };
    let body = std::mem::replace(&mut f.body, Expr::unit());
    let looped = Expr::Loop(Box::new(r.tail(body)));
    f.body = match op {
        Some(op) => Expr::let_(r.acc, Expr::Word(if op == Prim::IAdd { 0 } else { 1 }), looped),
        None => looped,
    };
    f.nvars = r.nvars;
}
