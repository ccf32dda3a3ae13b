//! Unit tests of maps and sets.

    use super::*;
    use crate::desc::{mesh_desc_int, mesh_desc_string};
    use crate::entry::with_test_actor;

    fn w(t: &'static TypeDesc) -> u64 {
        t as *const TypeDesc as u64
    }

    /// Checks the trie invariants; returns the number of entries.
    unsafe fn check(node: u64, root: bool) -> usize {
        if node == 0 {
            return 0;
        }
        if is_entry(node) {
            return 1;
        }
        let n = node_len(node);
        if is_bucket(node) {
            assert!(n >= 2);
            return n;
        }
        assert_eq!(word(node, NODE_BITMAP).count_ones() as usize, n);
        if !root {
            assert!(n >= 2 || !(is_entry(child(node, 0)) || is_bucket(child(node, 0))), "a lone leaf was not pulled up");
        }
        (0..n).map(|i| check(child(node, i), false)).sum()
    }

    #[test]
    fn map_of_100k_ints() {
        with_test_actor(|ctx| unsafe {
            let (di, dv) = (w(&mesh_desc_int), w(&mesh_desc_int));
            let mut m = mesh_map_new(ctx, di, dv);
            for i in 0..100_000u64 {
                m = mesh_map_put(ctx, m, i, i * 2, di, dv);
            }
            assert_eq!(mesh_map_size(ctx, m, di, dv), 100_000);
            assert_eq!(check(word(m, MAP_ROOT), true), 100_000);
            for i in 0..100_000u64 {
                assert_eq!(mesh_map_get(ctx, m, i, di, dv), i * 2);
            }
            assert_eq!(mesh_map_has_key(ctx, m, 100_000, di, dv), 0);
            assert_eq!(mesh_map_get(ctx, m, 123_456, di, dv), 0);
            // Replace keeps the position.
            let m2 = mesh_map_put(ctx, m, 5, 555, di, dv);
            assert_eq!(mesh_map_get(ctx, m2, 5, di, dv), 555);
            assert_eq!(mesh_map_get(ctx, m, 5, di, dv), 10);
            let keys = mesh_map_keys(ctx, m2, di, dv);
            assert_eq!(list_len(keys), 100_000);
            for i in 0..100_000 {
                assert_eq!(list_get(keys, i), i as u64);
            }
            let vals = mesh_map_values(ctx, m2, di, dv);
            assert_eq!(list_get(vals, 5), 555);
            // Delete every other key.
            let mut d = m2;
            for i in (0..100_000u64).step_by(2) {
                d = mesh_map_delete(ctx, d, i, di, dv);
            }
            assert_eq!(mesh_map_size(ctx, d, di, dv), 50_000);
            assert_eq!(check(word(d, MAP_ROOT), true), 50_000);
            for i in 0..100_000u64 {
                assert_eq!(mesh_map_has_key(ctx, d, i, di, dv), i % 2);
            }
            let entries = map_entries(d);
            assert_eq!(entries.len(), 50_000);
            assert!(entries.iter().enumerate().all(|(j, &(k, v))| k == 2 * j as u64 + 1 && v == if k == 5 { 555 } else { k * 2 }));
            // The original is untouched.
            assert_eq!(mesh_map_size(ctx, m, di, dv), 100_000);
            assert_eq!(mesh_map_get(ctx, m, 4, di, dv), 8);
            // Delete everything.
            for i in (1..100_000u64).step_by(2) {
                d = mesh_map_delete(ctx, d, i, di, dv);
            }
            assert_eq!(mesh_map_size(ctx, d, di, dv), 0);
            assert_eq!(word(d, MAP_ROOT), 0);
            assert!(crate::heap::heap_of(ctx).collections > 0, "the test should exercise the collector");
        });
    }

    #[test]
    fn string_keys_survive_collections() {
        with_test_actor(|ctx| unsafe {
            let (ds, di) = (w(&mesh_desc_string), w(&mesh_desc_int));
            let mut m = mesh_map_new(ctx, ds, di);
            for i in 0..60_000u64 {
                let k = value::new_str(ctx, &format!("key-{}", i % 40_000));
                m = mesh_map_put(ctx, m, k, i, ds, di);
            }
            assert!(crate::heap::heap_of(ctx).collections > 0);
            assert_eq!(mesh_map_size(ctx, m, ds, di), 40_000);
            for i in (0..40_000u64).step_by(7) {
                let k = value::new_str(ctx, &format!("key-{i}"));
                let expect = if i < 20_000 { i + 40_000 } else { i };
                assert_eq!(mesh_map_get(ctx, m, k, ds, di), expect);
            }
            let keys = mesh_map_keys(ctx, m, ds, di);
            for i in (0..40_000).step_by(13) {
                assert_eq!(value::str_of(list_get(keys, i)), format!("key-{i}"));
            }
        });
    }

    #[test]
    fn string_keys_and_insertion_order() {
        with_test_actor(|ctx| unsafe {
            let (ds, di) = (w(&mesh_desc_string), w(&mesh_desc_int));
            let mut m = mesh_map_new(ctx, ds, di);
            for (i, k) in ["b", "a", "c", "a"].iter().enumerate() {
                let key = value::new_str(ctx, k);
                m = mesh_map_put(ctx, m, key, i as u64, ds, di);
            }
            let e: Vec<(String, u64)> = map_entries(m).into_iter().map(|(k, v)| (value::str_of(k).to_string(), v)).collect();
            assert_eq!(e, vec![("b".into(), 0), ("a".into(), 3), ("c".into(), 2)]);
            let other = value::new_str(ctx, "c");
            assert_eq!(mesh_map_get(ctx, m, other, ds, di), 2);
            let sm = mesh_map_new(ctx, di, ds);
            let missing = mesh_map_get(ctx, sm, 1, di, ds);
            assert_eq!(value::str_of(missing), "");
        });
    }

    #[test]
    fn sets() {
        with_test_actor(|ctx| unsafe {
            let di = w(&mesh_desc_int);
            let mut a = mesh_set_new(ctx, di);
            let mut b = mesh_set_new(ctx, di);
            for i in 0..1000u64 {
                a = mesh_set_add(ctx, a, i, di);
                a = mesh_set_add(ctx, a, i, di);
                if i % 3 == 0 {
                    b = mesh_set_add(ctx, b, 2000 - i, di);
                    b = mesh_set_add(ctx, b, i, di);
                }
            }
            assert_eq!(mesh_set_size(ctx, a, di), 1000);
            let u = mesh_set_union(ctx, a, b, di);
            assert_eq!(mesh_set_size(ctx, u, di), 1000 + 334);
            let n = mesh_set_intersection(ctx, a, b, di);
            assert_eq!(mesh_set_size(ctx, n, di), 334);
            let df = mesh_set_difference(ctx, a, b, di);
            assert_eq!(mesh_set_size(ctx, df, di), 666);
            assert_eq!(set_elements(df)[..3], [1, 2, 4]);
            let r = mesh_set_remove(ctx, a, 10, di);
            assert_eq!(mesh_set_contains(ctx, r, 10, di), 0);
            assert_eq!(mesh_set_contains(ctx, a, 10, di), 1);
        });
    }

    #[test]
    fn collisions() {
        with_test_actor(|ctx| unsafe {
            // Build buckets directly by forcing equal hashes.
            let di = &mesh_desc_int;
            let md = desc::map_of(di, di);
            let ed = desc::entry_for(md);
            let mut m = new_map(ctx, di, di);
            let mut entries = Vec::new();
            for k in 0..6u64 {
                let h = if k < 3 { 77 } else { 77 | (1 << 62) };
                let e = new_entry(ctx, ed, h, k, k, k);
                entries.push(e);
                let root = if word(m, MAP_ROOT) == 0 {
                    let n = alloc_node(ctx, 1u64 << slice_of(h, 0), 1);
                    set_word(n, NODE_CHILDREN, e);
                    n
                } else {
                    insert(ctx, word(m, MAP_ROOT), 0, e, h)
                };
                m = new_container(ctx, md, k + 1, root, k + 1);
            }
            assert_eq!(check(word(m, MAP_ROOT), true), 6);
            let root = remove(ctx, word(m, MAP_ROOT), 0, entries[1], 77, true);
            let root = remove(ctx, root, 0, entries[0], 77, true);
            assert_eq!(check(root, true), 4);
        });
    }

