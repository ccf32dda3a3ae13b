//! `deriving(Schema)` functions (LANGUAGE.md 5.14): `__table__`,
//! `__primary_key__`, `__fields__`, `__field_types__`, `__relationships__`,
//! `__relationship_meta__` and `__<field>_col__` depend only on the struct's
//! declaration, so they are computed here and compiled to constants.

use mesh_parse::ast::{RelationKind, SchemaOption};
use mesh_typeck::defs::DefKind;
use mesh_typeck::ty::{Ty, TyCon};
use mesh_typeck::{DefId, Program};

/// The value of schema function `what` of struct `def`: a string or a list
/// of strings (`None` if `what` is not a schema function).
pub fn schema_value(prog: &Program, def: DefId, what: &str) -> Option<(Vec<String>, bool)> {
    let DefKind::Struct(s) = &prog.def(def).kind else { return None };
    let name = prog.def(def).name.to_string();
    let lower = name.to_lowercase();
    let mut table = format!("{lower}s");
    let mut primary = "id".to_string();
    let mut timestamps = false;
    let mut relations = Vec::new();
    for o in &s.schema {
        match o {
            SchemaOption::Table(t) => table = t.clone(),
            SchemaOption::PrimaryKey(p) => primary = p.clone(),
            SchemaOption::Timestamps(t) => timestamps = *t,
            SchemaOption::Relation { kind, name, target } => relations.push((*kind, name.clone(), target.last().name.to_string())),
        }
    }
    let mut fields: Vec<(String, &Ty)> = s.fields.iter().map(|f| (f.name.to_string(), &f.ty)).collect();
    let text = Ty::string();
    if timestamps {
        fields.push(("inserted_at".into(), &text));
        fields.push(("updated_at".into(), &text));
    }
    let kind_name = |k: RelationKind| match k {
        RelationKind::BelongsTo => "belongs_to",
        RelationKind::HasMany => "has_many",
        RelationKind::HasOne => "has_one",
    };
    let one = |s: String| Some((vec![s], false));
    match what {
        "__table__" => one(table),
        "__primary_key__" => one(primary),
        "__fields__" => Some((fields.iter().map(|(n, _)| n.clone()).collect(), true)),
        "__field_types__" => Some((fields.iter().map(|(n, t)| format!("{n}:{}", sql_type(t))).collect(), true)),
        "__relationships__" => Some((relations.iter().map(|(k, n, t)| format!("{}:{n}:{t}", kind_name(*k))).collect(), true)),
        "__relationship_meta__" => Some((
            relations
                .iter()
                .map(|(k, n, t)| {
                    let fk = match k {
                        RelationKind::BelongsTo => format!("{n}_id"),
                        _ => format!("{lower}_id"),
                    };
                    format!("{}:{n}:{t}:{fk}:{}s", kind_name(*k), t.to_lowercase())
                })
                .collect(),
            true,
        )),
        w => {
            let field = w.strip_prefix("__")?.strip_suffix("_col__")?;
            one(field.to_string())
        }
    }
}

fn sql_type(t: &Ty) -> &'static str {
    match t {
        Ty::Con(TyCon::Int, _) => "BIGINT",
        Ty::Con(TyCon::Float, _) => "DOUBLE PRECISION",
        Ty::Con(TyCon::Bool, _) => "BOOLEAN",
        _ => "TEXT",
    }
}
