//! The HTTP/1.1 server: hyper on the I/O runtime, one task per connection
//! (persistent connections), limits checked before a request reaches Mesh
//! code: header size (431), body size (413, from `Content-Length` before
//! reading, or while reading a chunked body), read timeout (408), the
//! number of connections (503), malformed requests (400, from hyper's
//! parser or an undecodable path). Bodies in `gzip`/`deflate`
//! `Content-Encoding` are decoded (their decoded size is limited too).

use super::handler::{dispatch, Incoming, Outgoing, Site};
use crate::net::stream::LentStream;
use bytes::Bytes;
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::Incoming as Body;
use hyper::header::{HeaderValue, CONNECTION, CONTENT_ENCODING, CONTENT_LENGTH, CONTENT_TYPE};
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;
use std::future::Future;
use std::io::Read;
use std::pin::Pin;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Duration;

/// A server's limits (defaults; `MESH_HTTP_*` environment variables; the
/// options map of `HTTP.serve_with`).
#[derive(Clone, Debug)]
pub struct Limits {
    pub max_header_bytes: usize,
    pub max_body_bytes: usize,
    pub read_timeout: Duration,
    pub max_connections: usize,
    /// How long a handler may take before its actor is killed and the
    /// client gets 504.
    pub handler_timeout: Duration,
}

impl Limits {
    /// The defaults, then the environment, then `options` (name, value).
    pub fn new(options: &[(String, String)]) -> Result<Limits, String> {
        let mut l = Limits { max_header_bytes: 64 * 1024, max_body_bytes: 8 * 1024 * 1024, read_timeout: Duration::from_secs(30), max_connections: 10_000, handler_timeout: Duration::from_secs(60) };
        let env = [("max_header_bytes", "MESH_HTTP_MAX_HEADER_BYTES"), ("max_body_bytes", "MESH_HTTP_MAX_BODY_BYTES"), ("read_timeout_ms", "MESH_HTTP_READ_TIMEOUT_MS"), ("max_connections", "MESH_HTTP_MAX_CONNECTIONS"), ("handler_timeout_ms", "MESH_HTTP_HANDLER_TIMEOUT_MS")];
        let mut all: Vec<(String, String)> = env.iter().filter_map(|(k, e)| std::env::var(e).ok().map(|v| (k.to_string(), v))).collect();
        all.extend(options.iter().cloned());
        for (k, v) in all {
            let n: u64 = v.trim().parse().map_err(|_| format!("HTTP option {k}: `{v}` is not a whole number"))?;
            match k.as_str() {
                "max_header_bytes" => l.max_header_bytes = n as usize,
                "max_body_bytes" => l.max_body_bytes = n as usize,
                "read_timeout_ms" => l.read_timeout = Duration::from_millis(n.max(1)),
                "max_connections" => l.max_connections = (n as usize).max(1),
                "handler_timeout_ms" => l.handler_timeout = Duration::from_millis(n.max(1)),
                _ => return Err(format!("unknown HTTP option `{k}` (known: max_header_bytes, max_body_bytes, read_timeout_ms, max_connections, handler_timeout_ms)")),
            }
        }
        Ok(l)
    }
}

/// Accepts connections on `listener` for ever.
pub async fn accept_loop(listener: tokio::net::TcpListener, site: Arc<Site>) {
    let permits = Arc::new(tokio::sync::Semaphore::new(site.limits.max_connections));
    loop {
        let stream = match listener.accept().await {
            Ok((s, _)) => s,
            Err(_) => {
                // Out of descriptors or a connection reset before accept:
                // pause instead of spinning.
                tokio::time::sleep(Duration::from_millis(10)).await;
                continue;
            }
        };
        let _ = stream.set_nodelay(true);
        let permit = permits.clone().try_acquire_owned().ok();
        let site = site.clone();
        tokio::spawn(async move {
            match permit {
                Some(p) => {
                    serve_connection(stream, site).await;
                    drop(p);
                }
                None => refuse(stream).await,
            }
        });
    }
}

/// A whole error response, written where hyper does not drive the
/// connection (refused, or after hyper gave up on it).
fn raw_error(status: &str, message: &str) -> String {
    let body = serde_json::json!({ "error": message }).to_string();
    format!("HTTP/1.1 {status}\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}", body.len())
}

