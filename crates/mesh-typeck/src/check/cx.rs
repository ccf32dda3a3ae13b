//! The per-body inference context: scopes of locals, the shared inference
//! variables, the enclosing function's return type and loop depth, and the
//! helpers every rule uses (unify with a good diagnostic, instantiate a
//! scheme, record an interface constraint).

use crate::checker::Checker;
use crate::codes;
use crate::defs::{DefId, ModuleId, Scheme};
use crate::display::show;
use crate::tast::{LocalId, LocalInfo};
use crate::ty::{ParamId, Ty};
use crate::unify::{InferCtx, UnifyError};
use mesh_parse::{Diagnostic, FileId, Name, Span};
use rustc_hash::FxHashMap;

/// `ty` must implement `iface` (checked once types are known).
#[derive(Clone, Debug)]
pub struct Constraint {
    pub ty: Ty,
    pub iface: DefId,
    pub span: Span,
    pub file: FileId,
    pub module: ModuleId,
}

/// Where an expected type came from, for the second label of a mismatch.
#[derive(Clone, Copy, Debug)]
pub struct Origin {
    pub span: Span,
    pub file: FileId,
    pub what: &'static str,
}

/// Monomorphic types of the definitions of one group while it is inferred.
#[derive(Default)]
pub struct Group {
    /// Functions and actors: their function type.
    pub types: FxHashMap<DefId, Ty>,
    /// Actors: their message type.
    pub msgs: FxHashMap<DefId, Ty>,
    /// Services: their state type.
    pub states: FxHashMap<DefId, Ty>,
}

pub struct FnCx<'c, 'a> {
    pub ck: &'c mut Checker<'a>,
    pub infer: &'c mut InferCtx,
    pub constraints: &'c mut Vec<Constraint>,
    /// The definitions being inferred together (one strongly connected
    /// group): recursive uses do not instantiate.
    pub group: &'c Group,
    pub module: ModuleId,
    pub file: FileId,
    scopes: Vec<Vec<(Name, LocalId)>>,
    pub locals: Vec<LocalInfo>,
    /// Result type of the innermost function or closure (for `return`, `?`).
    pub ret: Ty,
    pub ret_span: Span,
    /// Loops around the current point in the innermost function or closure.
    pub loops: u32,
    /// The message type, inside an actor's body.
    pub actor_msg: Option<Ty>,
    /// Whether a `receive` was checked (an actor without one has no
    /// message type to infer).
    pub received: bool,
    /// Scope depth at which each enclosing closure starts (captures are
    /// locals from below that depth), and what it captured.
    pub closures: Vec<(usize, Vec<LocalId>)>,
    /// Generic parameters of the enclosing definition, for annotations in
    /// the body.
    pub type_scope: crate::lower::TypeScope,
    /// Bounds the rigid parameters in scope have (declared, or inferred for
    /// `inferable_params`).
    pub param_bounds: Vec<(ParamId, DefId)>,
    /// Parameters created by generalising this group: their bounds are
    /// inferred rather than declared.
    pub inferable_params: Vec<ParamId>,
    /// `let`-bound function values generalised at their `let`.
    pub poly: FxHashMap<LocalId, Scheme>,
    /// Set when a pattern's type disagreed with its value's: the later arms
    /// of that `case` are not checked against the value again.
    pub pattern_mismatch: bool,
    /// The next `apply` is a method call (its first argument is the
    /// receiver, not counted in arity messages).
    pub method_call: bool,
}

impl<'c, 'a> FnCx<'c, 'a> {
    pub fn new(ck: &'c mut Checker<'a>, infer: &'c mut InferCtx, constraints: &'c mut Vec<Constraint>, group: &'c Group, module: ModuleId) -> Self {
        let file = ck.file(module);
        FnCx {
            ck,
            infer,
            constraints,
            group,
            module,
            file,
            scopes: vec![Vec::new()],
            locals: Vec::new(),
            ret: Ty::unit(),
            ret_span: Span::default(),
            loops: 0,
            actor_msg: None,
            received: false,
            closures: Vec::new(),
            type_scope: crate::lower::TypeScope::default(),
            param_bounds: Vec::new(),
            inferable_params: Vec::new(),
            poly: FxHashMap::default(),
            pattern_mismatch: false,
            method_call: false,
        }
    }

