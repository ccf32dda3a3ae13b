//! The HTTP module's values as Mesh objects: `Router`, `Request` and
//! `Response` are structs of runtime-made descriptors (the checker knows
//! them as opaque types), living in actors' heaps like any value, so they
//! are collected, copied in messages and freed with their actor.
//!
//! - Router: `[desc, routes: List<String>, handlers: List<Fun>, middleware: List<Fun>]`,
//!   a route being `"METHOD pattern"` (`*` for any method).
//! - Request: `[desc, method, path, body, headers, query, params]`, all
//!   Strings; `headers` and `params` are `name\0value\0...` with header
//!   names lowercased; `query` is the raw query string.
//! - Response: `[desc, status: Int, body: String, headers: Map<String, String>, content_type: String]`
//!   (`content_type` empty: from `headers`, else from the body).

use crate::abi::{Ctx, Kind, TypeDesc};
use crate::desc::{any_fun, list_of, map_of, mesh_desc_int, mesh_desc_string, record};
use crate::value::{field, list_slice, new_list, new_str, new_tuple, str_of};

/// A descriptor made once and kept (made on every request otherwise).
macro_rules! once_desc {
    ($name:ident, $make:expr) => {
        pub fn $name() -> &'static TypeDesc {
            static D: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
            let d = *D.get_or_init(|| $make as *const TypeDesc as usize);
            // SAFETY: the cell holds the address of a leaked descriptor.
            unsafe { &*(d as *const TypeDesc) }
        }
    };
}

once_desc!(router_desc, {
    let strings = list_of(&mesh_desc_string);
    let funs = list_of(any_fun());
    record(Kind::Struct, "Router", &[strings, funs, funs])
});

once_desc!(request_desc, {
    let s: &'static TypeDesc = &mesh_desc_string;
    record(Kind::Struct, "Request", &[s, s, s, s, s, s])
});

once_desc!(response_desc, record(Kind::Struct, "Response", &[&mesh_desc_int, &mesh_desc_string, headers_desc(), &mesh_desc_string]));

once_desc!(headers_desc, map_of(&mesh_desc_string, &mesh_desc_string));

pub const ROUTER_ROUTES: usize = 0;
pub const ROUTER_HANDLERS: usize = 1;
pub const ROUTER_MIDDLEWARE: usize = 2;

pub const REQ_METHOD: usize = 0;
pub const REQ_PATH: usize = 1;
pub const REQ_BODY: usize = 2;
pub const REQ_HEADERS: usize = 3;
pub const REQ_QUERY: usize = 4;
pub const REQ_PARAMS: usize = 5;

pub const RESP_STATUS: usize = 0;
pub const RESP_BODY: usize = 1;
pub const RESP_HEADERS: usize = 2;
pub const RESP_CONTENT_TYPE: usize = 3;

/// A static object (outside every heap: shared, never collected or
/// copied), made once.
fn leaked(words: Vec<u64>) -> u64 {
    Box::leak(words.into_boxed_slice()).as_ptr() as u64
}

/// A static String.
fn static_str(s: &str) -> u64 {
    let mut w = vec![0u64; crate::heap::layout::string_words(s.len())];
    w[0] = &mesh_desc_string as *const TypeDesc as u64;
    w[crate::abi::STRING_LEN] = s.len() as u64;
    // SAFETY: the words after the header hold the bytes.
    unsafe { std::ptr::copy_nonoverlapping(s.as_ptr(), (w.as_mut_ptr() as *mut u8).add(crate::abi::STRING_BYTES * 8), s.len()) };
    leaked(w)
}

macro_rules! once_value {
    ($name:ident, $make:expr) => {
        pub fn $name() -> u64 {
            static V: std::sync::OnceLock<u64> = std::sync::OnceLock::new();
            *V.get_or_init(|| $make)
        }
    };
}

once_value!(empty_headers, leaked(vec![headers_desc() as *const TypeDesc as u64, 0, 0, 0]));
once_value!(no_content_type, static_str(""));
once_value!(json_content_type, static_str(JSON));

pub const JSON: &str = "application/json; charset=utf-8";
pub const TEXT: &str = "text/plain; charset=utf-8";

/// An empty router.
///
/// # Safety
/// `ctx` must be the running actor's context.
pub unsafe fn new_router(ctx: *mut Ctx) -> u64 {
    let routes = new_list(ctx, list_of(&mesh_desc_string), &[]);
    let handlers = new_list(ctx, list_of(any_fun()), &[]);
    let mws = new_list(ctx, list_of(any_fun()), &[]);
    new_tuple(ctx, router_desc(), &[routes, handlers, mws])
}

/// `r` with one more route (a new router: routers are immutable).
///
/// # Safety
/// `ctx` must be the running actor's context; `r` a router, `h` a closure.
pub unsafe fn with_route(ctx: *mut Ctx, r: u64, method: &str, path: &str, h: u64) -> u64 {
    let route = new_str(ctx, &format!("{method} {path}"));
    let routes = appended(ctx, field(r, ROUTER_ROUTES), route, list_of(&mesh_desc_string));
    let handlers = appended(ctx, field(r, ROUTER_HANDLERS), h, list_of(any_fun()));
    new_tuple(ctx, router_desc(), &[routes, handlers, field(r, ROUTER_MIDDLEWARE)])
}

/// `r` with one more middleware (runs after those added before).
///
/// # Safety
/// As [`with_route`].
pub unsafe fn with_middleware(ctx: *mut Ctx, r: u64, mw: u64) -> u64 {
    let mws = appended(ctx, field(r, ROUTER_MIDDLEWARE), mw, list_of(any_fun()));
    new_tuple(ctx, router_desc(), &[field(r, ROUTER_ROUTES), field(r, ROUTER_HANDLERS), mws])
}

/// A new list: `list` then `x`.
unsafe fn appended(ctx: *mut Ctx, list: u64, x: u64, d: &'static TypeDesc) -> u64 {
    let n = crate::value::list_len(list);
    // `list` and `x` are locals (roots) across the allocation; the old
    // elements are read only after it, at their current addresses.
    let arr = crate::value::new_array(ctx, d, n + 1);
    let a = arr as *mut u64;
    let old = list_slice(std::hint::black_box(list));
    std::ptr::copy_nonoverlapping(old.as_ptr(), a.add(crate::abi::ARRAY_ELEMS), n);
    *a.add(crate::abi::ARRAY_ELEMS + n) = std::hint::black_box(x);
    *a.add(crate::abi::ARRAY_USED) = (n + 1) as u64;
    crate::value::new_list_view(ctx, d, arr, 0, n + 1)
}

/// The routes of a router as Rust strings, in registration order.
///
/// # Safety
/// `r` must be a router.
pub unsafe fn routes_of(r: u64) -> Vec<String> {
    list_slice(field(r, ROUTER_ROUTES)).iter().map(|s| str_of(*s).to_string()).collect()
}

/// A response with `status`, `body`, extra `headers` and a Content-Type
/// (empty: from `headers` or the body).
///
/// # Safety
/// `ctx` must be the running actor's context; `body` a String and
/// `headers` a `Map<String, String>`.
pub unsafe fn new_response(ctx: *mut Ctx, status: i64, body: u64, headers: u64, content_type: u64) -> u64 {
    new_tuple(ctx, response_desc(), &[status as u64, body, headers, content_type])
}
