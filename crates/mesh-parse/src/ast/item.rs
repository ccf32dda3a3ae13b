//! Top-level declarations.

use super::{Block, Expr, GenericParam, Ident, Param, Path, Pattern, TypeExpr, WhereBound};
use crate::span::Span;

#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    pub kind: ItemKind,
    /// The `pub` keyword, if written.
    pub pub_span: Option<Span>,
    /// `##` comments directly above the item.
    pub doc: Vec<String>,
    pub span: Span,
}

impl Item {
    pub fn is_pub(&self) -> bool {
        self.pub_span.is_some()
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum ItemKind {
    Fn(FnDef),
    Struct(Box<StructDef>),
    Sum(Box<SumDef>),
    Alias(Box<AliasDef>),
    Service(Box<ServiceDef>),
    Actor(Box<ActorDef>),
    Supervisor(Box<SupervisorDef>),
    Interface(Box<InterfaceDef>),
    Impl(Box<ImplDef>),
    /// `import A.B`.
    Import(Path),
    /// `from A.B import x, Y`.
    FromImport { module: Path, names: Vec<Ident> },
    /// `module Name do ... end`.
    Module { name: Path, items: Vec<Item> },
    /// An item the parser could not read (an error was reported).
    Error,
}

/// A function: one or more clauses with the same name and arity, written
/// consecutively (multi-clause functions are merged by the parser).
#[derive(Clone, Debug, PartialEq)]
pub struct FnDef {
    pub name: Ident,
    pub clauses: Vec<FnClause>,
}

impl FnDef {
    pub fn arity(&self) -> usize {
        self.clauses[0].params.len()
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum FnBody {
    /// `do ... end`.
    Block(Block),
    /// `= expr`.
    Expr(Expr),
}

#[derive(Clone, Debug, PartialEq)]
pub struct FnClause {
    pub generics: Vec<GenericParam>,
    pub params: Vec<Param>,
    pub ret: Option<TypeExpr>,
    pub guard: Option<Expr>,
    pub where_bounds: Vec<WhereBound>,
    /// `None` only for interface method signatures.
    pub body: Option<FnBody>,
    pub span: Span,
}

/// `deriving(A, B)`; `deriving()` derives nothing.
#[derive(Clone, Debug, PartialEq)]
pub struct Deriving {
    pub traits: Vec<Ident>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FieldDef {
    pub name: Ident,
    pub ty: TypeExpr,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RelationKind {
    BelongsTo,
    HasMany,
    HasOne,
}

/// Schema options of a struct (meaningful with `deriving(Schema)`).
#[derive(Clone, Debug, PartialEq)]
pub enum SchemaOption {
    /// `table "name"`.
    Table(String),
    /// `primary_key :field`.
    PrimaryKey(String),
    /// `timestamps true`.
    Timestamps(bool),
    /// `belongs_to :name, Target` and friends.
    Relation { kind: RelationKind, name: String, target: Path },
}

#[derive(Clone, Debug, PartialEq)]
pub struct SchemaOptionDef {
    pub option: SchemaOption,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct StructDef {
    pub name: Ident,
    pub generics: Vec<GenericParam>,
    pub fields: Vec<FieldDef>,
    pub options: Vec<SchemaOptionDef>,
    pub deriving: Option<Deriving>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct VariantField {
    /// `Circle(radius :: Float)` names its field; `Circle(Float)` does not.
    pub name: Option<Ident>,
    pub ty: TypeExpr,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Variant {
    pub name: Ident,
    pub fields: Vec<VariantField>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SumDef {
    pub name: Ident,
    pub generics: Vec<GenericParam>,
    pub variants: Vec<Variant>,
    pub deriving: Option<Deriving>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct AliasDef {
    pub name: Ident,
    pub generics: Vec<GenericParam>,
    pub ty: TypeExpr,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HandlerKind {
    Call,
    Cast,
}

/// `call Name(params) [:: Reply] do [|state|] body end` (or `cast`).
#[derive(Clone, Debug, PartialEq)]
pub struct Handler {
    pub kind: HandlerKind,
    pub name: Ident,
    pub params: Vec<Param>,
    pub reply: Option<TypeExpr>,
    /// The `|state|` binding, if written.
    pub state: Option<Pattern>,
    pub body: Block,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ServiceDef {
    pub name: Ident,
    /// `fn init(...)`, if written (a service without one starts with `()`).
    pub init: Option<FnDef>,
    pub handlers: Vec<Handler>,
    /// Other functions defined inside the service block.
    pub helpers: Vec<FnDef>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ActorDef {
    pub name: Ident,
    pub params: Vec<Param>,
    pub ret: Option<TypeExpr>,
    pub body: Block,
    /// `terminate do ... end`, run when the actor exits.
    pub terminate: Option<Block>,
}

/// `key: value` inside a supervisor or child spec.
#[derive(Clone, Debug, PartialEq)]
pub struct Setting {
    pub key: Ident,
    pub value: Expr,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ChildSpec {
    pub name: Ident,
    pub settings: Vec<Setting>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SupervisorDef {
    pub name: Ident,
    /// `strategy`, `max_restarts`, `max_seconds`.
    pub settings: Vec<Setting>,
    pub children: Vec<ChildSpec>,
}

/// `type Out` in an interface (optionally with bounds `type Item: Display`).
#[derive(Clone, Debug, PartialEq)]
pub struct AssocTypeDecl {
    pub name: Ident,
    pub bounds: Vec<Path>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct InterfaceDef {
    pub name: Ident,
    pub generics: Vec<GenericParam>,
    pub assoc_types: Vec<AssocTypeDecl>,
    /// Signatures (no body) and default methods (with a body).
    pub methods: Vec<FnDef>,
}

/// `type Out = String` in an impl.
#[derive(Clone, Debug, PartialEq)]
pub struct AssocTypeDef {
    pub name: Ident,
    pub ty: TypeExpr,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ImplDef {
    pub generics: Vec<GenericParam>,
    /// The interface, with its type arguments (`From<Int>`).
    pub interface: TypeExpr,
    pub for_type: TypeExpr,
    pub assoc_types: Vec<AssocTypeDef>,
    pub methods: Vec<FnDef>,
}
