//! From the typed tree to MIR, with monomorphisation: starting at `main`,
//! every function is lowered once per list of type arguments it is used
//! at (a worklist of instances); closures are lifted into functions taking
//! their environment object; function values become static closures whose
//! code is a small wrapper.

mod call;
mod closure;
mod data;
mod expr;
mod func;
mod ops;
mod pattern;
mod process;
mod schema;
mod service;
mod supervisor;

pub use call::Callee;

use crate::mir::{self, DescRef, Func, FuncId, Static, StaticId};
use mesh_parse::{FileId, SourceMap, Span};
use mesh_typeck::ty::Ty;
use mesh_typeck::{DefId, Program};
use rustc_hash::FxHashMap;

/// What a queued function is made from.
#[derive(Clone, Debug)]
enum Job {
    /// A checked body (function, impl method, actor) at these type arguments.
    Def { def: DefId, args: Vec<Ty> },
    /// Closure code `(closure, params...)` that calls `callee`.
    Wrapper { callee: Callee, arity: usize },
    /// A generated function of a service.
    Service { service: DefId, part: service::Part },
}

#[derive(Clone, PartialEq, Eq, Hash, Debug)]
enum FnKey {
    Def(DefId, Vec<Ty>),
    Wrapper(Callee, usize),
}

pub struct Builder<'p> {
    pub prog: &'p Program,
    pub sources: &'p SourceMap,
    pub out: mir::Program,
    pub descs: FxHashMap<Ty, DescRef>,
    pub closure_descs: FxHashMap<Ty, DescRef>,
    pub nullary: FxHashMap<(Ty, u32), StaticId>,
    pub strings: FxHashMap<String, StaticId>,
    funcs: FxHashMap<FnKey, FuncId>,
    queue: Vec<(FuncId, Job)>,
    static_closures: FxHashMap<(Callee, usize), StaticId>,
    /// Spawn thunks by number of arguments.
    pub apply_thunks: FxHashMap<usize, FuncId>,
    /// Generated service functions (start, clients, loop, handlers).
    pub service_funcs: FxHashMap<(DefId, service::Part), FuncId>,
    /// Problems found while building (constructs not supported yet).
    pub problems: Vec<String>,
    /// User errors only visible per instance (a message type that nothing
    /// determines ...), as diagnostics with a source position.
    pub diagnostics: Vec<mesh_parse::Diagnostic>,
    /// Error types met (a checker bug if ever non-zero).
    pub error_types: std::cell::Cell<u32>,
}

/// Builds the MIR of the program whose entry is `main`.
/// Why no MIR was built: user errors (diagnostics) or problems of the
/// compiler itself.
pub struct BuildFailure {
    pub diagnostics: Vec<mesh_parse::Diagnostic>,
    pub problems: Vec<String>,
}

pub fn build(prog: &Program, sources: &SourceMap, main: DefId) -> Result<mir::Program, BuildFailure> {
    let mut b = Builder {
        prog,
        sources,
        out: mir::Program::default(),
        descs: FxHashMap::default(),
        closure_descs: FxHashMap::default(),
        nullary: FxHashMap::default(),
        strings: FxHashMap::default(),
        funcs: FxHashMap::default(),
        queue: Vec::new(),
        static_closures: FxHashMap::default(),
        apply_thunks: FxHashMap::default(),
        service_funcs: FxHashMap::default(),
        problems: Vec::new(),
        diagnostics: Vec::new(),
        error_types: std::cell::Cell::new(0),
    };
    let m = b.instance(main, Vec::new());
    b.out.main = Some(m);
    while let Some((id, job)) = b.queue.pop() {
        let f = match job {
            Job::Def { def, args } => func::lower_def(&mut b, def, &args),
            Job::Wrapper { callee, arity } => b.wrapper(&callee, arity),
            Job::Service { service, part } => service::lower_part(&mut b, service, part),
        };
        let name = b.out.funcs[id.0 as usize].name.clone();
        b.out.funcs[id.0 as usize] = Func { name, ..f };
    }
    if b.error_types.get() > 0 {
        b.problem(format!("internal error: {} error type(s) reached code generation", b.error_types.get()));
    }
    if b.problems.is_empty() && b.diagnostics.is_empty() {
        Ok(b.out)
    } else {
        b.problems.sort();
        b.problems.dedup();
        Err(BuildFailure { diagnostics: b.diagnostics, problems: b.problems })
    }
}

