//! Signatures (docs/ABI.md): Mesh functions use Cranelift's `tail`
//! convention with `(args...) -> i64` and find the actor's context in the
//! pinned register; closure code takes the closure object first; runtime
//! entry points and the trampolines the runtime calls use the platform's C
//! convention with `ctx` as their first argument. Every parameter and
//! result is one `i64` word: no signature here can carry an aggregate.

use cranelift_codegen::ir::{types::I64, AbiParam, Signature};
use cranelift_codegen::isa::CallConv;

/// A Mesh function of `arity` parameters.
pub fn mesh(arity: usize) -> Signature {
    words(CallConv::Tail, arity)
}

/// Closure code: `(closure, args...)`.
pub fn closure(arity: usize) -> Signature {
    words(CallConv::Tail, arity + 1)
}

/// A runtime entry point taking `ctx` and `nargs` words.
pub fn runtime(cc: CallConv, nargs: usize) -> Signature {
    words(cc, nargs + 1)
}

/// `n` word parameters and one word result.
pub fn words(cc: CallConv, n: usize) -> Signature {
    let mut s = Signature::new(cc);
    for _ in 0..n {
        s.params.push(AbiParam::new(I64));
    }
    s.returns.push(AbiParam::new(I64));
    s
}
