//! Assembling declarations from their parsed parts, with the checks the
//! grammar leaves to actions: struct schema options, supervisor and child
//! settings, `init` and handlers of services, an actor's `terminate`.

use super::Ctx;
use crate::ast::*;
use crate::diagnostic::codes;
use crate::span::Span;

/// An argument of a struct schema option (`table "t"`, `belongs_to :u, User`).
#[derive(Clone, Debug)]
pub enum OptArg {
    Str(String, Span),
    Atom(String, Span),
    Bool(bool, Span),
    Path(Path),
}

impl OptArg {
    fn span(&self) -> Span {
        match self {
            OptArg::Str(_, s) | OptArg::Atom(_, s) | OptArg::Bool(_, s) => *s,
            OptArg::Path(p) => p.span,
        }
    }
}

pub enum StructMember {
    Field(Box<FieldDef>),
    Option(Ident, Vec<OptArg>, Span),
    Error,
}

pub fn struct_def(ctx: &mut Ctx, name: Ident, generics: Vec<GenericParam>, members: Vec<StructMember>, deriving: Option<Deriving>) -> ItemKind {
    let mut fields = Vec::new();
    let mut options = Vec::new();
    for m in members {
        match m {
            StructMember::Field(f) => fields.push(*f),
            StructMember::Option(key, args, span) => {
                if let Some(option) = schema_option(ctx, &key, args, span) {
                    options.push(SchemaOptionDef { option, span });
                }
            }
            StructMember::Error => {}
        }
    }
    ItemKind::Struct(Box::new(StructDef { name, generics, fields, options, deriving }))
}

fn schema_option(ctx: &mut Ctx, key: &Ident, args: Vec<OptArg>, span: Span) -> Option<SchemaOption> {
    let relation = match key.name.as_str() {
        "belongs_to" => Some(RelationKind::BelongsTo),
        "has_many" => Some(RelationKind::HasMany),
        "has_one" => Some(RelationKind::HasOne),
        _ => None,
    };
    let opt = match (key.name.as_str(), args.as_slice()) {
        ("table", [OptArg::Str(s, _)]) => Some(SchemaOption::Table(s.clone())),
        ("primary_key", [OptArg::Atom(a, _)]) => Some(SchemaOption::PrimaryKey(a.clone())),
        ("timestamps", [OptArg::Bool(b, _)]) => Some(SchemaOption::Timestamps(*b)),
        (_, [OptArg::Atom(a, _), OptArg::Path(p)]) if relation.is_some() => {
            Some(SchemaOption::Relation { kind: relation.expect("checked"), name: a.clone(), target: p.clone() })
        }
        _ => None,
    };
    if opt.is_none() {
        let expected = match key.name.as_str() {
            "table" => "`table \"name\"`",
            "primary_key" => "`primary_key :field`",
            "timestamps" => "`timestamps true` or `timestamps false`",
            "belongs_to" | "has_many" | "has_one" => "`belongs_to :name, Target` (likewise `has_many`, `has_one`)",
            _ if matches!(args.as_slice(), [OptArg::Path(_)]) => {
                let OptArg::Path(ty) = &args[0] else { unreachable!("matched above") };
                ctx.error(
                    codes::BAD_SETTING,
                    Span::new(key.span.end as usize, ty.span.start as usize),
                    format!("missing `::` between field `{}` and its type `{}`", key.name, ty.dotted()),
                    "expected `::` here",
                    format!("write `{} :: {}`", key.name, ty.dotted()),
                );
                return None;
            }
            _ => {
                ctx.error(
                    codes::BAD_SETTING,
                    key.span,
                    format!("unknown struct option `{}`", key.name),
                    "not a field (`name :: Type`) or a schema option",
                    "fields are `name :: Type`; options are `table`, `primary_key`, `timestamps`, `belongs_to`, `has_many`, `has_one`",
                );
                return None;
            }
        };
        let at = args.first().map(|a| a.span().to(args.last().expect("non-empty").span())).unwrap_or(span);
        ctx.error(codes::BAD_SETTING, at, format!("wrong arguments to `{}`", key.name), format!("expected {expected}"), format!("write {expected}"));
    }
    opt
}

pub enum ServiceItem {
    Fn(FnDef),
    Handler(Box<Handler>),
    Error,
}

