//! Every entry point and exported descriptor of the runtime, by symbol
//! name: the JIT registers this table, and tests compare it with the
//! standard library's declarations (each declared function must have its
//! symbol here).

use crate::desc::*;
use crate::heap::mesh_rt_alloc_slow;
use crate::io::*;
use crate::panic::mesh_rt_panic;
use crate::string::*;

macro_rules! table {
    (fns: [$($f:ident),* $(,)?], data: [$($d:ident),* $(,)?]) => {
        /// `(symbol, address)` of every runtime function.
        pub fn functions() -> Vec<(&'static str, *const u8)> {
            vec![$((stringify!($f), $f as *const u8)),*]
        }
        /// `(symbol, address)` of every exported descriptor.
        pub fn data() -> Vec<(&'static str, *const u8)> {
            vec![$((stringify!($d), &$d as *const _ as *const u8)),*]
        }
    };
}

table! {
    fns: [
        mesh_rt_alloc_slow, mesh_rt_panic,
        mesh_println, mesh_print, mesh_io_eprintln, mesh_io_read_line,
        mesh_string_concat, mesh_string_eq, mesh_string_length,
    ],
    data: [
        mesh_desc_int, mesh_desc_float, mesh_desc_bool, mesh_desc_unit, mesh_desc_pid,
        mesh_desc_string, mesh_desc_atom, mesh_desc_range, mesh_desc_json, mesh_desc_map_node,
    ]
}

/// Both tables together.
pub fn all() -> Vec<(&'static str, *const u8)> {
    let mut v = functions();
    v.extend(data());
    v
}
