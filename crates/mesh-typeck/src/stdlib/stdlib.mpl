##! The standard library of Mesh, declared ONCE: every prelude type,
##! interface and function, and every function of every standard module,
##! with its type. The checker reads this file; code generation and the JIT
##! read the same declarations (through `mesh_typeck::stdlib`) for the
##! runtime symbol of each function: `mesh_<module>_<name>` (lowercase
##! module path), or `mesh_<name>` for prelude functions.
##!
##! Doc comments mark special cases:
##!   `## special: <rule>`  the checker types calls by a rule (the written
##!                         type is only what tools show);
##!   `## constant`         a zero-argument function read without `()`
##!                         (`Math.pi`).
##!
##! `Pid` without arguments is an untyped pid: it agrees with any `Pid<M>`.

# ---------------------------------------------------------------- prelude types

type Option<T> do
  Some(T)
  None
end

type Result<T, E> do
  Ok(T)
  Err(E)
end

type Ordering do
  Less
  Equal
  Greater
end

# ---------------------------------------------------------------- prelude interfaces

interface Eq do
  fn eq(self, other :: Self) -> Bool
end

interface Ord do
  fn compare(self, other :: Self) -> Ordering
end

interface Display do
  fn to_string(self) -> String
end

interface Debug do
  fn inspect(self) -> String
end

interface Hash do
  fn hash(self) -> Int
end

interface Json do
  fn to_json(self) -> String
end

interface Row do
end

interface Schema do
end

interface Add do
  type Output
  fn add(self, other :: Self) -> Self.Output
end

interface Sub do
  type Output
  fn sub(self, other :: Self) -> Self.Output
end

interface Mul do
  type Output
  fn mul(self, other :: Self) -> Self.Output
end

interface Div do
  type Output
  fn div(self, other :: Self) -> Self.Output
end

interface Mod do
  type Output
  fn mod(self, other :: Self) -> Self.Output
end

interface Neg do
  fn neg(self) -> Self
end

interface From<S> do
  fn from(x :: S) -> Self
end

interface Iterable do
  type Item
  type Iter
  fn iter(self) -> Self.Iter
end

## Int and Float.
interface Num do
end

# ---------------------------------------------------------------- prelude functions

fn println(s :: String) -> ()
fn print(s :: String) -> ()
fn map<T, U>(xs :: List<T>, f :: Fun(T) -> U) -> List<U>
fn filter<T>(xs :: List<T>, f :: Fun(T) -> Bool) -> List<T>
fn reduce<T, A>(xs :: List<T>, init :: A, f :: Fun(A, T) -> A) -> A
fn head<T>(xs :: List<T>) -> T
fn tail<T>(xs :: List<T>) -> List<T>
fn compare<T: Ord>(a :: T, b :: T) -> Ordering
## The zero value of the expected type (0, 0.0, false, "", an empty collection).
fn default<T>() -> T
## special: spawn
fn spawn(f :: Fun() -> ()) -> Pid
fn send<M>(pid :: Pid<M>, msg :: M) -> ()
## special: self
fn self() -> Pid
fn link(pid :: Pid) -> ()

# ---------------------------------------------------------------- modules

module String do
  fn length(s :: String) -> Int
  fn slice(s :: String, from :: Int, to :: Int) -> String
  fn contains(s :: String, t :: String) -> Bool
  fn starts_with(s :: String, t :: String) -> Bool
  fn ends_with(s :: String, t :: String) -> Bool
  fn trim(s :: String) -> String
  fn to_upper(s :: String) -> String
  fn to_lower(s :: String) -> String
  fn replace(s :: String, from :: String, to :: String) -> String
  fn split(s :: String, sep :: String) -> List<String>
  fn join(xs :: List<String>, sep :: String) -> String
  fn to_int(s :: String) -> Int?
  fn to_float(s :: String) -> Float?
  fn from<T: Display>(x :: T) -> String
  fn collect(it :: Iter<String>) -> String
  fn chars(s :: String) -> List<String>
  fn index_of(s :: String, t :: String) -> Int?
  fn repeat(s :: String, n :: Int) -> String
