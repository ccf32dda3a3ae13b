//! Derived functions (LANGUAGE.md 5.14): `from_row` and the `Schema`
//! functions (`__table__` ...), through the type's descriptor.
//!
//! Generated code calls `mesh_rt_derived_<what>(ctx, args..., desc_T)`.
//!
//! Code generation compiles the Schema functions to constants from the
//! struct declaration (`mesh-codegen/src/build/schema.rs`), schema options
//! included. The runtime versions here are fallbacks that see only the
//! descriptor, where the options are not: they give the defaults (table =
//! lowercase name + "s", primary key "id", the declared fields, no
//! relationships).

use crate::abi::*;
use crate::desc::{self, from_word, mesh_desc_string};
use crate::heap::alloc_zeroed;
use crate::heap::layout::param;
use crate::json::{cname, field_name, is_option, option_inner, type_name};
use crate::value::*;

crate::export! {
    mesh_rt_derived_from_row,
    mesh_rt_derived_table,
    mesh_rt_derived_primary_key,
    mesh_rt_derived_fields,
    mesh_rt_derived_field_types,
    mesh_rt_derived_relationships,
    mesh_rt_derived_relationship_meta,
    mesh_rt_derived_column,
}

// ---------------------------------------------------------------- from_row

/// A row column parsed for a field, before anything is allocated.
enum Cell {
    Word(u64),
    /// A String field: index of the column's text in the row.
    Text(usize),
    /// An Option field: None, or Some of the inner cell.
    NoneOf,
    Some(Box<Cell>),
}

/// Parses `text` for a field of type `d` (Int, Float, Bool, String).
fn parse_cell(text: &str, col: usize, d: &TypeDesc) -> Result<Cell, String> {
    let t = text.trim();
    match d.kind {
        Kind::String => Ok(Cell::Text(col)),
        Kind::Int => t.parse::<i64>().map(|n| Cell::Word(n as u64)).map_err(|_| format!("cannot parse '{text}' as Int")),
        Kind::Float => t.parse::<f64>().map(|f| Cell::Word(f.to_bits())).map_err(|_| format!("cannot parse '{text}' as Float")),
        Kind::Bool => match t.to_ascii_lowercase().as_str() {
            "true" | "t" | "1" | "yes" => Ok(Cell::Word(1)),
            "false" | "f" | "0" | "no" => Ok(Cell::Word(0)),
            _ => Err(format!("cannot parse '{text}' as Bool")),
        },
        // SAFETY: descriptors are valid.
        _ => Err(format!("a {} cannot be read from a database row", unsafe { type_name(d) })),
    }
}

/// Makes the value of a parsed cell (may allocate).
unsafe fn cell_value(ctx: *mut Ctx, cell: &Cell, d: &'static TypeDesc, texts: &[String]) -> u64 {
    match cell {
        Cell::Word(w) => *w,
        Cell::Text(i) => new_str(ctx, &texts[*i]),
        Cell::NoneOf => none(ctx, d),
        Cell::Some(inner) => {
            let v = cell_value(ctx, inner, option_inner(d), texts);
            some(ctx, d, v)
        }
    }
}

/// Builds a struct of type `d` from `(column, text)` pairs.
///
/// # Safety
/// `ctx` is the running actor's context; the arguments are values of the types the signature declares.
pub unsafe fn from_row(ctx: *mut Ctx, row: &[(String, String)], d: &'static TypeDesc) -> Result<u64, String> {
    if d.kind != Kind::Struct {
        return Err(format!("{} cannot be read from a database row", type_name(d)));
    }
    let n = d.nparams as usize;
    let texts: Vec<String> = row.iter().map(|(_, v)| v.clone()).collect();
    let mut cells = Vec::with_capacity(n);
    for i in 0..n {
        let (name, fd) = (field_name(d, i), param(d, i));
        // The last column of a name wins (as a map would keep it).
        let col = row.iter().rposition(|(k, _)| k == name);
        let cell = if is_option(fd) {
            match col {
                None => Cell::NoneOf,
                Some(c) if row[c].1.is_empty() => Cell::NoneOf,
                Some(c) => Cell::Some(Box::new(parse_cell(&row[c].1, c, option_inner(fd))?)),
            }
        } else {
            match col {
                None => return Err(format!("missing column: {name}")),
                Some(c) => parse_cell(&row[c].1, c, fd)?,
            }
        };
        cells.push(cell);
    }
    // Everything parsed: now allocate, the struct first (its address in a
    // local pins it while its String and Option fields are made).
    let obj = alloc_zeroed(ctx, d, 1 + n);
    for (i, cell) in cells.iter().enumerate() {
        let v = cell_value(ctx, cell, param(d, i), &texts);
        *obj.add(1 + i) = v;
    }
    Ok(std::hint::black_box(obj) as u64)
}

