//! One MIR function to Cranelift IR: variables become Cranelift
//! `Variable`s (SSA built by cranelift-frontend), control flow becomes
//! blocks, allocation is an inline bump of `ctx.alloc_ptr` with a call to
//! the runtime's slow path, tail calls are `return_call`.

use super::{abi as sig, Emitter};
use crate::mir::{Cmp, Expr, Func, JoinId, Prim};
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::types::{F64, I64};
use cranelift_codegen::ir::{Block, BlockArg, InstBuilder, MemFlagsData, TrapCode, Value};
use cranelift_frontend::{FunctionBuilder, Switch, Variable};
use cranelift_module::Module;
use mesh_rt::abi;
use rustc_hash::FxHashMap;

pub struct Lower<'a, 'e, M: Module> {
    pub fb: FunctionBuilder<'a>,
    pub em: &'e mut Emitter<M>,
    vars: Vec<Variable>,
    ctx: Value,
    /// (continue target, break target) of enclosing loops.
    loops: Vec<(Block, Block)>,
    joins: FxHashMap<JoinId, Block>,
    /// The f64 a word was made from (and back), so chains of float
    /// operations do not move every intermediate through an integer
    /// register.
    as_float: FxHashMap<Value, Value>,
    as_word: FxHashMap<Value, Value>,
    /// Whether the stack check has run on every path to this point (see
    /// `check_before_call`).
    checked: bool,
}

fn flags() -> MemFlagsData {
    MemFlagsData::trusted()
}

impl<'a, 'e, M: Module> Lower<'a, 'e, M> {
    pub fn new(mut fb: FunctionBuilder<'a>, em: &'e mut Emitter<M>, f: &Func) -> Self {
        let entry = fb.create_block();
        fb.append_block_params_for_function_params(entry);
        fb.switch_to_block(entry);
        let vars: Vec<Variable> = (0..f.nvars).map(|_| fb.declare_var(I64)).collect();
        let params = fb.block_params(entry).to_vec();
        let ctx = fb.ins().get_pinned_reg(I64);
        for (v, p) in f.params.iter().zip(&params) {
            fb.def_var(vars[v.0 as usize], *p);
        }
        Lower { fb, em, vars, ctx, loops: Vec::new(), joins: FxHashMap::default(), as_float: FxHashMap::default(), as_word: FxHashMap::default(), checked: false }
    }

    /// Lowers the body and returns its value.
    pub fn finish(mut self, body: &Expr) {
        if let Some(v) = self.expr(body) {
            self.fb.ins().return_(&[v]);
        }
        self.fb.seal_all_blocks();
        let cfg = self.em.module.isa().frontend_config();
        self.fb.finalize(cfg);
    }

    /// Before a call to Mesh code (direct or through a closure, tail or
    /// not) and on a loop's back-edge, once per path: every unbounded
    /// computation (recursion, mutual recursion through tail calls, loops)
    /// goes through a call or a back-edge, so
    /// checking there catches overflow and honours preemption, while paths
    /// that call nothing (the base case of a recursion, leaf functions) pay
    /// nothing. Runtime code that calls back into Mesh does so through the
    /// trampolines, which check too.
    fn check_before_call(&mut self) {
        if !self.checked {
            self.stack_check();
            self.checked = true;
        }
    }

    /// The check before calls and on every loop back-edge: when the
    /// stack pointer is below `ctx.stack_limit` (a real overflow, or the
    /// scheduler's preemption request, which sets the limit to the top of
    /// the address space) the runtime decides what to do.
    fn stack_check(&mut self) {
        let sp = self.fb.ins().get_stack_pointer(I64);
        let limit = self.fb.ins().load(I64, flags(), self.ctx, abi::CTX_STACK_LIMIT);
        let low = self.fb.ins().icmp(IntCC::UnsignedLessThan, sp, limit);
        let slow = self.fb.create_block();
        let cont = self.fb.create_block();
        self.fb.set_cold_block(slow);
        self.fb.ins().brif(low, slow, &[], cont, &[]);
        self.fb.switch_to_block(slow);
        let ctx = self.ctx;
        self.call_rt("mesh_rt_stack_check", &[ctx]);
        self.fb.ins().jump(cont, &[]);
        self.fb.switch_to_block(cont);
    }

