//! The one-word ABI shared by generated code and the runtime: the value
//! kinds, the type descriptor every heap object's header points to, the
//! object layouts and the per-actor context. `docs/ABI.md` is the normative
//! text of these definitions; `tests/abi_doc.rs` checks that the two agree.
//!
//! Invariant: every Mesh value is one 64-bit word. A value is a *scalar*
//! (Int, Float bits, Bool, Unit, Pid) or a *reference*: the address of an
//! object whose first word (the header) is the address of its
//! [`TypeDesc`]. References may point at static objects (string literals,
//! nullary variants, closures of top-level functions) as well as into an
//! actor's heap.
//!
//! Invariant: a reference stored in a heap object points at the start of
//! an object, never inside one (lists keep an array and an index, not an
//! interior pointer). Only stacks and registers may hold interior pointers.

use std::sync::atomic::AtomicPtr;

/// What a [`TypeDesc`] describes. The discriminants are part of the ABI.
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    // ---- scalars: the word is the value
    Int = 0,
    /// The word holds the bits of an f64.
    Float = 1,
    /// 0 or 1.
    Bool = 2,
    /// Always 0.
    Unit = 3,
    /// A process id (0 is "no process").
    Pid = 4,
    // ---- references
    /// `:name`: `[desc, len, bytes...]`, like a String.
    Atom = 16,
    /// `[desc, len, utf8 bytes...]` (bytes padded to a word).
    String = 17,
    /// `[desc, fields...]`; `params` are the element types.
    Tuple = 18,
    /// `[desc, fields...]` in declaration order; `params` are field types.
    Struct = 19,
    /// `[desc, tag, payload...]`; `variants[tag]` describes the payload.
    /// Nullary variants are static objects.
    Sum = 20,
    /// A closure: `[desc, code, captures...]`; `params` are the capture
    /// types. `code` has the signature `(ctx, closure, args...) -> word`.
    Fun = 21,
    /// `[desc, len, array, start]`: elements `start..start+len` of
    /// `array`. `params[0]` is the element type.
    List = 22,
    /// `[desc, count, root, next_seq]`: a hash trie of entries, iterated in
    /// insertion order (`seq`). `params` are key and value types.
    Map = 23,
    /// Like a Map whose values are Unit. `params[0]` is the element type.
    Set = 24,
    /// `[desc, front, back]`: two lists. `params[0]` is the element type.
    Queue = 25,
    /// `[desc, start, end]`, end exclusive.
    Range = 26,
    /// A lazy iterator: `[desc, op, a, b, c]` (see `iter.rs`). `params[0]`
    /// is the element type.
    Iter = 27,
    /// A parsed JSON document (opaque to Mesh): `[desc, text]`.
    Json = 28,
    /// A runtime resource (pool, connection, request ...): `[desc, handle]`.
    Opaque = 29,
    // ---- internal objects, never Mesh values
    /// Backing store of lists: `[desc, cap, used, elems...]`; `params[0]`
    /// is the element type.
    Array = 48,
    /// A hash trie node: `[desc, bitmap, n, children...]`, every child an
    /// entry or a node.
    MapNode = 49,
    /// `[desc, hash, key, value, seq]`; `params` are key and value types.
    MapEntry = 50,
}

impl Kind {
    /// Whether a value of this kind is a reference (the word is an address).
    pub const fn is_ref(self) -> bool {
        (self as u32) >= 16
    }
}

/// A type descriptor: static data emitted by code generation for every
/// monomorphic type a program uses (and made by the runtime for the types
/// it creates itself). A heap object's header is the address of the
/// descriptor of its type.
#[repr(C)]
pub struct TypeDesc {
    pub kind: Kind,
    /// Number of entries in `params` (and in `field_names` for a struct).
    pub nparams: u32,
    /// Component types: list/set/queue/iter element; map key and value;
    /// tuple elements; struct fields; closure captures; type arguments of
    /// a sum type (informational).
    pub params: *const *const TypeDesc,
    /// NUL-terminated name for structs, sums and opaque types, else null.
    pub name: *const u8,
    /// Struct field names (NUL-terminated), `nparams` of them, else null.
    pub field_names: *const *const u8,
    /// Variants of a sum type, by tag.
    pub variants: *const VariantDesc,
    pub nvariants: u32,
    /// Which of the interfaces are derived (`DERIVES_*` bits).
    pub derives: u32,
    /// User implementations, or null.
    pub impls: *const Impls,
    /// Filled lazily by the runtime (companion descriptors); generated
    /// code emits null, so descriptors live in writable data.
    pub cache: AtomicPtr<u8>,
    /// The descriptor of `List<Self>`, filled lazily by the runtime (null
    /// in generated code).
    pub list: AtomicPtr<u8>,
}

// SAFETY: descriptors are immutable after creation except `cache`, which is
// atomic.
unsafe impl Sync for TypeDesc {}
unsafe impl Send for TypeDesc {}

#[repr(C)]
pub struct VariantDesc {
    /// NUL-terminated.
    pub name: *const u8,
    pub nfields: u32,
    pub _pad: u32,
    pub fields: *const *const TypeDesc,
}

unsafe impl Sync for VariantDesc {}

/// User implementations of the interfaces the runtime calls for generic
/// work (printing, comparing, hashing, JSON). Each is a closure object
/// (usually a static one) or null.
#[repr(C)]
pub struct Impls {
    /// `to_string(self) -> String`.
    pub display: *const u64,
    /// `inspect(self) -> String`.
    pub debug: *const u64,
    /// `eq(self, other) -> Bool`.
    pub eq: *const u64,
    /// `compare(self, other) -> Ordering`.
    pub compare: *const u64,
    /// `hash(self) -> Int`.
    pub hash: *const u64,
    /// `to_json(self) -> String`.
    pub to_json: *const u64,
}

