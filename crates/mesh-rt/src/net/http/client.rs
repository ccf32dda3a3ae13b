//! The HTTP client: `HTTP.get(url)` and `HTTP.post(url, body)` (HTTP/1.1
//! over plain TCP on the I/O runtime; the calling actor parks meanwhile).
//! `Ok(body)` for a 2xx answer; `Err` says why otherwise (the status and
//! body, an unreachable host, a timeout, an `https` URL: no TLS here).

use crate::abi::Ctx;
use crate::desc::{mesh_desc_string, result_of};
use crate::value::{err_str, new_str, ok, str_of};
use bytes::Bytes;
use http_body_util::{BodyExt, Full, Limited};
use hyper_util::rt::TokioIo;
use std::time::Duration;

const TIMEOUT: Duration = Duration::from_secs(30);
const MAX_RESPONSE: usize = 64 * 1024 * 1024;

async fn fetch(method: hyper::Method, url: String, body: Option<String>) -> Result<String, String> {
    let uri: hyper::Uri = url.parse().map_err(|e| format!("invalid URL `{url}`: {e}"))?;
    match uri.scheme_str() {
        Some("http") => {}
        Some(s) => return Err(format!("unsupported URL scheme `{s}` (this client speaks plain http)")),
        None => return Err(format!("invalid URL `{url}`: no scheme")),
    }
    let host = uri.host().ok_or_else(|| format!("invalid URL `{url}`: no host"))?.to_string();
    let port = uri.port_u16().unwrap_or(80);
    let stream = tokio::net::TcpStream::connect((host.as_str(), port)).await.map_err(|e| format!("cannot connect to {host}:{port}: {e}"))?;
    let (mut sender, conn) = hyper::client::conn::http1::handshake(TokioIo::new(stream)).await.map_err(|e| e.to_string())?;
    tokio::spawn(conn);
    let path = uri.path_and_query().map(|p| p.as_str()).unwrap_or("/").to_string();
    let authority = uri.authority().map(|a| a.as_str()).unwrap_or(&host).to_string();
    let mut req = hyper::Request::builder().method(method).uri(path).header(hyper::header::HOST, authority);
    if body.is_some() {
        req = req.header(hyper::header::CONTENT_TYPE, "application/json");
    }
    let req = req.body(Full::new(Bytes::from(body.unwrap_or_default()))).map_err(|e| e.to_string())?;
    let resp = sender.send_request(req).await.map_err(|e| e.to_string())?;
    let status = resp.status();
    let bytes = Limited::new(resp.into_body(), MAX_RESPONSE).collect().await.map_err(|e| format!("reading the response: {e}"))?.to_bytes();
    let text = String::from_utf8_lossy(&bytes).into_owned();
    if status.is_success() {
        Ok(text)
    } else {
        Err(format!("HTTP {}: {text}", status.as_u16()))
    }
}

unsafe fn request(ctx: *mut Ctx, method: hyper::Method, url: u64, body: Option<u64>) -> u64 {
    let url = str_of(url).to_string();
    let body = body.map(|b| str_of(b).to_string());
    let r = crate::net::await_io(ctx, async move { tokio::time::timeout(TIMEOUT, fetch(method, url, body)).await.unwrap_or_else(|_| Err("the request timed out".into())) });
    let rd = result_of(&mesh_desc_string, &mesh_desc_string);
    match r {
        Ok(text) => {
            let s = new_str(ctx, &text);
            ok(ctx, rd, s)
        }
        Err(e) => err_str(ctx, rd, &e),
    }
}

/// # Safety
/// `ctx` must be the running actor's context; `url` a String.
#[no_mangle]
pub unsafe extern "C" fn mesh_http_get(ctx: *mut Ctx, url: u64) -> u64 {
    request(ctx, hyper::Method::GET, url, None)
}

/// # Safety
/// As [`mesh_http_get`]; `body` a String.
#[no_mangle]
pub unsafe extern "C" fn mesh_http_post(ctx: *mut Ctx, url: u64, body: u64) -> u64 {
    request(ctx, hyper::Method::POST, url, Some(body))
}