end

module List do
  fn new<T>() -> List<T>
  fn length<T>(xs :: List<T>) -> Int
  fn append<T>(xs :: List<T>, x :: T) -> List<T>
  fn prepend<T>(xs :: List<T>, x :: T) -> List<T>
  fn head<T>(xs :: List<T>) -> T
  fn last<T>(xs :: List<T>) -> T
  fn tail<T>(xs :: List<T>) -> List<T>
  fn get<T>(xs :: List<T>, i :: Int) -> T
  fn nth<T>(xs :: List<T>, i :: Int) -> T
  fn concat<T>(a :: List<T>, b :: List<T>) -> List<T>
  fn reverse<T>(xs :: List<T>) -> List<T>
  fn map<T, U>(xs :: List<T>, f :: Fun(T) -> U) -> List<U>
  fn filter<T>(xs :: List<T>, f :: Fun(T) -> Bool) -> List<T>
  fn reduce<T, A>(xs :: List<T>, init :: A, f :: Fun(A, T) -> A) -> A
  fn each<T, R>(xs :: List<T>, f :: Fun(T) -> R) -> ()
  fn sort<T>(xs :: List<T>, f :: Fun(T, T) -> Int) -> List<T>
  fn find<T>(xs :: List<T>, f :: Fun(T) -> Bool) -> T?
  fn any<T>(xs :: List<T>, f :: Fun(T) -> Bool) -> Bool
  fn all<T>(xs :: List<T>, f :: Fun(T) -> Bool) -> Bool
  fn contains<T: Eq>(xs :: List<T>, x :: T) -> Bool
  fn zip<A, B>(a :: List<A>, b :: List<B>) -> List<(A, B)>
  fn flat_map<T, U>(xs :: List<T>, f :: Fun(T) -> List<U>) -> List<U>
  fn flatten<T>(xs :: List<List<T>>) -> List<T>
  fn enumerate<T>(xs :: List<T>) -> List<(Int, T)>
  fn take<T>(xs :: List<T>, n :: Int) -> List<T>
  fn drop<T>(xs :: List<T>, n :: Int) -> List<T>
  fn is_empty<T>(xs :: List<T>) -> Bool
  fn collect<T>(it :: Iter<T>) -> List<T>
end

module Map do
  fn new<K, V>() -> Map<K, V>
  fn put<K, V>(m :: Map<K, V>, k :: K, v :: V) -> Map<K, V>
  fn delete<K, V>(m :: Map<K, V>, k :: K) -> Map<K, V>
  fn size<K, V>(m :: Map<K, V>) -> Int
  ## A missing key gives the zero value of V (0, 0.0, false, "", empty).
  fn get<K, V>(m :: Map<K, V>, k :: K) -> V
  fn has_key<K, V>(m :: Map<K, V>, k :: K) -> Bool
  fn keys<K, V>(m :: Map<K, V>) -> List<K>
  fn values<K, V>(m :: Map<K, V>) -> List<V>
  fn merge<K, V>(a :: Map<K, V>, b :: Map<K, V>) -> Map<K, V>
  fn to_list<K, V>(m :: Map<K, V>) -> List<(K, V)>
  fn from_list<K, V>(pairs :: List<(K, V)>) -> Map<K, V>
  fn collect<K, V>(it :: Iter<(K, V)>) -> Map<K, V>
end

module Set do
  fn new<T>() -> Set<T>
  fn add<T>(s :: Set<T>, x :: T) -> Set<T>
  fn remove<T>(s :: Set<T>, x :: T) -> Set<T>
  fn contains<T>(s :: Set<T>, x :: T) -> Bool
  fn size<T>(s :: Set<T>) -> Int
  fn union<T>(a :: Set<T>, b :: Set<T>) -> Set<T>
  fn intersection<T>(a :: Set<T>, b :: Set<T>) -> Set<T>
  fn difference<T>(a :: Set<T>, b :: Set<T>) -> Set<T>
  fn to_list<T>(s :: Set<T>) -> List<T>
  fn from_list<T>(xs :: List<T>) -> Set<T>
  fn collect<T>(it :: Iter<T>) -> Set<T>
