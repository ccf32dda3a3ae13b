//! Type-checking benchmark (run by `bench/run typeck`): generates a
//! multi-module project of at least 100,000 lines (structs, sum types,
//! inferred and annotated functions, closures, pipes, `?`, services) and
//! prints the time to parse and type-check it.

use mesh_parse::{parse_file, SourceMap};
use std::time::Instant;

const TEMPLATE: &str = r#"
## Records of kind @.
pub struct Record@ do
  id :: Int
  name :: String
  tags :: List<String>
  score :: Float
end deriving(Eq, Display, Json)

pub type Status@ do
  Open@
  Pending@(Int)
  Closed@(String)
end deriving(Eq, Display)

pub fn make@(id :: Int, name :: String) -> Record@ do
  Record@ { id: id, name: name, tags: ["a", "b"], score: 1.5 }
end

fn label@(s :: Status@) -> String do
  case s do
    Open@ -> "open"
    Pending@(n) when n > 10 -> "late ${n}"
    Pending@(n) -> "pending ${n}"
    Closed@(why) -> "closed: " <> why
  end
end

fn double@(x) = x * 2

fn total@(xs :: List<Record@>) -> Float do
  xs |> List.map(fn r -> r.score end) |> List.reduce(0.0, fn acc, s -> acc + s end)
end

fn parse@(text :: String) -> Int!String do
  case String.to_int(text) do
    Some(n) -> Ok(n)
    None -> Err("bad number: " <> text)
  end
end

pub fn combine@(a :: String, b :: String) -> Int!String do
  let x = parse@(a)?
  let y = parse@(b)?
  Ok(double@(x) + y)
end

fn count@(n :: Int, acc :: Int) -> Int do
  if n == 0 do
    acc
  else
    count@(n - 1, acc + later@(n))
  end
end

fn later@(n :: Int) -> Int = n % 7

service Store@ do
  fn init() -> Map<Int, Record@> do Map.new() end
  cast Put(r :: Record@) do |m|
    Map.put(m, r.id, r)
  end
  call Get(id :: Int) :: Record@!String do |m|
    if Map.has_key(m, id) do
      (m, Ok(Map.get(m, id)))
    else
      (m, Err("missing ${id}"))
    end
  end
end

pub fn run@() -> String do
  let recs = for i in 0..5 when i != 2 do make@(i, "r${i}") end
  let t = total@(recs)
  let names = recs |> List.map(fn r -> r.name end) |> String.join(",")
  let status = if t > 3.0 do Pending@(count@(5, 0)) else Open@ end
  "${names} ${t} ${label@(status)}"
end
"#;

fn module_source(m: usize, per_module: usize) -> String {
    let mut s = String::new();
    for k in 0..per_module {
        s.push_str(&TEMPLATE.replace('@', &format!("{m}_{k}")));
    }
    s
}

fn main() {
    let target_lines: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(100_000);
    let lines_per = TEMPLATE.lines().count();
    let modules = 50;
    let per_module = target_lines.div_ceil(lines_per * modules);
    let mut sources = SourceMap::new();
    let mut texts = Vec::new();
    for m in 0..modules {
        texts.push((vec![format!("Part{m}")], module_source(m, per_module)));
    }
    let mut main = String::from("fn main() do\n");
    for m in 0..modules {
        main.push_str(&format!("  println(Part{m}.run{m}_0())\n"));
    }
    main.push_str("end\n");
    let imports: String = (0..modules).map(|m| format!("import Part{m}\n")).collect();
    texts.push((vec!["Main".to_string()], imports + &main));
    let lines: usize = texts.iter().map(|(_, t)| t.lines().count()).sum();
    let ids: Vec<_> = texts.iter().map(|(p, t)| (p.clone(), sources.add(format!("{}.mpl", p.join("/")), t.clone()))).collect();

    let mut best = f64::MAX;
    let mut parse_best = f64::MAX;
    for _ in 0..5 {
        let mut map = SourceMap::new();
        for (p, t) in &texts {
            map.add(format!("{}.mpl", p.join("/")), t.clone());
        }
        let t0 = Instant::now();
        let parsed: Vec<_> = ids.iter().map(|(p, id)| (p.clone(), *id, parse_file(*id, sources.text(*id)))).collect();
        let t1 = Instant::now();
        assert!(parsed.iter().all(|(_, _, p)| !p.has_errors()), "benchmark source must parse");
        let inputs: Vec<mesh_typeck::ModuleInput> = parsed.iter().map(|(p, id, f)| mesh_typeck::ModuleInput { path: p.clone(), file: *id, ast: &f.module }).collect();
        let checked = mesh_typeck::check_program(&mut map, &inputs);
        let t2 = Instant::now();
        if checked.has_errors() {
            let errs: Vec<_> = checked.diagnostics.iter().filter(|d| d.is_error()).take(3).collect();
            panic!("benchmark program must type-check: {}", mesh_parse::render::render_all_plain(&errs.into_iter().cloned().collect::<Vec<_>>(), &map));
        }
        parse_best = parse_best.min((t1 - t0).as_secs_f64());
        best = best.min((t2 - t0).as_secs_f64());
    }
    println!(
        "typeck: {lines} lines in {} modules, best of 5: parse {:.3} s, parse + check {:.3} s (goal: under 1 s, ratio {:.2}x)",
        modules + 1,
        parse_best,
        best,
        best / 1.0
    );
}
