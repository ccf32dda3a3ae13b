//! The inference context: inference variables in a union-find table (ena),
//! unification with an occurs check, levels for let-generalisation (Rémy),
//! and zonking (replacing solved variables by their solutions).

use crate::ty::{ParamId, Ty, TyCon, TyVar};
use ena::unify::{InPlaceUnificationTable, NoError, UnifyKey, UnifyValue};

#[derive(Clone, Debug)]
pub enum VarValue {
    /// Not solved; the level of the innermost `let` that created it.
    Unbound(u32),
    Bound(Ty),
}

impl UnifyValue for VarValue {
    type Error = NoError;

    fn unify_values(a: &Self, b: &Self) -> Result<Self, NoError> {
        Ok(match (a, b) {
            (VarValue::Unbound(x), VarValue::Unbound(y)) => VarValue::Unbound((*x).min(*y)),
            (VarValue::Bound(t), _) | (_, VarValue::Bound(t)) => VarValue::Bound(t.clone()),
        })
    }
}

impl UnifyKey for TyVar {
    type Value = VarValue;
    fn index(&self) -> u32 {
        self.0
    }
    fn from_index(i: u32) -> TyVar {
        TyVar(i)
    }
    fn tag() -> &'static str {
        "TyVar"
    }
}

/// Why two types do not unify: the innermost pair that disagrees.
#[derive(Clone, Debug)]
pub enum UnifyError {
    Mismatch(Ty, Ty),
    /// `?a` against a type containing `?a` (an infinite type).
    Occurs(TyVar, Ty),
}

pub struct InferCtx {
    table: InPlaceUnificationTable<TyVar>,
    /// Current let-nesting level: variables created deeper than the level a
    /// `let` is generalised at are quantified.
    pub level: u32,
}

impl Default for InferCtx {
    fn default() -> Self {
        InferCtx { table: InPlaceUnificationTable::new(), level: 1 }
    }
}

impl InferCtx {
    pub fn new() -> InferCtx {
        InferCtx::default()
    }

    pub fn fresh(&mut self) -> Ty {
        Ty::Var(self.table.new_key(VarValue::Unbound(self.level)))
    }

    /// Follows variable bindings at the top of `ty` only.
    pub fn shallow(&mut self, ty: &Ty) -> Ty {
        let mut t = ty.clone();
        while let Ty::Var(v) = t {
            match self.table.probe_value(v) {
                VarValue::Bound(b) => t = b,
                VarValue::Unbound(_) => return Ty::Var(self.table.find(v)),
            }
        }
        t
    }

    /// Replaces every solved variable inside `ty` by its solution.
    pub fn zonk(&mut self, ty: &Ty) -> Ty {
        match self.shallow(ty) {
            Ty::Con(c, args) => Ty::Con(c, args.iter().map(|a| self.zonk(a)).collect()),
            Ty::Tuple(args) => Ty::Tuple(args.iter().map(|a| self.zonk(a)).collect()),
            Ty::Fun(ps, r) => Ty::Fun(ps.iter().map(|p| self.zonk(p)).collect(), Box::new(self.zonk(&r))),
            t => t,
        }
    }

    pub fn var_level(&mut self, v: TyVar) -> Option<u32> {
        match self.table.probe_value(v) {
            VarValue::Unbound(l) => Some(l),
            VarValue::Bound(_) => None,
        }
    }

    pub fn unify(&mut self, a: &Ty, b: &Ty) -> Result<(), UnifyError> {
        let a = self.shallow(a);
        let b = self.shallow(b);
        match (&a, &b) {
            (Ty::Error, _) | (_, Ty::Error) => Ok(()),
            (Ty::Var(x), Ty::Var(y)) => {
                let _ = self.table.unify_var_var(*x, *y);
                Ok(())
            }
            (Ty::Var(v), t) | (t, Ty::Var(v)) => {
                if matches!(t, Ty::Con(TyCon::Dyn, _)) {
                    return Ok(());
                }
                self.bind(*v, t)
            }
            (Ty::Con(TyCon::Dyn, _), _) | (_, Ty::Con(TyCon::Dyn, _)) => Ok(()),
            (Ty::Param(p), Ty::Param(q)) if p == q => Ok(()),
            (Ty::Con(c1, a1), Ty::Con(c2, a2)) if c1 == c2 && a1.len() == a2.len() => {
                for (x, y) in a1.iter().zip(a2) {
                    self.unify(x, y)?;
                }
                Ok(())
            }
            (Ty::Tuple(a1), Ty::Tuple(a2)) if a1.len() == a2.len() => {
                for (x, y) in a1.iter().zip(a2) {
                    self.unify(x, y)?;
                }
                Ok(())
            }
            (Ty::Fun(p1, r1), Ty::Fun(p2, r2)) if p1.len() == p2.len() => {
                for (x, y) in p1.iter().zip(p2) {
                    self.unify(x, y)?;
                }
                self.unify(r1, r2)
            }
            _ => Err(UnifyError::Mismatch(a, b)),
        }
    }