/// Too many connections: 503 and close.
async fn refuse(stream: tokio::net::TcpStream) {
    use tokio::io::AsyncWriteExt;
    let mut stream = stream;
    let _ = tokio::time::timeout(Duration::from_secs(5), stream.write_all(raw_error("503 Service Unavailable", "too many connections").as_bytes())).await;
    let _ = stream.shutdown().await;
}

async fn serve_connection(stream: tokio::net::TcpStream, site: Arc<Site>) {
    let (lent, back) = LentStream::lend(stream, site.limits.read_timeout);
    let conn = lent.state();
    let svc = {
        let (site, conn) = (site.clone(), conn.clone());
        hyper::service::service_fn(move |req| {
            // The head is in; the body has its own timeout (`handle`).
            conn.handling.store(true, Ordering::Relaxed);
            handle(site.clone(), req)
        })
    };
    let served = hyper::server::conn::http1::Builder::new().max_buf_size(site.limits.max_header_bytes.max(8192)).keep_alive(true).half_close(true).serve_connection(TokioIo::new(lent), svc).await;
    // The read timeout ends the connection; a client that has sent part of
    // a request gets a 408 (an idle one is just closed).
    if served.is_err() && conn.timed_out.load(Ordering::Relaxed) && conn.unanswered.load(Ordering::Relaxed) > 0 {
        if let Ok(mut stream) = back.await {
            use tokio::io::AsyncWriteExt;
            let _ = tokio::time::timeout(Duration::from_secs(1), stream.write_all(raw_error("408 Request Timeout", "request timeout").as_bytes())).await;
            let _ = stream.shutdown().await;
        }
    }
}

type Answer = Response<Full<Bytes>>;

/// The answer to a request: at once (the common case: no body to wait
/// for, the handler answered in place), or later. Small on purpose: hyper
/// moves it into its connection state for every request.
pub enum Handled {
    Now(Option<Answer>),
    Later(Pin<Box<dyn Future<Output = Answer> + Send>>),
}

impl Future for Handled {
    type Output = Result<Answer, std::convert::Infallible>;

    fn poll(self: Pin<&mut Self>, cx: &mut std::task::Context<'_>) -> std::task::Poll<Self::Output> {
        match self.get_mut() {
            Handled::Now(a) => std::task::Poll::Ready(Ok(a.take().expect("polled after completion"))),
            Handled::Later(f) => f.as_mut().poll(cx).map(Ok),
        }
    }
}

fn close(mut r: Answer) -> Answer {
    r.headers_mut().insert(CONNECTION, HeaderValue::from_static("close"));
    r
}

fn refuse_with(status: u16, message: &str) -> Handled {
    Handled::Now(Some(close(to_hyper(Outgoing::error(status, message)))))
}

/// One request: limits, body, then the request's actor.
fn handle(site: Arc<Site>, req: Request<Body>) -> Handled {
    let (parts, body) = req.into_parts();
    let path = match percent_encoding::percent_decode_str(parts.uri.path()).decode_utf8() {
        Ok(p) => p.into_owned(),
        Err(_) => return refuse_with(400, "the request path is not valid UTF-8"),
    };
    // hyper checks the head's size only while it is incomplete: a head
    // that arrives in one read can pass it.
    let max_head = site.limits.max_header_bytes.max(8192);
    let head = parts.method.as_str().len() + parts.uri.path_and_query().map_or(1, |p| p.as_str().len()) + 12 + parts.headers.iter().map(|(n, v)| n.as_str().len() + v.len() + 4).sum::<usize>();
    if head > max_head {
        return refuse_with(431, &format!("the request head is larger than {max_head} bytes"));
    }
    let limit = site.limits.max_body_bytes;
    if let Some(len) = parts.headers.get(CONTENT_LENGTH).and_then(|v| v.to_str().ok()).and_then(|v| v.trim().parse::<u64>().ok()) {
        if len > limit as u64 {
            return refuse_with(413, &format!("the request body is larger than {limit} bytes"));
        }
    }
    if hyper::body::Body::is_end_stream(&body) {
        return answer(site, incoming(&parts, path, String::new()));
    }
    Handled::Later(Box::pin(async move {
        let raw = match tokio::time::timeout(site.limits.read_timeout, Limited::new(body, limit).collect()).await {
            Err(_) => return close(to_hyper(Outgoing::error(408, "the request body did not arrive in time"))),
            Ok(Err(e)) if e.is::<http_body_util::LengthLimitError>() => return close(to_hyper(Outgoing::error(413, &format!("the request body is larger than {limit} bytes")))),
            Ok(Err(_)) => return close(to_hyper(Outgoing::error(400, "the request body could not be read"))),
            Ok(Ok(b)) => b.to_bytes(),
        };
        let encoding = parts.headers.get(CONTENT_ENCODING).map(|v| String::from_utf8_lossy(v.as_bytes()).trim().to_ascii_lowercase());
        let body = match decode_body(raw, encoding.as_deref(), limit) {
            Ok(b) => b,
            Err(o) => return close(to_hyper(o)),
        };
        match answer(site, incoming(&parts, path, String::from_utf8_lossy(&body).into_owned())) {
            Handled::Now(a) => a.expect("an answer"),
            Handled::Later(f) => f.await,
        }
    }))
}

