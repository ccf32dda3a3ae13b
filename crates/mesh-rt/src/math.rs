//! Numbers: the `Math`, `Int` and `Float` modules and float remainder.

use crate::abi::Ctx;

crate::export! {}

#[allow(dead_code)]
unsafe fn _unused(_ctx: *mut Ctx) {}
