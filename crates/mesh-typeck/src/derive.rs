//! `deriving(...)` (LANGUAGE.md 2.6): which interfaces each struct and sum
//! type gets (explicit list, or the defaults), the checks ("cannot derive",
//! Ord requires Eq, E0038 Json fields, E0039 Row fields), and the derived
//! functions as real typed definitions (`T.from_json`, `T.from_row`,
//! `T.__table__` and friends).

use crate::checker::Checker;
use crate::codes;
use crate::defs::{Def, DefId, DefKind, Derives, FnInfo, FnOwner, Generated, ModuleId, Scheme};
use crate::ty::{ParamId, Ty, TyCon};
use mesh_parse::ast::{Deriving, ItemKind};
use mesh_parse::{Diagnostic, Name, Span};

const DERIVABLE: &[&str] = &["Eq", "Ord", "Display", "Debug", "Hash", "Json", "Row", "Schema"];

/// Json fields are checked after impls are collected (a field's type may
/// have a hand-written `impl Json`): what `derive_all` leaves for
/// [`check_json_all`].
pub type JsonChecks = Vec<(DefId, ModuleId, Span)>;

pub fn derive_all(ck: &mut Checker) -> JsonChecks {
    // Flags first, for every type: the Json check looks at other types'.
    let mut checks = Vec::new();
    for m in 0..ck.items.len() {
        let module = ModuleId(m as u32);
        for (i, item) in ck.items[m].iter().enumerate() {
            let (deriving, is_struct) = match &item.kind {
                ItemKind::Struct(s) => (&s.deriving, true),
                ItemKind::Sum(s) => (&s.deriving, false),
                _ => continue,
            };
            let Some(&id) = ck.item_defs.get(&(module, i as u32)) else { continue };
            let derives = flags(ck, module, deriving.as_ref(), is_struct, item.span);
            match &mut ck.prog.def_mut(id).kind {
                DefKind::Struct(s) => s.derives = derives.clone(),
                DefKind::Sum(s) => s.derives = derives.clone(),
                _ => {}
            }
            let at = deriving.as_ref().map(|d| d.span).unwrap_or(item.span);
            checks.push((id, module, derives, at));
        }
    }
    let mut json = Vec::new();
    for (id, module, mut derives, at) in checks {
        structural_fields(ck, id, module, &mut derives, at);
        if derives.json {
            json.push((id, module, at));
        }
        if derives.row {
            check_row(ck, id, module, at);
        }
        generate(ck, id, module, &derives);
    }
    json
}

/// The E0038 checks of `deriving(Json)`, once impls are known.
pub fn check_json_all(ck: &mut Checker, checks: JsonChecks) {
    for (id, module, at) in checks {
        check_json(ck, id, module, at);
    }
}

fn flags(ck: &mut Checker, module: ModuleId, deriving: Option<&Deriving>, is_struct: bool, span: Span) -> Derives {
    let Some(d) = deriving else {
        // No clause: Eq, Ord, Debug, Hash for structs; Eq, Ord, Debug for sums.
        return Derives { eq: true, ord: true, debug: true, hash: is_struct, ..Derives::default() };
    };
    let _ = span;
    let mut out = Derives { explicit: d.traits.iter().map(|t| t.name).collect(), ..Derives::default() };
    for t in &d.traits {
        match t.name.as_str() {
            "Eq" => out.eq = true,
            "Ord" => out.ord = true,
            "Display" => out.display = true,
            "Debug" => out.debug = true,
            "Hash" => out.hash = true,
            "Json" => out.json = true,
            "Row" => out.row = true,
            "Schema" => out.schema = true,
            other => {
                let hint = format!("derivable interfaces are: {}", DERIVABLE.join(", "));
                ck.error(module, codes::BAD_DERIVE, t.span, format!("cannot derive `{other}`"), "not a derivable interface", hint);
            }
        }
        if !is_struct && matches!(t.name.as_str(), "Row" | "Schema") {
            ck.error(module, codes::BAD_DERIVE, t.span, format!("cannot derive `{}` for a sum type", t.name), "only structs map to database rows", "derive it on a struct");
        }
    }
    if out.ord && !out.eq {
        let at = d.traits.iter().find(|t| t.name == "Ord").map(|t| t.span).unwrap_or(d.span);
        ck.error(module, codes::BAD_DERIVE, at, "cannot derive `Ord` without `Eq`: Ord requires Eq", "`Ord` requires `Eq`", "write `deriving(Eq, Ord)`");
    }
    out
}

