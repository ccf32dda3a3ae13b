//! Every entry point and exported descriptor of the runtime, by symbol
//! name: the JIT registers this table, and tests compare it with the
//! standard library's declarations (each declared function must have its
//! symbol here). Each module lists its own functions with [`export!`].

use crate::desc::*;

/// Defines `pub fn symbols()` listing the given `extern "C"` functions.
#[macro_export]
macro_rules! export {
    ($($f:ident),* $(,)?) => {
        /// `(symbol, address)` of this module's entry points.
        pub fn symbols() -> Vec<(&'static str, *const u8)> {
            vec![$((stringify!($f), $f as *const u8)),*]
        }
    };
}

/// `(symbol, address)` of every runtime function.
pub fn functions() -> Vec<(&'static str, *const u8)> {
    let mut v = vec![
        ("mesh_rt_alloc_slow", crate::heap::mesh_rt_alloc_slow as *const u8),
        ("mesh_rt_panic", crate::panic::mesh_rt_panic as *const u8),
        ("mesh_rt_main", crate::entry::mesh_rt_main as *const u8),
    ];
    for part in [
        crate::io::symbols(),
        crate::string::symbols(),
        crate::display::symbols(),
        crate::compare::symbols(),
        crate::math::symbols(),
        crate::sys::symbols(),
        crate::list::symbols(),
        crate::map::symbols(),
        crate::queue::symbols(),
        crate::iter::symbols(),
        crate::json::symbols(),
        crate::derived::symbols(),
        crate::process::symbols(),
        crate::node::symbols(),
        crate::supervisor::symbols(),
        crate::service::symbols(),
        crate::net::http::symbols(),
        crate::net::ws::symbols(),
    ] {
        v.extend(part);
    }
    v
}

/// `(symbol, address)` of every exported descriptor.
pub fn data() -> Vec<(&'static str, *const u8)> {
    macro_rules! data {
        ($($d:ident),*) => { vec![$((stringify!($d), &$d as *const _ as *const u8)),*] };
    }
    data![mesh_desc_int, mesh_desc_float, mesh_desc_bool, mesh_desc_unit, mesh_desc_pid, mesh_desc_string, mesh_desc_atom, mesh_desc_range, mesh_desc_json, mesh_desc_map_node]
}

/// Both tables together.
pub fn all() -> Vec<(&'static str, *const u8)> {
    let mut v = functions();
    v.extend(data());
    v
}