end

module Queue do
  fn new<T>() -> Queue<T>
  fn push<T>(q :: Queue<T>, x :: T) -> Queue<T>
  ## Panics if the queue is empty.
  fn pop<T>(q :: Queue<T>) -> (T, Queue<T>)
  fn peek<T>(q :: Queue<T>) -> T?
  fn size<T>(q :: Queue<T>) -> Int
  fn is_empty<T>(q :: Queue<T>) -> Bool
end

module Range do
  fn new(a :: Int, b :: Int) -> Range
  fn to_list(r :: Range) -> List<Int>
  fn length(r :: Range) -> Int
  fn map<U>(r :: Range, f :: Fun(Int) -> U) -> List<U>
  fn filter(r :: Range, f :: Fun(Int) -> Bool) -> List<Int>
end

module Tuple do
  ## special: tuple
  fn first<A, B>(t :: (A, B)) -> A
  ## special: tuple
  fn second<A, B>(t :: (A, B)) -> B
  ## special: tuple
  fn nth<A>(t :: (A, A), i :: Int) -> A
  ## special: tuple
  fn size<A, B>(t :: (A, B)) -> Int
end

module Iter do
  ## special: iter_from
  fn from<T>(xs :: List<T>) -> Iter<T>
  fn map<T, U>(it :: Iter<T>, f :: Fun(T) -> U) -> Iter<U>
  fn filter<T>(it :: Iter<T>, f :: Fun(T) -> Bool) -> Iter<T>
  fn take<T>(it :: Iter<T>, n :: Int) -> Iter<T>
  fn skip<T>(it :: Iter<T>, n :: Int) -> Iter<T>
  fn enumerate<T>(it :: Iter<T>) -> Iter<(Int, T)>
  fn zip<A, B>(a :: Iter<A>, b :: Iter<B>) -> Iter<(A, B)>
  fn count<T>(it :: Iter<T>) -> Int
  fn sum<T: Num>(it :: Iter<T>) -> T
  fn any<T>(it :: Iter<T>, f :: Fun(T) -> Bool) -> Bool
  fn all<T>(it :: Iter<T>, f :: Fun(T) -> Bool) -> Bool
  fn find<T>(it :: Iter<T>, f :: Fun(T) -> Bool) -> T?
  fn reduce<T, A>(it :: Iter<T>, init :: A, f :: Fun(A, T) -> A) -> A
end

module Math do
  fn abs<T: Num>(x :: T) -> T
  fn min<T: Num>(a :: T, b :: T) -> T
  fn max<T: Num>(a :: T, b :: T) -> T
  ## constant
  fn pi() -> Float
  fn pow(a :: Float, b :: Float) -> Float
  fn sqrt(x :: Float) -> Float
  fn floor(x :: Float) -> Int
  fn ceil(x :: Float) -> Int
  ## Rounds half away from zero.
  fn round(x :: Float) -> Int
end

module Int do
  fn to_float(x :: Int) -> Float
  fn to_string(x :: Int) -> String
end

module Float do
  ## Truncates toward zero.
  fn to_int(x :: Float) -> Int
  fn from(x :: Int) -> Float
  fn to_string(x :: Float) -> String
end

module Env do
  fn get(name :: String) -> String?
end

module IO do
  fn read_line() -> String!String
  fn eprintln(s :: String) -> ()
end

module File do
  fn read(path :: String) -> String!String
  fn write(path :: String, s :: String) -> ()!String
  fn append(path :: String, s :: String) -> ()!String
  fn delete(path :: String) -> ()!String
  fn exists(path :: String) -> Bool
end

