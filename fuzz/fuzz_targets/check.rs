//! Fuzz target: the whole front end, parser and type checker, on any UTF-8
//! input: no panic, every label inside its file.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mesh_parse::{parse_file, render::render_plain, SourceMap};

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else { return };
    let mut map = SourceMap::new();
    let file = map.add("fuzz.mpl", src);
    let parsed = parse_file(file, src);
    if parsed.has_errors() {
        return;
    }
    let input = mesh_typeck::ModuleInput { path: vec!["Main".to_string()], file, ast: &parsed.module };
    let checked = mesh_typeck::check_program(&mut map, &[input]);
    for d in &checked.diagnostics {
        for l in &d.labels {
            assert!(l.span.end as usize <= map.text(l.file).len() && l.span.start <= l.span.end);
        }
        let _ = render_plain(d, &map);
    }
});