unsafe impl Sync for Impls {}

pub const DERIVES_EQ: u32 = 1;
pub const DERIVES_ORD: u32 = 2;
pub const DERIVES_DISPLAY: u32 = 4;
pub const DERIVES_DEBUG: u32 = 8;
pub const DERIVES_HASH: u32 = 16;
pub const DERIVES_JSON: u32 = 32;
pub const DERIVES_ROW: u32 = 64;

/// The per-actor context: the hidden first parameter of every Mesh
/// function and of every runtime entry point. Generated code reads and
/// writes only the fields up to `reductions`; the rest is the runtime's.
#[repr(C)]
pub struct Ctx {
    /// Next free word of the current allocation chunk.
    pub alloc_ptr: *mut u64,
    /// End of the current allocation chunk.
    pub alloc_limit: *mut u64,
    /// Generated code compares the stack pointer with this on every
    /// function entry and loop back-edge and calls `mesh_rt_stack_check`
    /// when it is below: the actor's real stack limit, or `u64::MAX` when
    /// the scheduler asks the actor to yield (preemption).
    pub stack_limit: u64,
    /// The source position (`file:line`, a Mesh string) of the standard
    /// library call in progress, stored by generated code before each such
    /// call so the runtime's panics can say where they happened; 0 if none.
    pub site: u64,
    /// The runtime's state for this actor.
    pub actor: *mut crate::actor::Actor,
    /// Set by `mesh_rt_receive`: 1 when the `after` timeout fired.
    pub status: u64,
}

/// Byte offsets generated code relies on.
pub const CTX_ALLOC_PTR: i32 = 0;
pub const CTX_ALLOC_LIMIT: i32 = 8;
pub const CTX_STACK_LIMIT: i32 = 16;
pub const CTX_SITE: i32 = 24;
pub const CTX_STATUS: i32 = 40;

/// Word offsets inside objects.
pub const HEADER: usize = 0;
pub const STRING_LEN: usize = 1;
pub const STRING_BYTES: usize = 2;
pub const SUM_TAG: usize = 1;
pub const SUM_FIELDS: usize = 2;
pub const FUN_CODE: usize = 1;
pub const FUN_CAPTURES: usize = 2;
pub const LIST_LEN: usize = 1;
pub const LIST_ARRAY: usize = 2;
pub const LIST_START: usize = 3;
pub const LIST_WORDS: usize = 4;
pub const ARRAY_CAP: usize = 1;
pub const ARRAY_USED: usize = 2;
pub const ARRAY_ELEMS: usize = 3;
pub const MAP_COUNT: usize = 1;
pub const MAP_ROOT: usize = 2;
pub const MAP_NEXT_SEQ: usize = 3;
pub const MAP_WORDS: usize = 4;
pub const NODE_BITMAP: usize = 1;
pub const NODE_LEN: usize = 2;
pub const NODE_CHILDREN: usize = 3;
pub const ENTRY_HASH: usize = 1;
pub const ENTRY_KEY: usize = 2;
pub const ENTRY_VALUE: usize = 3;
pub const ENTRY_SEQ: usize = 4;
pub const ENTRY_WORDS: usize = 5;
pub const QUEUE_FRONT: usize = 1;
pub const QUEUE_BACK: usize = 2;
pub const QUEUE_WORDS: usize = 3;
pub const RANGE_START: usize = 1;
pub const RANGE_END: usize = 2;
pub const RANGE_WORDS: usize = 3;
pub const ITER_WORDS: usize = 5;
pub const JSON_TEXT: usize = 1;
pub const JSON_WORDS: usize = 2;
pub const OPAQUE_HANDLE: usize = 1;
pub const OPAQUE_WORDS: usize = 2;

/// Bit set in a header while the collector has moved the object: the rest
/// of the word is the new address.
pub const FORWARDED: u64 = 1;

/// The signature shape of closure-calling trampolines the generated
/// program hands to the runtime at start: `call_n(ctx, closure, args...)`.
pub type Call0 = unsafe extern "C" fn(*mut Ctx, u64) -> u64;
pub type Call1 = unsafe extern "C" fn(*mut Ctx, u64, u64) -> u64;
pub type Call2 = unsafe extern "C" fn(*mut Ctx, u64, u64, u64) -> u64;
pub type Call3 = unsafe extern "C" fn(*mut Ctx, u64, u64, u64, u64) -> u64;

/// What the generated `main` passes to `mesh_rt_main`.
#[repr(C)]
pub struct Program {
    /// SystemV entry: runs the Mesh `main` on the given context.
    pub entry: unsafe extern "C" fn(*mut Ctx) -> u64,
    pub call0: Call0,
    pub call1: Call1,
    pub call2: Call2,
    pub call3: Call3,
    /// Code addresses for closures the runtime makes: a closure object
    /// `[desc, nativeN, f, captures...]` runs `f(ctx, closure, a1..aN)`
    /// (a [`Native0`]..[`Native3`]).
    pub native: [u64; 4],
}

/// The C functions behind runtime-made closures of 0..3 arguments.
pub type Native0 = unsafe extern "C" fn(*mut Ctx, u64) -> u64;
pub type Native1 = unsafe extern "C" fn(*mut Ctx, u64, u64) -> u64;
pub type Native2 = unsafe extern "C" fn(*mut Ctx, u64, u64, u64) -> u64;
pub type Native3 = unsafe extern "C" fn(*mut Ctx, u64, u64, u64, u64) -> u64;
