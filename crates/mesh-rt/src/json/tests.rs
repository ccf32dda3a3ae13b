//! Unit tests of JSON encoding and decoding.


    use super::*;
    use crate::desc::{list_of, mesh_desc_bool, mesh_desc_float, mesh_desc_int, option_of};
    use crate::entry::with_test_actor;
    use std::sync::atomic::AtomicPtr;

    fn leak<T>(v: Vec<T>) -> *const T {
        Box::leak(v.into_boxed_slice()).as_ptr()
    }

    fn cstr(s: &str) -> *const u8 {
        let mut v = s.as_bytes().to_vec();
        v.push(0);
        leak(v)
    }

    fn blank(kind: Kind, name: &str) -> TypeDesc {
        TypeDesc {
            kind,
            nparams: 0,
            params: std::ptr::null(),
            name: cstr(name),
            field_names: std::ptr::null(),
            variants: std::ptr::null(),
            nvariants: 0,
            derives: DERIVES_JSON,
            impls: std::ptr::null(),
            cache: AtomicPtr::new(std::ptr::null_mut()),
            list: AtomicPtr::new(std::ptr::null_mut()),
        }
    }

    /// A struct descriptor made by hand.
    pub(crate) fn struct_desc(name: &str, fields: &[(&str, &'static TypeDesc)]) -> &'static TypeDesc {
        let mut d = blank(Kind::Struct, name);
        d.nparams = fields.len() as u32;
        d.params = leak(fields.iter().map(|(_, t)| *t as *const TypeDesc).collect());
        d.field_names = leak(fields.iter().map(|(n, _)| cstr(n)).collect());
        Box::leak(Box::new(d))
    }

    /// A sum type descriptor made by hand.
    pub(crate) fn sum_desc(name: &str, variants: &[(&str, Vec<&'static TypeDesc>)]) -> &'static TypeDesc {
        let mut d = blank(Kind::Sum, name);
        let vs: Vec<VariantDesc> = variants
            .iter()
            .map(|(n, fs)| VariantDesc { name: cstr(n), nfields: fs.len() as u32, _pad: 0, fields: leak(fs.iter().map(|f| *f as *const TypeDesc).collect::<Vec<_>>()) })
            .collect();
        d.nvariants = vs.len() as u32;
        d.variants = leak(vs);
        Box::leak(Box::new(d))
    }

    fn int() -> &'static TypeDesc {
        &mesh_desc_int
    }
    fn float() -> &'static TypeDesc {
        &mesh_desc_float
    }
    fn string() -> &'static TypeDesc {
        &mesh_desc_string
    }

    unsafe fn text(v: u64) -> String {
        str_of(v).to_string()
    }

    unsafe fn enc(ctx: *mut Ctx, v: u64, d: &'static TypeDesc) -> String {
        text(encode(ctx, v, d))
    }

    /// Decodes and re-encodes, or gives the error.
    unsafe fn round(ctx: *mut Ctx, s: &str, d: &'static TypeDesc) -> Result<String, String> {
        decode(ctx, s, d).map(|v| enc(ctx, v, d))
    }

    fn shapes() -> (&'static TypeDesc, &'static TypeDesc) {
        let point = struct_desc("Point", &[("x", int()), ("y", int())]);
        let shape = sum_desc("Shape", &[("Circle", vec![float()]), ("Dot", vec![]), ("Seg", vec![point, point])]);
        (point, shape)
    }

    #[test]
    fn scalars_and_strings() {
        with_test_actor(|ctx| unsafe {
            assert_eq!(enc(ctx, (-5i64) as u64, int()), "-5");
            assert_eq!(enc(ctx, 42.0f64.to_bits(), float()), "42.0");
            assert_eq!(enc(ctx, 3.25f64.to_bits(), float()), "3.25");
            assert_eq!(enc(ctx, f64::NAN.to_bits(), float()), "null");
            assert_eq!(enc(ctx, 1, &mesh_desc_bool), "true");
            assert_eq!(enc(ctx, 0, mesh_desc_unit_ref()), "null");
            let s = new_str(ctx, "say \"hi\"\\\n\tdone\u{1}é😀");
            assert_eq!(enc(ctx, s, string()), r#""say \"hi\"\\\n\tdone\u0001é😀""#);
            assert_eq!(text(mesh_json_encode_string(ctx, s)), r#""say \"hi\"\\\n\tdone\u0001é😀""#);
            assert_eq!(text(mesh_json_encode_int(ctx, (-7i64) as u64)), "-7");
            assert_eq!(text(mesh_json_encode_bool(ctx, 0)), "false");
            // The escaped text decodes back to the same string.
            let back = decode(ctx, &enc(ctx, s, string()), string()).unwrap();
            assert_eq!(text(back), text(s));
        })
    }

    fn mesh_desc_unit_ref() -> &'static TypeDesc {
        &crate::desc::mesh_desc_unit
    }

    #[test]
    fn lists_structs_variants_options() {
        with_test_actor(|ctx| unsafe {
            let (point, shape) = shapes();
            let ls = list_of(string());
            let a = new_str(ctx, "a");
            let b = new_str(ctx, "b\"");
            let l = new_list(ctx, ls, &[a, b]);
            assert_eq!(enc(ctx, l, ls), r#"["a","b\""]"#);
            assert_eq!(text(mesh_json_encode_list(ctx, l, string() as *const TypeDesc as u64)), r#"["a","b\""]"#);
            let empty = new_list(ctx, list_of(int()), &[]);
            assert_eq!(enc(ctx, empty, list_of(int())), "[]");
            let p = new_tuple(ctx, point, &[3, (-4i64) as u64]);
            assert_eq!(enc(ctx, p, point), r#"{"x":3,"y":-4}"#);
            let c = new_variant(ctx, shape, 0, &[3.5f64.to_bits()]);
            assert_eq!(enc(ctx, c, shape), r#"{"tag":"Circle","fields":[3.5]}"#);
            let dot = new_variant(ctx, shape, 1, &[]);
            assert_eq!(enc(ctx, dot, shape), r#"{"tag":"Dot","fields":[]}"#);
            let seg = new_variant(ctx, shape, 2, &[p, p]);
            assert_eq!(enc(ctx, seg, shape), r#"{"tag":"Seg","fields":[{"x":3,"y":-4},{"x":3,"y":-4}]}"#);
            let oi = option_of(int());
            let s5 = some(ctx, oi, 5);
            let n = none(ctx, oi);
            assert_eq!(enc(ctx, s5, oi), "5");
            assert_eq!(enc(ctx, n, oi), "null");
            let person = struct_desc("Person", &[("name", string()), ("at", point), ("tags", ls), ("nick", option_of(string()))]);
            let name = new_str(ctx, "Ann");
            let pr = new_tuple(ctx, person, &[name, p, l, n]);
            assert_eq!(enc(ctx, pr, person), r#"{"name":"Ann","at":{"x":3,"y":-4},"tags":["a","b\""],"nick":null}"#);
        })
    }

    #[test]
    fn get_and_nested() {
        let t = r#"{"name":"Ann","age":31,"score":9.5,"ok":true,"none":null,"at":{"city":"Oslo","zip":"0150"},"xs":[1, 2]}"#;
        assert_eq!(get_path(t, &["name"]), "Ann");
        assert_eq!(get_path(t, &["age"]), "31");
        assert_eq!(get_path(t, &["score"]), "9.5");
        assert_eq!(get_path(t, &["ok"]), "true");
        assert_eq!(get_path(t, &["none"]), "");
        assert_eq!(get_path(t, &["missing"]), "");
        assert_eq!(get_path(t, &["xs"]), "[1,2]");
        assert_eq!(get_path(t, &["at", "city"]), "Oslo");
        assert_eq!(get_path(t, &["at", "nope"]), "");
        assert_eq!(get_path(t, &["name", "x"]), "");
        assert_eq!(get_path("not json", &["a"]), "");
        assert_eq!(get_path("[1]", &["a"]), "");
    }

    #[test]
    fn parse() {
        with_test_actor(|ctx| unsafe {
            let s = new_str(ctx, "[1, 2,\n {\"a\": \"x\"}]");
            let r = mesh_json_parse(ctx, s);
            assert_eq!(tag_of(r), desc::TAG_OK);
            let j = variant_field(r, 0);
            assert_eq!(crate::heap::layout::desc_of(j as *const u64).kind, Kind::Json);
            assert_eq!(text(*(j as *const u64).add(JSON_TEXT)), r#"[1,2,{"a":"x"}]"#);
            let bad = new_str(ctx, "{oops");
            let r = mesh_json_parse(ctx, bad);
            assert_eq!(tag_of(r), desc::TAG_ERR);
            assert!(text(variant_field(r, 0)).starts_with("invalid JSON: "));
        })
    }

    #[test]
    fn decode_structs() {
        with_test_actor(|ctx| unsafe {
            let (point, shape) = shapes();
            let addr = struct_desc("Address", &[("city", string()), ("zip", string())]);
            let person = struct_desc(
                "Person",
                &[("name", string()), ("age", int()), ("address", addr), ("score", float()), ("nick", option_of(string())), ("shapes", list_of(shape)), ("pts", list_of(point))],
            );
            let t = r#"{"name":"Ann","age":31,"address":{"city":"Oslo","zip":"0150"},"score":9.5,"nick":"A","shapes":[{"tag":"Circle","fields":[1.5]},{"tag":"Dot","fields":[]},"Dot",{"tag":"Seg","fields":[{"x":1,"y":2},{"y":4,"x":3}]}],"pts":[]}"#;
            let expect = r#"{"name":"Ann","age":31,"address":{"city":"Oslo","zip":"0150"},"score":9.5,"nick":"A","shapes":[{"tag":"Circle","fields":[1.5]},{"tag":"Dot","fields":[]},{"tag":"Dot","fields":[]},{"tag":"Seg","fields":[{"x":1,"y":2},{"x":3,"y":4}]}],"pts":[]}"#;
            assert_eq!(round(ctx, t, person).unwrap(), expect);
            // A missing or null Option field is None; Float takes an integral number.
            let t2 = r#"{"name":"Bo","age":4,"address":{"city":"Rome","zip":"00100"},"score":7,"shapes":[],"pts":[{"x":0,"y":0}]}"#;
            assert_eq!(
                round(ctx, t2, person).unwrap(),
                r#"{"name":"Bo","age":4,"address":{"city":"Rome","zip":"00100"},"score":7.0,"nick":null,"shapes":[],"pts":[{"x":0,"y":0}]}"#
            );
            let t3 = r#"{"name":"Cy","address":{"city":"X","zip":"1"},"score":1.5,"shapes":[],"pts":[]}"#;
            assert_eq!(round(ctx, t3, person).unwrap_err(), "missing field: age");
            let t4 = r#"{"name":"Cy","age":1,"address":{"city":"X"},"score":1.5,"shapes":[],"pts":[]}"#;
            assert_eq!(round(ctx, t4, person).unwrap_err(), "missing field: address.zip");
            let t5 = r#"{"name":"Di","age":"old","address":{"city":"X","zip":"1"},"score":1.5,"shapes":[],"pts":[]}"#;
            assert_eq!(round(ctx, t5, person).unwrap_err(), r#"field age: expected Int, got "old""#);
            let t6 = r#"{"name":"Di","age":1.5,"address":{"city":"X","zip":"1"},"score":1.5,"shapes":[],"pts":[]}"#;
            assert_eq!(round(ctx, t6, person).unwrap_err(), "field age: expected Int (an integral number), got 1.5");
            let t7 = r#"{"name":"Di","age":2.0,"address":{"city":"X","zip":"1"},"score":1.5,"shapes":[],"pts":[{"x":1,"y":true}]}"#;
            assert_eq!(round(ctx, t7, person).unwrap_err(), "field pts[0].y: expected Int, got true");
            let t8 = r#"{"name":"Di","age":2,"address":{"city":"X","zip":"1"},"score":1.5,"shapes":[{"tag":"Square","fields":[]}],"pts":[]}"#;
            assert_eq!(round(ctx, t8, person).unwrap_err(), r#"field shapes[0]: unknown variant "Square" of Shape"#);
            let t9 = r#"{"name":"Di","age":2,"address":{"city":"X","zip":"1"},"score":1.5,"shapes":[{"tag":"Circle","fields":[]}],"pts":[]}"#;
            assert_eq!(round(ctx, t9, person).unwrap_err(), "field shapes[0]: variant Circle takes 1 field(s), got 0");
            assert!(round(ctx, "{oops", person).unwrap_err().starts_with("invalid JSON: "));
            assert_eq!(round(ctx, "[1]", person).unwrap_err(), "expected Person (an object), got an array");
            assert_eq!(round(ctx, "12345678901234567890", int()).unwrap_err(), "12345678901234567890 does not fit in an Int");
            assert_eq!(round(ctx, "[1, 2]", list_of(option_of(int()))).unwrap(), "[1,2]");
            assert_eq!(round(ctx, "[null, 2]", list_of(option_of(int()))).unwrap(), "[null,2]");
            let r = mesh_rt_derived_from_json(ctx, new_str(ctx, t3), person as *const TypeDesc as u64);
            assert_eq!(tag_of(r), desc::TAG_ERR);
            assert_eq!(text(variant_field(r, 0)), "missing field: age");
            let r = mesh_rt_derived_from_json(ctx, new_str(ctx, r#"{"x":1,"y":2}"#), point as *const TypeDesc as u64);
            assert_eq!(tag_of(r), desc::TAG_OK);
            assert_eq!(field(variant_field(r, 0), 1), 2);
        })
    }

    #[test]
    fn maps_and_sets() {
        with_test_actor(|ctx| unsafe {
            let (point, _) = shapes();
            let md = desc::map_of(string(), point);
            let mut m = crate::map::new_map(ctx, string(), point);
            for (k, x) in [("b", 1u64), ("a", 2), ("c\"", 3)] {
                let p = new_tuple(ctx, point, &[x, x * 10]);
                let key = new_str(ctx, k);
                m = crate::map::map_put(ctx, m, key, p, string(), point);
            }
            let expect = r#"{"b":{"x":1,"y":10},"a":{"x":2,"y":20},"c\"":{"x":3,"y":30}}"#;
            assert_eq!(enc(ctx, m, md), expect);
            assert_eq!(text(mesh_json_encode_map(ctx, m, point as *const TypeDesc as u64)), expect);
            let empty = crate::map::new_map(ctx, string(), int());
            assert_eq!(enc(ctx, empty, desc::map_of(string(), int())), "{}");
            // Decoding keeps keys; their order is the parser's.
            let back = decode(ctx, expect, md).unwrap();
            assert_eq!(crate::map::map_size(back), 3);
            let t = get_path(&enc(ctx, back, md), &["c\""]);
            assert_eq!(t, r#"{"x":3,"y":30}"#);
            let sd = desc::set_of(int());
            let s = decode(ctx, "[3, 1, 3, 2]", sd).unwrap();
            assert_eq!(enc(ctx, s, sd), "[3,1,2]");
            assert_eq!(round(ctx, "[1]", md).unwrap_err(), "expected Map<String, Point> (an object), got an array");
        })
    }

    /// Decoding enough to collect several times, then collecting again:
    /// the result must be intact.
    #[test]
    fn decode_survives_collections() {
        with_test_actor(|ctx| unsafe {
            let (point, shape) = shapes();
            let item = struct_desc("Item", &[("name", string()), ("p", point), ("s", shape), ("tags", list_of(string())), ("o", option_of(string())), ("m", desc::map_of(string(), list_of(string())))]);
            let mut t = String::from("[");
            let big = "x".repeat(40_000);
            for i in 0..20_000 {
                if i > 0 {
                    t.push(',');
                }
                // Every 50th name is a large object (counted towards the
                // collection threshold).
                let name = if i % 50 == 0 { format!("{big}{i}") } else { format!("item number {i}") };
                t.push_str(&format!(
                    r#"{{"name":"{name}","p":{{"x":{i},"y":{}}},"s":{{"tag":"Seg","fields":[{{"x":1,"y":{i}}},{{"x":2,"y":3}}]}},"tags":["t{i}","u","v"],"o":"{}","m":{{"a":["{i}"],"b":[]}}}}"#,
                    -i, i % 7
                ));
            }
            t.push(']');
            let d = list_of(item);
            let before = crate::heap::heap_of(ctx).collections;
            crate::heap::heap_of(ctx).threshold = 0;
            let v = decode(ctx, &t, d).unwrap();
            assert!(crate::heap::heap_of(ctx).collections > before + 1, "the test should collect");
            // One more collection, through the allocator.
            crate::heap::heap_of(ctx).threshold = 0;
            let before = crate::heap::heap_of(ctx).collections;
            let _ = new_str(ctx, &"y".repeat(40_000));
            assert!(crate::heap::heap_of(ctx).collections > before);
            let got = enc(ctx, v, d);
            assert!(got == t, "decoded data changed");
        })
    }