    fn block_with_param(&mut self) -> Block {
        let b = self.fb.create_block();
        self.fb.append_block_param(b, I64);
        b
    }

    fn jump_with(&mut self, target: Block, v: Value) {
        self.fb.ins().jump(target, &[BlockArg::Value(v)]);
    }

    /// Lowers `e`; `None` when control never gets past it.
    pub fn expr(&mut self, e: &Expr) -> Option<Value> {
        match e {
            Expr::Word(n) => Some(self.fb.ins().iconst(I64, *n)),
            Expr::Static(s) => {
                let id = self.em.statics[s.0 as usize];
                let gv = self.em.module.declare_data_in_func(id, self.fb.func);
                Some(self.fb.ins().symbol_value(I64, gv))
            }
            Expr::RtData(sym) => {
                let id = self.em.rt_data(sym);
                let gv = self.em.module.declare_data_in_func(id, self.fb.func);
                Some(self.fb.ins().symbol_value(I64, gv))
            }
            Expr::Var(v) => Some(self.fb.use_var(self.vars[v.0 as usize])),
            Expr::Let(v, value, body) => {
                let x = self.expr(value)?;
                self.fb.def_var(self.vars[v.0 as usize], x);
                self.expr(body)
            }
            Expr::Seq(es) => {
                let mut last = Some(self.fb.ins().iconst(I64, 0));
                for x in es {
                    last = Some(self.expr(x)?);
                }
                last
            }
            Expr::Prim(p, args) => {
                let mut vs = Vec::with_capacity(args.len());
                for a in args {
                    vs.push(self.expr(a)?);
                }
                Some(self.prim(*p, &vs))
            }
            Expr::Alloc { desc, words } => {
                let d = self.expr(desc)?;
                let mut vs = Vec::with_capacity(words.len());
                for w in words {
                    vs.push(self.expr(w)?);
                }
                Some(self.alloc(d, &vs))
            }
            Expr::Load(base, i) => {
                let b = self.expr(base)?;
                Some(self.fb.ins().load(I64, flags(), b, (*i as i32) * 8))
            }
            Expr::Index { base, index, offset } => {
                let b = self.expr(base)?;
                let i = self.expr(index)?;
                let scaled = self.fb.ins().ishl_imm_s(i, 3);
                let addr = self.fb.ins().iadd(b, scaled);
                Some(self.fb.ins().load(I64, flags(), addr, (*offset as i32) * 8))
            }
            Expr::Call { func, args, tail } => {
                let mut vs = Vec::with_capacity(args.len());
                for a in args {
                    vs.push(self.expr(a)?);
                }
                let id = self.em.funcs[func.0 as usize];
                let fr = self.em.module.declare_func_in_func(id, self.fb.func);
                self.check_before_call();
                if *tail {
                    self.fb.ins().return_call(fr, &vs);
                    return None;
                }
                let call = self.fb.ins().call(fr, &vs);
                Some(self.fb.inst_results(call)[0])
            }
            Expr::CallClosure { closure, args, tail } => {
                let c = self.expr(closure)?;
                let mut vs = vec![c];
                for a in args {
                    vs.push(self.expr(a)?);
                }
                let code = self.fb.ins().load(I64, flags(), c, (abi::FUN_CODE as i32) * 8);
                let sigref = self.fb.import_signature(sig::closure(args.len()));
                self.check_before_call();
                if *tail {
                    self.fb.ins().return_call_indirect(sigref, code, &vs);
                    return None;
                }
                let call = self.fb.ins().call_indirect(sigref, code, &vs);
                Some(self.fb.inst_results(call)[0])
            }
            Expr::CallRt { symbol, args, site } => {
                let mut vs = vec![self.ctx];
                for a in args {
                    vs.push(self.expr(a)?);
                }
                if let Some(s) = site {
                    let v = self.expr(&Expr::Static(*s))?;
                    self.fb.ins().store(flags(), v, self.ctx, abi::CTX_SITE);
                }
                Some(self.call_rt(symbol, &vs))
            }
            Expr::FuncAddr(f) => {
                let id = self.em.funcs[f.0 as usize];
                let fr = self.em.module.declare_func_in_func(id, self.fb.func);
                Some(self.fb.ins().func_addr(I64, fr))
            }
            Expr::If { cond, then, els } => {
                let c = self.expr(cond)?;
                let (tb, eb) = (self.fb.create_block(), self.fb.create_block());
                let merge = self.block_with_param();
                self.fb.ins().brif(c, tb, &[], eb, &[]);
                let mut reached = false;
                let before = self.checked;
                let mut after = true;
                for (b, x) in [(tb, then), (eb, els)] {
                    self.fb.switch_to_block(b);
                    self.checked = before;
                    if let Some(v) = self.expr(x) {
                        self.jump_with(merge, v);
                        reached = true;
                        after &= self.checked;
                    }
                }
                self.checked = after && reached;
                self.merge(merge, reached)
            }
            Expr::Switch { scrutinee, cases, default } => {
                let s = self.expr(scrutinee)?;
                let merge = self.block_with_param();
                let mut sw = Switch::new();
                let mut blocks = Vec::new();
                for (value, _) in cases {
                    let b = self.fb.create_block();
                    sw.set_entry(*value as u64 as u128, b);
                    blocks.push(b);
                }
                let db = self.fb.create_block();
                sw.emit(&mut self.fb, s, db);
                let mut reached = false;
                let before = self.checked;
                let mut after = true;
                for (b, (_, x)) in blocks.into_iter().zip(cases) {
                    self.fb.switch_to_block(b);
                    self.checked = before;
                    if let Some(v) = self.expr(x) {
                        self.jump_with(merge, v);
                        reached = true;
                        after &= self.checked;
                    }
                }
                self.fb.switch_to_block(db);
                self.checked = before;
                if let Some(v) = self.expr(default) {
                    self.jump_with(merge, v);
                    reached = true;
                    after &= self.checked;
                }
                self.checked = after && reached;
                self.merge(merge, reached)
            }
            Expr::Loop(body) => {
                let head = self.fb.create_block();
                let exit = self.block_with_param();
                self.fb.ins().jump(head, &[]);
                self.fb.switch_to_block(head);
                // The head is reached from back-edges: nothing is known.
                // Each back-edge checks unless its path already did (a
                // loop whose every turn calls something pays nothing more).
                self.checked = false;
                self.loops.push((head, exit));
                if self.expr(body).is_some() {
                    self.check_before_call();
                    self.fb.ins().jump(head, &[]);
                }
                self.loops.pop();
                self.fb.switch_to_block(exit);
                self.checked = false;
                Some(self.fb.block_params(exit)[0])
            }
            Expr::Break(v) => {
                let x = self.expr(v)?;
                let (_, exit) = *self.loops.last().expect("break inside a loop");
                self.jump_with(exit, x);
                None
            }
            Expr::Continue => {
                let (head, _) = *self.loops.last().expect("continue inside a loop");
                self.check_before_call();
                self.fb.ins().jump(head, &[]);
                None
            }
            Expr::Return(v) => {
                let x = self.expr(v)?;
                self.fb.ins().return_(&[x]);
                None
            }
            Expr::Join { label, params, join, body } => {
                let jb = self.fb.create_block();
                let _ = params;
                self.joins.insert(*label, jb);
                let merge = self.block_with_param();
                let mut reached = false;
                let before = self.checked;
                let mut after = true;
                if let Some(v) = self.expr(body) {
                    self.jump_with(merge, v);
                    reached = true;
                    after &= self.checked;
                }
                self.fb.switch_to_block(jb);
                // Entered from any jump: only what held before the body.
                self.checked = before;
                if let Some(v) = self.expr(join) {
                    self.jump_with(merge, v);
                    reached = true;
                    after &= self.checked;
                }
                self.checked = after && reached;
                self.merge(merge, reached)
            }
            Expr::Jump(label, _) => {
                let b = self.joins[label];
                self.fb.ins().jump(b, &[]);
                None
            }
            Expr::Panic { message, site } => {
                let m = self.expr(&Expr::Static(*message))?;
                let s = self.expr(&Expr::Static(*site))?;
                let ctx = self.ctx;
                self.call_rt("mesh_rt_panic", &[ctx, m, s]);
                self.fb.ins().trap(TrapCode::unwrap_user(1));
                None
            }
        }
    }

