//! The program's definitions: modules, and every function, type, interface,
//! impl, service, actor and supervisor (user, prelude and standard library
//! alike) under a [`DefId`]. Schemes are filled in as the checker proves
//! them.

use crate::tast::{TFunction, THandler, TSupervisor};
use crate::ty::{ParamId, Ty};
use mesh_parse::ast::SchemaOption;
use mesh_parse::{FileId, Name, Span};
use rustc_hash::FxHashMap;

#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub struct DefId(pub u32);

#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub struct ModuleId(pub u32);

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ModuleKind {
    /// A file of the user's project.
    User,
    /// A standard-library module (`String`, `List`, `HTTP` ...).
    Stdlib,
    /// Names visible everywhere without a prefix.
    Prelude,
}

#[derive(Clone, Debug)]
pub struct ModuleInfo {
    /// `["Math", "Vector"]`.
    pub path: Vec<Name>,
    pub kind: ModuleKind,
    pub file: Option<FileId>,
    /// Functions, actors, services and supervisors by name.
    pub values: FxHashMap<Name, DefId>,
    /// Structs, sum types, aliases and interfaces by name.
    pub types: FxHashMap<Name, DefId>,
    /// Modules imported with `import A.B`, by the name they are used under
    /// (the last segment).
    pub module_aliases: FxHashMap<Name, ModuleId>,
    /// Names bound by `from A.B import x, Y`.
    pub imported_values: FxHashMap<Name, DefId>,
    pub imported_types: FxHashMap<Name, DefId>,
    /// Names (and module aliases) whose import already failed: their uses
    /// are errors that are not reported again.
    pub unresolved: rustc_hash::FxHashSet<Name>,
    /// Modules whose pub types are visible by bare name here (LANGUAGE.md
    /// 2.2: importing a module in either form makes its pub structs and sum
    /// types visible).
    pub type_sources: Vec<ModuleId>,
    /// Variants visible by bare name (filled once imports are resolved):
    /// `(sum type, variant index)`.
    pub variants: FxHashMap<Name, Vec<(DefId, u32)>>,
}

impl ModuleInfo {
    pub fn dotted(&self) -> String {
        self.path.iter().map(|n| n.as_str()).collect::<Vec<_>>().join(".")
    }
}

/// A type scheme: `forall params. bounds => ty`.
#[derive(Clone, Debug)]
pub struct Scheme {
    pub params: Vec<ParamId>,
    /// `(param, interface)`: the parameter must implement the interface.
    pub bounds: Vec<(ParamId, DefId)>,
    pub ty: Ty,
}

impl Scheme {
    pub fn mono(ty: Ty) -> Scheme {
        Scheme { params: Vec::new(), bounds: Vec::new(), ty }
    }
}

/// Where a function's body is in the source: module index and the path to
/// the item (for service and impl members, the member's index too).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AstRef {
    /// `items[item]` of the module (or of an inline module, flattened).
    Item { module: ModuleId, item: u32 },
    /// A function inside a service, interface or impl: `items[item]`,
    /// member `member`.
    Member { module: ModuleId, item: u32, member: u32 },
}

/// Checker rules for builtins whose type a scheme cannot say.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Special {
    /// `spawn(f, args...)`: variadic; returns the actor's `Pid<M>`.
    Spawn,
    /// `send(pid, msg)`: `msg` must be the pid's message type.
    Send,
    /// `self()`: the current actor's `Pid<M>`.
    SelfPid,
    /// `Node.spawn(node, f, args...)` and `spawn_link`.
    NodeSpawn,
    /// `Iter.from(list | map | set | range)`.
    IterFrom,
    /// `Tuple.first/second/nth/size` on tuples of any size.
    Tuple,
    /// A zero-argument function read without `()` (`Math.pi`).
    Constant,
    /// A rule this checker version does not know (typed by its scheme).
    None,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FnOwner {
    TopLevel,
    /// A method of an interface (a signature or a default body).
    Interface(DefId),
    Impl(DefId),
    /// `init` or a helper function of a service.
    Service(DefId),
    /// A generated function (derived, service client, ...).
    Generated,
}

