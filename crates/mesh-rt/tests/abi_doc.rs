//! docs/ABI.md is normative: its tables must agree with `mesh_rt::abi`.
//! This test reads the document and compares every number it states (kind
//! numbers, object word offsets, descriptor and context byte offsets, tags).

use mesh_rt::abi::*;
use std::mem::offset_of;

fn doc() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/ABI.md")).expect("docs/ABI.md exists")
}

/// Rows of the Markdown table that follows `heading` (cells trimmed).
fn table(doc: &str, heading: &str) -> Vec<Vec<String>> {
    let start = doc.find(heading).unwrap_or_else(|| panic!("ABI.md has no section {heading:?}"));
    doc[start..]
        .lines()
        .skip_while(|l| !l.starts_with('|'))
        .take_while(|l| l.starts_with('|'))
        .skip(2)
        .map(|l| l.trim_matches('|').split('|').map(|c| c.trim().to_string()).collect())
        .collect()
}

#[test]
fn value_kinds_match() {
    let rows = table(&doc(), "## 1. Values");
    let expect = [
        ("Int", Kind::Int),
        ("Float", Kind::Float),
        ("Bool", Kind::Bool),
        ("Unit", Kind::Unit),
        ("Pid", Kind::Pid),
        ("Atom", Kind::Atom),
        ("String", Kind::String),
        ("Tuple", Kind::Tuple),
        ("Struct", Kind::Struct),
        ("Sum", Kind::Sum),
        ("Fun", Kind::Fun),
        ("List", Kind::List),
        ("Map", Kind::Map),
        ("Set", Kind::Set),
        ("Queue", Kind::Queue),
        ("Range", Kind::Range),
        ("Iter", Kind::Iter),
        ("Json", Kind::Json),
        ("Opaque", Kind::Opaque),
    ];
    assert_eq!(rows.len(), expect.len(), "one row per kind");
    for (row, (name, kind)) in rows.iter().zip(expect) {
        assert_eq!(row[1], format!("{name} ({})", kind as u32), "kind cell of {:?}", row[0]);
        assert_eq!(kind.is_ref(), row[2].starts_with("address"), "scalar/reference of {name}");
    }
}

#[test]
fn object_layouts_match() {
    let rows = table(&doc(), "## 2. Objects");
    let get = |kind: &str| rows.iter().find(|r| r[0] == kind).unwrap_or_else(|| panic!("no row for {kind}"))[1].clone();
    let words = |s: String| -> Vec<String> { s.trim_matches(|c| c == '`').split(']').next().unwrap_or("").trim_start_matches('[').split(',').map(|w| w.trim().to_string()).collect() };
    let pos = |kind: &str, field: &str| words(get(kind)).iter().position(|w| w.starts_with(field)).unwrap_or_else(|| panic!("{kind} has no word {field}"));
    assert_eq!(pos("String, Atom", "len"), STRING_LEN);
    assert_eq!(pos("String, Atom", "bytes"), STRING_BYTES);
    assert_eq!(pos("Sum", "tag"), SUM_TAG);
    assert_eq!(pos("Sum", "payload0"), SUM_FIELDS);
    assert_eq!(pos("Fun", "code"), FUN_CODE);
    assert_eq!(pos("Fun", "capture0"), FUN_CAPTURES);
    assert_eq!(pos("List", "len"), LIST_LEN);
    assert_eq!(pos("List", "array"), LIST_ARRAY);
    assert_eq!(pos("List", "start"), LIST_START);
    assert_eq!(words(get("List")).len(), LIST_WORDS);
    assert_eq!(pos("Array (internal)", "cap"), ARRAY_CAP);
    assert_eq!(pos("Array (internal)", "used"), ARRAY_USED);
    assert_eq!(pos("Array (internal)", "elem0"), ARRAY_ELEMS);
    assert_eq!(pos("Map, Set", "count"), MAP_COUNT);
    assert_eq!(pos("Map, Set", "root"), MAP_ROOT);
    assert_eq!(pos("Map, Set", "next_seq"), MAP_NEXT_SEQ);
    assert_eq!(pos("MapNode (internal)", "bitmap"), NODE_BITMAP);
    assert_eq!(pos("MapNode (internal)", "n"), NODE_LEN);
    assert_eq!(pos("MapEntry (internal)", "hash"), ENTRY_HASH);
    assert_eq!(pos("MapEntry (internal)", "key"), ENTRY_KEY);
    assert_eq!(pos("MapEntry (internal)", "value"), ENTRY_VALUE);
    assert_eq!(pos("MapEntry (internal)", "seq"), ENTRY_SEQ);
    assert_eq!(pos("Queue", "front"), QUEUE_FRONT);
    assert_eq!(pos("Queue", "back"), QUEUE_BACK);
    assert_eq!(pos("Range", "start"), RANGE_START);
    assert_eq!(pos("Range", "end"), RANGE_END);
    assert_eq!(words(get("Iter")).len(), ITER_WORDS);
    assert_eq!(pos("Json", "text"), JSON_TEXT);
    assert_eq!(pos("Opaque", "handle"), OPAQUE_HANDLE);
}

