//! One request, one actor: a request's actor builds the `Request` value in
//! its own heap, copies in the matched handler and the middleware, runs
//! the middleware chain (each layer gets a runtime-made `next` closure)
//! and hands the `Response` back to the connection as plain Rust data. A
//! panic ends only that actor; its exit hook answers 500.

use super::routes::Table;
use super::values::*;
use crate::abi::{Ctx, Kind, FUN_CAPTURES, FUN_CODE};
use crate::actor::Exit;
use crate::copy::{copy_in, Fragment};
use crate::desc::{any_fun, list_of, mesh_desc_int, record};
use crate::value::{field, list_len, list_slice, new_str, new_tuple, str_of};
use std::sync::Arc;
use tokio::sync::oneshot;

/// What a server serves: its routes and their handlers, flattened once at
/// `HTTP.serve` and copied into each request's actor.
pub struct Site {
    pub table: Table,
    pub handlers: Vec<Fragment>,
    /// The middleware list (`List<Fun>`), or None when there is none.
    pub middleware: Option<Fragment>,
    pub limits: super::server::Limits,
}

/// A request as read off the connection.
pub struct Incoming {
    pub method: hyper::Method,
    /// Percent-decoded, without the query.
    pub path: String,
    /// As sent: `uri.path()` is what routes match, segment by segment;
    /// `uri.query()` the query string.
    pub uri: hyper::Uri,
    /// `name\0value\0...` with lower-case names.
    pub headers: String,
    pub body: String,
}

/// A response to write.
pub struct Outgoing {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    /// Set by `HTTP.json` or the server: wins over `headers`.
    pub content_type: Option<&'static str>,
    pub body: bytes::Bytes,
}

impl Outgoing {
    /// A JSON error body `{"error": message}`.
    pub fn error(status: u16, message: &str) -> Outgoing {
        let body = serde_json::json!({ "error": message }).to_string();
        Outgoing { status, headers: Vec::new(), content_type: Some(JSON), body: body.into() }
    }
}

/// The state of a request's actor.
struct Job {
    site: Arc<Site>,
    req: Incoming,
    route: Option<(usize, Vec<(String, String)>)>,
    reply: Option<oneshot::Sender<Outgoing>>,
}

/// Runs `req` in a new actor (on this thread until it parks); the answer
/// arrives on the returned channel. Also returns the actor's pid.
pub fn dispatch(site: Arc<Site>, req: Incoming) -> (oneshot::Receiver<Outgoing>, Option<u64>) {
    let (tx, rx) = oneshot::channel();
    let route = site.table.find(req.method.as_str(), req.uri.path()).map(|m| (m.handler, m.params));
    // Unless the handler answered, the actor failed: 500. The reason (a
    // panic message) went to stderr; the client learns nothing about the
    // server's insides.
    let on_exit = Box::new(|_: &Exit, state: Option<&mut (dyn std::any::Any + Send)>| {
        if let Some(tx) = state.and_then(|s| s.downcast_mut::<Job>()).and_then(|j| j.reply.take()) {
            let _ = tx.send(Outgoing::error(500, "internal server error"));
        }
    });
    let job = Job { site, req, route, reply: Some(tx) };
    match crate::sched::spawn_native(Box::new(job), |ctx| unsafe { run_job(ctx) }, on_exit) {
        Some(p) => {
            let pid = p.pid;
            crate::sched::run_here(p);
            (rx, Some(pid))
        }
        None => {
            // No stack for a new actor: the hook never runs; answer here.
            let (tx, rx) = oneshot::channel();
            let _ = tx.send(Outgoing::error(503, "out of actor stacks"));
            (rx, None)
        }
    }
}

/// The body of a request's actor.
unsafe fn run_job(ctx: *mut Ctx) {
    let job: &mut Job = crate::sched::native_state(ctx).expect("a request job");
    let req = build_request(ctx, job);
    let handler = match &job.route {
        Some((i, _)) => copy_in(ctx, &job.site.handlers[*i]),
        None => 0,
    };
    let resp = match &job.site.middleware {
        Some(mws) => {
            let mws = copy_in(ctx, mws);
            chain(ctx, mws, handler, 0, req)
        }
        None => call_handler(ctx, handler, req),
    };
    let out = read_response(ctx, resp);
    let job: &mut Job = crate::sched::native_state(ctx).expect("a request job");
    if let Some(tx) = job.reply.take() {
        let _ = tx.send(out);
    }
}

unsafe fn build_request(ctx: *mut Ctx, job: &Job) -> u64 {
    let r = &job.req;
    let method = new_str(ctx, r.method.as_str());
    let path = new_str(ctx, &r.path);
    let body = new_str(ctx, &r.body);
    let headers = new_str(ctx, &r.headers);
    let query = new_str(ctx, r.uri.query().unwrap_or(""));
    let params = match &job.route {
        Some((_, ps)) => new_str(ctx, &pairs_blob(ps)),
        None => new_str(ctx, ""),
    };
    new_tuple(ctx, request_desc(), &[method, path, body, headers, query, params])
}