module Timer do
  fn sleep(ms :: Int) -> ()
  fn send_after<M>(pid :: Pid<M>, ms :: Int, msg :: M) -> ()
  ## Runs `f` in a new process after `ms` milliseconds: how a timer reaches
  ## a service (`Timer.apply_after(250, fn -> Tally.clear(pid) end)`).
  fn apply_after(ms :: Int, f :: Fun() -> ()) -> ()
  ## Milliseconds on a monotonic clock (for measuring intervals).
  fn now() -> Int
end

module Process do
  ## 0 ok, 1 taken.
  fn register(name :: String, pid :: Pid) -> Int
  ## The pid, or the null pid 0.
  fn whereis(name :: String) -> Pid
  fn monitor(pid :: Pid) -> Int
  fn demonitor(ref :: Int) -> Int
  fn exit(pid :: Pid, reason :: String) -> ()
end

module Node do
  fn start(name :: String, cookie :: String) -> Int
  fn connect(node :: String) -> Int
  fn self() -> String
  fn list() -> List<String>
  fn monitor(node :: String) -> Int
  ## special: node_spawn
  fn spawn(node :: String, f :: Fun() -> ()) -> Pid
  ## special: node_spawn
  fn spawn_link(node :: String, f :: Fun() -> ()) -> Pid
end

module Global do
  fn register(name :: String, pid :: Pid) -> Int
  fn whereis(name :: String) -> Pid
  fn unregister(name :: String) -> Int
end

module Json do
  fn encode<T: Json>(v :: T) -> String
  fn get(text :: String, key :: String) -> String
  fn get_nested(text :: String, k1 :: String, k2 :: String) -> String
  fn parse(s :: String) -> Json!String
  fn encode_int(n :: Int) -> String
  fn encode_bool(b :: Bool) -> String
  fn encode_string(s :: String) -> String
  fn encode_map<V: Json>(m :: Map<String, V>) -> String
  fn encode_list<T: Json>(xs :: List<T>) -> String
end

module HTTP do
  fn router() -> Router
  fn route(r :: Router, path :: String, h :: Fun(Request) -> Response) -> Router
  fn on_get(r :: Router, path :: String, h :: Fun(Request) -> Response) -> Router
  fn on_post(r :: Router, path :: String, h :: Fun(Request) -> Response) -> Router
  fn on_put(r :: Router, path :: String, h :: Fun(Request) -> Response) -> Router
  fn on_delete(r :: Router, path :: String, h :: Fun(Request) -> Response) -> Router
  fn on_patch(r :: Router, path :: String, h :: Fun(Request) -> Response) -> Router
  fn on_head(r :: Router, path :: String, h :: Fun(Request) -> Response) -> Router
  fn on_options(r :: Router, path :: String, h :: Fun(Request) -> Response) -> Router
  fn use(r :: Router, mw :: Fun(Request, Fun(Request) -> Response) -> Response) -> Router
  ## Blocks forever.
  fn serve(r :: Router, port :: Int) -> ()
  ## As `serve`, with limits: `max_header_bytes`, `max_body_bytes`,
  ## `read_timeout_ms`, `max_connections` (whole numbers as Strings).
  fn serve_with(r :: Router, port :: Int, options :: Map<String, String>) -> ()
  fn serve_tls(r :: Router, port :: Int, cert_pem :: String, key_pem :: String) -> ()
  fn response(status :: Int, body :: String) -> Response
  fn response_with_headers(status :: Int, body :: String, headers :: Map<String, String>) -> Response
  fn json(status :: Int, body :: String) -> Response
  fn get(url :: String) -> String!String
  fn post(url :: String, body :: String) -> String!String
end

module Request do
  fn method(r :: Request) -> String
  fn path(r :: Request) -> String
  fn body(r :: Request) -> String
  fn header(r :: Request, name :: String) -> String?
  fn query(r :: Request, name :: String) -> String?
  fn param(r :: Request, name :: String) -> String?
end