    fn bind(&mut self, v: TyVar, t: &Ty) -> Result<(), UnifyError> {
        let level = self.var_level(v).unwrap_or(self.level);
        // Occurs check, and pull the levels of the variables inside `t` down
        // to `v`'s so they are not generalised too early.
        // `t` is zonked first: a variable inside it may already be bound to
        // a type that mentions `v`.
        let t = &self.zonk(t);
        let mut occurs = false;
        let mut inner = Vec::new();
        t.walk(&mut |x| {
            if let Ty::Var(u) = x {
                inner.push(*u);
            }
        });
        for u in inner {
            let root = self.table.find(u);
            if root == self.table.find(v) {
                occurs = true;
            } else if let Some(l) = self.var_level(root) {
                if l > level {
                    self.table.union_value(root, VarValue::Unbound(level));
                }
            }
        }
        if occurs {
            return Err(UnifyError::Occurs(v, t.clone()));
        }
        self.table.union_value(v, VarValue::Bound(t.clone()));
        Ok(())
    }

    /// Variables in `ty` created deeper than the current level (the ones a
    /// `let` at this level may generalise).
    pub fn generalisable_vars(&mut self, ty: &Ty) -> Vec<TyVar> {
        let ty = self.zonk(ty);
        let mut out = Vec::new();
        let mut vars = Vec::new();
        ty.walk(&mut |t| {
            if let Ty::Var(v) = t {
                vars.push(*v);
            }
        });
        for v in vars {
            let root = self.table.find(v);
            if self.var_level(root).is_some_and(|l| l > self.level) && !out.contains(&root) {
                out.push(root);
            }
        }
        out
    }

    /// Zonks `ty` and replaces what is still unknown by `Dyn` (which agrees
    /// with anything): for types stored outside this context, which must
    /// not carry its variables.
    pub fn close(&mut self, ty: &Ty) -> Ty {
        fn go(t: Ty) -> Ty {
            match t {
                Ty::Var(_) => Ty::con(TyCon::Dyn),
                Ty::Con(c, args) => Ty::Con(c, args.into_iter().map(go).collect()),
                Ty::Tuple(ts) => Ty::Tuple(ts.into_iter().map(go).collect()),
                Ty::Fun(ps, r) => Ty::Fun(ps.into_iter().map(go).collect(), Box::new(go(*r))),
                other => other,
            }
        }
        let z = self.zonk(ty);
        go(z)
    }

    /// Runs `f` and undoes every binding it made: a trial unification.
    pub fn probe<R>(&mut self, f: impl FnOnce(&mut InferCtx) -> R) -> R {
        let snap = self.table.snapshot();
        let r = f(self);
        self.table.rollback_to(snap);
        r
    }

    /// Binds a variable to a rigid parameter (generalisation).
    pub fn bind_to_param(&mut self, v: TyVar, p: ParamId) {
        self.table.union_value(v, VarValue::Bound(Ty::Param(p)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unify_binds_and_zonks() {
        let mut cx = InferCtx::default();
        let a = cx.fresh();
        let b = cx.fresh();
        cx.unify(&Ty::list(a.clone()), &Ty::list(Ty::int())).unwrap();
        cx.unify(&b, &a).unwrap();
        assert_eq!(cx.zonk(&b), Ty::int());
    }

    #[test]
    fn occurs_check_fails() {
        let mut cx = InferCtx::default();
        let a = cx.fresh();
        assert!(matches!(cx.unify(&a, &Ty::list(a.clone())), Err(UnifyError::Occurs(..))));
    }

    #[test]
    fn mismatch_reports_innermost_pair() {
        let mut cx = InferCtx::default();
        let err = cx.unify(&Ty::list(Ty::int()), &Ty::list(Ty::string())).unwrap_err();
        assert!(matches!(err, UnifyError::Mismatch(Ty::Con(TyCon::Int, _), Ty::Con(TyCon::String, _))));
    }

    #[test]
    fn dyn_pid_agrees_with_any_pid() {
        let mut cx = InferCtx::default();
        cx.unify(&Ty::untyped_pid(), &Ty::pid(Ty::int())).unwrap();
        let m = cx.fresh();
        cx.unify(&Ty::pid(m.clone()), &Ty::untyped_pid()).unwrap();
        assert!(matches!(cx.zonk(&m), Ty::Var(_)));
    }
}
