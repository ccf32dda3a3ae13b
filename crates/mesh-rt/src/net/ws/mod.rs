//! The WebSocket module (LANGUAGE.md 5.10): `Ws.serve` listens and returns
//! at once; each connection gets an actor (`conn.rs`); `Ws.send`, rooms and
//! broadcasts go through the connection table (`rooms.rs`).

pub mod conn;
pub mod rooms;

use crate::abi::Ctx;
use crate::copy::copy_out;
use crate::desc::any_fun;
use crate::panic::panic_msg;
use crate::value::str_of;
use conn::Callbacks;
use rooms::Out;
use std::sync::Arc;

export!(mesh_ws_serve, mesh_ws_serve_tls, mesh_ws_send, mesh_ws_join, mesh_ws_leave, mesh_ws_broadcast, mesh_ws_broadcast_except);

/// `Ws.serve(on_connect, on_message, on_close, port)`.
///
/// # Safety
/// `ctx` must be the running actor's context; the callbacks closures.
#[no_mangle]
pub unsafe extern "C" fn mesh_ws_serve(ctx: *mut Ctx, on_connect: u64, on_message: u64, on_close: u64, port: u64, _da: u64, _db: u64) -> u64 {
    let cbs = Arc::new(Callbacks { on_connect: copy_out(ctx, on_connect, any_fun()), on_message: copy_out(ctx, on_message, any_fun()), on_close: copy_out(ctx, on_close, any_fun()) });
    let listener = match crate::net::listen::bind(port as i64) {
        Ok(l) => l,
        Err(e) => panic_msg(ctx, &format!("Ws.serve: cannot listen on port {}: {e}", port as i64)),
    };
    let bound = listener.local_addr().map(|a| a.port()).unwrap_or(port as u16);
    crate::io::flush_stdout();
    eprintln!("[mesh-rt] WebSocket server listening on 0.0.0.0:{bound}");
    crate::net::listen::run(async move {
        loop {
            match listener.accept().await {
                Ok((s, _)) => {
                    tokio::spawn(conn::serve(s, cbs.clone()));
                }
                Err(_) => tokio::time::sleep(std::time::Duration::from_millis(10)).await,
            }
        }
    });
    0
}

/// # Safety
/// As [`mesh_ws_serve`].
#[no_mangle]
pub unsafe extern "C" fn mesh_ws_serve_tls(ctx: *mut Ctx, _a: u64, _b: u64, _c: u64, _port: u64, _cert: u64, _key: u64, _da: u64, _db: u64) -> u64 {
    panic_msg(ctx, "Ws.serve_tls is not supported by this runtime: serve plain WebSocket behind a TLS-terminating proxy")
}

/// `Ws.send(conn, text)`: 0 queued, -1 failed.
///
/// # Safety
/// `text` must be a String.
#[no_mangle]
pub unsafe extern "C" fn mesh_ws_send(_ctx: *mut Ctx, conn: u64, text: u64) -> u64 {
    let msg = tokio_tungstenite::tungstenite::Utf8Bytes::from(str_of(text).to_string());
    if rooms::send(conn, Out::Text(msg)) { 0 } else { -1i64 as u64 }
}

/// # Safety
/// `room` must be a String.
#[no_mangle]
pub unsafe extern "C" fn mesh_ws_join(_ctx: *mut Ctx, conn: u64, room: u64) -> u64 {
    if rooms::join(conn, str_of(room)) { 0 } else { -1i64 as u64 }
}

/// # Safety
/// `room` must be a String.
#[no_mangle]
pub unsafe extern "C" fn mesh_ws_leave(_ctx: *mut Ctx, conn: u64, room: u64) -> u64 {
    if rooms::leave(conn, str_of(room)) { 0 } else { -1i64 as u64 }
}

/// `Ws.broadcast(room, text)`: the number of members it failed for.
///
/// # Safety
/// `room` and `text` must be Strings.
#[no_mangle]
pub unsafe extern "C" fn mesh_ws_broadcast(_ctx: *mut Ctx, room: u64, text: u64) -> u64 {
    rooms::broadcast(str_of(room), str_of(text), None) as u64
}

/// # Safety
/// As [`mesh_ws_broadcast`].
#[no_mangle]
pub unsafe extern "C" fn mesh_ws_broadcast_except(_ctx: *mut Ctx, room: u64, text: u64, conn: u64) -> u64 {
    rooms::broadcast(str_of(room), str_of(text), Some(conn)) as u64
}
