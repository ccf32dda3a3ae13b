//! Calls: of functions, closures, constructors, module and type members
//! and methods; pipes (`x |> f(a)` is `f(x, a)`); keyword arguments (one
//! trailing `Map<String, _>`); trailing closures; and the builtins typed by
//! a rule (`spawn`, `self`, `Iter.from`, `Tuple.*`).

use super::cx::FnCx;
use super::expr::{error_expr, texpr};
use super::members::{Member, Prefix};
use crate::codes;
use crate::defs::{DefId, DefKind, Special};
use crate::tast::*;
use crate::ty::{Ty, TyCon};
use mesh_parse::ast::{Arg, Closure, Expr, ExprKind};
use mesh_parse::Span;

/// A call argument: still to check, or already checked (a piped value, a
/// method's receiver).
pub enum ArgIn<'e> {
    Ast(&'e Arg),
    Typed(TExpr),
}

impl FnCx<'_, '_> {
    pub fn call(&mut self, callee: &Expr, args: &[Arg], trailing: Option<&Closure>, span: Span, expected: Option<&Ty>) -> TExpr {
        let ins = args.iter().map(ArgIn::Ast).collect();
        self.call_with(callee, ins, trailing, span, expected)
    }

    pub fn pipe(&mut self, lhs: &Expr, rhs: &Expr, span: Span, expected: Option<&Ty>) -> TExpr {
        let l = self.expr(lhs, None);
        match &rhs.kind {
            ExprKind::Call { callee, args, trailing } => {
                let mut ins = vec![ArgIn::Typed(l)];
                ins.extend(args.iter().map(ArgIn::Ast));
                self.call_with(callee, ins, trailing.as_deref(), span, expected)
            }
            _ => self.call_with(rhs, vec![ArgIn::Typed(l)], None, span, expected),
        }
    }

    fn call_with(&mut self, callee: &Expr, args: Vec<ArgIn>, trailing: Option<&Closure>, span: Span, expected: Option<&Ty>) -> TExpr {
        match &callee.kind {
            ExprKind::Var(name) if self.lookup_local(name.name).is_none() => {
                if let Some(def) = self.ck.prog.lookup_value(self.module, name.name) {
                    if let Some(sp) = self.ck.prog.fn_info(def).and_then(|f| f.special) {
                        if let Some(t) = self.special(sp, def, callee.span, &args, span) {
                            return t;
                        }
                    }
                    let f = self.def_value(def, callee.span);
                    return self.apply(f, args, trailing, span, expected);
                }
                let f = self.expr(callee, None);
                self.apply(f, args, trailing, span, expected)
            }
            ExprKind::Path(path) => {
                let f = self.path_value(path, callee.span);
                if matches!(f.kind, TExprKind::Variant { .. }) && !matches!(f.ty, Ty::Fun(..)) {
                    let name = path.last().name;
                    self.error(codes::NOT_CALLABLE, callee.span, format!("`{name}` takes no arguments"), "a constructor without fields", format!("write `{name}` without parentheses"));
                    return error_expr(span);
                }
                self.apply(f, args, trailing, span, expected)
            }
            ExprKind::Field(base, name) => {
                let is_prefix = matches!(&base.kind, ExprKind::Path(p) if self.resolve_prefix(&p.segments, false).is_some());
                if let (ExprKind::Path(path), true) = (&base.kind, is_prefix) {
                    if let Some(t) = self.type_from_call(path, *name, &args, span) {
                        return t;
                    }
                    if let Some(t) = self.special_member(path, *name, &args, span) {
                        return t;
                    }
                    return match self.member_of_path(path, *name, callee.span) {
                        Some(Member::Value(f)) => self.apply(f, args, trailing, span, expected),
                        Some(Member::Variant(s, i)) => {
                            let f = self.variant_value(s, i, callee.span);
                            self.apply(f, args, trailing, span, expected)
                        }
                        Some(Member::Method { .. }) | None => {
                            self.check_args_for_errors(args);
                            error_expr(span)
                        }
                    };
                }
                if let ExprKind::Path(p) = &base.kind {
                    if p.segments.len() == 1 && self.ck.prog.lookup_variant(self.module, p.segments[0].name).is_none() {
                        self.resolve_prefix(&p.segments, true);
                        self.check_args_for_errors(args);
                        return error_expr(span);
                    }
                }
                let recv = self.expr(base, None);
                match self.method(recv, *name, callee.span) {
                    Some(Member::Value(f)) => self.apply(f, args, trailing, span, expected),
                    Some(Member::Method { callee: f, receiver }) => {
                        let mut all = vec![ArgIn::Typed(receiver)];
                        all.extend(args);
                        self.method_call = true;
                        self.apply(f, all, trailing, span, expected)
                    }
                    _ => {
                        self.check_args_for_errors(args);
                        error_expr(span)
                    }
                }
            }
            _ => {
                let f = self.expr(callee, None);
                self.apply(f, args, trailing, span, expected)
            }
        }
    }

