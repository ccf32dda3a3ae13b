//! Compile-speed benchmark (run by `bench/run compile`): generates a
//! project of at least 50,000 lines in which `main` reaches every function
//! (so monomorphisation compiles all of it), builds it to an executable,
//! and prints lines per second end to end, and the share of the front end
//! plus code generation without linking.

use std::time::Instant;

// mimalloc: the compiler allocates many small short-lived objects
// (Cranelift's per-function data); it is ~10% faster than glibc's malloc here.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

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

fn combine@(a :: String, b :: String) -> Int!String do
  let x = parse@(a)?
  let y = parse@(b)?
  Ok(double@(x) + y)
end

fn count@(n :: Int, acc :: Int) -> Int do
  if n == 0 do
    acc
  else
    count@(n - 1, acc + n % 7)
  end
end

fn classify@(0) = "zero"
fn classify@(n) when n < 0 = "negative"
fn classify@(n) when n > 100 = "big"
fn classify@(_) = "small"

fn shapes@(xs :: List<Int>) -> List<String> do
  for x in xs when x % 2 == 0 do
    "${x}: " <> classify@(x)
  end
end

fn lookup@(m :: Map<String, Int>, k :: String) -> Int do
  if Map.has_key(m, k) do
    Map.get(m, k) * 3
  else
    0 - 1
  end
end

pub fn run@(seed :: Int) -> Int do
  let r = make@(seed, "r@")
  let s = label@(Pending@(seed))
  let t = total@([r, make@(seed + 1, "q")])
  let c = case combine@("12", "30") do
    Ok(v) -> v
    Err(_) -> 0
  end
  let m = %{"a" => 1, "b" => seed}
  let shaped = shapes@([1, 2, 3, 4, seed])
  String.length(s) + c + count@(seed % 50, 0) + lookup@(m, "b") + List.length(shaped) + Float.to_int(t)
end
"#;

fn main() {
    let target: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(50_000);
    let dir = std::env::temp_dir().join(format!("mesh-compile-bench-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("bench dir");
    let per_module = 40;
    let mut lines = 0;
    let mut modules = 0;
    let mut calls = Vec::new();
    while lines < target {
        let mut text = String::new();
        for k in 0..per_module {
            text.push_str(&TEMPLATE.replace('@', &format!("{modules}_{k}")));
        }
        text.push_str("pub fn run_all(seed :: Int) -> Int do\n");
        let sum: Vec<String> = (0..per_module).map(|k| format!("run{modules}_{k}(seed)")).collect();
        text.push_str(&format!("  {}\nend\n", sum.join(" + ")));
        lines += text.lines().count();
        std::fs::write(dir.join(format!("mod{modules}.mpl")), &text).expect("write module");
        calls.push(format!("Mod{modules}.run_all(3)"));
        modules += 1;
    }
    let mut main = String::new();
    for m in 0..modules {
        main.push_str(&format!("import Mod{m}\n"));
    }
    main.push_str(&format!("\nfn main() do\n  println(\"${{{}}}\")\nend\n", calls.join(" + ")));
    lines += main.lines().count();
    std::fs::write(dir.join("main.mpl"), &main).expect("write main");

    let t0 = Instant::now();
    let (checked, mir) = meshc::driver::compile(&dir);
    let t_front = t0.elapsed();
    let mir = match mir {
        Ok(m) => m,
        Err(_) => {
            mesh_parse::render::emit_to_stderr(&checked.diagnostics, &checked.sources);
            panic!("the generated project does not compile");
        }
    };
    let t1 = Instant::now();
    let opt = std::env::var_os("MESH_OPT0").is_none();
    let (object, _) = mesh_codegen::compile_object(&mir, mesh_codegen::Options { opt, emit_clif: false }).expect("codegen");
    let t_codegen = t1.elapsed();
    let t2 = Instant::now();
    let exe = dir.join("bench_exe");
    meshc::driver::build_executable(&mir, &exe, mesh_codegen::Options { opt: true, emit_clif: false }).expect("link");
    let t_build = t2.elapsed();
    let out = std::process::Command::new(&exe).output().expect("run the program");
    assert!(out.status.success(), "the generated program failed");
    // `build_executable` compiles again before linking: its time minus the
    // codegen time is the link.
    let t_link = t_build.saturating_sub(t_codegen);
    let total = t_front + t_codegen + t_link;
    println!("{lines} lines, {modules} modules, {} functions, object {} KB", mir.funcs.len(), object.len() / 1024);
    println!("check + MIR {:.3} s, Cranelift {:.3} s, link {:.3} s", t_front.as_secs_f64(), t_codegen.as_secs_f64(), t_link.as_secs_f64());
    println!("to an executable: {:.3} s = {:.0} lines/s (goal: 100,000 lines/s)", total.as_secs_f64(), lines as f64 / total.as_secs_f64());
    println!("without linking: {:.3} s = {:.0} lines/s", (t_front + t_codegen).as_secs_f64(), lines as f64 / (t_front + t_codegen).as_secs_f64());
    let _ = std::fs::remove_dir_all(&dir);
}
