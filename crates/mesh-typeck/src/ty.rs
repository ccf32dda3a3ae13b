//! Types: the one representation of a Mesh type used by the checker and
//! every later phase (the typed tree carries these).

use crate::defs::DefId;
use mesh_parse::Name;
use std::fmt;

/// An inference variable (a key in the union-find table).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TyVar(pub u32);

impl fmt::Debug for TyVar {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "?{}", self.0)
    }
}

/// A rigid type parameter (`T` of `fn first<T>`, or a variable generalised
/// in a scheme). Unique across the program; the name is for messages.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub struct ParamId(pub u32);

/// Runtime handles the program cannot look inside.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Opaque {
    Request,
    Response,
    Router,
    PoolHandle,
    PgConn,
    SqliteConn,
    Json,
    Query,
    Changeset,
    MonitorRef,
}

impl Opaque {
    pub const ALL: [(Opaque, &'static str); 10] = [
        (Opaque::Request, "Request"),
        (Opaque::Response, "Response"),
        (Opaque::Router, "Router"),
        (Opaque::PoolHandle, "PoolHandle"),
        (Opaque::PgConn, "PgConn"),
        (Opaque::SqliteConn, "SqliteConn"),
        (Opaque::Json, "Json"),
        (Opaque::Query, "Query"),
        (Opaque::Changeset, "Changeset"),
        (Opaque::MonitorRef, "Ref"),
    ];

    pub fn name(self) -> &'static str {
        Opaque::ALL.iter().find(|(o, _)| *o == self).map(|(_, n)| *n).unwrap_or("?")
    }
}

/// Type constructors. `Option`, `Result` and `Ordering` are ordinary sum
/// types of the prelude (`Adt`), so patterns, exhaustiveness and layouts
/// treat them like user types.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum TyCon {
    Int,
    Float,
    Bool,
    String,
    Unit,
    Atom,
    /// `List<T>`.
    List,
    /// `Map<K, V>`.
    Map,
    /// `Set<T>`.
    Set,
    /// `Queue<T>`.
    Queue,
    /// `Range` (of Int).
    Range,
    /// `Iter<T>`: a lazy iterator.
    Iter,
    /// `Pid<M>`: a process accepting messages of type `M`.
    Pid,
    /// A struct or sum type (user or prelude).
    Adt(DefId),
    Opaque(Opaque),
    /// The message type of an untyped `Pid`: agrees with any type without
    /// fixing it (LANGUAGE.md 4: untyped `Pid` unifies with any `Pid<M>`).
    Dyn,
}

impl TyCon {
    /// Built-in constructors by source name, with their arity.
    pub fn builtin(name: &str) -> Option<(TyCon, usize)> {
        Some(match name {
            "Int" => (TyCon::Int, 0),
            "Float" => (TyCon::Float, 0),
            "Bool" => (TyCon::Bool, 0),
            "String" => (TyCon::String, 0),
            "Atom" => (TyCon::Atom, 0),
            "List" => (TyCon::List, 1),
            "Map" => (TyCon::Map, 2),
            "Set" => (TyCon::Set, 1),
            "Queue" => (TyCon::Queue, 1),
            "Range" => (TyCon::Range, 0),
            "Iter" | "ListIterator" => (TyCon::Iter, 1),
            "Pid" => (TyCon::Pid, 1),
            _ => {
                let (o, _) = Opaque::ALL.iter().find(|(_, n)| *n == name)?;
                (TyCon::Opaque(*o), 0)
            }
        })
    }
}

#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Ty {
    Var(TyVar),
    Param(ParamId),
    Con(TyCon, Vec<Ty>),
    Tuple(Vec<Ty>),
    Fun(Vec<Ty>, Box<Ty>),
    /// The type of something already reported as an error: agrees with
    /// everything, so one mistake gives one message.
    Error,
}

impl Ty {
    pub fn con(c: TyCon) -> Ty {
        Ty::Con(c, Vec::new())
    }
    pub fn int() -> Ty {
        Ty::con(TyCon::Int)
    }
    pub fn float() -> Ty {
        Ty::con(TyCon::Float)
    }
    pub fn bool() -> Ty {
        Ty::con(TyCon::Bool)
    }
    pub fn string() -> Ty {
        Ty::con(TyCon::String)
    }
    pub fn unit() -> Ty {
        Ty::con(TyCon::Unit)
    }
    pub fn atom() -> Ty {
        Ty::con(TyCon::Atom)
    }
    pub fn list(t: Ty) -> Ty {
        Ty::Con(TyCon::List, vec![t])
    }
    pub fn map(k: Ty, v: Ty) -> Ty {
        Ty::Con(TyCon::Map, vec![k, v])
    }
    pub fn pid(m: Ty) -> Ty {
        Ty::Con(TyCon::Pid, vec![m])
    }
    pub fn untyped_pid() -> Ty {
        Ty::pid(Ty::con(TyCon::Dyn))
    }

    pub fn is_con(&self, c: TyCon) -> bool {
        matches!(self, Ty::Con(k, _) if *k == c)
    }

    /// Whether any inference variable occurs in the type.
    pub fn has_vars(&self) -> bool {
        match self {
            Ty::Var(_) => true,
            Ty::Param(_) | Ty::Error => false,
            Ty::Con(_, args) | Ty::Tuple(args) => args.iter().any(Ty::has_vars),
            Ty::Fun(ps, r) => ps.iter().any(Ty::has_vars) || r.has_vars(),
        }
    }

    /// Calls `f` on every type inside (pre-order, including `self`).
    pub fn walk(&self, f: &mut impl FnMut(&Ty)) {
        f(self);
        match self {
            Ty::Con(_, args) | Ty::Tuple(args) => args.iter().for_each(|a| a.walk(f)),
            Ty::Fun(ps, r) => {
                ps.iter().for_each(|p| p.walk(f));
                r.walk(f);
            }
            _ => {}
        }
    }

    /// Replaces type parameters by `sub`.
    pub fn subst(&self, sub: &dyn Fn(ParamId) -> Option<Ty>) -> Ty {
        match self {
            Ty::Param(p) => sub(*p).unwrap_or_else(|| self.clone()),
            Ty::Con(c, args) => Ty::Con(*c, args.iter().map(|a| a.subst(sub)).collect()),
            Ty::Tuple(args) => Ty::Tuple(args.iter().map(|a| a.subst(sub)).collect()),
            Ty::Fun(ps, r) => Ty::Fun(ps.iter().map(|p| p.subst(sub)).collect(), Box::new(r.subst(sub))),
            _ => self.clone(),
        }
    }
}

/// A generic parameter's name, for messages (`T`, or `a`, `b` for
/// inferred ones).
#[derive(Clone, Debug)]
pub struct ParamInfo {
    pub name: Name,
}
