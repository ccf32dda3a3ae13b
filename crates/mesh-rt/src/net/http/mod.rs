//! The HTTP module (LANGUAGE.md 5.9): routers, `HTTP.serve`, responses,
//! the `Request` accessors and the client. Values are in `values.rs`, the
//! route table in `routes.rs`, the server in `server.rs`, a request's
//! actor in `handler.rs`, the client in `client.rs`.

pub mod client;
pub mod handler;
pub mod routes;
pub mod server;
pub mod values;

use crate::abi::Ctx;
use crate::copy::copy_out;
use crate::desc::{any_fun, list_of, mesh_desc_string, option_of};
use crate::panic::panic_msg;
use crate::value::{field, list_len, new_str, none, some, str_of};
use handler::{blob_get, Site};
use std::sync::Arc;
use values::*;

export!(
    mesh_http_router,
    mesh_http_route,
    mesh_http_on_get,
    mesh_http_on_post,
    mesh_http_on_put,
    mesh_http_on_delete,
    mesh_http_on_patch,
    mesh_http_on_head,
    mesh_http_on_options,
    mesh_http_use,
    mesh_http_serve,
    mesh_http_serve_with,
    mesh_http_serve_tls,
    mesh_http_response,
    mesh_http_response_with_headers,
    mesh_http_json,
    mesh_http_get,
    mesh_http_post,
    mesh_request_method,
    mesh_request_path,
    mesh_request_body,
    mesh_request_header,
    mesh_request_query,
    mesh_request_param,
);

/// # Safety
/// `ctx` must be the running actor's context (every entry point below).
#[no_mangle]
pub unsafe extern "C" fn mesh_http_router(ctx: *mut Ctx) -> u64 {
    new_router(ctx)
}

unsafe fn add_route(ctx: *mut Ctx, r: u64, method: &str, path: u64, h: u64) -> u64 {
    let p = str_of(path);
    if !p.starts_with('/') {
        panic_msg(ctx, &format!("HTTP route `{p}`: a route pattern starts with `/`"));
    }
    if let Some(i) = p.find('*') {
        if i != p.len() - 1 || !p.ends_with("/*") {
            panic_msg(ctx, &format!("HTTP route `{p}`: `*` may only be the last segment (`/api/*`)"));
        }
    }
    with_route(ctx, r, method, p, h)
}

macro_rules! on_method {
    ($($name:ident => $m:literal),* $(,)?) => {$(
        /// # Safety
        /// `ctx` must be the running actor's context; `r` a router, `path`
        /// a String, `h` a closure.
        #[no_mangle]
        pub unsafe extern "C" fn $name(ctx: *mut Ctx, r: u64, path: u64, h: u64) -> u64 {
            add_route(ctx, r, $m, path, h)
        }
    )*};
}

on_method!(
    mesh_http_route => "*",
    mesh_http_on_get => "GET",
    mesh_http_on_post => "POST",
    mesh_http_on_put => "PUT",
    mesh_http_on_delete => "DELETE",
    mesh_http_on_patch => "PATCH",
    mesh_http_on_head => "HEAD",
    mesh_http_on_options => "OPTIONS",
);

/// # Safety
/// `ctx` must be the running actor's context; `r` a router, `mw` a closure.
#[no_mangle]
pub unsafe extern "C" fn mesh_http_use(ctx: *mut Ctx, r: u64, mw: u64) -> u64 {
    with_middleware(ctx, r, mw)
}

/// `HTTP.serve(r, port)`: serves for ever (the calling actor parks; an exit
/// signal still ends it).
///
/// # Safety
/// `ctx` must be the running actor's context; `r` a router.
#[no_mangle]
pub unsafe extern "C" fn mesh_http_serve(ctx: *mut Ctx, r: u64, port: u64) -> u64 {
    serve(ctx, r, port as i64, &[])
}

/// `HTTP.serve_with(r, port, options)`: as `serve`, with limits from the
/// options map (`max_header_bytes`, `max_body_bytes`, `read_timeout_ms`,
/// `max_connections`).
///
/// # Safety
/// As [`mesh_http_serve`]; `opts` a `Map<String, String>`.
#[no_mangle]
pub unsafe extern "C" fn mesh_http_serve_with(ctx: *mut Ctx, r: u64, port: u64, opts: u64) -> u64 {
    let options: Vec<(String, String)> = crate::map::map_entries(opts).into_iter().map(|(k, v)| (str_of(k).to_string(), str_of(v).to_string())).collect();
    serve(ctx, r, port as i64, &options)
}

/// # Safety
/// As [`mesh_http_serve`].
#[no_mangle]
pub unsafe extern "C" fn mesh_http_serve_tls(ctx: *mut Ctx, _r: u64, _port: u64, _cert: u64, _key: u64) -> u64 {
    panic_msg(ctx, "HTTP.serve_tls is not supported by this runtime: serve plain HTTP behind a TLS-terminating proxy")
}

