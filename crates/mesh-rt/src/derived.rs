//! Derived functions (LANGUAGE.md 5.14): `from_row` and the `Schema` functions (`__table__` ...), through the type's descriptor.

use crate::abi::Ctx;

crate::export! {}

#[allow(dead_code)]
unsafe fn _unused(_ctx: *mut Ctx) {}