/// The `(column, text)` pairs of a `Map<String, String>` row, copied out
/// of the heap (insertion order).
unsafe fn row_pairs(m: u64) -> Vec<(String, String)> {
    crate::json::entries_of(m).into_iter().map(|(k, v)| (str_of(k).to_string(), str_of(v).to_string())).collect()
}

/// Derived `T.from_row(m :: Map<String, String>) -> T!String`.
///
/// # Safety
/// `ctx` is the running actor's context; the arguments are values of the types the signature declares (descriptor words are descriptors).
#[no_mangle]
pub unsafe extern "C" fn mesh_rt_derived_from_row(ctx: *mut Ctx, m: u64, d: u64) -> u64 {
    let d = from_word(d);
    let res = desc::result_of(d, &mesh_desc_string);
    let row = row_pairs(m);
    match from_row(ctx, &row, d) {
        Ok(v) => ok(ctx, res, v),
        Err(e) => err_str(ctx, res, &e),
    }
}

// ---------------------------------------------------------------- Schema

/// The table of a schema: lowercase type name + "s".
///
/// # Safety
/// The descriptor arguments are valid descriptors.
pub unsafe fn table_name(d: &TypeDesc) -> String {
    format!("{}s", cname(d.name).to_lowercase())
}

/// The SQL column type of a field type: Int BIGINT, Float DOUBLE
/// PRECISION, Bool BOOLEAN, else (Option too) TEXT, as code generation's
/// constant `__field_types__` has it.
///
/// # Safety
/// The descriptor arguments are valid descriptors.
pub unsafe fn sql_type(d: &TypeDesc) -> &'static str {
    match d.kind {
        Kind::Int => "BIGINT",
        Kind::Float => "DOUBLE PRECISION",
        Kind::Bool => "BOOLEAN",
        _ => "TEXT",
    }
}

/// Field names of a struct descriptor, in declaration order.
unsafe fn field_names(d: &TypeDesc) -> Vec<&'static str> {
    if d.kind != Kind::Struct {
        return Vec::new();
    }
    (0..d.nparams as usize).map(|i| field_name(d, i)).collect()
}

/// A `List<String>` of `items`.
unsafe fn string_list(ctx: *mut Ctx, items: &[String]) -> u64 {
    let mut lb = ListBuilder::new(ctx, desc::list_of(&mesh_desc_string), items.len());
    for s in items {
        let v = new_str(ctx, s);
        lb.push(ctx, v);
    }
    lb.finish(ctx)
}

/// `T.__table__()`.
///
/// # Safety
/// `ctx` is the running actor's context; the arguments are values of the types the signature declares (descriptor words are descriptors).
#[no_mangle]
pub unsafe extern "C" fn mesh_rt_derived_table(ctx: *mut Ctx, d: u64) -> u64 {
    new_str(ctx, &table_name(from_word(d)))
}

/// `T.__primary_key__()`.
///
/// # Safety
/// `ctx` is the running actor's context; the arguments are values of the types the signature declares (descriptor words are descriptors).
#[no_mangle]
pub unsafe extern "C" fn mesh_rt_derived_primary_key(ctx: *mut Ctx, _d: u64) -> u64 {
    new_str(ctx, "id")
}

/// `T.__fields__()`: field names in declaration order.
///
/// # Safety
/// `ctx` is the running actor's context; the arguments are values of the types the signature declares (descriptor words are descriptors).
#[no_mangle]
pub unsafe extern "C" fn mesh_rt_derived_fields(ctx: *mut Ctx, d: u64) -> u64 {
    let names: Vec<String> = field_names(from_word(d)).into_iter().map(String::from).collect();
    string_list(ctx, &names)
}

/// `T.__field_types__()`: `"name:TYPE"` per field.
///
/// # Safety
/// `ctx` is the running actor's context; the arguments are values of the types the signature declares (descriptor words are descriptors).
#[no_mangle]
pub unsafe extern "C" fn mesh_rt_derived_field_types(ctx: *mut Ctx, d: u64) -> u64 {
    let d = from_word(d);
    let items: Vec<String> = field_names(d).into_iter().enumerate().map(|(i, n)| format!("{n}:{}", sql_type(param(d, i)))).collect();
    string_list(ctx, &items)
}

/// `T.__relationships__()`: `"belongs_to:user:User"` ... (the descriptor
/// does not carry relationships yet: empty).
///
/// # Safety
/// `ctx` is the running actor's context; the arguments are values of the types the signature declares (descriptor words are descriptors).
#[no_mangle]
pub unsafe extern "C" fn mesh_rt_derived_relationships(ctx: *mut Ctx, _d: u64) -> u64 {
    string_list(ctx, &[])
}

/// `T.__relationship_meta__()`: `"kind:name:Target:fk:table"` ... (empty,
/// as above).
///
/// # Safety
/// `ctx` is the running actor's context; the arguments are values of the types the signature declares (descriptor words are descriptors).
#[no_mangle]
pub unsafe extern "C" fn mesh_rt_derived_relationship_meta(ctx: *mut Ctx, _d: u64) -> u64 {
    string_list(ctx, &[])
}