module Ws do
  ## Listens and returns at once.
  fn serve<A, B>(on_connect :: Fun(Int, String, Map<String, String>) -> Int, on_message :: Fun(Int, String) -> A, on_close :: Fun(Int, Int, String) -> B, port :: Int) -> ()
  fn serve_tls<A, B>(on_connect :: Fun(Int, String, Map<String, String>) -> Int, on_message :: Fun(Int, String) -> A, on_close :: Fun(Int, Int, String) -> B, port :: Int, cert_pem :: String, key_pem :: String) -> ()
  fn send(conn :: Int, text :: String) -> Int
  fn join(conn :: Int, room :: String) -> Int
  fn leave(conn :: Int, room :: String) -> Int
  fn broadcast(room :: String, text :: String) -> Int
  fn broadcast_except(room :: String, text :: String, conn :: Int) -> Int
end

module Pool do
  fn open(url :: String, min :: Int, max :: Int, timeout_ms :: Int) -> PoolHandle!String
  fn query(p :: PoolHandle, sql :: String, params :: List<String>) -> List<Map<String, String>>!String
  fn execute(p :: PoolHandle, sql :: String, params :: List<String>) -> Int!String
  fn checkout(p :: PoolHandle) -> PgConn!String
  fn checkin(p :: PoolHandle, c :: PgConn) -> ()
  fn close(p :: PoolHandle) -> ()
end

module Pg do
  fn connect(url :: String) -> PgConn!String
  fn query(c :: PgConn, sql :: String, params :: List<String>) -> List<Map<String, String>>!String
  fn execute(c :: PgConn, sql :: String, params :: List<String>) -> Int!String
  fn close(c :: PgConn) -> ()
  fn begin(c :: PgConn) -> ()!String
  fn commit(c :: PgConn) -> ()!String
  fn rollback(c :: PgConn) -> ()!String
  fn transaction<T>(c :: PgConn, f :: Fun(PgConn) -> T!String) -> T!String
end

module Sqlite do
  fn open(path :: String) -> SqliteConn!String
  fn execute(c :: SqliteConn, sql :: String, params :: List<String>) -> Int!String
  fn query(c :: SqliteConn, sql :: String, params :: List<String>) -> List<Map<String, String>>!String
  fn close(c :: SqliteConn) -> ()
  fn begin(c :: SqliteConn) -> ()!String
  fn commit(c :: SqliteConn) -> ()!String
  fn rollback(c :: SqliteConn) -> ()!String
end

module Repo do
  fn query_raw(p :: PoolHandle, sql :: String, params :: List<String>) -> List<Map<String, String>>!String
  fn execute_raw(p :: PoolHandle, sql :: String, params :: List<String>) -> Int!String
  fn insert(p :: PoolHandle, table :: String, fields :: Map<String, String>) -> Map<String, String>!String
  fn get(p :: PoolHandle, table :: String, id :: String) -> Map<String, String>!String
  fn get_by(p :: PoolHandle, table :: String, col :: String, value :: String) -> Map<String, String>!String
  fn delete(p :: PoolHandle, table :: String, id :: String) -> Map<String, String>!String
  fn all(p :: PoolHandle, q :: Query) -> List<Map<String, String>>!String
  fn one(p :: PoolHandle, q :: Query) -> Map<String, String>!String
  fn count(p :: PoolHandle, q :: Query) -> Int!String
  fn exists(p :: PoolHandle, q :: Query) -> Bool!String
  fn update(p :: PoolHandle, table :: String, id :: String, fields :: Map<String, String>) -> Map<String, String>!String
  fn update_where(p :: PoolHandle, table :: String, fields :: Map<String, String>, q :: Query) -> Int!String
  fn delete_where(p :: PoolHandle, table :: String, q :: Query) -> Int!String
  fn transaction<T>(p :: PoolHandle, f :: Fun(PgConn) -> T!String) -> T!String
  fn preload(p :: PoolHandle, rows :: List<Map<String, String>>, assoc :: Atom) -> List<Map<String, String>>!String
  fn insert_changeset(p :: PoolHandle, table :: String, cs :: Changeset) -> Map<String, String>!String
  fn update_changeset(p :: PoolHandle, table :: String, id :: String, cs :: Changeset) -> Map<String, String>!String
