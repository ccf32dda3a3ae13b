//! The MIR: monomorphic functions over one-word values, with closures
//! already converted (explicit environment objects), pattern matches
//! compiled to decision trees (`Switch`, `If`, `Join`/`Jump`), `?`, loops
//! and multi-clause functions desugared. Every value is an `i64` word;
//! operations say how they read it (`Prim`). Cranelift lowering
//! (`clif/`) is a direct walk of this tree.

use std::fmt;

/// A variable of one MIR function.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Var(pub u32);

/// A function of the program being compiled (index into `Program::funcs`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct FuncId(pub u32);

/// A static object (index into `Program::statics`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct StaticId(pub u32);

/// A join point inside one function.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct JoinId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Prim {
    IAdd,
    ISub,
    IMul,
    /// Division and remainder; the divisor is checked by the MIR builder.
    IDiv,
    IRem,
    INeg,
    FAdd,
    FSub,
    FMul,
    FDiv,
    FRem,
    FNeg,
    FSqrt,
    /// Int to Float.
    IToF,
    /// Float to Int, truncating toward zero (saturating).
    FToI,
    /// Integer comparison producing 0/1.
    ICmp(Cmp),
    /// Float comparison producing 0/1.
    FCmp(Cmp),
    /// Boolean not (0 <-> 1).
    Not,
    /// Word equality (identity), 0/1.
    WordEq,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cmp {
    Eq,
    Ne,
    /// Unsigned less-than (bounds checks).
    ULt,
    Lt,
    Le,
    Gt,
    Ge,
}

#[derive(Clone, Debug)]
pub enum Expr {
    /// An integer word (also Bool 0/1, Unit 0, Float bits).
    Word(i64),
    /// The address of a static object.
    Static(StaticId),
    /// The address of a runtime data symbol (`mesh_desc_int` ...).
    RtData(&'static str),
    Var(Var),
    Let(Var, Box<Expr>, Box<Expr>),
    /// Evaluates each; the value is the last one's.
    Seq(Vec<Expr>),
    Prim(Prim, Vec<Expr>),
    /// A heap object: header `desc` (a static), then `words`.
    Alloc { desc: Box<Expr>, words: Vec<Expr> },
    /// Word `index` of the object `base` points at.
    Load(Box<Expr>, u32),
    /// Word `offset + index` of the object `base` points at (`index` is
    /// computed).
    Index { base: Box<Expr>, index: Box<Expr>, offset: u32 },
    /// A Mesh function; `tail` calls become `return_call`.
    Call { func: FuncId, args: Vec<Expr>, tail: bool },
    /// A closure value called with `args` (its environment is itself).
    CallClosure { closure: Box<Expr>, args: Vec<Expr>, tail: bool },
    /// A runtime entry point (`ctx` is passed first, implicitly); `site`
    /// is the `file:line` static stored for the runtime's panics.
    CallRt { symbol: String, args: Vec<Expr>, site: Option<StaticId> },
    /// The code address of a function (for closure objects).
    FuncAddr(FuncId),
    If { cond: Box<Expr>, then: Box<Expr>, els: Box<Expr> },
    /// Compares an integer word with each case.
    Switch { scrutinee: Box<Expr>, cases: Vec<(i64, Expr)>, default: Box<Expr> },
    /// Runs `body` until a `Break`; `Continue` starts it again.
    Loop(Box<Expr>),
    Break(Box<Expr>),
    Continue,
    Return(Box<Expr>),
    /// `body` may `Jump` to `label`, which binds `params` and runs `join`;
    /// the value is `body`'s or `join`'s.
    Join { label: JoinId, params: Vec<Var>, join: Box<Expr>, body: Box<Expr> },
    Jump(JoinId, Vec<Expr>),
    /// `Mesh panic at site: message` (both statics).
    Panic { message: StaticId, site: StaticId },
}

impl Expr {
    pub fn unit() -> Expr {
        Expr::Word(0)
    }

    pub fn var(v: Var) -> Expr {
        Expr::Var(v)
    }

    pub fn prim(p: Prim, args: Vec<Expr>) -> Expr {
        Expr::Prim(p, args)
    }

    pub fn rt(symbol: impl Into<String>, args: Vec<Expr>) -> Expr {
        Expr::CallRt { symbol: symbol.into(), args, site: None }
    }

    pub fn let_(v: Var, value: Expr, body: Expr) -> Expr {
        Expr::Let(v, Box::new(value), Box::new(body))
    }

    pub fn if_(cond: Expr, then: Expr, els: Expr) -> Expr {
        Expr::If { cond: Box::new(cond), then: Box::new(then), els: Box::new(els) }
    }

    pub fn load(base: Expr, index: u32) -> Expr {
        Expr::Load(Box::new(base), index)
    }
}

/// One function of the MIR program.
#[derive(Clone, Debug)]
pub struct Func {
    /// The symbol (local to the program; see `docs/ABI.md` for mangling).
    pub name: String,
    /// Parameters after the hidden `ctx` (for closure code, the closure
    /// object comes first).
    pub params: Vec<Var>,
    pub body: Expr,
    /// Variables used (`Var(0)` .. `Var(nvars - 1)`).
    pub nvars: u32,
    /// Human-readable origin, for dumps (`Geometry.area<Int>`).
    pub origin: String,
}

/// A static object emitted as data.
#[derive(Clone, Debug)]
pub enum Static {
    /// A String object (`[desc, len, bytes]`).
    Str(String),
    /// An Atom object.
    Atom(String),
    /// A type descriptor (see `layout.rs` for how it is filled).
    Desc(crate::layout::DescData),
    /// A nullary variant `[desc, tag]`.
    Variant { desc: StaticId, tag: u32 },
    /// A closure without captures `[desc, code]`.
    Closure { desc: StaticId, code: FuncId },
    /// An array of pointers to descriptors (a descriptor's `params`).
    DescList(Vec<DescRef>),
    /// An array of C strings.
    CStrList(Vec<String>),
    /// A NUL-terminated string.
    CStr(String),
    /// Variant descriptors of a sum type.
    Variants(Vec<(StaticId, u32, StaticId)>),
    /// An `Impls` table: closures or null.
    Impls([Option<StaticId>; 6]),
}

/// A reference to a descriptor: one of the program's statics or one the
/// runtime exports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DescRef {
    Static(StaticId),
    Rt(&'static str),
}

#[derive(Default)]
pub struct Program {
    pub funcs: Vec<Func>,
    pub statics: Vec<Static>,
    /// The Mesh `main`.
    pub main: Option<FuncId>,
}

impl fmt::Display for Program {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for func in &self.funcs {
            writeln!(f, "fn {} ({}) [{} vars]", func.name, func.origin, func.nvars)?;
            let ps: Vec<String> = func.params.iter().map(|v| format!("v{}", v.0)).collect();
            writeln!(f, "  params: {}", ps.join(", "))?;
            writeln!(f, "  {:?}", func.body)?;
        }
        Ok(())
    }
}