unsafe fn serve(ctx: *mut Ctx, r: u64, port: i64, options: &[(String, String)]) -> u64 {
    let limits = match server::Limits::new(options) {
        Ok(l) => l,
        Err(e) => panic_msg(ctx, &format!("HTTP.serve: {e}")),
    };
    let handlers_list = field(r, ROUTER_HANDLERS);
    let handlers = (0..list_len(handlers_list)).map(|i| copy_out(ctx, crate::value::list_slice(handlers_list)[i], any_fun())).collect();
    let mws = field(r, ROUTER_MIDDLEWARE);
    let middleware = (list_len(mws) > 0).then(|| copy_out(ctx, mws, list_of(any_fun())));
    let site = Arc::new(Site { table: routes::Table::new(&routes_of(r)), handlers, middleware, limits });
    let listener = match crate::net::listen::bind(port) {
        Ok(l) => l,
        Err(e) => panic_msg(ctx, &format!("HTTP.serve: cannot listen on port {port}: {e}")),
    };
    let bound = listener.local_addr().map(|a| a.port()).unwrap_or(port as u16);
    crate::io::flush_stdout();
    eprintln!("[mesh-rt] HTTP server listening on 0.0.0.0:{bound}");
    crate::net::listen::run_owned(ctx, async move { server::accept_loop(listener, site).await });
    loop {
        crate::net::park_io(ctx);
    }
}

/// # Safety
/// `ctx` must be the running actor's context; `body` a String.
#[no_mangle]
pub unsafe extern "C" fn mesh_http_response(ctx: *mut Ctx, status: u64, body: u64) -> u64 {
    new_response(ctx, status as i64, body, empty_headers(), no_content_type())
}

/// # Safety
/// As [`mesh_http_response`]; `headers` a `Map<String, String>`.
#[no_mangle]
pub unsafe extern "C" fn mesh_http_response_with_headers(ctx: *mut Ctx, status: u64, body: u64, headers: u64) -> u64 {
    new_response(ctx, status as i64, body, headers, no_content_type())
}

/// `HTTP.json(status, body)`: a response typed `application/json`.
///
/// # Safety
/// As [`mesh_http_response`].
#[no_mangle]
pub unsafe extern "C" fn mesh_http_json(ctx: *mut Ctx, status: u64, body: u64) -> u64 {
    new_response(ctx, status as i64, body, empty_headers(), json_content_type())
}

pub use client::{mesh_http_get, mesh_http_post};

/// # Safety
/// `ctx` must be the running actor's context; `r` a Request.
#[no_mangle]
pub unsafe extern "C" fn mesh_request_method(_ctx: *mut Ctx, r: u64) -> u64 {
    field(r, REQ_METHOD)
}

/// # Safety
/// As [`mesh_request_method`].
#[no_mangle]
pub unsafe extern "C" fn mesh_request_path(_ctx: *mut Ctx, r: u64) -> u64 {
    field(r, REQ_PATH)
}

/// # Safety
/// As [`mesh_request_method`].
#[no_mangle]
pub unsafe extern "C" fn mesh_request_body(_ctx: *mut Ctx, r: u64) -> u64 {
    field(r, REQ_BODY)
}

unsafe fn opt_str(ctx: *mut Ctx, v: Option<&str>) -> u64 {
    let od = option_of(&mesh_desc_string);
    match v {
        Some(s) => {
            let s = new_str(ctx, s);
            some(ctx, od, s)
        }
        None => none(ctx, od),
    }
}

/// `Request.header(r, name)`: header names are case-insensitive.
///
/// # Safety
/// As [`mesh_request_method`]; `name` a String.
#[no_mangle]
pub unsafe extern "C" fn mesh_request_header(ctx: *mut Ctx, r: u64, name: u64) -> u64 {
    let n = str_of(name).to_ascii_lowercase();
    let v = blob_get(str_of(field(r, REQ_HEADERS)), &n).map(str::to_string);
    opt_str(ctx, v.as_deref())
}

/// `Request.query(r, name)`: the first `name=` of the query string,
/// percent-decoded (`+` is a space).
///
/// # Safety
/// As [`mesh_request_header`].
#[no_mangle]
pub unsafe extern "C" fn mesh_request_query(ctx: *mut Ctx, r: u64, name: u64) -> u64 {
    let n = str_of(name);
    let v = form_urlencoded::parse(str_of(field(r, REQ_QUERY)).as_bytes()).find(|(k, _)| k == n).map(|(_, v)| v.into_owned());
    opt_str(ctx, v.as_deref())
}

/// `Request.param(r, name)`: the `:name` segment of the matched route.
///
/// # Safety
/// As [`mesh_request_header`].
#[no_mangle]
pub unsafe extern "C" fn mesh_request_param(ctx: *mut Ctx, r: u64, name: u64) -> u64 {
    let v = blob_get(str_of(field(r, REQ_PARAMS)), str_of(name)).map(str::to_string);
    opt_str(ctx, v.as_deref())
}
