//! Type expressions of the source (`List<Map<String, Int>>!String`) to
//! [`Ty`]: names resolved in the module's scope, arities checked, aliases
//! expanded, `T?` and `T!E` to the prelude's Option and Result.

use crate::codes;
use crate::defs::{DefId, DefKind, ModuleId, Program};
use crate::resolve::suggest;
use crate::ty::{ParamId, Ty, TyCon};
use mesh_parse::ast::{TypeExpr, TypeKind};
use mesh_parse::{Diagnostic, FileId, Name};

/// What type names mean besides the module's definitions: the generic
/// parameters in scope, `Self`, and associated types (`Self.Out`).
#[derive(Default, Clone)]
pub struct TypeScope {
    pub params: Vec<(Name, ParamId)>,
    pub self_ty: Option<Ty>,
    pub assoc: Vec<(Name, Ty)>,
    /// Create a parameter for an unknown single-letter name instead of an
    /// error (signatures of the standard library declare no generics list
    /// for brevity in a few places). Off for user code.
    pub implicit_params: bool,
}

impl TypeScope {
    pub fn with_params(params: Vec<(Name, ParamId)>) -> TypeScope {
        TypeScope { params, ..TypeScope::default() }
    }
}

pub struct Lowerer<'a> {
    pub prog: &'a Program,
    pub module: ModuleId,
    pub file: FileId,
    pub diags: &'a mut Vec<Diagnostic>,
}

