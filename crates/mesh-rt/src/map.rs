//! Maps and sets (LANGUAGE.md 5.4, 5.5): persistent hash tries of entries on the actor heap, iterated in insertion order.

use crate::abi::Ctx;

crate::export! {}

#[allow(dead_code)]
unsafe fn _unused(_ctx: *mut Ctx) {}