    // ---------------------------------------------------------------- scopes

    pub fn push_scope(&mut self) {
        self.scopes.push(Vec::new());
    }

    pub fn pop_scope(&mut self) {
        self.scopes.pop();
    }

    pub fn depth(&self) -> usize {
        self.scopes.len()
    }

    pub fn new_local(&mut self, name: Name, ty: Ty, span: Span) -> LocalId {
        let id = LocalId(self.locals.len() as u32);
        self.locals.push(LocalInfo { name, ty, span });
        if let Some(s) = self.scopes.last_mut() {
            s.push((name, id));
        }
        id
    }

    /// The local a name means here, recording a capture if it comes from
    /// outside the innermost closure.
    pub fn lookup_local(&mut self, name: Name) -> Option<LocalId> {
        let mut found = None;
        for (depth, scope) in self.scopes.iter().enumerate().rev() {
            if let Some((_, id)) = scope.iter().rev().find(|(n, _)| *n == name) {
                found = Some((depth, *id));
                break;
            }
        }
        let (depth, id) = found?;
        for (start, caps) in self.closures.iter_mut() {
            if depth < *start && !caps.contains(&id) {
                caps.push(id);
            }
        }
        Some(id)
    }

    pub fn local_ty(&self, id: LocalId) -> Ty {
        self.locals[id.0 as usize].ty.clone()
    }

    pub fn visible_local_names(&self) -> Vec<Name> {
        self.scopes.iter().flatten().map(|(n, _)| *n).collect()
    }

    // ---------------------------------------------------------------- types

    pub fn fresh(&mut self) -> Ty {
        self.infer.fresh()
    }

    pub fn show(&mut self, ty: &Ty) -> String {
        let z = self.infer.zonk(ty);
        show(&self.ck.prog, &z, Some(self.module))
    }

    /// Instantiates a scheme with fresh variables; records its bounds as
    /// constraints at `span`. Returns the type and the type arguments.
    pub fn instantiate(&mut self, scheme: &Scheme, span: Span) -> (Ty, Vec<Ty>) {
        let args: Vec<Ty> = scheme.params.iter().map(|_| self.infer.fresh()).collect();
        let params = &scheme.params;
        let sub = |p: ParamId| params.iter().position(|x| *x == p).map(|i| args[i].clone());
        let ty = scheme.ty.subst(&sub);
        for (p, iface) in &scheme.bounds {
            if let Some(t) = sub(*p) {
                self.require(t, *iface, span);
            }
        }
        (ty, args)
    }

    pub fn require(&mut self, ty: Ty, iface: DefId, span: Span) {
        self.constraints.push(Constraint { ty, iface, span, file: self.file, module: self.module });
    }

    pub fn require_named(&mut self, ty: &Ty, iface: &str, span: Span) {
        if let Some(d) = self.ck.prog.interface(iface) {
            self.require(ty.clone(), d, span);
        }
    }

    /// Unifies `found` (the type of the thing at `span`) with `expected`.
    /// On failure reports E0003 with both types, and a second label where
    /// the expectation came from when known.
    pub fn expect(&mut self, found: &Ty, expected: &Ty, span: Span, origin: Option<Origin>) -> bool {
        match self.infer.unify(found, expected) {
            Ok(()) => true,
            Err(e) => {
                self.report_mismatch(found, expected, span, origin, e);
                false
            }
        }
    }