    /// Continues after a branch: at `merge` if any branch reached it.
    fn merge(&mut self, merge: Block, reached: bool) -> Option<Value> {
        self.fb.switch_to_block(merge);
        if reached {
            Some(self.fb.block_params(merge)[0])
        } else {
            // Nothing jumps here: close the block.
            self.fb.ins().trap(TrapCode::unwrap_user(2));
            None
        }
    }

    fn call_rt(&mut self, symbol: &str, args: &[Value]) -> Value {
        let id = self.em.rt_func(symbol, args.len() - 1);
        let fr = self.em.module.declare_func_in_func(id, self.fb.func);
        let call = self.fb.ins().call(fr, args);
        self.fb.inst_results(call)[0]
    }

    /// A new object: `[desc, words...]`, bump-allocated inline.
    fn alloc(&mut self, desc: Value, words: &[Value]) -> Value {
        let n = 1 + words.len() as i64;
        let ctx = self.ctx;
        let p = self.fb.ins().load(I64, flags(), ctx, abi::CTX_ALLOC_PTR);
        let limit = self.fb.ins().load(I64, flags(), ctx, abi::CTX_ALLOC_LIMIT);
        let end = self.fb.ins().iadd_imm_s(p, n * 8);
        let full = self.fb.ins().icmp(IntCC::UnsignedGreaterThan, end, limit);
        let (fast, slow) = (self.fb.create_block(), self.fb.create_block());
        let merge = self.block_with_param();
        self.fb.ins().brif(full, slow, &[], fast, &[]);
        self.fb.switch_to_block(fast);
        self.fb.ins().store(flags(), end, ctx, abi::CTX_ALLOC_PTR);
        self.jump_with(merge, p);
        self.fb.switch_to_block(slow);
        let nv = self.fb.ins().iconst(I64, n);
        let r = self.call_rt("mesh_rt_alloc_slow", &[ctx, nv]);
        self.jump_with(merge, r);
        self.fb.switch_to_block(merge);
        let obj = self.fb.block_params(merge)[0];
        self.fb.ins().store(flags(), desc, obj, 0);
        for (i, w) in words.iter().enumerate() {
            self.fb.ins().store(flags(), *w, obj, 8 * (i as i32 + 1));
        }
        obj
    }

