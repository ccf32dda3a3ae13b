//! Data and iteration: string interpolation (each part through its
//! `Display`), list and map literals (through the runtime's list builder
//! and `Map.put`), and `for` loops over ranges, lists, maps, sets and
//! iterators, which collect their body values into a list.

use super::func::{seq, FnLower, LoopCtx};
use crate::mir::{Cmp, Expr, Prim, Var};
use mesh_rt::abi;
use mesh_typeck::tast::*;
use mesh_typeck::ty::{Ty, TyCon};

impl<'b, 'p> FnLower<'b, 'p> {
    pub fn interpolate(&mut self, parts: &'p [TStrPart]) -> Expr {
        let mut pieces: Vec<Expr> = Vec::new();
        for p in parts {
            pieces.push(match p {
                TStrPart::Text(t) => Expr::Static(self.b.string_literal(t)),
                TStrPart::Expr(e) => {
                    let v = self.expr(e, false);
                    let ty = self.ty(&e.ty);
                    self.display(v, &ty)
                }
            });
        }
        concat_all(pieces).unwrap_or_else(|| Expr::Static(self.b.string_literal("")))
    }

    /// The `Display` text of a value.
    pub fn display(&mut self, v: Expr, ty: &Ty) -> Expr {
        match ty {
            Ty::Con(TyCon::String, _) => return v,
            Ty::Con(TyCon::Int, _) => return Expr::rt("mesh_int_to_string", vec![v]),
            Ty::Con(TyCon::Float, _) => return Expr::rt("mesh_float_to_string", vec![v]),
            _ => {}
        }
        if let Some(f) = self.b.prog.interface("Display").and_then(|i| self.b.impl_method_for(i, "to_string", ty)) {
            return Expr::Call { func: f, args: vec![v], tail: false };
        }
        let d = self.desc_expr(ty);
        Expr::rt("mesh_rt_display", vec![v, d])
    }

    pub fn list_literal(&mut self, es: &'p [TExpr], e: &'p TExpr) -> Expr {
        let elem = elem_of(&self.ty(&e.ty));
        let d = self.desc_expr(&elem);
        let lb = self.fresh();
        let mut steps = Vec::new();
        for x in es {
            let v = self.expr(x, false);
            steps.push((lb, Expr::rt("mesh_rt_lb_push", vec![Expr::Var(lb), v])));
        }
        let mut body = Expr::rt("mesh_rt_lb_finish", vec![Expr::Var(lb)]);
        for (v, push) in steps.into_iter().rev() {
            body = Expr::let_(v, push, body);
        }
        Expr::let_(lb, Expr::rt("mesh_rt_lb_new", vec![d, Expr::Word(es.len() as i64)]), body)
    }

    pub fn map_literal(&mut self, entries: &'p [(TExpr, TExpr)], e: &'p TExpr) -> Expr {
        let (kt, vt) = match self.ty(&e.ty) {
            Ty::Con(TyCon::Map, a) if a.len() == 2 => (a[0].clone(), a[1].clone()),
            _ => (Ty::unit(), Ty::unit()),
        };
        let (dk, dv) = (self.desc_expr(&kt), self.desc_expr(&vt));
        let m = self.fresh();
        let mut steps = Vec::new();
        for (k, v) in entries {
            let (k, v) = (self.expr(k, false), self.expr(v, false));
            steps.push(Expr::rt("mesh_map_put", vec![Expr::Var(m), k, v, dk.clone(), dv.clone()]));
        }
        let mut body = Expr::Var(m);
        for put in steps.into_iter().rev() {
            body = Expr::let_(m, put, body);
        }
        Expr::let_(m, Expr::rt("mesh_map_new", vec![dk, dv]), body)
    }

