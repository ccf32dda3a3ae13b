//! Interfaces a type implements: built-in rules for built-in types,
//! `deriving` for user types, `impl` blocks, and bounds of type
//! parameters. Constraints recorded during inference are solved here once
//! types are known.

use crate::check::cx::{Constraint, FnCx};
use crate::codes;
use crate::defs::{DefId, DefKind, Derives};
use crate::display::show;
use crate::ty::{Ty, TyCon};
use mesh_parse::Diagnostic;

/// Interfaces a built-in type constructor has, given its arguments do.
pub(crate) fn builtin_has(con: TyCon, iface: &str) -> bool {
    use TyCon::*;
    let basic = matches!(iface, "Eq" | "Ord" | "Display" | "Debug" | "Hash" | "Json");
    let arith = matches!(iface, "Add" | "Sub" | "Mul" | "Div" | "Mod" | "Neg" | "Num");
    match con {
        Int | Float => basic || arith,
        String | Bool | Unit | Atom => basic,
        List => basic || iface == "Iterable",
        Map | Set => matches!(iface, "Eq" | "Display" | "Debug" | "Hash" | "Json" | "Iterable"),
        Queue => matches!(iface, "Eq" | "Display" | "Debug"),
        Range => matches!(iface, "Eq" | "Display" | "Debug" | "Iterable"),
        Iter => iface == "Iterable",
        Pid => matches!(iface, "Eq" | "Ord" | "Display" | "Debug" | "Hash"),
        Opaque(_) => matches!(iface, "Display" | "Debug"),
        Dyn => true,
        Adt(_) => false,
    }
}

fn derived(d: &Derives, iface: &str) -> bool {
    match iface {
        "Eq" => d.eq,
        "Ord" => d.ord,
        "Display" => d.display,
        "Debug" => d.debug,
        "Hash" => d.hash,
        "Json" => d.json,
        "Row" => d.row,
        "Schema" => d.schema,
        _ => false,
    }
}

/// Why a type does not implement an interface.
pub enum Missing {
    /// The innermost type lacking it.
    Ty(Ty),
    /// Not known yet (an unsolved variable).
    Unknown,
}

impl FnCx<'_, '_> {
    /// A user `impl iface for ty`, if one matches.
    pub fn find_impl(&mut self, ty: &Ty, iface: DefId) -> Option<DefId> {
        let impls = self.ck.prog.impls.get(&iface).cloned().unwrap_or_default();
        let ty = self.infer.zonk(ty);
        if matches!(ty, Ty::Var(_)) {
            return None;
        }
        for imp in impls {
            let DefKind::Impl(info) = &self.ck.prog.def(imp).kind else { continue };
            let (for_ty, params) = (info.for_ty.clone(), info.params.clone());
            let ok = self.infer.probe(|cx| {
                let args: Vec<Ty> = params.iter().map(|_| cx.fresh()).collect();
                let inst = for_ty.subst(&|p| params.iter().position(|x| *x == p).map(|i| args[i].clone()));
                cx.unify(&inst, &ty).is_ok()
            });
            if ok {
                return Some(imp);
            }
        }
        None
    }

    /// Whether `ty` implements `iface` as far as known now.
    pub fn implements_now(&mut self, ty: &Ty, iface: DefId) -> bool {
        self.implements(ty, iface).is_ok()
    }

