//! mesh-typeck: name resolution across modules, Hindley-Milner inference,
//! deriving, exhaustiveness and the standard library's one declaration
//! table. Input: the parsed modules of `mesh-parse`; output: a typed tree in
//! which every node carries its type.
//!
//! Not implemented yet (issue 3). Invariant to keep: an unknown type is a
//! compiler error, never a silent default.