    /// Checks arguments of a call that failed to resolve, for their own errors.
    fn check_args_for_errors(&mut self, args: Vec<ArgIn>) {
        for a in args {
            if let ArgIn::Ast(Arg::Positional(e) | Arg::Keyword(_, e)) = a {
                self.expr(e, None);
            }
        }
    }

    /// Applies a function value to arguments.
    pub fn apply(&mut self, f: TExpr, args: Vec<ArgIn>, trailing: Option<&Closure>, span: Span, expected: Option<&Ty>) -> TExpr {
        let mut positional: Vec<ArgIn> = Vec::new();
        let mut keywords: Vec<(&mesh_parse::ast::Ident, &Expr)> = Vec::new();
        for a in args {
            match a {
                ArgIn::Ast(Arg::Keyword(n, e)) => keywords.push((n, e)),
                other => positional.push(other),
            }
        }
        let n = positional.len() + usize::from(!keywords.is_empty()) + usize::from(trailing.is_some());
        let method = std::mem::replace(&mut self.method_call, false);
        let fty = self.infer.shallow(&f.ty);
        let (params, ret) = match fty {
            Ty::Fun(ps, r) => (ps, *r),
            Ty::Var(_) => {
                let ps: Vec<Ty> = (0..n).map(|_| self.fresh()).collect();
                let r = self.fresh();
                let _ = self.infer.unify(&f.ty, &Ty::Fun(ps.clone(), Box::new(r.clone())));
                (ps, r)
            }
            Ty::Error => {
                self.check_args_for_errors(positional);
                for (_, e) in keywords {
                    self.expr(e, None);
                }
                return error_expr(span);
            }
            other => {
                let shown = self.show(&other);
                self.error(codes::NOT_CALLABLE, f.span, format!("`{shown}` is not a function"), "called here", "only functions and closures can be called");
                self.check_args_for_errors(positional);
                return error_expr(span);
            }
        };
        if params.len() != n {
            let name = callee_name(self, &f);
            // A method's receiver is not counted: `p.area(1)` gives 1.
            let skip = usize::from(method && !params.is_empty());
            let (want, given) = (params.len() - skip, n - usize::from(method));
            let plural = |k: usize| if k == 1 { "" } else { "s" };
            let besides = if method { " besides the receiver" } else { "" };
            let shown = self.show(&Ty::Fun(params.clone(), Box::new(ret.clone())));
            let hint = match &f.kind {
                TExprKind::Variant { .. } => format!("{name} has {want} field{}: it is `{shown}`", plural(want)),
                _ => format!("{name} is `{shown}`"),
            };
            self.error(
                codes::ARITY,
                span,
                format!("{name} takes {want} argument{}{besides} but {given} {} given", plural(want), if given == 1 { "was" } else { "were" }),
                format!("expected {want} argument{}", plural(want)),
                hint,
            );
            self.check_args_for_errors(positional);
            return error_expr(span);
        }
        let mut out = Vec::with_capacity(n);
        for (i, a) in positional.into_iter().enumerate() {
            let p = &params[i];
            match a {
                ArgIn::Typed(t) => {
                    self.expect(&t.ty, p, t.span, None);
                    out.push(t);
                }
                ArgIn::Ast(Arg::Positional(e)) => out.push(self.expr(e, Some(p))),
                ArgIn::Ast(Arg::Keyword(..)) => {}
            }
        }
        if !keywords.is_empty() {
            let p = params[out.len()].clone();
            out.push(self.keyword_map(&keywords, &p));
        }
        if let Some(c) = trailing {
            let p = params[out.len()].clone();
            let t = self.closure(c, c.span, Some(&p));
            self.expect(&t.ty, &p, c.span, None);
            out.push(t);
        }
        if let Some(x) = expected {
            let _ = x; // the caller unifies with the expectation
        }
        texpr(TExprKind::Call { callee: Box::new(f), args: out }, ret, span)
    }

