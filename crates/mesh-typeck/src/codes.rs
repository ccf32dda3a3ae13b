//! Diagnostic codes of the type checker. E0012, E0017, E0018, E0022 and
//! E0036-E0041 are fixed by LANGUAGE.md 6.6; the others fill the gaps.

/// An unknown name, module, type, field or method ("not found").
pub const NOT_FOUND: &str = "E0001";
/// A private item used from another module.
pub const PRIVATE: &str = "E0002";
/// Two types that must agree do not.
pub const MISMATCH: &str = "E0003";
/// A call with the wrong number of arguments.
pub const ARITY: &str = "E0004";
/// A struct literal missing fields, or naming a field twice or unknown.
pub const STRUCT_FIELDS: &str = "E0005";
/// A field access or struct update on a value that is not a known struct.
pub const NOT_A_STRUCT: &str = "E0006";
/// Two definitions with one name in one module.
pub const DUPLICATE: &str = "E0007";
/// A type with the wrong number of type arguments.
pub const TYPE_ARITY: &str = "E0008";
/// Modules importing each other.
pub const IMPORT_CYCLE: &str = "E0009";
/// A type alias defined in terms of itself.
pub const ALIAS_CYCLE: &str = "E0010";
/// An infinite type (`?a = List<?a>`).
pub const INFINITE_TYPE: &str = "E0011";
/// A `case`/`receive`/function that does not cover every value.
pub const NON_EXHAUSTIVE: &str = "E0012";
/// An arm or clause that can never match (a warning).
pub const UNREACHABLE: &str = "E0013";
/// `break`/`continue` outside a loop (or inside a closure).
pub const BREAK_OUTSIDE_LOOP: &str = "E0014";
/// A value whose type the checker cannot determine.
pub const CANNOT_INFER: &str = "E0015";
/// A type that does not implement an interface it needs (`Eq`, `Display`...).
pub const MISSING_IMPL: &str = "E0016";
/// `receive` outside an actor.
pub const RECEIVE_OUTSIDE_ACTOR: &str = "E0017";
/// A supervisor child whose `start` does not return a `Pid`.
pub const SUPERVISOR_START: &str = "E0018";
/// A call of something that is not a function.
pub const NOT_CALLABLE: &str = "E0019";
/// An or-pattern whose alternatives bind different names.
pub const OR_PATTERN_BINDINGS: &str = "E0020";
/// A problem with a service, actor or supervisor declaration.
pub const PROCESS_DECL: &str = "E0021";
/// A catch-all clause before other clauses.
pub const CATCH_ALL_NOT_LAST: &str = "E0022";
/// A bad `impl`: unknown interface, missing or extra methods.
pub const BAD_IMPL: &str = "E0023";
/// A program without `fn main()` in `main.mpl`.
pub const NO_MAIN: &str = "E0024";
/// A bad `deriving(...)`: unknown interface ("cannot derive") or Ord without Eq.
pub const BAD_DERIVE: &str = "E0025";
/// A construct that cannot appear here (`return` outside a function...).
pub const MISPLACED: &str = "E0026";
/// `?` in a function that does not return Result/Option.
pub const TRY_RETURN: &str = "E0036";
/// `?` on a value that is not a Result/Option.
pub const TRY_OPERAND: &str = "E0037";
/// A `deriving(Json)` field whose type is not JSON-serializable.
pub const NOT_JSON: &str = "E0038";
/// A `deriving(Row)` field that cannot be read from a database row.
pub const NOT_ROW: &str = "E0039";
/// An impl missing an associated type of its interface.
pub const MISSING_ASSOC: &str = "E0040";
/// An impl defining an associated type its interface does not declare.
pub const EXTRA_ASSOC: &str = "E0041";
/// An actor spawned where nothing tells the type of its messages (found
/// while generating code, where the instance is known).
pub const MESSAGE_TYPE_UNKNOWN: &str = "E0042";
/// `Process.monitor` in an actor that can receive no notification.
pub const MONITOR_UNDELIVERABLE: &str = "E0043";
