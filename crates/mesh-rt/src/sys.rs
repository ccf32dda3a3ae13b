//! The process's surroundings: `Env`, `File` (`Timer` is in process.rs).
//!
//! File errors are `Err(message)`: the operating system's reason, e.g.
//! `No such file or directory`.

use crate::abi::Ctx;
use crate::desc::{self, mesh_desc_string, mesh_desc_unit};
use crate::value::{new_str, str_of};

crate::export! {
    mesh_env_get, mesh_file_read, mesh_file_write, mesh_file_append, mesh_file_delete, mesh_file_exists,
}

/// The text of an I/O error without Rust's ` (os error N)` suffix.
fn reason(e: &std::io::Error) -> String {
    let s = e.to_string();
    match s.find(" (os error") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

/// `Env.get(name) -> String?`.
#[no_mangle]
pub unsafe extern "C" fn mesh_env_get(ctx: *mut Ctx, name: u64) -> u64 {
    let od = desc::option_of(&mesh_desc_string);
    match std::env::var_os(str_of(name)) {
        Some(v) => {
            let s = new_str(ctx, &v.to_string_lossy());
            crate::value::some(ctx, od, s)
        }
        None => crate::value::none(ctx, od),
    }
}

/// `File.read(path) -> String!String`.
#[no_mangle]
pub unsafe extern "C" fn mesh_file_read(ctx: *mut Ctx, path: u64) -> u64 {
    let rd = desc::result_of(&mesh_desc_string, &mesh_desc_string);
    match std::fs::read(str_of(path)) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => {
                let s = new_str(ctx, &text);
                crate::value::ok(ctx, rd, s)
            }
            Err(_) => crate::value::err_str(ctx, rd, "the file is not valid UTF-8"),
        },
        Err(e) => crate::value::err_str(ctx, rd, &reason(&e)),
    }
}

unsafe fn unit_result(ctx: *mut Ctx, r: std::io::Result<()>) -> u64 {
    let rd = desc::result_of(&mesh_desc_unit, &mesh_desc_string);
    match r {
        Ok(()) => crate::value::ok(ctx, rd, 0),
        Err(e) => crate::value::err_str(ctx, rd, &reason(&e)),
    }
}

/// `File.write(path, s) -> ()!String`: creates or truncates.
#[no_mangle]
pub unsafe extern "C" fn mesh_file_write(ctx: *mut Ctx, path: u64, s: u64) -> u64 {
    let r = std::fs::write(str_of(path), crate::value::bytes_of(s));
    unit_result(ctx, r)
}

/// `File.append(path, s) -> ()!String`: creates the file if needed.
#[no_mangle]
pub unsafe extern "C" fn mesh_file_append(ctx: *mut Ctx, path: u64, s: u64) -> u64 {
    use std::io::Write;
    let r = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(str_of(path))
        .and_then(|mut f| f.write_all(crate::value::bytes_of(s)));
    unit_result(ctx, r)
}

/// `File.delete(path) -> ()!String`.
#[no_mangle]
pub unsafe extern "C" fn mesh_file_delete(ctx: *mut Ctx, path: u64) -> u64 {
    let r = std::fs::remove_file(str_of(path));
    unit_result(ctx, r)
}

/// `File.exists(path) -> Bool`.
#[no_mangle]
pub unsafe extern "C" fn mesh_file_exists(_ctx: *mut Ctx, path: u64) -> u64 {
    std::path::Path::new(str_of(path)).exists() as u64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::{tag_of, variant_field};

    #[test]
    fn files() {
        crate::entry::with_test_actor(|ctx| unsafe {
            let p = std::env::temp_dir().join(format!("mesh_rt_sys_{}.txt", std::process::id()));
            let path = new_str(ctx, p.to_str().unwrap());
            let _ = mesh_file_delete(ctx, path);
            assert_eq!(mesh_file_exists(ctx, path), 0);
            let a = new_str(ctx, "hé\n");
            assert_eq!(tag_of(mesh_file_write(ctx, path, a)), desc::TAG_OK);
            assert_eq!(tag_of(mesh_file_append(ctx, path, a)), desc::TAG_OK);
            assert_eq!(mesh_file_exists(ctx, path), 1);
            let r = mesh_file_read(ctx, path);
            assert_eq!(tag_of(r), desc::TAG_OK);
            assert_eq!(str_of(variant_field(r, 0)), "hé\nhé\n");
            assert_eq!(tag_of(mesh_file_delete(ctx, path)), desc::TAG_OK);
            let r = mesh_file_read(ctx, path);
            assert_eq!(tag_of(r), desc::TAG_ERR);
            assert_eq!(str_of(variant_field(r, 0)), "No such file or directory");
            let n = new_str(ctx, "PATH");
            assert_eq!(tag_of(mesh_env_get(ctx, n)), desc::TAG_SOME);
            let n = new_str(ctx, "MESH_SURELY_UNSET_VARIABLE");
            assert_eq!(tag_of(mesh_env_get(ctx, n)), desc::TAG_NONE);
        })
    }
}