    pub fn report_mismatch(&mut self, found: &Ty, expected: &Ty, span: Span, origin: Option<Origin>, e: UnifyError) {
        let f = self.show(found);
        let x = self.show(expected);
        let (code, message, note) = match &e {
            UnifyError::Occurs(_, t) => {
                let t = show(&self.ck.prog, t, Some(self.module));
                (codes::INFINITE_TYPE, format!("this would need an infinite type (`{t}` contains itself)"), None)
            }
            UnifyError::Mismatch(a, b) => {
                let inner = (show(&self.ck.prog, &self.infer.zonk(a), Some(self.module)), show(&self.ck.prog, &self.infer.zonk(b), Some(self.module)));
                let note = (inner.0 != f || inner.1 != x).then(|| format!("in particular, `{}` and `{}` differ", inner.0, inner.1));
                (codes::MISMATCH, format!("type mismatch: expected `{x}`, found `{f}`"), note)
            }
        };
        let occurs = matches!(e, UnifyError::Occurs(..));
        let mut d = Diagnostic::error(code, message).primary(self.file, span, format!("this is `{f}`"));
        if occurs {
            let hint = "a value cannot contain its own type; annotate the function's result type or wrap the recursion in a `type`";
            self.ck.diags.push(d.hint(hint));
            return;
        }
        if let Some(o) = origin {
            d = d.secondary(o.file, o.span, format!("expected `{x}` because of {}", o.what));
        }
        if let Some(n) = note {
            d = d.note(n);
        }
        // Types from other modules: say where they are defined (their file).
        let mut foreign = Vec::new();
        for t in [self.infer.zonk(found), self.infer.zonk(expected)] {
            t.walk(&mut |x| {
                if let Ty::Con(crate::ty::TyCon::Adt(def), _) = x {
                    if !foreign.contains(def) {
                        foreign.push(*def);
                    }
                }
            });
        }
        for def in foreign {
            let dm = self.ck.prog.def(def).module;
            if dm != self.module && self.ck.prog.module(dm).kind == crate::defs::ModuleKind::User {
                let (file, span) = self.ck.def_span(def);
                let name = self.ck.prog.qualified_name(def, Some(self.module));
                d = d.secondary(file, span, format!("`{name}` is defined here"));
            }
        }
        d = d.hint(mismatch_hint(&f, &x));
        self.ck.diags.push(d);
    }

    pub fn error(&mut self, code: &'static str, span: Span, message: impl Into<String>, label: impl Into<String>, hint: impl Into<String>) {
        self.ck.diags.push(Diagnostic::error(code, message).primary(self.file, span, label).hint(hint));
    }

    pub fn warning(&mut self, code: &'static str, span: Span, message: impl Into<String>, label: impl Into<String>, hint: impl Into<String>) {
        self.ck.diags.push(Diagnostic::warning(code, message).primary(self.file, span, label).hint(hint));
    }

    pub fn origin(&self, span: Span, what: &'static str) -> Option<Origin> {
        Some(Origin { span, file: self.file, what })
    }
}

/// Advice for common mismatches.
fn mismatch_hint(found: &str, expected: &str) -> String {
    match (found, expected) {
        ("Int", "Float") | ("Float", "Int") => "numbers are not converted implicitly: use `Int.to_float(x)` or `Float.to_int(x)`".into(),
        ("Atom", "String") => "an Atom (`:name`) is not a String: write `\"name\"`".into(),
        ("String", "Atom") => "a String is not an Atom: write `:name`".into(),
        ("Int" | "Float" | "Bool", "String") => "convert with `String.from(x)` or interpolate: `\"${x}\"`".into(),
        ("()", _) => "this expression has no value (`()`): an `if` without `else`, a `let`, or a call that returns nothing; add the missing branch or value".into(),
        (_, e) if e.starts_with("Result<") => "wrap the value: `Ok(value)` or `Err(reason)`".into(),
        (_, e) if e.starts_with("Option<") => "wrap the value: `Some(value)`, or use `None`".into(),
        _ => "change the expression or the annotation so the types agree".into(),
    }
}