impl Lowerer<'_> {
    fn error(&mut self, code: &'static str, t: &TypeExpr, message: String, label: &str, hint: String) {
        self.diags.push(Diagnostic::error(code, message).primary(self.file, t.span, label).hint(hint));
    }

    pub fn lower(&mut self, scope: &TypeScope, t: &TypeExpr) -> Ty {
        match &t.kind {
            TypeKind::Unit => Ty::unit(),
            TypeKind::Error => Ty::Error,
            TypeKind::Tuple(ts) => Ty::Tuple(ts.iter().map(|x| self.lower(scope, x)).collect()),
            TypeKind::Fun { params, ret } => {
                Ty::Fun(params.iter().map(|x| self.lower(scope, x)).collect(), Box::new(self.lower(scope, ret)))
            }
            TypeKind::Option(inner) => {
                let inner = self.lower(scope, inner);
                match self.prog.known.option {
                    Some(o) => Ty::Con(TyCon::Adt(o), vec![inner]),
                    None => Ty::Error,
                }
            }
            TypeKind::Result(ok, err) => {
                let ok = self.lower(scope, ok);
                let err = self.lower(scope, err);
                match self.prog.known.result {
                    Some(r) => Ty::Con(TyCon::Adt(r), vec![ok, err]),
                    None => Ty::Error,
                }
            }
            TypeKind::Named { path, args } => {
                let args: Vec<Ty> = args.iter().map(|x| self.lower(scope, x)).collect();
                self.named(scope, t, path, args)
            }
        }
    }

    fn named(&mut self, scope: &TypeScope, t: &TypeExpr, path: &mesh_parse::ast::Path, args: Vec<Ty>) -> Ty {
        let segs: Vec<Name> = path.segments.iter().map(|s| s.name).collect();
        if segs.len() == 2 && segs[0] == "Self" {
            if let Some((_, ty)) = scope.assoc.iter().find(|(n, _)| *n == segs[1]) {
                return ty.clone();
            }
            self.error(codes::NOT_FOUND, t, format!("unknown associated type `Self.{}`", segs[1]), "not declared", "declare it in the interface with `type Name`".into());
            return Ty::Error;
        }
        if segs.len() == 1 {
            let name = segs[0];
            if let Some((_, p)) = scope.params.iter().find(|(n, _)| *n == name) {
                return self.no_args(t, &name, args, Ty::Param(*p));
            }
            if name == "Self" {
                if let Some(s) = &scope.self_ty {
                    return self.no_args(t, &name, args, s.clone());
                }
            }
            let def = self.prog.lookup_type(self.module, name);
            // An interface's name in a type position means the built-in type
            // of that name if there is one (`Json`, the parsed JSON value).
            let is_interface = def.is_some_and(|d| matches!(self.prog.def(d).kind, DefKind::Interface(_)));
            if let (Some(def), false) = (def, is_interface) {
                return self.instantiate(t, def, args);
            }
            if let Some((con, arity)) = TyCon::builtin(&name) {
                return self.builtin(t, &name, con, arity, args);
            }
            if let Some(def) = def {
                return self.instantiate(t, def, args);
            }
            if self.prog.module(self.module).unresolved.contains(&name) {
                return Ty::Error;
            }
            let mut names = self.prog.visible_type_names(self.module);
            names.extend(["Int", "Float", "Bool", "String", "List", "Map", "Set", "Pid", "Atom"].map(Name::new));
            let hint = match suggest(&name, names).as_slice() {
                [] => "declare the type, or import the module that defines it".to_string(),
                s => format!("did you mean {}?", s.iter().map(|x| format!("`{x}`")).collect::<Vec<_>>().join(", ")),
            };
            self.error(codes::NOT_FOUND, t, format!("unknown type `{name}`: not found"), "no type with this name is visible here", hint);
            return Ty::Error;
        }
        // `Geometry.Point`, `Math.Vector.Vec2`: a module path, then a type.
        let (last, module_path) = segs.split_last().expect("two or more segments");
        let module = if module_path.len() == 1 {
            self.prog.lookup_module_prefix(self.module, module_path[0]).or_else(|| self.prog.find_module(module_path))
        } else {
            self.prog.find_module(module_path)
        };
        let Some(module) = module else {
            let dotted = module_path.iter().map(|n| n.as_str()).collect::<Vec<_>>().join(".");
            self.error(codes::NOT_FOUND, t, format!("module `{dotted}` not found"), "unknown module", format!("import it with `import {dotted}`"));
            return Ty::Error;
        };
        match self.prog.module(module).types.get(last).copied() {
            Some(def) => {
                if !self.prog.def(def).is_pub && module != self.module {
                    let m = self.prog.module(module).dotted();
                    self.error(codes::PRIVATE, t, format!("type `{m}.{last}` is private"), "not `pub`", format!("mark it `pub` in module `{m}` to use it here"));
                }
                self.instantiate(t, def, args)
            }
            None => {
                let m = self.prog.module(module).dotted();
                self.error(codes::NOT_FOUND, t, format!("type `{last}` not found in module `{m}`"), "unknown type", "check the name and that the type is declared there".into());
                Ty::Error
            }
        }
    }

    fn no_args(&mut self, t: &TypeExpr, name: &str, args: Vec<Ty>, ty: Ty) -> Ty {
        if !args.is_empty() {
            self.error(codes::TYPE_ARITY, t, format!("`{name}` takes no type arguments"), "unexpected type arguments", format!("write `{name}` alone"));
        }
        ty
    }

    fn builtin(&mut self, t: &TypeExpr, name: &str, con: TyCon, arity: usize, args: Vec<Ty>) -> Ty {
        if con == TyCon::Pid && args.is_empty() {
            return Ty::untyped_pid();
        }
        if name == "ListIterator" && args.is_empty() {
            // `type Iter = ListIterator` in an Iterable impl (LANGUAGE.md 2.10).
            return Ty::Con(TyCon::Iter, vec![Ty::Error]);
        }
        if args.len() != arity {
            let want = if arity == 1 { "1 type argument".to_string() } else { format!("{arity} type arguments") };
            self.error(codes::TYPE_ARITY, t, format!("`{name}` takes {want}, found {}", args.len()), format!("expected {want}").as_str(), format!("write `{name}{}`", example_args(arity)));
            return Ty::Error;
        }
        Ty::Con(con, args)
    }

    /// A user (or prelude) type applied to `args`; aliases expand.
    pub fn instantiate(&mut self, t: &TypeExpr, def: DefId, args: Vec<Ty>) -> Ty {
        let d = self.prog.def(def);
        let params: Vec<ParamId> = match &d.kind {
            DefKind::Struct(s) => s.params.clone(),
            DefKind::Sum(s) => s.params.clone(),
            DefKind::Alias(a) => a.params.clone(),
            DefKind::Pending => return Ty::Error,
            _ => {
                let name = d.name;
                self.error(codes::NOT_FOUND, t, format!("`{name}` is not a type"), "a service, interface or supervisor, not a type", "use a struct or sum type here".into());
                return Ty::Error;
            }
        };
        if params.len() != args.len() {
            let name = self.prog.qualified_name(def, Some(self.module));
            let want = params.len();
            self.error(codes::TYPE_ARITY, t, format!("`{name}` takes {want} type argument{}, found {}", if want == 1 { "" } else { "s" }, args.len()), "wrong number of type arguments", format!("write `{name}{}`", example_args(want)));
            return Ty::Error;
        }
        match &d.kind {
            DefKind::Alias(a) => {
                let ty = a.ty.clone();
                ty.subst(&|p| params.iter().position(|x| *x == p).map(|i| args[i].clone()))
            }
            _ => Ty::Con(TyCon::Adt(def), args),
        }
    }

}

fn example_args(n: usize) -> String {
    if n == 0 {
        return String::new();
    }
    let letters = ["A", "B", "C", "D"];
    format!("<{}>", (0..n).map(|i| letters.get(i).copied().unwrap_or("T")).collect::<Vec<_>>().join(", "))
}