/// `T.__<field>_col__()` for the field at `index` (an Int): its column
/// name, which is the field name. Generated code may route every per-field
/// column function here with the field's declaration index.
///
/// # Safety
/// `ctx` is the running actor's context; the arguments are values of the types the signature declares (descriptor words are descriptors).
#[no_mangle]
pub unsafe extern "C" fn mesh_rt_derived_column(ctx: *mut Ctx, index: u64, d: u64) -> u64 {
    let d = from_word(d);
    let i = index as usize;
    if d.kind != Kind::Struct || i >= d.nparams as usize {
        crate::panic::panic_msg(ctx, &format!("{} has no field number {i}", type_name(d)));
    }
    new_str(ctx, field_name(d, i))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::desc::{mesh_desc_bool, mesh_desc_float, mesh_desc_int, option_of};
    use crate::entry::with_test_actor;
    use crate::json::tests::struct_desc;

    fn row(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    fn user() -> &'static TypeDesc {
        struct_desc(
            "UserAccount",
            &[
                ("name", &mesh_desc_string),
                ("count", &mesh_desc_int),
                ("ratio", &mesh_desc_float),
                ("active", &mesh_desc_bool),
                ("email", option_of(&mesh_desc_string)),
                ("age", option_of(&mesh_desc_int)),
            ],
        )
    }

    #[test]
    fn from_row_values_and_errors() {
        with_test_actor(|ctx| unsafe {
            let d = user();
            let r = row(&[("name", "Ann"), ("count", "42"), ("ratio", "0.5"), ("active", "t"), ("email", "a@b.c"), ("age", "")]);
            let v = from_row(ctx, &r, d).unwrap();
            assert_eq!(crate::json::encode_to_string(ctx, v, d), r#"{"name":"Ann","count":42,"ratio":0.5,"active":true,"email":"a@b.c","age":null}"#);
            for (text, b) in [("true", 1), ("1", 1), ("yes", 1), ("false", 0), ("f", 0), ("0", 0), ("no", 0)] {
                let r = row(&[("name", ""), ("count", "-3"), ("ratio", "2"), ("active", text), ("age", "7")]);
                let v = from_row(ctx, &r, d).unwrap();
                assert_eq!(field(v, 3), b);
                assert_eq!(crate::json::encode_to_string(ctx, v, d), format!(r#"{{"name":"","count":-3,"ratio":2.0,"active":{},"email":null,"age":7}}"#, b == 1));
            }
            let r = row(&[("name", "x"), ("count", "x"), ("ratio", "1"), ("active", "t")]);
            assert_eq!(from_row(ctx, &r, d).unwrap_err(), "cannot parse 'x' as Int");
            let r = row(&[("name", "x"), ("count", "1"), ("ratio", "abc"), ("active", "t")]);
            assert_eq!(from_row(ctx, &r, d).unwrap_err(), "cannot parse 'abc' as Float");
            let r = row(&[("name", "x"), ("count", "1"), ("ratio", "1"), ("active", "maybe")]);
            assert_eq!(from_row(ctx, &r, d).unwrap_err(), "cannot parse 'maybe' as Bool");
            let r = row(&[("name", "x"), ("ratio", "1"), ("active", "t")]);
            assert_eq!(from_row(ctx, &r, d).unwrap_err(), "missing column: count");
            let r = row(&[("name", "x"), ("count", "1"), ("ratio", "1"), ("active", "t"), ("age", "old")]);
            assert_eq!(from_row(ctx, &r, d).unwrap_err(), "cannot parse 'old' as Int");
        })
    }

    #[test]
    fn schema_defaults() {
        with_test_actor(|ctx| unsafe {
            let d = user();
            let w = d as *const TypeDesc as u64;
            assert_eq!(str_of(mesh_rt_derived_table(ctx, w)), "useraccounts");
            assert_eq!(str_of(mesh_rt_derived_primary_key(ctx, w)), "id");
            let show = |l: u64| (0..list_len(l)).map(|i| str_of(list_get(l, i)).to_string()).collect::<Vec<_>>();
            assert_eq!(show(mesh_rt_derived_fields(ctx, w)), ["name", "count", "ratio", "active", "email", "age"]);
            assert_eq!(
                show(mesh_rt_derived_field_types(ctx, w)),
                ["name:TEXT", "count:BIGINT", "ratio:DOUBLE PRECISION", "active:BOOLEAN", "email:TEXT", "age:TEXT"]
            );
            assert!(show(mesh_rt_derived_relationships(ctx, w)).is_empty());
            assert!(show(mesh_rt_derived_relationship_meta(ctx, w)).is_empty());
            assert_eq!(str_of(mesh_rt_derived_column(ctx, 1, w)), "count");
        })
    }
}
