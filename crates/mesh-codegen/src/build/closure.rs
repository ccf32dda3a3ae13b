//! Closure conversion: a closure becomes a function whose first parameter
//! is the closure object itself, `[desc, code, captures...]`; its body
//! reads the captured values from there. A closure that captures nothing
//! is a static object.

use super::func::FnLower;
use crate::mir::{DescRef, Expr, Func, FuncId, Static};
use mesh_parse::Span;
use mesh_rt::abi;
use mesh_typeck::tast::*;
use mesh_typeck::ty::Ty;

impl<'b, 'p> FnLower<'b, 'p> {
    pub fn closure(&mut self, c: &'p TClosure, ty: &Ty, span: Span) -> Expr {
        let captures: Vec<LocalId> = c.captures.clone();
        let cap_tys: Vec<Ty> = captures.iter().map(|id| self.local_ty(*id)).collect();
        let ret = match ty {
            Ty::Fun(_, r) => (**r).clone(),
            _ => Ty::unit(),
        };
        let arity = c.clauses.first().map(|cl| cl.params.len()).unwrap_or(0);
        let n = self.b.out.funcs.len();
        self.b.out.funcs.push(Func { name: format!("mesh_c_{n}"), params: Vec::new(), body: Expr::unit(), nvars: 0, origin: "closure".into() });
        let id = FuncId(n as u32);
        let subst = self.subst.clone();
        let poly = self.poly.clone();
        let func = {
            let actor_msg = self.actor_msg.clone();
            let mut inner = FnLower::new(self.b, subst, self.locals, self.file, ret);
            inner.poly = poly;
            inner.actor_msg = actor_msg;
            let env = inner.fresh();
            let params: Vec<crate::mir::Var> = (0..arity).map(|_| inner.fresh()).collect();
            let mut loads = Vec::new();
            for (i, id) in captures.iter().enumerate() {
                let v = inner.var(*id);
                loads.push((v, abi::FUN_CAPTURES as u32 + i as u32));
            }
            let mut body = inner.clauses(&c.clauses, &params, span, true);
            for (v, word) in loads.into_iter().rev() {
                body = Expr::let_(v, Expr::load(Expr::Var(env), word), body);
            }
            let mut all = vec![env];
            all.extend(params);
            Func { name: format!("mesh_c_{n}"), params: all, body, nvars: inner.nvars, origin: "closure".into() }
        };
        self.b.out.funcs[n] = func;
        let DescRef::Static(desc) = self.b.closure_desc(&cap_tys) else { unreachable!("closure descriptors are static") };
        if captures.is_empty() {
            let s = self.b.add_static(Static::Closure { desc, code: id });
            return Expr::Static(s);
        }
        let mut words = vec![Expr::FuncAddr(id)];
        for cap in &captures {
            words.push(Expr::Var(self.var(*cap)));
        }
        Expr::Alloc { desc: Box::new(Expr::Static(desc)), words }
    }
}