fn incoming(parts: &hyper::http::request::Parts, path: String, body: String) -> Incoming {
    // `name\0value\0...`, names lower-case (hyper's), values lossy UTF-8
    // (HTTP forbids NUL in both).
    let mut headers = String::with_capacity(256);
    for (n, v) in parts.headers.iter() {
        headers.push_str(n.as_str());
        headers.push('\0');
        headers.push_str(&String::from_utf8_lossy(v.as_bytes()));
        headers.push('\0');
    }
    Incoming { method: parts.method.clone(), path, uri: parts.uri.clone(), headers, body }
}

/// Runs the request's actor; most have answered when it first parks or
/// ends (they ran in place): no timer for those.
fn answer(site: Arc<Site>, req: Incoming) -> Handled {
    let timeout = site.limits.handler_timeout;
    let (mut rx, pid) = dispatch(site, req);
    match rx.try_recv() {
        Ok(out) => Handled::Now(Some(to_hyper(out))),
        Err(tokio::sync::oneshot::error::TryRecvError::Closed) => Handled::Now(Some(to_hyper(Outgoing::error(500, "the request handler ended without answering")))),
        Err(tokio::sync::oneshot::error::TryRecvError::Empty) => Handled::Later(Box::pin(async move {
            match tokio::time::timeout(timeout, rx).await {
                Ok(Ok(out)) => to_hyper(out),
                Ok(Err(_)) => to_hyper(Outgoing::error(500, "the request handler ended without answering")),
                Err(_) => {
                    if let Some(pid) = pid {
                        crate::sched::signal(pid, crate::sched::proc::Signal::Kill { reason: "the request handler timed out".into() });
                    }
                    close(to_hyper(Outgoing::error(504, "the request handler did not answer in time")))
                }
            }
        })),
    }
}

/// The body after its `Content-Encoding` (at most `limit` bytes decoded).
fn decode_body(raw: Bytes, encoding: Option<&str>, limit: usize) -> Result<Bytes, Outgoing> {
    let decoded = match encoding {
        None | Some("") | Some("identity") => return Ok(raw),
        Some("gzip") | Some("x-gzip") => read_limited(flate2::read::MultiGzDecoder::new(&raw[..]), limit),
        Some("deflate") => read_limited(flate2::read::ZlibDecoder::new(&raw[..]), limit).or_else(|_| read_limited(flate2::read::DeflateDecoder::new(&raw[..]), limit)),
        Some(other) => return Err(Outgoing::error(415, &format!("unsupported Content-Encoding `{other}` (supported: gzip, deflate)"))),
    };
    match decoded {
        Ok(Some(b)) => Ok(b.into()),
        Ok(None) => Err(Outgoing::error(413, &format!("the decoded request body is larger than {limit} bytes"))),
        Err(e) => Err(Outgoing::error(400, &format!("the request body is not valid {}: {e}", encoding.unwrap_or("")))),
    }
}

/// Reads all of `r`; None when it holds more than `limit` bytes.
fn read_limited(r: impl Read, limit: usize) -> std::io::Result<Option<Vec<u8>>> {
    let mut out = Vec::new();
    r.take(limit as u64 + 1).read_to_end(&mut out)?;
    Ok((out.len() <= limit).then_some(out))
}