    pub fn for_loop(&mut self, pattern: &'p TPattern, iter: &'p TExpr, kind: IterKind, filter: Option<&'p TExpr>, body: &'p TBlock, e: &'p TExpr) -> Expr {
        let out_elem = elem_of(&self.ty(&e.ty));
        let out_desc = self.desc_expr(&out_elem);
        let src = self.expr(iter, false);
        let src_ty = self.ty(&iter.ty);
        let (acc, i, end, coll) = (self.fresh(), self.fresh(), self.fresh(), self.fresh());
        // Ranges count; everything else walks a list (maps and sets as
        // their entries/elements in order, iterators materialised).
        let (setup, element): (Expr, Expr) = match kind {
            IterKind::Range => (
                Expr::let_(i, Expr::load(Expr::Var(coll), abi::RANGE_START as u32), Expr::let_(end, Expr::load(Expr::Var(coll), abi::RANGE_END as u32), Expr::unit())),
                Expr::Var(i),
            ),
            _ => (
                Expr::let_(i, Expr::Word(0), Expr::let_(end, Expr::load(Expr::Var(coll), abi::LIST_LEN as u32), Expr::unit())),
                Expr::Index {
                    base: Box::new(Expr::load(Expr::Var(coll), abi::LIST_ARRAY as u32)),
                    index: Box::new(Expr::prim(Prim::IAdd, vec![Expr::Var(i), Expr::load(Expr::Var(coll), abi::LIST_START as u32)])),
                    offset: abi::ARRAY_ELEMS as u32,
                },
            ),
        };
        let as_list = match kind {
            IterKind::Range | IterKind::List => src,
            IterKind::Map => {
                let (k, v) = match &src_ty {
                    Ty::Con(TyCon::Map, a) if a.len() == 2 => (a[0].clone(), a[1].clone()),
                    _ => (Ty::unit(), Ty::unit()),
                };
                let (dk, dv) = (self.desc_expr(&k), self.desc_expr(&v));
                Expr::rt("mesh_map_to_list", vec![src, dk, dv])
            }
            IterKind::Set => {
                let d = self.desc_expr(&elem_of(&src_ty));
                Expr::rt("mesh_set_to_list", vec![src, d])
            }
            IterKind::Iter => {
                let d = self.desc_expr(&elem_of(&src_ty));
                Expr::rt("mesh_iter_to_list", vec![src, d])
            }
            IterKind::Iterable(method) => {
                let it = match self.b.prog.fn_info(method).and_then(|f| f.owner_impl()) {
                    Some(imp) => {
                        let mut binds = Vec::new();
                        if let mesh_typeck::defs::DefKind::Impl(info) = &self.b.prog.def(imp).kind {
                            super::call::match_ty(&info.for_ty, &src_ty, &mut binds);
                        }
                        let f = self.b.impl_method_instance(method, &binds);
                        Expr::Call { func: f, args: vec![src], tail: false }
                    }
                    None => src,
                };
                let d = self.desc_expr(&Ty::unit());
                Expr::rt("mesh_iter_to_list", vec![it, d])
            }
        };
        let x = self.fresh();
        self.loops.push(LoopCtx::For { acc });
        let value = self.block(body, false);
        let push = Expr::let_(acc, Expr::rt("mesh_rt_lb_push", vec![Expr::Var(acc), value]), Expr::unit());
        let guarded = match filter {
            Some(f) => {
                let c = self.expr(f, false);
                Expr::if_(c, push, Expr::unit())
            }
            None => push,
        };
        self.loops.pop();
        let fail = self.panic("the element does not match the `for` pattern", e.span);
        let bind = self.bind_for_pattern(pattern, x, guarded, fail);
        let step = Expr::let_(i, Expr::prim(Prim::IAdd, vec![Expr::Var(i), Expr::Word(1)]), bind);
        let done = Expr::prim(Prim::ICmp(Cmp::Ge), vec![Expr::Var(i), Expr::Var(end)]);
        let lp = Expr::Loop(Box::new(Expr::if_(done, Expr::Break(Box::new(Expr::rt("mesh_rt_lb_finish", vec![Expr::Var(acc)]))), Expr::let_(x, element, step))));
        Expr::let_(
            coll,
            as_list,
            seq(vec![setup, Expr::let_(acc, Expr::rt("mesh_rt_lb_new", vec![out_desc, Expr::Word(0)]), lp)]),
        )
    }

    fn bind_for_pattern(&mut self, pattern: &'p TPattern, x: Var, rest: Expr, fail: Expr) -> Expr {
        match &pattern.kind {
            TPatternKind::Bind(id) => {
                let v = self.var(*id);
                Expr::let_(v, Expr::Var(x), rest)
            }
            TPatternKind::Wildcard => rest,
            _ => {
                let ty = self.ty(&pattern.ty);
                self.match_pattern_then(&[(x, ty)], vec![pattern], rest, fail)
            }
        }
    }
}

/// The element type of a list, set, iterator or queue type.
pub fn elem_of(ty: &Ty) -> Ty {
    match ty {
        Ty::Con(TyCon::List | TyCon::Set | TyCon::Iter | TyCon::Queue, a) => a.first().cloned().unwrap_or_else(Ty::unit),
        _ => Ty::unit(),
    }
}

trait OwnerImpl {
    fn owner_impl(&self) -> Option<mesh_typeck::DefId>;
}

impl OwnerImpl for mesh_typeck::defs::FnInfo {
    fn owner_impl(&self) -> Option<mesh_typeck::DefId> {
        match self.owner {
            mesh_typeck::defs::FnOwner::Impl(i) => Some(i),
            _ => None,
        }
    }
}

/// Strings concatenated with as few allocations as the runtime allows
/// (`mesh_rt_concat3` .. `mesh_rt_concat8` take that many parts).
fn concat_all(mut pieces: Vec<Expr>) -> Option<Expr> {
    while pieces.len() > 1 {
        let take = pieces.len().min(8);
        let group: Vec<Expr> = pieces.drain(..take).collect();
        let joined = match group.len() {
            2 => Expr::rt("mesh_string_concat", group),
            n => Expr::rt(format!("mesh_rt_concat{n}"), group),
        };
        pieces.insert(0, joined);
    }
    pieces.pop()
}