#[derive(Clone, Debug)]
pub struct FnInfo {
    pub owner: FnOwner,
    pub arity: usize,
    /// The proven (or declared, for builtins) scheme; `None` until checked.
    pub scheme: Option<Scheme>,
    pub ast: Option<AstRef>,
    /// The runtime entry point of a standard-library function.
    pub symbol: Option<String>,
    pub special: Option<Special>,
    /// What generated this function, for generated ones.
    pub generated: Option<Generated>,
}

/// Functions the checker makes (they have no source body).
#[derive(Clone, Debug, PartialEq)]
pub enum Generated {
    /// `T.from_json(s)`, `T.from_row(m)`, `T.__table__()`...: derived from `ty`.
    Derived { ty: DefId, what: Name },
    /// `Name.start(...)` of a service.
    ServiceStart { service: DefId },
    /// `Name.some_call(pid, ...)`: handler `index` of the service.
    ServiceClient { service: DefId, index: u32 },
}

#[derive(Clone, Debug)]
pub struct FieldInfo {
    pub name: Name,
    pub ty: Ty,
    pub span: Span,
}

/// Which interfaces a type derives (explicitly or by default).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Derives {
    /// The interfaces written in `deriving(...)` (empty without a clause).
    pub explicit: Vec<Name>,
    pub eq: bool,
    pub ord: bool,
    pub display: bool,
    pub debug: bool,
    pub hash: bool,
    pub json: bool,
    pub row: bool,
    pub schema: bool,
}

#[derive(Clone, Debug)]
pub struct StructInfo {
    pub params: Vec<ParamId>,
    pub fields: Vec<FieldInfo>,
    pub derives: Derives,
    pub schema: Vec<SchemaOption>,
}