    pub fn implements(&mut self, ty: &Ty, iface: DefId) -> Result<(), Missing> {
        let ty = self.infer.zonk(ty);
        let name: &'static str = self.ck.prog.def(iface).name.as_str();
        match &ty {
            Ty::Error => Ok(()),
            Ty::Var(_) => Err(Missing::Unknown),
            Ty::Param(p) => {
                // `Ord` requires `Eq`, so an `Ord` bound entails `Eq`.
                let entails = |i: DefId| i == iface || (name == "Eq" && self.ck.prog.def(i).name.as_str() == "Ord");
                if self.param_bounds.iter().any(|(q, i)| q == p && entails(*i)) {
                    Ok(())
                } else if self.inferable_params.contains(p) {
                    self.param_bounds.push((*p, iface));
                    Ok(())
                } else {
                    Err(Missing::Ty(ty.clone()))
                }
            }
            Ty::Fun(..) => Err(Missing::Ty(ty.clone())),
            Ty::Tuple(ts) => {
                if !matches!(name, "Eq" | "Ord" | "Display" | "Debug" | "Hash" | "Json") {
                    return Err(Missing::Ty(ty.clone()));
                }
                for t in ts {
                    self.implements(t, iface)?;
                }
                Ok(())
            }
            Ty::Con(con, args) => {
                if self.find_impl(&ty, iface).is_some() {
                    return Ok(());
                }
                if let TyCon::Adt(d) = con {
                    let known = [self.ck.prog.known.option, self.ck.prog.known.result, self.ck.prog.known.ordering];
                    let has = if known.contains(&Some(*d)) {
                        matches!(name, "Eq" | "Ord" | "Display" | "Debug" | "Hash" | "Json")
                    } else {
                        match &self.ck.prog.def(*d).kind {
                            DefKind::Struct(s) => derived(&s.derives, name),
                            DefKind::Sum(s) => derived(&s.derives, name),
                            _ => false,
                        }
                    };
                    if !has {
                        return Err(Missing::Ty(ty.clone()));
                    }
                } else {
                    if !builtin_has(*con, name) {
                        return Err(Missing::Ty(ty.clone()));
                    }
                    if name == "Iterable" || name == "Num" {
                        return Ok(());
                    }
                    if *con == TyCon::Map && name == "Json" && !args.first().is_some_and(|k| matches!(self.infer.zonk(k), Ty::Con(TyCon::String, _) | Ty::Var(_))) {
                        return Err(Missing::Ty(ty.clone()));
                    }
                    if *con == TyCon::Pid {
                        return Ok(());
                    }
                }
                // Structural interfaces need their arguments to have them too.
                if matches!(name, "Eq" | "Ord" | "Display" | "Debug" | "Hash" | "Json") {
                    for a in args {
                        self.implements(a, iface)?;
                    }
                }
                Ok(())
            }
        }
    }

    /// Solves the recorded constraints whose types are known; returns the
    /// ones still waiting on unsolved variables.
    pub fn solve(&mut self, pending: Vec<Constraint>, final_pass: bool) -> Vec<Constraint> {
        let mut left = Vec::new();
        for c in pending {
            match self.implements(&c.ty, c.iface) {
                Ok(()) => {}
                Err(Missing::Unknown) => {
                    if !final_pass {
                        left.push(c);
                    }
                    // At the end an unsolved variable is unconstrained: any
                    // type would do, and no value of it exists to use the
                    // interface on (an empty list's elements).
                }
                Err(Missing::Ty(t)) => self.report_missing(&c, &t),
            }
        }
        left
    }

    fn report_missing(&mut self, c: &Constraint, inner: &Ty) {
        let iface = self.ck.prog.def(c.iface).name;
        let whole = show(&self.ck.prog, &self.infer.zonk(&c.ty), Some(c.module));
        let t = show(&self.ck.prog, inner, Some(c.module));
        let hint = match (inner, iface.as_str()) {
            (Ty::Param(_), _) => format!("add a bound: `<{t}: {iface}>` or `where {t}: {iface}`"),
            (Ty::Fun(..), _) => format!("functions do not implement `{iface}`"),
            (Ty::Con(TyCon::Adt(_), _), "Display" | "Eq" | "Ord" | "Debug" | "Hash" | "Json") => format!("add `{iface}` to the type's `deriving(...)`, or write `impl {iface} for {t}`"),
            (_, "Add" | "Sub" | "Mul" | "Div" | "Mod" | "Neg") => format!("arithmetic works on Int and Float; for `{t}` write `impl {iface} for {t}`"),
            _ => format!("write `impl {iface} for {t}`"),
        };
        let what = if whole == t { format!("`{t}` does not implement `{iface}`") } else { format!("`{whole}` does not implement `{iface}` (`{t}` does not)") };
        self.ck.diags.push(Diagnostic::error(codes::MISSING_IMPL, what).primary(c.file, c.span, format!("`{iface}` needed here")).hint(hint));
    }
}