end

module Query do
  fn from(table :: String) -> Query
  fn where(q :: Query, col :: Atom, value :: String) -> Query
  fn where_op(q :: Query, col :: Atom, op :: Atom, value :: String) -> Query
  fn where_null(q :: Query, col :: Atom) -> Query
  fn where_not_null(q :: Query, col :: Atom) -> Query
  fn where_in(q :: Query, col :: Atom, values :: List<String>) -> Query
  fn where_raw(q :: Query, sql :: String, params :: List<String>) -> Query
  fn select(q :: Query, cols :: List<Atom>) -> Query
  fn select_raw(q :: Query, sql :: String) -> Query
  fn order_by(q :: Query, col :: Atom, dir :: Atom) -> Query
  fn limit(q :: Query, n :: Int) -> Query
  fn offset(q :: Query, n :: Int) -> Query
  fn group_by(q :: Query, col :: Atom) -> Query
  fn having(q :: Query, expr :: String, value :: String) -> Query
  fn join(q :: Query, kind :: Atom, table :: String, on :: String) -> Query
  fn fragment(q :: Query, sql :: String) -> Query
  fn to_sql(q :: Query) -> String
end

module Orm do
  fn build_select(table :: String, cols :: List<String>, wheres :: List<String>, orders :: List<String>, limit :: Int, offset :: Int) -> String
  fn build_insert(table :: String, cols :: List<String>, returning :: List<String>) -> String
  fn build_update(table :: String, cols :: List<String>, wheres :: List<String>, returning :: List<String>) -> String
  fn build_delete(table :: String, wheres :: List<String>) -> String
end

module Changeset do
  fn cast(data :: Map<String, String>, params :: Map<String, String>, allowed :: List<Atom>) -> Changeset
  fn cast_with_types(data :: Map<String, String>, params :: Map<String, String>, allowed :: List<Atom>, types :: List<String>) -> Changeset
  fn validate_required(cs :: Changeset, fields :: List<Atom>) -> Changeset
  fn validate_length(cs :: Changeset, field :: Atom, min :: Int, max :: Int) -> Changeset
  fn validate_format(cs :: Changeset, field :: Atom, pattern :: String) -> Changeset
  fn validate_inclusion(cs :: Changeset, field :: Atom, values :: List<String>) -> Changeset
  fn validate_number(cs :: Changeset, field :: Atom, gt :: Int, lt :: Int, gte :: Int, lte :: Int) -> Changeset
  fn valid(cs :: Changeset) -> Bool
  fn errors(cs :: Changeset) -> Map<String, String>
  fn changes(cs :: Changeset) -> Map<String, String>
  fn get_change(cs :: Changeset, field :: Atom) -> String
  fn get_error(cs :: Changeset, field :: Atom) -> String
end

module Migration do
  fn create_table(p :: PoolHandle, table :: String, cols :: List<String>) -> Int!String
  fn drop_table(p :: PoolHandle, table :: String) -> Int!String
  fn add_column(p :: PoolHandle, table :: String, col :: String) -> Int!String
  fn drop_column(p :: PoolHandle, table :: String, col :: String) -> Int!String
  fn rename_column(p :: PoolHandle, table :: String, old :: String, new :: String) -> Int!String
  fn create_index(p :: PoolHandle, table :: String, cols :: List<String>, options :: String) -> Int!String
  fn drop_index(p :: PoolHandle, table :: String, cols :: List<String>) -> Int!String
  fn execute(p :: PoolHandle, sql :: String) -> Int!String
end

module Job do
  fn async<T>(f :: Fun() -> T) -> Pid<T>
  fn await<T>(pid :: Pid<T>) -> T!String
  fn await_timeout<T>(pid :: Pid<T>, ms :: Int) -> T!String
  fn map<T, U>(xs :: List<T>, f :: Fun(T) -> U) -> List<U!String>
end