/// Whether a field type supports a structural interface (Eq, Ord, Display,
/// Debug, Hash). Other user types are taken on trust here: using them
/// checks their own flags.
fn supports(ty: &Ty, iface: &str) -> bool {
    match ty {
        Ty::Fun(..) => false,
        Ty::Tuple(ts) => ts.iter().all(|t| supports(t, iface)),
        Ty::Con(TyCon::Adt(_), args) => args.iter().all(|a| supports(a, iface)),
        Ty::Con(c, args) => crate::traits::builtin_has(*c, iface) && args.iter().all(|a| supports(a, iface)),
        Ty::Param(_) | Ty::Var(_) | Ty::Error => true,
    }
}

/// Drops default derives a field cannot support (a function field has no
/// `==`); reports explicit ones.
fn structural_fields(ck: &mut Checker, id: DefId, module: ModuleId, d: &mut Derives, at: Span) {
    let fields = field_list(ck, id);
    let flags: [(&str, bool); 5] = [("Eq", d.eq), ("Ord", d.ord), ("Display", d.display), ("Debug", d.debug), ("Hash", d.hash)];
    for (iface, on) in flags {
        if !on {
            continue;
        }
        let Some((fname, fty, fspan)) = fields.iter().find(|(_, t, _)| !supports(t, iface)).cloned() else { continue };
        match iface {
            "Eq" => d.eq = false,
            "Ord" => d.ord = false,
            "Display" => d.display = false,
            "Debug" => d.debug = false,
            _ => d.hash = false,
        }
        if d.explicit.iter().any(|n| *n == iface) {
            let shown = ck.show(&fty, module);
            let tn = ck.prog.def(id).name;
            let file = ck.file(module);
            ck.diags.push(
                Diagnostic::error(codes::BAD_DERIVE, format!("cannot derive `{iface}` for `{tn}`: field `{fname}` is `{shown}`, which has no `{iface}`"))
                    .primary(file, fspan, format!("`{shown}` has no `{iface}`"))
                    .secondary(file, at, "derived here")
                    .hint(format!("remove `{iface}` from `deriving(...)`, or write `impl {iface} for {tn}` by hand")),
            );
        }
    }
    match &mut ck.prog.def_mut(id).kind {
        DefKind::Struct(s) => s.derives = d.clone(),
        DefKind::Sum(s) => s.derives = d.clone(),
        _ => {}
    }
}

/// Types a derived Json can encode and decode.
pub fn json_ok(ck: &Checker, ty: &Ty) -> bool {
    match ty {
        Ty::Con(TyCon::Int | TyCon::Float | TyCon::Bool | TyCon::String | TyCon::Unit | TyCon::Atom, _) => true,
        Ty::Con(TyCon::List | TyCon::Set, args) => args.iter().all(|a| json_ok(ck, a)),
        Ty::Con(TyCon::Map, args) => args.first().is_some_and(|k| k.is_con(TyCon::String)) && args.get(1).is_some_and(|v| json_ok(ck, v)),
        Ty::Con(TyCon::Adt(d), args) => {
            let known = ck.prog.known.option == Some(*d) || ck.prog.known.result == Some(*d);
            let derived = match &ck.prog.def(*d).kind {
                DefKind::Struct(s) => s.derives.json,
                DefKind::Sum(s) => s.derives.json,
                _ => false,
            };
            // A hand-written `impl Json` serialises the type itself.
            let implemented = ck.prog.interface("Json").and_then(|i| ck.prog.impls.get(&i)).is_some_and(|impls| {
                impls.iter().any(|imp| matches!(&ck.prog.def(*imp).kind, DefKind::Impl(info) if matches!(&info.for_ty, Ty::Con(TyCon::Adt(x), _) if x == d)))
            });
            implemented || ((known || derived) && args.iter().all(|a| json_ok(ck, a)))
        }
        Ty::Tuple(ts) => ts.iter().all(|t| json_ok(ck, t)),
        // Checked per instantiation.
        Ty::Param(_) | Ty::Error | Ty::Var(_) => true,
        _ => false,
    }
}

fn field_list(ck: &Checker, id: DefId) -> Vec<(Name, Ty, Span)> {
    match &ck.prog.def(id).kind {
        DefKind::Struct(s) => s.fields.iter().map(|f| (f.name, f.ty.clone(), f.span)).collect(),
        DefKind::Sum(s) => s.variants.iter().flat_map(|v| v.fields.iter().map(move |t| (v.name, t.clone(), v.span))).collect(),
        _ => Vec::new(),
    }
}