/// The hyper response for `o`; a missing Content-Type is JSON when the
/// body looks like JSON, else plain text.
pub fn to_hyper(o: Outgoing) -> Response<Full<Bytes>> {
    let Outgoing { status, headers, content_type, body } = o;
    let first = body.iter().find(|c| !c.is_ascii_whitespace()).copied();
    let mut r = Response::new(Full::new(body));
    *r.status_mut() = hyper::StatusCode::from_u16(status).unwrap_or(hyper::StatusCode::INTERNAL_SERVER_ERROR);
    let h = r.headers_mut();
    for (n, v) in &headers {
        let typed = |v: &str| match v {
            super::values::JSON => Ok(HeaderValue::from_static(super::values::JSON)),
            super::values::TEXT => Ok(HeaderValue::from_static(super::values::TEXT)),
            v => HeaderValue::from_str(v),
        };
        match (hyper::header::HeaderName::from_bytes(n.as_bytes()), typed(v)) {
            // The body's framing is hyper's to write (a wrong length would
            // break the connection).
            (Ok(n), _) if n == CONTENT_LENGTH || n == hyper::header::TRANSFER_ENCODING => {}
            (Ok(n), _) if n == CONTENT_TYPE && content_type.is_some() => {}
            (Ok(n), Ok(v)) => {
                h.append(n, v);
            }
            _ => eprintln!("[mesh-rt] HTTP: dropped an invalid response header `{n}`"),
        }
    }
    if let Some(ct) = content_type {
        h.insert(CONTENT_TYPE, HeaderValue::from_static(ct));
    } else if !h.contains_key(CONTENT_TYPE) {
        let ty = if matches!(first, Some(b'{') | Some(b'[')) { super::values::JSON } else { super::values::TEXT };
        h.insert(CONTENT_TYPE, HeaderValue::from_static(ty));
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn limits_come_from_options_over_defaults() {
        let l = Limits::new(&[("max_body_bytes".into(), "100".into()), ("read_timeout_ms".into(), "250".into())]).unwrap();
        assert_eq!((l.max_body_bytes, l.read_timeout, l.max_header_bytes), (100, Duration::from_millis(250), 64 * 1024));
        assert!(Limits::new(&[("max_body".into(), "1".into())]).unwrap_err().contains("unknown HTTP option"));
        assert!(Limits::new(&[("max_body_bytes".into(), "lots".into())]).unwrap_err().contains("not a whole number"));
    }

    fn gzip(data: &[u8]) -> Bytes {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        e.write_all(data).unwrap();
        e.finish().unwrap().into()
    }

    #[test]
    fn bodies_are_decoded_within_the_limit() {
        let body = decode_body(gzip(b"{\"a\":1}"), Some("gzip"), 100).ok().unwrap();
        assert_eq!(&body[..], b"{\"a\":1}");
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
        z.write_all(b"hello").unwrap();
        assert_eq!(&decode_body(z.finish().unwrap().into(), Some("deflate"), 100).ok().unwrap()[..], b"hello");
        // A small body that inflates past the limit (a zip bomb) is refused.
        assert_eq!(decode_body(gzip(&[b'x'; 10_000]), Some("gzip"), 1000).err().unwrap().status, 413);
        assert_eq!(decode_body(Bytes::from_static(b"not gzip"), Some("gzip"), 1000).err().unwrap().status, 400);
        assert_eq!(decode_body(Bytes::from_static(b"x"), Some("br"), 1000).err().unwrap().status, 415);
    }

    #[test]
    fn content_type_follows_the_handler_then_the_body() {
        let typed = |o: Outgoing| to_hyper(o).headers().get(CONTENT_TYPE).unwrap().to_str().unwrap().to_string();
        let out = |body: &'static str, headers: Vec<(String, String)>| Outgoing { status: 200, headers, content_type: None, body: Bytes::from_static(body.as_bytes()) };
        assert_eq!(typed(out(" {\"a\":1}", vec![])), "application/json; charset=utf-8");
        assert_eq!(typed(out("hello", vec![])), "text/plain; charset=utf-8");
        assert_eq!(typed(out("{}", vec![("Content-Type".into(), "text/html".into())])), "text/html");
    }
}
