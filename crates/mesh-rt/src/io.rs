//! Console output and input: `println`, `print`, `IO.eprintln`,
//! `IO.read_line`. Output goes through the standard library's locked
//! stdout, so lines from different actors never interleave mid-line.

use crate::abi::Ctx;
use crate::value::{bytes_of, new_str};
use std::io::{BufRead, Write};

crate::export! { mesh_println, mesh_print, mesh_io_eprintln, mesh_io_read_line }

pub fn flush_stdout() {
    let _ = std::io::stdout().flush();
}

fn write_out(bytes: &[u8], newline: bool) {
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(bytes);
    if newline {
        let _ = out.write_all(b"\n");
    }
}

/// `println(s)`.
#[no_mangle]
pub unsafe extern "C" fn mesh_println(_ctx: *mut Ctx, s: u64) -> u64 {
    write_out(bytes_of(s), true);
    0
}

/// `print(s)`.
#[no_mangle]
pub unsafe extern "C" fn mesh_print(_ctx: *mut Ctx, s: u64) -> u64 {
    write_out(bytes_of(s), false);
    flush_stdout();
    0
}

/// `IO.eprintln(s)`.
#[no_mangle]
pub unsafe extern "C" fn mesh_io_eprintln(_ctx: *mut Ctx, s: u64) -> u64 {
    flush_stdout();
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(bytes_of(s));
    let _ = err.write_all(b"\n");
    0
}

/// `IO.read_line() -> String!String`: a line without its newline.
#[no_mangle]
pub unsafe extern "C" fn mesh_io_read_line(ctx: *mut Ctx) -> u64 {
    flush_stdout();
    let res = crate::desc::result_of(&crate::desc::mesh_desc_string, &crate::desc::mesh_desc_string);
    let mut line = String::new();
    match std::io::stdin().lock().read_line(&mut line) {
        Ok(0) => crate::value::err_str(ctx, res, "end of input"),
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            let s = new_str(ctx, &line);
            crate::value::ok(ctx, res, s)
        }
        Err(e) => crate::value::err_str(ctx, res, &e.to_string()),
    }
}
