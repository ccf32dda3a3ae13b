//! The process's surroundings: `Env`, `File`, `Timer.sleep`.

use crate::abi::Ctx;

crate::export! {}

#[allow(dead_code)]
unsafe fn _unused(_ctx: *mut Ctx) {}