fn check_json(ck: &mut Checker, id: DefId, module: ModuleId, at: Span) {
    let file = ck.file(module);
    for (name, ty, span) in field_list(ck, id) {
        if !json_ok(ck, &ty) {
            let shown = ck.show(&ty, module);
            let type_name = ck.prog.def(id).name;
            ck.diags.push(
                Diagnostic::error(codes::NOT_JSON, format!("field `{name}` of `{type_name}` has type `{shown}`, which is not JSON-serializable"))
                    .primary(file, span, format!("`{shown}` is not JSON-serializable"))
                    .secondary(file, at, "Json derived here")
                    .hint("JSON fields are Int, Float, Bool, String, List, Option, Map<String, _>, or types deriving Json"),
            );
        }
    }
}

fn row_ok(ck: &Checker, ty: &Ty) -> bool {
    match ty {
        Ty::Con(TyCon::Int | TyCon::Float | TyCon::Bool | TyCon::String, _) | Ty::Error => true,
        Ty::Con(TyCon::Adt(d), args) if ck.prog.known.option == Some(*d) => args.iter().all(|a| matches!(a, Ty::Con(TyCon::Int | TyCon::Float | TyCon::Bool | TyCon::String, _))),
        _ => false,
    }
}

fn check_row(ck: &mut Checker, id: DefId, module: ModuleId, at: Span) {
    let file = ck.file(module);
    for (name, ty, span) in field_list(ck, id) {
        if !row_ok(ck, &ty) {
            let shown = ck.show(&ty, module);
            ck.diags.push(
                Diagnostic::error(codes::NOT_ROW, format!("field `{name}` of type `{shown}` cannot be mapped from a database row"))
                    .primary(file, span, format!("`{shown}` cannot be mapped from a database row"))
                    .secondary(file, at, "Row derived here")
                    .hint("row fields are Int, Float, Bool, String, or an Option of those"),
            );
        }
    }
}

fn add_member(ck: &mut Checker, ty_def: DefId, module: ModuleId, name: &str, scheme: Scheme) {
    let span = ck.prog.def(ty_def).span;
    let name = Name::new(name);
    let arity = match &scheme.ty {
        Ty::Fun(ps, _) => ps.len(),
        _ => 0,
    };
    let f = ck.prog.add_def(Def {
        name,
        module,
        span,
        is_pub: ck.prog.def(ty_def).is_pub,
        kind: DefKind::Fn(FnInfo {
            owner: FnOwner::Generated,
            arity,
            scheme: Some(scheme),
            ast: None,
            symbol: None,
            special: None,
            generated: Some(Generated::Derived { ty: ty_def, what: name }),
        }),
    });
    ck.prog.type_members.insert((ty_def, name), f);
}

fn generate(ck: &mut Checker, id: DefId, module: ModuleId, d: &Derives) {
    let params: Vec<ParamId> = match &ck.prog.def(id).kind {
        DefKind::Struct(s) => s.params.clone(),
        DefKind::Sum(s) => s.params.clone(),
        _ => return,
    };
    let self_ty = Ty::Con(TyCon::Adt(id), params.iter().map(|p| Ty::Param(*p)).collect());
    let result_def = ck.prog.known.result;
    let result = |ok: Ty| match result_def {
        Some(r) => Ty::Con(TyCon::Adt(r), vec![ok, Ty::string()]),
        None => Ty::Error,
    };
    let fun = |ps: Vec<Ty>, r: Ty| Ty::Fun(ps, Box::new(r));
    let scheme = |ty: Ty| Scheme { params: params.clone(), bounds: Vec::new(), ty };
    if d.json {
        let ty = fun(vec![Ty::string()], result(self_ty.clone()));
        add_member(ck, id, module, "from_json", scheme(ty));
    }
    if d.row {
        let ty = fun(vec![Ty::map(Ty::string(), Ty::string())], result(self_ty.clone()));
        add_member(ck, id, module, "from_row", scheme(ty));
    }
    if d.schema {
        for (name, ret) in [
            ("__table__", Ty::string()),
            ("__primary_key__", Ty::string()),
            ("__fields__", Ty::list(Ty::string())),
            ("__field_types__", Ty::list(Ty::string())),
            ("__relationships__", Ty::list(Ty::string())),
            ("__relationship_meta__", Ty::list(Ty::string())),
        ] {
            add_member(ck, id, module, name, Scheme::mono(fun(vec![], ret)));
        }
        let fields: Vec<Name> = match &ck.prog.def(id).kind {
            DefKind::Struct(s) => s.fields.iter().map(|f| f.name).collect(),
            _ => Vec::new(),
        };
        for f in fields {
            add_member(ck, id, module, &format!("__{f}_col__"), Scheme::mono(fun(vec![], Ty::string())));
        }
    }
}