impl<'p> Builder<'p> {
    /// The function for `def` at `args`, queued for lowering on first use.
    pub fn instance(&mut self, def: DefId, args: Vec<Ty>) -> FuncId {
        let args: Vec<Ty> = args.iter().map(|a| self.normalize(a)).collect();
        let key = FnKey::Def(def, args.clone());
        if let Some(id) = self.funcs.get(&key) {
            return *id;
        }
        let name = self.symbol_for(def, &args);
        let id = self.new_func(name, self.origin(def, &args));
        self.funcs.insert(key, id);
        self.queue.push((id, Job::Def { def, args }));
        id
    }

    fn queue_service(&mut self, id: FuncId, service: DefId, part: service::Part) {
        self.queue.push((id, Job::Service { service, part }));
    }

    fn new_func(&mut self, name: String, origin: String) -> FuncId {
        self.out.funcs.push(Func { name, params: Vec::new(), body: mir::Expr::unit(), nvars: 0, origin });
        FuncId(self.out.funcs.len() as u32 - 1)
    }

    /// A unique local symbol: `mesh_u_<module>_<name>_<n>` (docs/ABI.md).
    fn symbol_for(&self, def: DefId, args: &[Ty]) -> String {
        let d = self.prog.def(def);
        let module = self.prog.module(d.module).dotted().replace('.', "_").to_lowercase();
        let _ = args;
        format!("mesh_u_{module}_{}_{}", d.name, self.out.funcs.len())
    }

    fn origin(&self, def: DefId, args: &[Ty]) -> String {
        let d = self.prog.def(def);
        let base = format!("{}.{}", self.prog.module(d.module).dotted(), d.name);
        if args.is_empty() {
            base
        } else {
            let shown: Vec<String> = args.iter().map(|a| mesh_typeck::display::show(self.prog, a, None)).collect();
            format!("{base}<{}>", shown.join(", "))
        }
    }

    /// A static closure object whose code calls `callee` with `arity`
    /// arguments: how functions, constructors and builtins become values.
    pub fn static_closure(&mut self, callee: Callee, arity: usize) -> StaticId {
        if let Some(s) = self.static_closures.get(&(callee.clone(), arity)) {
            return *s;
        }
        let code = self.wrapper_func(callee.clone(), arity);
        let DescRef::Static(desc) = self.closure_desc(&[]) else { unreachable!("closure descriptors are static") };
        let id = self.add_static(Static::Closure { desc, code });
        self.static_closures.insert((callee, arity), id);
        id
    }

    pub fn static_closure_of(&mut self, f: FuncId, arity: usize) -> StaticId {
        self.static_closure(Callee::Func(f), arity)
    }

    fn wrapper_func(&mut self, callee: Callee, arity: usize) -> FuncId {
        let key = FnKey::Wrapper(callee.clone(), arity);
        if let Some(id) = self.funcs.get(&key) {
            return *id;
        }
        let n = self.out.funcs.len();
        let id = self.new_func(format!("mesh_w_{n}"), format!("wrapper of {callee:?}"));
        self.funcs.insert(key, id);
        self.queue.push((id, Job::Wrapper { callee, arity }));
        id
    }

    /// The code of a wrapper: `(closure, a1..an) -> callee(a1..an)`.
    fn wrapper(&mut self, callee: &Callee, arity: usize) -> Func {
        let params: Vec<mir::Var> = (0..=arity as u32).map(mir::Var).collect();
        let args = params[1..].iter().map(|v| mir::Expr::Var(*v)).collect();
        let body = self.call_callee(callee, args, true, None);
        Func { name: String::new(), params, body, nvars: arity as u32 + 1, origin: String::new() }
    }

    /// The `file:line` static of a position, for panics.
    pub fn site(&mut self, file: FileId, span: Span) -> StaticId {
        let line = self.sources.file(file).line_col(span.start as usize).0;
        let path = self.sources.path(file).display().to_string();
        self.string_literal(&format!("{path}:{line}"))
    }

    pub fn problem(&mut self, what: impl Into<String>) {
        self.problems.push(what.into());
    }
}
