//! Fuzz target: lexer + layout + parser + diagnostic rendering on any UTF-8
//! input must not panic, and every label must lie inside the file.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mesh_parse::{parse_file, render::render_plain, FileId, SourceMap};

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else { return };
    let parsed = parse_file(FileId(0), src);
    let mut map = SourceMap::new();
    map.add("fuzz.mpl", src);
    for d in &parsed.diagnostics {
        for l in &d.labels {
            assert!(l.span.end as usize <= src.len() && l.span.start <= l.span.end);
        }
        let _ = render_plain(d, &map);
    }
});