pub fn service_def(ctx: &mut Ctx, name: Ident, items: Vec<ServiceItem>) -> ItemKind {
    let mut init: Option<FnDef> = None;
    let mut handlers = Vec::new();
    let mut helpers = Vec::new();
    for item in items {
        match item {
            ServiceItem::Fn(f) if f.name.name == "init" => {
                if let Some(prev) = &mut init {
                    prev.clauses.extend(f.clauses);
                } else {
                    init = Some(f);
                }
            }
            ServiceItem::Fn(f) => helpers.push(f),
            ServiceItem::Handler(h) => {
                if let Some(prev) = handlers.iter().find(|p: &&Handler| p.name.name == h.name.name) {
                    let prev_span = prev.name.span;
                    ctx.diags.push(
                        crate::Diagnostic::error(codes::MISPLACED, format!("handler `{}` is defined twice", h.name.name))
                            .primary(ctx.file, h.name.span, "second definition")
                            .secondary(ctx.file, prev_span, "first defined here")
                            .hint("give each call/cast handler a distinct name"),
                    );
                }
                handlers.push(*h)
            }
            ServiceItem::Error => {}
        }
    }
    ItemKind::Service(Box::new(ServiceDef { name, init, handlers, helpers: super::super::parser::merge_fns(helpers) }))
}

pub enum ActorLine {
    Stmt(Stmt),
    Terminate(Block, Span),
}

pub fn actor_def(ctx: &mut Ctx, name: Ident, params: Vec<Param>, ret: Option<TypeExpr>, lines: (Vec<ActorLine>, Span)) -> ItemKind {
    let (lines, span) = lines;
    let mut stmts = Vec::new();
    let mut terminate: Option<Block> = None;
    for line in lines {
        match line {
            ActorLine::Stmt(s) => stmts.push(s),
            ActorLine::Terminate(b, span) => {
                if terminate.is_some() {
                    ctx.error(codes::MISPLACED, span, "a second `terminate` clause", "only one `terminate` per actor", "merge the two `terminate` blocks");
                }
                terminate = Some(b);
            }
        }
    }
    let body_span = stmts.first().map(|s: &Stmt| s.span.to(stmts.last().expect("non-empty").span)).unwrap_or(span);
    ItemKind::Actor(Box::new(ActorDef { name, params, ret, body: Block { stmts, span: body_span }, terminate }))
}

pub enum SupItem {
    Setting(Setting),
    /// The keyword (must be `child`), its span, and the spec.
    Child(Box<(String, Span, ChildSpec)>),
    Error,
}

const SUPERVISOR_KEYS: &[&str] = &["strategy", "max_restarts", "max_seconds"];
const CHILD_KEYS: &[&str] = &["start", "restart", "shutdown", "type"];

fn check_keys(ctx: &mut Ctx, settings: &[Setting], allowed: &[&str], what: &str) {
    for s in settings {
        if !allowed.contains(&s.key.name.as_str()) {
            ctx.error(
                codes::BAD_SETTING,
                s.key.span,
                format!("unknown {what} setting `{}`", s.key.name),
                "not a known setting",
                format!("{what} settings are: {}", allowed.join(", ")),
            );
        }
    }
}

pub fn supervisor_def(ctx: &mut Ctx, name: Ident, items: Vec<SupItem>) -> ItemKind {
    let mut settings = Vec::new();
    let mut children = Vec::new();
    for item in items {
        match item {
            SupItem::Setting(s) => settings.push(s),
            SupItem::Child(child) => {
                let (kw, span, spec) = *child;
                if kw != "child" {
                    ctx.error(codes::BAD_SETTING, span, format!("unknown supervisor entry `{kw}`"), "expected `child`", "declare children as `child name do start: fn -> ... end end`");
                }
                check_keys(ctx, &spec.settings, CHILD_KEYS, "child");
                children.push(spec);
            }
            SupItem::Error => {}
        }
    }
    check_keys(ctx, &settings, SUPERVISOR_KEYS, "supervisor");
    ItemKind::Supervisor(Box::new(SupervisorDef { name, settings, children }))
}

pub enum InterfaceItem {
    Assoc(AssocTypeDecl),
    Fn(FnDef),
    Error,
}

pub fn interface_def(name: Ident, generics: Vec<GenericParam>, items: Vec<InterfaceItem>) -> ItemKind {
    let mut assoc_types = Vec::new();
    let mut methods = Vec::new();
    for item in items {
        match item {
            InterfaceItem::Assoc(a) => assoc_types.push(a),
            InterfaceItem::Fn(f) => methods.push(f),
            InterfaceItem::Error => {}
        }
    }
    ItemKind::Interface(Box::new(InterfaceDef { name, generics, assoc_types, methods: super::super::parser::merge_fns(methods) }))
}

pub enum ImplItem {
    Assoc(Box<AssocTypeDef>),
    Fn(FnDef),
    Error,
}

pub fn impl_def(generics: Vec<GenericParam>, interface: TypeExpr, for_type: TypeExpr, items: Vec<ImplItem>) -> ItemKind {
    let mut assoc_types = Vec::new();
    let mut methods = Vec::new();
    for item in items {
        match item {
            ImplItem::Assoc(a) => assoc_types.push(*a),
            ImplItem::Fn(f) => methods.push(f),
            ImplItem::Error => {}
        }
    }
    ItemKind::Impl(Box::new(ImplDef { generics, interface, for_type, assoc_types, methods: super::super::parser::merge_fns(methods) }))
}
