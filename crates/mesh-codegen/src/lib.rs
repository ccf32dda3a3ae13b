//! mesh-codegen: monomorphisation, a small MIR, value layouts (the one-word
//! ABI of docs/ABI.md) and Cranelift lowering to an object file or the JIT.
//!
//! Not implemented yet (issue 4). Its Cranelift dependencies are pinned in
//! the workspace Cargo.toml (every cranelift crate at `=0.135.8`).