    /// `f(name: "Ann", age: 3)`: the keyword arguments as one
    /// `Map<String, V>` argument (LANGUAGE.md 3.5).
    fn keyword_map(&mut self, keywords: &[(&mesh_parse::ast::Ident, &Expr)], param: &Ty) -> TExpr {
        let v = self.fresh();
        let map_ty = Ty::map(Ty::string(), v.clone());
        let span = keywords[0].0.span.to(keywords.last().expect("non-empty").1.span);
        if let Err(e) = self.infer.unify(&map_ty, param) {
            self.report_mismatch(&map_ty, param, span, None, e);
        }
        let entries = keywords
            .iter()
            .map(|(n, e)| {
                let key = texpr(TExprKind::Lit(mesh_parse::ast::Literal::Str(n.name.to_string())), Ty::string(), n.span);
                (key, self.expr(e, Some(&v)))
            })
            .collect();
        texpr(TExprKind::Map(entries), map_ty, span)
    }

    /// `Wrapper.from(x)`: the `From` impl for `Wrapper` matching `x`.
    fn type_from_call(&mut self, path: &mesh_parse::ast::Path, name: mesh_parse::ast::Ident, args: &[ArgIn], span: Span) -> Option<TExpr> {
        if name.name != "from" || args.len() != 1 {
            return None;
        }
        let Some(Prefix::Type(t)) = self.resolve_prefix(&path.segments, false) else { return None };
        if self.ck.prog.type_members.contains_key(&(t, name.name)) {
            return None;
        }
        let from = self.ck.prog.interface("From")?;
        let impls: Vec<DefId> = self.ck.prog.impls.get(&from).cloned().unwrap_or_default();
        let mine: Vec<DefId> = impls.into_iter().filter(|i| matches!(&self.ck.prog.def(*i).kind, DefKind::Impl(info) if matches!(&info.for_ty, Ty::Con(TyCon::Adt(d), _) if *d == t))).collect();
        if mine.is_empty() {
            return None;
        }
        let arg = match &args[0] {
            ArgIn::Ast(Arg::Positional(e)) => self.expr(e, None),
            _ => return None,
        };
        let arg_ty = self.infer.zonk(&arg.ty);
        let chosen = mine.iter().copied().find(|i| {
            let DefKind::Impl(info) = &self.ck.prog.def(*i).kind else { return false };
            let src = info.interface_args.first().cloned().unwrap_or(Ty::Error);
            self.infer.probe(|cx| cx.unify(&src, &arg_ty).is_ok())
        });
        let Some(imp) = chosen else {
            let shown = self.show(&arg_ty);
            let tn = self.ck.prog.qualified_name(t, Some(self.module));
            self.error(codes::MISSING_IMPL, arg.span, format!("`{tn}` has no `From<{shown}>` impl"), format!("`{shown}` here"), format!("write `impl From<{shown}> for {tn}`"));
            return Some(error_expr(span));
        };
        let method = match &self.ck.prog.def(imp).kind {
            DefKind::Impl(info) => info.methods.iter().find(|(n, _)| *n == "from").map(|(_, d)| *d)?,
            _ => return None,
        };
        let for_ty = match &self.ck.prog.def(imp).kind {
            DefKind::Impl(info) => info.for_ty.clone(),
            _ => return None,
        };
        let f = self.impl_method_value(imp, method, &for_ty, name.span);
        Some(self.apply(f, vec![ArgIn::Typed(arg)], None, span, None))
    }

    /// `Iter.from(...)`, `Tuple.first(...)` ... reached through a module path.
    fn special_member(&mut self, path: &mesh_parse::ast::Path, name: mesh_parse::ast::Ident, args: &[ArgIn], span: Span) -> Option<TExpr> {
        let Some(Prefix::Module(m)) = self.resolve_prefix(&path.segments, false) else { return None };
        let def = self.ck.prog.module(m).values.get(&name.name).copied()?;
        let sp = self.ck.prog.fn_info(def)?.special?;
        self.special(sp, def, name.span, args, span)
    }