/// `name\0value\0...`
fn pairs_blob(pairs: &[(String, String)]) -> String {
    let mut s = String::new();
    for (n, v) in pairs {
        s.push_str(n);
        s.push('\0');
        s.push_str(v);
        s.push('\0');
    }
    s
}

/// The value of `name` in a `name\0value\0...` blob.
pub fn blob_get<'a>(blob: &'a str, name: &str) -> Option<&'a str> {
    let mut it = blob.split('\0');
    while let (Some(n), Some(v)) = (it.next(), it.next()) {
        if n == name {
            return Some(v);
        }
    }
    None
}

unsafe fn call_handler(ctx: *mut Ctx, handler: u64, req: u64) -> u64 {
    if handler == 0 {
        let body = new_str(ctx, "Not Found");
        return new_response(ctx, 404, body, empty_headers(), no_content_type());
    }
    (crate::entry::program().call1)(ctx, handler, req)
}

/// Runs middleware `stage..` then the handler.
unsafe fn chain(ctx: *mut Ctx, mws: u64, handler: u64, stage: usize, req: u64) -> u64 {
    if stage >= list_len(mws) {
        return call_handler(ctx, handler, req);
    }
    let next = new_next(ctx, mws, handler, stage + 1);
    let mw = list_slice(mws)[stage];
    (crate::entry::program().call2)(ctx, mw, req, next)
}

/// The closure `next` given to middleware `stage - 1`: runs the rest of
/// the chain. `[desc, native1, next_code, stage, mws, handler]`.
unsafe fn new_next(ctx: *mut Ctx, mws: u64, handler: u64, stage: usize) -> u64 {
    static D: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    let d = *D.get_or_init(|| record(Kind::Fun, "next", &[&mesh_desc_int, &mesh_desc_int, list_of(any_fun()), any_fun()]) as *const _ as usize) as *const crate::abi::TypeDesc;
    let obj = crate::heap::alloc_object(ctx, d, FUN_CAPTURES + 4);
    *obj.add(FUN_CODE) = crate::entry::program().native[1];
    *obj.add(FUN_CAPTURES) = next_code as crate::abi::Native1 as u64;
    *obj.add(FUN_CAPTURES + 1) = stage as u64;
    *obj.add(FUN_CAPTURES + 2) = mws;
    *obj.add(FUN_CAPTURES + 3) = handler;
    obj as u64
}

unsafe extern "C" fn next_code(ctx: *mut Ctx, closure: u64, req: u64) -> u64 {
    let c = closure as *const u64;
    let stage = *c.add(FUN_CAPTURES + 1) as usize;
    chain(ctx, *c.add(FUN_CAPTURES + 2), *c.add(FUN_CAPTURES + 3), stage, req)
}

/// A `Response` value as Rust data. A static body (a string literal) is
/// not copied.
unsafe fn read_response(ctx: *mut Ctx, resp: u64) -> Outgoing {
    let status = field(resp, RESP_STATUS) as i64;
    let b = field(resp, RESP_BODY);
    let heap = crate::heap::heap_of(ctx);
    let body = if heap.chunk_of(b).is_none() && heap.large_of(b).is_none() {
        // SAFETY: an object outside every heap is static data of the
        // program (or leaked by the runtime): it lives as long as the process.
        bytes::Bytes::from_static(std::mem::transmute::<&[u8], &'static [u8]>(crate::value::bytes_of(b)))
    } else {
        bytes::Bytes::copy_from_slice(crate::value::bytes_of(b))
    };
    let headers: Vec<(String, String)> = crate::map::map_entries(field(resp, RESP_HEADERS)).into_iter().map(|(k, v)| (str_of(k).to_string(), str_of(v).to_string())).collect();
    // `HTTP.json` is the one maker of a content type here.
    let content_type = (!str_of(field(resp, RESP_CONTENT_TYPE)).is_empty()).then_some(JSON);
    match u16::try_from(status) {
        Ok(s) if (100..=999).contains(&s) => Outgoing { status: s, headers, content_type, body },
        _ => Outgoing::error(500, &format!("the handler answered with an invalid status {status}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blobs_find_names_exactly() {
        let b = pairs_blob(&[("x-a".into(), "1".into()), ("x-ab".into(), "".into())]);
        assert_eq!(blob_get(&b, "x-a"), Some("1"));
        assert_eq!(blob_get(&b, "x-ab"), Some(""));
        assert_eq!(blob_get(&b, "x"), None);
        assert_eq!(blob_get("", "x"), None);
    }
}
