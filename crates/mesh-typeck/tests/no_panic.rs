//! Property test: mutated versions of the valid programs of tests/lang and
//! examples (and of the compile_fail programs) go through the parser and,
//! when they still parse, the type checker; nothing may panic and every
//! diagnostic must have a label inside its file and a hint.

use mesh_parse::{parse_file, render::render_plain, SourceMap};
use std::path::Path;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

fn collect(dir: &Path, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|x| x == "mpl") {
            if let Ok(s) = std::fs::read_to_string(&p) {
                out.push(s);
            }
        }
    }
}

/// Token-level mutations keep most inputs parseable, so the checker sees
/// many near-valid programs.
const SWAPS: &[(&str, &str)] = &[
    ("Int", "String"), ("String", "Int"), ("Float", "Int"), ("1", "1.0"), ("\"", ""), ("+", "<>"), ("==", "<"),
    ("Some(", "Ok("), ("None", "Err(\"x\")"), ("Ok(", "Some("), ("->", "->"), ("x", "y"), ("(", "(1, "), (", ", ""),
    ("let ", "let _ = "), ("?", ""), ("end", "end\nend"), ("pub ", ""), ("do", "do\n  1"), ("List", "Map"),
    ("println(", "println(1 + "), ("case ", "case 1 + "), (".", ".x."), ("true", "1"),
];

fn mutate(rng: &mut Rng, src: &str) -> String {
    let mut s = src.to_string();
    for _ in 0..1 + rng.below(3) {
        let (from, to) = SWAPS[rng.below(SWAPS.len())];
        let hits: Vec<usize> = s.match_indices(from).map(|(i, _)| i).collect();
        if hits.is_empty() {
            continue;
        }
        let at = hits[rng.below(hits.len())];
        s.replace_range(at..at + from.len(), to);
    }
    s
}

fn check_one(src: &str) {
    let mut map = SourceMap::new();
    let file = map.add("main.mpl", src);
    let parsed = parse_file(file, src);
    if parsed.has_errors() {
        return;
    }
    let input = mesh_typeck::ModuleInput { path: vec!["Main".to_string()], file, ast: &parsed.module };
    let checked = mesh_typeck::check_program(&mut map, &[input]);
    for d in &checked.diagnostics {
        assert!(!d.labels.is_empty(), "diagnostic without a label: {d:?}");
        assert!(d.hint.is_some(), "diagnostic without a hint: {d:?}");
        for l in &d.labels {
            let len = map.text(l.file).len();
            assert!(l.span.start <= l.span.end && l.span.end as usize <= len, "label outside its file: {d:?}");
        }
        let _ = render_plain(d, &map);
    }
}

#[test]
fn mutated_programs_do_not_panic_the_checker() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut corpus = Vec::new();
    for dir in ["tests/lang", "examples", "tests/compile_fail"] {
        collect(&root.join(dir), &mut corpus);
    }
    assert!(!corpus.is_empty());
    let seed = std::env::var("MESH_FUZZ_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(0xC0FFEE_u64);
    let count: usize = std::env::var("MESH_FUZZ_COUNT").ok().and_then(|s| s.parse().ok()).unwrap_or(2_000);
    let mut rng = Rng(seed);
    for i in 0..count {
        let base = &corpus[rng.below(corpus.len())];
        let src = mutate(&mut rng, base);
        if let Err(e) = std::panic::catch_unwind(|| check_one(&src)) {
            let path = std::env::temp_dir().join(format!("mesh-typeck-no-panic-{seed}-{i}.mpl"));
            let _ = std::fs::write(&path, &src);
            std::panic::resume_unwind(Box::new(format!("case {i} (seed {seed}) panicked; input saved to {}: {:?}", path.display(), e.downcast_ref::<String>())));
        }
    }
}