    /// Calls typed by a rule rather than a scheme. `None`: use the scheme.
    fn special(&mut self, sp: Special, def: DefId, callee_span: Span, args: &[ArgIn], span: Span) -> Option<TExpr> {
        let callee = texpr(TExprKind::Def { def, args: Vec::new() }, Ty::Error, callee_span);
        let ast_args: Vec<&Expr> = args
            .iter()
            .filter_map(|a| match a {
                ArgIn::Ast(Arg::Positional(e)) => Some(e),
                _ => None,
            })
            .collect();
        if ast_args.len() != args.len() {
            return None;
        }
        match sp {
            Special::SelfPid if args.is_empty() => {
                let ty = match &self.actor_msg {
                    Some(m) => Ty::pid(m.clone()),
                    None => Ty::untyped_pid(),
                };
                Some(texpr(TExprKind::Call { callee: Box::new(callee), args: Vec::new() }, ty, span))
            }
            Special::Spawn => Some(self.spawn(callee, &ast_args, 0, span)),
            Special::NodeSpawn => Some(self.spawn(callee, &ast_args, 1, span)),
            Special::IterFrom if ast_args.len() == 1 => {
                let a = self.expr(ast_args[0], None);
                let item = self.element_type(&a.ty, a.span)?;
                let ty = Ty::Con(TyCon::Iter, vec![item]);
                Some(texpr(TExprKind::Call { callee: Box::new(callee), args: vec![a] }, ty, span))
            }
            Special::Tuple => self.tuple_op(def, callee, &ast_args, span),
            _ => None,
        }
    }

    /// `spawn(f, args...)` (after `skip` leading arguments, the node of
    /// `Node.spawn`): an actor gives its `Pid<M>`, a function or supervisor
    /// an untyped pid.
    fn spawn(&mut self, callee: TExpr, args: &[&Expr], skip: usize, span: Span) -> TExpr {
        if args.len() <= skip {
            self.error(codes::ARITY, span, "`spawn` needs the actor or function to start", "nothing to spawn", "write `spawn(actor_name, args...)`");
            return error_expr(span);
        }
        let mut out: Vec<TExpr> = args[..skip].iter().map(|a| self.expr(a, Some(&Ty::string()))).collect();
        let target = args[skip];
        let mut msg = Ty::con(TyCon::Dyn);
        let f = match &target.kind {
            ExprKind::Var(n) if self.lookup_local(n.name).is_none() => match self.ck.prog.lookup_value(self.module, n.name) {
                Some(d) if matches!(self.ck.prog.def(d).kind, DefKind::Actor(_)) && !self.ck.poisoned.contains(&d) => {
                    let (ty, targs, m) = self.actor_instance(d, target.span);
                    msg = m;
                    texpr(TExprKind::Def { def: d, args: targs }, ty, target.span)
                }
                _ => self.expr(target, None),
            },
            _ => self.expr(target, None),
        };
        let rest = &args[skip + 1..];
        let fty = self.infer.shallow(&f.ty);
        match fty {
            Ty::Fun(ps, _) if ps.len() == rest.len() => {
                for (p, a) in ps.iter().zip(rest) {
                    out.push(self.expr(a, Some(p)));
                }
            }
            Ty::Fun(ps, _) => {
                self.error(codes::ARITY, span, format!("the spawned function takes {} argument(s) but {} were given", ps.len(), rest.len()), "wrong number of arguments", "pass the actor's parameters after it: `spawn(actor, a, b)`");
            }
            Ty::Error => {}
            _ => {
                let shown = self.show(&f.ty);
                self.error(codes::NOT_CALLABLE, target.span, format!("cannot spawn a `{shown}`"), "not an actor or function", "spawn an actor, a function, or a supervisor");
            }
        }
        out.insert(skip, f);
        texpr(TExprKind::Call { callee: Box::new(callee), args: out }, Ty::pid(msg), span)
    }

