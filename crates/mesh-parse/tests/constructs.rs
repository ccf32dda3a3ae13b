//! Parser snapshot tests: one per construct of LANGUAGE.md sections 1-3.
//! Each snapshot holds the source (as its description) and the dumped tree.

use mesh_parse::{dump::dump_module, parse_file, render::render_all_plain, FileId, SourceMap};

fn parse_ok(src: &str) -> String {
    let parsed = parse_file(FileId(0), src);
    if parsed.has_errors() {
        let mut map = SourceMap::new();
        map.add("test.mpl", src);
        panic!("unexpected diagnostics:\n{}", render_all_plain(&parsed.diagnostics, &map));
    }
    dump_module(&parsed.module)
}

macro_rules! construct {
    ($name:ident, $src:expr) => {
        #[test]
        fn $name() {
            let src: &str = $src;
            let tree = parse_ok(src);
            insta::with_settings!({ description => src, omit_expression => true }, {
                insta::assert_snapshot!(tree);
            });
        }
    };
}

construct!(comments, r#"##! Module documentation.
# a line comment
## Documents `f`.
## Second line.
fn f() = 1 # trailing comment
#= a block comment #= nested =# still comment =#
struct S do
  a :: Int # comment after a field
end
"#);

construct!(int_literals, "fn f() = [42, 1_000, 0xFF, 0x_dead_BEEF, 0b101, 0o17, -5, -9223372036854775808, 9223372036854775807]\n");

construct!(float_literals, "fn f() = [3.14, 2.5e-3, 1e9, 1_000.5, -0.0, 6.02E23]\n");

construct!(range_is_not_a_float, "fn f() = 0..5\n");

construct!(string_escapes, r#"fn f() = ["plain", "tab\tnew\nline\r\0", "quote \" backslash \\", "dollar \$ and \${not}", "unknown \q escape", "multi
line"]
"#);

construct!(interpolation, r#"fn f(a, b) = "sum ${a + b} of ${List.map([a, b], fn x -> "${x}!" end)} and %{${a}}"
"#);

construct!(triple_quoted, r#"fn f(x) = """He said "hi" ${x} "twice"
and left"""
"#);

construct!(atoms_bools_unit, "fn f() = [:name, :_private, :snake_case2]\nfn g() = (true, false, nil, ())\n");

construct!(contextual_keywords_are_names, r#"fn f(from, as, table, strategy, child) do
  let deriving = from + as
  String.slice(table, from, strategy)
end
"#);

construct!(keywords_after_dot, r#"fn f(q, conn) do
  Node.self()
  Query.where(q, :kind, "gear")
  Ws.send(conn, "x")
  Process.monitor(conn)
  Node.spawn(conn, f)
  Process.link(conn)
  Svc.cast(conn)
  X.end(conn)
end
"#);

construct!(operator_precedence, r#"fn f(a, b, c, n, xs) do
  a |> g(b) || c && a == b < c
  not a == b
  0..n + 1
  a <> b ++ c + a * b - c / a % b
  -a.b(c)
  !a?
  a or b and c
end
"#);

construct!(newlines_inside_brackets, r#"fn f() do
  let xs = [
    1,
    2,
  ]
  g(
    xs,
    %{"a" =>
      1}
  )
end
"#);

construct!(pipe_continues_on_next_line, r#"fn f() do
  let q = Query.from("widgets")
    |> Query.where(:kind, "gear")
    |> Query.order_by(:name, :asc)
  q
end
"#);

construct!(semicolons_and_one_line_blocks, r#"fn f(ok) do let a = 1; let b = 2; a + b end
fn g(ok) do
  if ok do 1 else 2 end
end
"#);

construct!(functions, r#"pub fn add(a :: Int, b :: Int) -> Int do
  a + b
end
fn greet(name) do "hi " <> name end
def square(x :: Int) -> Int = x * x
fn first<T>(xs :: List<T>) -> T = List.head(xs)
fn show<T: Display, U>(x :: T, y :: U) -> String where U: Display + Eq do
  "${x}${y}"
end
fn main do
  return add(1, 2)
end
"#);

construct!(multi_clause_functions, r#"fn sign(n) when n < 0 = -1
fn sign(0) = 0
fn sign(n) = 1
fn len([]) = 0
fn len(_ :: rest) = 1 + len(rest)
fn pick(Some(x), _) do x end
fn pick(None, d) do d end
"#);

construct!(structs, r#"pub struct Reading do
  sensor :: String
  tags :: List<String>
  note :: Option<String>
end deriving(Json)

struct Pair<A, B> do
  left :: A
  right :: B
end

struct Invoice do
  table "billing_invoices"
  primary_key :number
  timestamps true
  number :: String
  belongs_to :customer, Customer
  has_many :lines, InvoiceLine
  has_one :receipt, Receipt
end deriving(Schema, Row, Json)

struct Empty do
end deriving()
"#);

construct!(sum_types_and_aliases, r#"pub type Level do
  Low
  Custom(Int)
  Span(Int, Int)
end deriving(Eq, Ord, Display)

type Tree<T> do
  Leaf | Node(Tree<T>, T, Tree<T>)
end

type Shape do
  Circle(radius :: Float)
  Rect(w :: Float, h :: Float)
end

type Handler = Fun(Int) -> String
type Rows = List<Map<String, String>>!String
type Nested = Int!String!Error
type Pairs = List<(Int, String)>?
type Thunk = Fun() -> ()
"#);

construct!(services, r#"service Tally do
  fn init(start :: Int) -> Int do start end
  call Total() :: Int do |n|
    (n, n)
  end
  call Bump(by :: Int) do |n|
    (n + by, n + by)
  end
  call Peek(key) :: String!String do |state|
    if key == "" do (state, Err("empty")) else (state, Ok(key)) end
  end
  cast Clear() do |_n|
    0
  end
  cast Reset do
    0
  end
end
"#);

construct!(actors, r#"actor counter(total :: Int) do
  let next = receive do
    n -> total + n
  after 1000 -> total
  end
  counter(next)
end

actor ticker(target, every :: Int) do
  Timer.sleep(every)
  ticker(target, every)
  terminate do
    println("ticker stopped")
  end
end
"#);

construct!(supervisors, r#"supervisor Crew do
  strategy: one_for_all
  max_restarts: 2
  max_seconds: 10
  child scout do
    start: fn -> spawn(scout_loop, 0) end
    restart: transient
    shutdown: brutal_kill
  end
  child keeper do
    start: fn -> spawn(keeper_loop) end
    restart: permanent
    shutdown: 5000
  end
end
"#);

construct!(interfaces_and_impls, r#"interface Describe do
  type Out
  fn describe(self) -> Self.Out
  fn name(self) -> String do "thing" end
end

impl Describe for Gadget do
  type Out = String
  fn describe(self) -> String do "gadget ${self.id}" end
end

impl From<Int> for Wrapper do
  fn from(x :: Int) -> Wrapper do Wrapper { value: x } end
end

impl Add for Vec2 do
  type Output = Vec2
  fn add(self, other :: Vec2) -> Vec2 = Vec2 { x: self.x + other.x, y: self.y + other.y }
end
"#);

construct!(imports_and_inline_modules, r#"import Geometry
import Math.Vector
from Shapes.Kinds import Shape, area
from String import length

pub module Inner.Deep do
  pub fn f() = 1
  struct S do
    a :: Int
  end
end
"#);

construct!(let_forms, r#"fn f(pair) do
  let x = 1
  let y :: String = "a"
  let (a, b) = pair
  let _ = a
  let (p, (q, _)) = (1, (2, 3))
  let h :: t = [1, 2]
  let xs :: List<Int> = []
  x
end
"#);

construct!(if_chains, r#"fn f(n) do
  if n > 0 do
    "pos"
  else if n < 0 do
    "neg"
  else
    "zero"
  end
end

fn g(n) do
  if n > 0 do
    1
  else
    if n < 0 do
      2
    end
  end
end

fn h(n) do
  if n > 0 do println("x") end
  let v = if n > 0 do "pos" else "neg" end
  v
end
"#);

construct!(case_with_guards_and_multi_statement_arms, r#"fn f(x) do
  case lookup(x) do
    Ok(row) ->
      let r = render(row)
      log(r)
      r
    Err("not found") -> not_found()
    Err(e) when e == "x" -> fail(e)
    Err(e) ->
      println(e)
      fail(e)
  end
end

fn g(x) do
  match x do
    1 -> "one"
    _ -> "many"
  end
end

fn h(x) do
  case f(x) do
    _ -> 0
  end
end
"#);

construct!(patterns, r#"fn f(x) do
  case x do
    _ -> 0
    n -> n
    42 -> 1
    -5 -> 2
    3.5 -> 3
    -2.5 -> 4
    "s" -> 5
    true -> 6
    false -> 7
    nil -> 8
    () -> 9
    :atom -> 10
    (a, b) -> 11
    Some(x) -> 12
    Ok(Pair(a, b)) -> 13
    Shape.Circle(r) -> 14
    Level.Low -> 15
    None -> 16
    Less | Equal -> 17
    h :: t -> 18
    a :: b :: rest -> 19
    (a, _) as whole -> 20
    [] -> 21
    [a, b] -> 22
    Point { x: 0, y: py } -> 23
    Some(1) | Some(2) | None -> 24
  end
end
"#);

construct!(closures, r#"fn f(k, xs) do
  let a = fn(x, y) -> x + y end
  let b = fn(x :: Int) -> x * k end
  let c = fn x -> x * 2 end
  let d = fn acc, x -> acc + x end
  let e = fn -> 42 end
  let g = fn(row) do
    let t = f(row)
    g(t)
  end
  let h = fn 0 -> "zero" | n -> "other" end
  let i = fn n when n < 0 -> 0 - n | n -> n end
  let j = fn Some(x) -> x | None -> 0 end
  let m = List.map(xs, fn x ->
    let y = x + 1
    y * 2
  end)
  a(1, 2)
end
"#);

construct!(pipes, r#"fn f(x) do
  x |> g
  x |> g(1)
  x |> Mod.g(1)
  x |> g()
  x |> g |> h(2) |> Mod.k()
end
"#);

construct!(try_operator, r#"fn f(p) -> Int!String do
  let x = parse(p)?
  Migration.drop_table(p, "t")?
  if x > 0 do check(x)? end
  Ok(x.value()?.inner)
end
"#);

construct!(calls, r#"fn f(v, xs, p) do
  g(v)
  Mod.g(v)
  User.from_json(v)
  Wrapper.from(21)
  Invoice.__table__()
  Svc.op(p, v)
  greet(name: "Ann", age: 3)
  greet("x", loud: true)
  p.to_string().length()
  42.to_string()
  each(xs) do |x|
    println(x)
  end
  List.reduce(xs, 0) do |acc, x|
    acc + x
  end
  case f(v) do
    _ -> 0
  end
  if f(v) do 1 end
  while g(v) do break end
  for x in f(v) do x end
  xs[0]
end
"#);

construct!(data_literals, r#"fn f(r) do
  let t = (1, "a", 2.5)
  let one = (1,)
  let g = (1 + 2)
  let l = [1, 2, 3,]
  let e = []
  let m = %{"k" => 1, "j" => 2}
  let em = %{}
  let s = Reading { sensor: "t1", tags: [], note: None }
  let q = Geo.Point { x: 1, y: 2 }
  let u = %{r | note: Some("x"), sensor: "t2"}
  r.sensor.length
end
"#);

construct!(loops, r#"fn f(m, xs) do
  for i in 0..5 do println("${i}") end
  let sq = for x in [1, 2, 3] do x * x end
  let ks = for {k, v} in m when v > 10 do k end
  for (a, b) in pairs do a end
  while running() do
    if done() do break end
    continue
  end
  return
end
"#);

construct!(receive_forms, r#"actor a() do
  receive do
    :x -> 1
  end
end
"#);

construct!(receive_after, r#"actor a() do
  let v = receive do
    (from, n) when n > 0 ->
      send(from, n)
      n
    _ -> 0
  after 50 -> 99
  end
  v
end
"#);

construct!(processes, r#"fn main() do
  let c = spawn(counter, 0)
  send(c, 5)
  let me = self()
  link(c)
  let crew = spawn(Crew)
  Process.monitor(c)
end
"#);
