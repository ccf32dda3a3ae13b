//! Display and Debug text of any value through its descriptor (LANGUAGE.md 3.10, 2.6): `mesh_rt_display`, `mesh_rt_inspect`, `Int.to_string`, `Float.to_string`, `String.from`.

use crate::abi::Ctx;

crate::export! {}

#[allow(dead_code)]
unsafe fn _unused(_ctx: *mut Ctx) {}