#[test]
fn descriptor_layout_matches() {
    let rows = table(&doc(), "## 3. Type descriptors");
    let off = |field: &str| -> usize {
        rows.iter().find(|r| r[1].starts_with(field)).unwrap_or_else(|| panic!("no descriptor field {field}"))[0].parse().expect("offset")
    };
    assert_eq!(off("kind"), offset_of!(TypeDesc, kind));
    assert_eq!(off("nparams"), offset_of!(TypeDesc, nparams));
    assert_eq!(off("params"), offset_of!(TypeDesc, params));
    assert_eq!(off("name"), offset_of!(TypeDesc, name));
    assert_eq!(off("field_names"), offset_of!(TypeDesc, field_names));
    assert_eq!(off("variants"), offset_of!(TypeDesc, variants));
    assert_eq!(off("nvariants"), offset_of!(TypeDesc, nvariants));
    assert_eq!(off("derives"), offset_of!(TypeDesc, derives));
    assert_eq!(off("impls"), offset_of!(TypeDesc, impls));
    assert_eq!(off("cache"), offset_of!(TypeDesc, cache));
    assert_eq!(off("list"), offset_of!(TypeDesc, list));
    assert!(doc().contains(&format!("`TypeDesc` ({} bytes)", std::mem::size_of::<TypeDesc>())));
    assert!(doc().contains(&format!("`VariantDesc` ({} bytes)", std::mem::size_of::<VariantDesc>())));
    assert!(doc().contains(&format!("`Impls` ({} bytes)", std::mem::size_of::<Impls>())));
    assert_eq!(offset_of!(VariantDesc, nfields), 8);
    assert_eq!(offset_of!(VariantDesc, fields), 16);
    let d = doc();
    for (name, bit) in [("Eq", DERIVES_EQ), ("Ord", DERIVES_ORD), ("Display", DERIVES_DISPLAY), ("Debug", DERIVES_DEBUG), ("Hash", DERIVES_HASH), ("Json", DERIVES_JSON), ("Row", DERIVES_ROW)] {
        assert!(d.contains(&format!("{name} {bit}")), "derive bit of {name}");
    }
}

#[test]
fn context_layout_matches() {
    let rows = table(&doc(), "## 4. The context");
    let off = |field: &str| -> i32 { rows.iter().find(|r| r[1] == field).unwrap_or_else(|| panic!("no ctx field {field}"))[0].parse().expect("offset") };
    assert_eq!(off("alloc_ptr"), CTX_ALLOC_PTR);
    assert_eq!(off("alloc_limit"), CTX_ALLOC_LIMIT);
    assert_eq!(off("stack_limit"), CTX_STACK_LIMIT);
    assert_eq!(off("status"), CTX_STATUS);
    assert_eq!(off("site"), CTX_SITE);
    assert_eq!(off("alloc_ptr") as usize, offset_of!(Ctx, alloc_ptr));
    assert_eq!(off("alloc_limit") as usize, offset_of!(Ctx, alloc_limit));
    assert_eq!(off("stack_limit") as usize, offset_of!(Ctx, stack_limit));
    assert_eq!(off("status") as usize, offset_of!(Ctx, status));
    assert_eq!(off("site") as usize, offset_of!(Ctx, site));
    assert_eq!(off("actor") as usize, offset_of!(Ctx, actor));
}

#[test]
fn prelude_tags_match() {
    let d = doc();
    for (text, tag) in [("`Some` ", mesh_rt::desc::TAG_SOME), ("`None` ", mesh_rt::desc::TAG_NONE), ("`Ok` ", mesh_rt::desc::TAG_OK), ("`Err` ", mesh_rt::desc::TAG_ERR), ("`Less` ", mesh_rt::desc::TAG_LESS), ("`Equal` ", mesh_rt::desc::TAG_EQUAL), ("`Greater` ", mesh_rt::desc::TAG_GREATER)] {
        assert!(d.contains(&format!("{text}{tag}")), "tag of {text}");
    }
}

#[test]
fn exported_descriptors_are_listed() {
    let d = doc();
    for (name, _) in mesh_rt::symbols::data() {
        assert!(d.contains(&format!("`{name}`")), "ABI.md must list the exported descriptor {name}");
    }
}