#[derive(Clone, Debug)]
pub struct VariantInfo {
    pub name: Name,
    pub fields: Vec<Ty>,
    pub field_names: Vec<Option<Name>>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct SumInfo {
    pub params: Vec<ParamId>,
    pub variants: Vec<VariantInfo>,
    pub derives: Derives,
}

#[derive(Clone, Debug)]
pub struct AliasInfo {
    pub params: Vec<ParamId>,
    pub ty: Ty,
}

#[derive(Clone, Debug)]
pub struct InterfaceInfo {
    /// Type parameters of the interface (`From<S>` has one).
    pub params: Vec<ParamId>,
    /// The parameter standing for the implementing type.
    pub self_param: ParamId,
    pub assoc: Vec<Name>,
    /// The parameter standing for each associated type (`Self.Out`).
    pub assoc_params: Vec<ParamId>,
    /// Method name to its function (signature over `Self`, maybe a default).
    pub methods: Vec<(Name, DefId)>,
}

#[derive(Clone, Debug)]
pub struct ImplInfo {
    pub interface: DefId,
    pub interface_args: Vec<Ty>,
    pub for_ty: Ty,
    pub params: Vec<ParamId>,
    pub assoc: Vec<(Name, Ty)>,
    pub methods: Vec<(Name, DefId)>,
}

#[derive(Clone, Debug)]
pub struct HandlerInfo {
    pub name: Name,
    /// `GetProjectByApiKey` -> `get_project_by_api_key`.
    pub client_name: Name,
    pub is_call: bool,
    pub params: Vec<Ty>,
    pub reply: Ty,
    /// The generated client function.
    pub client: DefId,
}

#[derive(Clone, Debug)]
pub struct ServiceInfo {
    pub state: Ty,
    pub init: Option<DefId>,
    pub start: DefId,
    pub handlers: Vec<HandlerInfo>,
    pub helpers: Vec<DefId>,
}

#[derive(Clone, Debug)]
pub struct ActorInfo {
    /// The actor's body as a function of its parameters.
    pub function: DefId,
    /// The type of the messages it receives (`Dyn` if it never receives).
    pub message: Ty,
    /// `Fun(params) -> result`, once checked.
    pub ty: Option<Ty>,
}

impl ActorInfo {
    /// The actor's type scheme: its parameters are those of its function
    /// type and of its message type, in that order of appearance (a spawn
    /// instantiates both at once).
    pub fn scheme(&self) -> Option<Scheme> {
        let ty = self.ty.clone()?;
        let mut params = Vec::new();
        Ty::Tuple(vec![ty.clone(), self.message.clone()]).walk(&mut |x| {
            if let Ty::Param(p) = x {
                if !params.contains(p) {
                    params.push(*p);
                }
            }
        });
        Some(Scheme { params, bounds: Vec::new(), ty })
    }
}

#[derive(Clone, Debug)]
pub enum DefKind {
    Fn(FnInfo),
    Struct(StructInfo),
    Sum(SumInfo),
    Alias(AliasInfo),
    Interface(InterfaceInfo),
    Impl(ImplInfo),
    Service(ServiceInfo),
    Actor(ActorInfo),
    Supervisor,
    /// Declared, not yet lowered (the collector's first pass).
    Pending,
}

#[derive(Clone, Debug)]
pub struct Def {
    pub name: Name,
    pub module: ModuleId,
    pub span: Span,
    pub is_pub: bool,
    pub kind: DefKind,
}

/// Everything the checker knows, and everything it produced.
#[derive(Default)]
pub struct Program {
    pub modules: Vec<ModuleInfo>,
    pub defs: Vec<Def>,
    pub param_names: FxHashMap<ParamId, Name>,
    /// Impls by interface.
    pub impls: FxHashMap<DefId, Vec<DefId>>,
    /// Checked bodies of functions, actors and impl methods.
    pub functions: FxHashMap<DefId, TFunction>,
    /// Checked handlers of services.
    pub handlers: FxHashMap<DefId, Vec<THandler>>,
    pub supervisors: FxHashMap<DefId, TSupervisor>,
    /// Well-known prelude definitions.
    pub known: Known,
    /// Modules by path; a user module wins over a standard one of the same
    /// name (LANGUAGE.md 2.2).
    pub module_paths: FxHashMap<Vec<Name>, ModuleId>,
    /// Standard-library modules by path.
    pub stdlib_paths: FxHashMap<Vec<Name>, ModuleId>,
    /// Interfaces declaring a method of each name (for `v.m()`).
    pub methods_by_name: FxHashMap<Name, Vec<DefId>>,
    /// Functions reached through a type's name: `User.from_json`,
    /// `Invoice.__table__`, `Tally.start`, `Tally.bump`.
    pub type_members: FxHashMap<(DefId, Name), DefId>,
}

/// Definitions the checker refers to directly.
#[derive(Clone, Debug, Default)]
pub struct Known {
    pub option: Option<DefId>,
    pub result: Option<DefId>,
    pub ordering: Option<DefId>,
    pub interfaces: FxHashMap<&'static str, DefId>,
    pub prelude: Option<ModuleId>,
}

impl Program {
    pub fn def(&self, id: DefId) -> &Def {
        &self.defs[id.0 as usize]
    }

    pub fn def_mut(&mut self, id: DefId) -> &mut Def {
        &mut self.defs[id.0 as usize]
    }

    pub fn module(&self, id: ModuleId) -> &ModuleInfo {
        &self.modules[id.0 as usize]
    }

    pub fn module_mut(&mut self, id: ModuleId) -> &mut ModuleInfo {
        &mut self.modules[id.0 as usize]
    }

    pub fn add_def(&mut self, def: Def) -> DefId {
        self.defs.push(def);
        DefId(self.defs.len() as u32 - 1)
    }

    pub fn fn_info(&self, id: DefId) -> Option<&FnInfo> {
        match &self.def(id).kind {
            DefKind::Fn(f) => Some(f),
            _ => None,
        }
    }

    pub fn param_name(&self, p: ParamId) -> String {
        self.param_names.get(&p).map(|n| n.to_string()).unwrap_or_else(|| format!("t{}", p.0))
    }

    /// `Geometry.Point` for a definition outside `from`, `Point` inside it
    /// or in the prelude.
    pub fn qualified_name(&self, id: DefId, from: Option<ModuleId>) -> String {
        let d = self.def(id);
        let m = self.module(d.module);
        if Some(d.module) == from || m.kind != ModuleKind::User {
            d.name.to_string()
        } else {
            format!("{}.{}", m.dotted(), d.name)
        }
    }

    pub fn interface(&self, name: &str) -> Option<DefId> {
        self.known.interfaces.get(name).copied()
    }
}