    fn f64(&mut self, v: Value) -> Value {
        if let Some(f) = self.as_float.get(&v) {
            return *f;
        }
        let f = self.fb.ins().bitcast(F64, MemFlagsData::new(), v);
        self.as_float.insert(v, f);
        self.as_word.insert(f, v);
        f
    }

    fn word(&mut self, f: Value) -> Value {
        if let Some(w) = self.as_word.get(&f) {
            return *w;
        }
        let w = self.fb.ins().bitcast(I64, MemFlagsData::new(), f);
        self.as_word.insert(f, w);
        self.as_float.insert(w, f);
        w
    }

    fn prim(&mut self, p: Prim, a: &[Value]) -> Value {
        match p {
            Prim::IAdd => self.fb.ins().iadd(a[0], a[1]),
            Prim::ISub => self.fb.ins().isub(a[0], a[1]),
            Prim::IMul => self.fb.ins().imul(a[0], a[1]),
            Prim::IDiv | Prim::IRem => {
                // `MIN / -1` would trap: a divisor of -1 negates (wrapping)
                // and leaves no remainder.
                let m1 = self.fb.ins().icmp_imm_s(IntCC::Equal, a[1], -1);
                let one = self.fb.ins().iconst(I64, 1);
                let safe = self.fb.ins().select(m1, one, a[1]);
                if p == Prim::IDiv {
                    let q = self.fb.ins().sdiv(a[0], safe);
                    let neg = self.fb.ins().ineg(a[0]);
                    self.fb.ins().select(m1, neg, q)
                } else {
                    let r = self.fb.ins().srem(a[0], safe);
                    let zero = self.fb.ins().iconst(I64, 0);
                    self.fb.ins().select(m1, zero, r)
                }
            }
            Prim::INeg => self.fb.ins().ineg(a[0]),
            Prim::FAdd | Prim::FSub | Prim::FMul | Prim::FDiv => {
                let (x, y) = (self.f64(a[0]), self.f64(a[1]));
                let r = match p {
                    Prim::FAdd => self.fb.ins().fadd(x, y),
                    Prim::FSub => self.fb.ins().fsub(x, y),
                    Prim::FMul => self.fb.ins().fmul(x, y),
                    _ => self.fb.ins().fdiv(x, y),
                };
                self.word(r)
            }
            Prim::FRem => {
                let ctx = self.ctx;
                self.call_rt("mesh_float_rem", &[ctx, a[0], a[1]])
            }
            Prim::FNeg => {
                let x = self.f64(a[0]);
                let r = self.fb.ins().fneg(x);
                self.word(r)
            }
            Prim::FSqrt => {
                let x = self.f64(a[0]);
                let r = self.fb.ins().sqrt(x);
                self.word(r)
            }
            Prim::IToF => {
                let r = self.fb.ins().fcvt_from_sint(F64, a[0]);
                self.word(r)
            }
            Prim::FToI => {
                let x = self.f64(a[0]);
                self.fb.ins().fcvt_to_sint_sat(I64, x)
            }
            Prim::ICmp(c) => {
                let cc = match c {
                    Cmp::Eq => IntCC::Equal,
                    Cmp::Ne => IntCC::NotEqual,
                    Cmp::ULt => IntCC::UnsignedLessThan,
                    Cmp::Lt => IntCC::SignedLessThan,
                    Cmp::Le => IntCC::SignedLessThanOrEqual,
                    Cmp::Gt => IntCC::SignedGreaterThan,
                    Cmp::Ge => IntCC::SignedGreaterThanOrEqual,
                };
                let r = self.fb.ins().icmp(cc, a[0], a[1]);
                self.fb.ins().uextend(I64, r)
            }
            Prim::FCmp(c) => {
                let cc = match c {
                    Cmp::Eq => FloatCC::Equal,
                    Cmp::Ne => FloatCC::NotEqual,
                    Cmp::ULt | Cmp::Lt => FloatCC::LessThan,
                    Cmp::Le => FloatCC::LessThanOrEqual,
                    Cmp::Gt => FloatCC::GreaterThan,
                    Cmp::Ge => FloatCC::GreaterThanOrEqual,
                };
                let (x, y) = (self.f64(a[0]), self.f64(a[1]));
                let r = self.fb.ins().fcmp(cc, x, y);
                self.fb.ins().uextend(I64, r)
            }
            Prim::Not => self.fb.ins().bxor_imm_s(a[0], 1),
            Prim::WordEq => {
                let r = self.fb.ins().icmp(IntCC::Equal, a[0], a[1]);
                self.fb.ins().uextend(I64, r)
            }
        }
    }
}
