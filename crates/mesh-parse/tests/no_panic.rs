//! Property test: at least 10,000 mutated sources (byte flips, truncations,
//! deletions, duplications, spliced lines and token insertions from a corpus
//! of real programs) go through the whole front end; none may panic, and
//! every diagnostic must carry a label inside the file and render.

use mesh_parse::{parse_file, render::render_plain, FileId, SourceMap};
use std::path::Path;

/// SplitMix64: a small deterministic generator (fixed seed, no dependency).
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

const FRAGMENTS: &[&str] = &[
    "do", "end", "fn", "fn x -> ", "(", ")", "[", "]", "{", "}", "%{", "\"", "\"\"\"", "${", "#=", "=#", "|>", "|", "->",
    "=>", "::", ":", ",", ";", "\n", "case x do\n", "receive do\n", "after 5 -> 1\n", "else if", "else", "when", "let",
    "?", "!", "-", "9223372036854775808", "0x", "0b2", "1e", "1.", ":atom", "&", "@", "\\", "é", "\r\n", "\t", "do |x|",
    "struct S do\n", "service S do\n", "call C() do |s|", "deriving(", "import", "from", "as", "_", "..", "<>",
];

fn mutate(rng: &mut Rng, corpus: &[String], src: &str) -> String {
    let mut bytes = src.as_bytes().to_vec();
    for _ in 0..1 + rng.below(4) {
        let len = bytes.len();
        match rng.below(7) {
            0 if len > 0 => {
                let i = rng.below(len);
                bytes[i] ^= 1 << rng.below(8);
            }
            1 => bytes.truncate(rng.below(len + 1)),
            2 if len > 0 => {
                let a = rng.below(len);
                let b = (a + rng.below(64)).min(len);
                bytes.drain(a..b);
            }
            3 if len > 0 => {
                let a = rng.below(len);
                let b = (a + rng.below(64)).min(len);
                let chunk = bytes[a..b].to_vec();
                let at = rng.below(len + 1);
                bytes.splice(at..at, chunk);
            }
            4 => {
                let other = &corpus[rng.below(corpus.len())];
                let lines: Vec<&str> = other.lines().collect();
                if !lines.is_empty() {
                    let line = lines[rng.below(lines.len())];
                    let at = rng.below(len + 1);
                    bytes.splice(at..at, format!("{line}\n").into_bytes());
                }
            }
            _ => {
                let frag = FRAGMENTS[rng.below(FRAGMENTS.len())];
                let at = rng.below(len + 1);
                bytes.splice(at..at, frag.bytes());
            }
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

fn check_one(src: &str) {
    let parsed = parse_file(FileId(0), src);
    let mut map = SourceMap::new();
    map.add("fuzz.mpl", src);
    for d in &parsed.diagnostics {
        assert!(!d.labels.is_empty() || d.code == "E0110", "diagnostic without a label: {d:?}");
        for l in &d.labels {
            assert!(l.span.end as usize <= src.len() && l.span.start <= l.span.end, "label outside the file: {d:?}");
            assert!(src.is_char_boundary(l.span.start as usize) && src.is_char_boundary(l.span.end as usize), "label splits a character: {d:?}");
        }
        assert!(d.hint.is_some(), "diagnostic without a hint: {d:?}");
        let _ = render_plain(d, &map);
    }
}

#[test]
fn ten_thousand_mutated_sources_do_not_panic() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut corpus = Vec::new();
    for dir in ["tests/lang", "tests/parse_fail", "examples"] {
        collect(&root.join(dir), &mut corpus);
    }
    corpus.push(include_str!("constructs.rs").to_string());
    let seed = std::env::var("MESH_FUZZ_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(0x5EED_u64);
    let count: usize = std::env::var("MESH_FUZZ_COUNT").ok().and_then(|s| s.parse().ok()).unwrap_or(10_000);
    let mut rng = Rng(seed);
    for i in 0..count {
        let base = &corpus[rng.below(corpus.len())];
        let src = mutate(&mut rng, &corpus, base);
        let result = std::panic::catch_unwind(|| check_one(&src));
        if let Err(e) = result {
            let path = std::env::temp_dir().join(format!("mesh-no-panic-{seed}-{i}.mpl"));
            let _ = std::fs::write(&path, &src);
            std::panic::resume_unwind(Box::new(format!("case {i} (seed {seed}) failed, input saved to {}: {:?}", path.display(), e.downcast_ref::<String>())));
        }
    }
}