    /// The element type of something `for` and `Iter.from` can walk.
    pub fn element_type(&mut self, ty: &Ty, span: Span) -> Option<Ty> {
        match self.infer.shallow(ty) {
            Ty::Con(TyCon::List | TyCon::Set | TyCon::Iter, args) => Some(args[0].clone()),
            Ty::Con(TyCon::Map, args) => Some(Ty::Tuple(vec![args[0].clone(), args[1].clone()])),
            Ty::Con(TyCon::Range, _) => Some(Ty::int()),
            t @ Ty::Con(TyCon::Adt(_), _) => {
                let iface = self.ck.prog.interface("Iterable")?;
                let imp = self.find_impl(&t, iface);
                match imp.map(|i| &self.ck.prog.def(i).kind) {
                    Some(DefKind::Impl(info)) => info.assoc.iter().find(|(n, _)| *n == "Item").map(|(_, t)| t.clone()),
                    _ => {
                        let shown = self.show(&t);
                        self.error(codes::MISSING_IMPL, span, format!("`{shown}` cannot be iterated"), "not a List, Map, Set, Range or Iter", format!("write `impl Iterable for {shown}` (with `type Item` and `fn iter(self)`)"));
                        None
                    }
                }
            }
            Ty::Error => None,
            Ty::Var(_) => {
                self.error(codes::CANNOT_INFER, span, "cannot tell what this iterates over", "type not known here", "annotate it (a List, Map, Set, Range or Iter)");
                None
            }
            other => {
                let shown = self.show(&other);
                self.error(codes::MISSING_IMPL, span, format!("`{shown}` cannot be iterated"), "not a List, Map, Set, Range or Iter", "iterate over a collection, or implement `Iterable`");
                None
            }
        }
    }

    /// `Tuple.first/second/nth/size` on a tuple of any size.
    fn tuple_op(&mut self, def: DefId, callee: TExpr, args: &[&Expr], span: Span) -> Option<TExpr> {
        let name = self.ck.prog.def(def).name;
        let t = self.expr(args.first()?, None);
        let elems = match self.infer.shallow(&t.ty) {
            Ty::Tuple(ts) => ts,
            Ty::Error => return Some(error_expr(span)),
            other => {
                let shown = self.show(&other);
                self.error(codes::MISMATCH, t.span, format!("`Tuple.{name}` needs a tuple, found `{shown}`"), "not a tuple", "pass a tuple such as `(a, b)`");
                return Some(error_expr(span));
            }
        };
        let (ty, rest) = match name.as_str() {
            "first" if args.len() == 1 => (elems.first().cloned(), vec![]),
            "second" if args.len() == 1 => (elems.get(1).cloned(), vec![]),
            "size" if args.len() == 1 => (Some(Ty::int()), vec![]),
            "nth" if args.len() == 2 => {
                let idx = match &args[1].kind {
                    ExprKind::Lit(mesh_parse::ast::Literal::Int(i)) => Some(*i),
                    _ => None,
                };
                let i = self.expr(args[1], Some(&Ty::int()));
                match idx {
                    Some(k) if k >= 0 && (k as usize) < elems.len() => (Some(elems[k as usize].clone()), vec![i]),
                    Some(_) => (None, vec![i]),
                    None => {
                        self.error(codes::CANNOT_INFER, args[1].span, "`Tuple.nth` needs a literal index", "not a literal", "write the index as a number: `Tuple.nth(t, 1)`");
                        return Some(error_expr(span));
                    }
                }
            }
            _ => return None,
        };
        let Some(ty) = ty else {
            self.error(codes::MISMATCH, span, format!("this tuple has only {} elements", elems.len()), "index out of range", "tuple positions start at 0");
            return Some(error_expr(span));
        };
        let mut all = vec![t];
        all.extend(rest);
        Some(texpr(TExprKind::Call { callee: Box::new(callee), args: all }, ty, span))
    }
}

fn callee_name(cx: &FnCx, f: &TExpr) -> String {
    match &f.kind {
        TExprKind::Def { def, .. } => format!("`{}`", cx.ck.prog.def(*def).name),
        TExprKind::Local(id) => format!("`{}`", cx.locals[id.0 as usize].name),
        TExprKind::Variant { sum, index, .. } => match &cx.ck.prog.def(*sum).kind {
            DefKind::Sum(s) => format!("`{}`", s.variants[*index as usize].name),
            _ => "this function".into(),
        },
        _ => "this function".into(),
    }
}
