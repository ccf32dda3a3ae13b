//! The HTTP client: `HTTP.get(url)` and `HTTP.post(url, body)`.
use crate::abi::Ctx;

/// # Safety
/// `ctx` must be the running actor's context; `url` a String.
#[no_mangle]
pub unsafe extern "C" fn mesh_http_get(ctx: *mut Ctx, _url: u64) -> u64 {
    crate::panic::panic_msg(ctx, "HTTP.get: not yet")
}

/// # Safety
/// As [`mesh_http_get`].
#[no_mangle]
pub unsafe extern "C" fn mesh_http_post(ctx: *mut Ctx, _url: u64, _body: u64) -> u64 {
    crate::panic::panic_msg(ctx, "HTTP.post: not yet")
}
