//! Listening sockets for the servers: bound at once (so a port in use is
//! the caller's error), served on the I/O runtime; a listener counts as
//! work in progress, so a program whose `main` returned keeps serving.

use std::future::Future;

/// A listener on `0.0.0.0:port` (port 0: any free port).
pub fn bind(port: i64) -> Result<tokio::net::TcpListener, String> {
    let port = u16::try_from(port).map_err(|_| "not a port number".to_string())?;
    let _g = super::runtime().enter();
    let sock = tokio::net::TcpSocket::new_v4().map_err(|e| e.to_string())?;
    sock.set_reuseaddr(true).map_err(|e| e.to_string())?;
    sock.bind(std::net::SocketAddr::from(([0, 0, 0, 0], port))).map_err(|e| e.to_string())?;
    sock.listen(1024).map_err(|e| e.to_string())
}

/// Runs a server's accept loop for the rest of the program.
pub fn run(accept: impl Future<Output = ()> + Send + 'static) {
    crate::sched::busy_add(1);
    super::runtime().spawn(accept);
}

/// Runs a server's accept loop until `owner`'s actor ends (the actor
/// blocked in `HTTP.serve`: killing it closes the listener).
///
/// # Safety
/// `ctx` must be the running actor's context.
pub unsafe fn run_owned(ctx: *mut crate::abi::Ctx, accept: impl Future<Output = ()> + Send + 'static) {
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let a = crate::process::actor(ctx);
    let earlier = a.on_exit.take();
    a.on_exit = Some(Box::new(move |exit, state| {
        let _ = stop.send(());
        if let Some(f) = earlier {
            f(exit, state);
        }
    }));
    crate::sched::busy_add(1);
    super::runtime().spawn(async move {
        tokio::select! {
            _ = accept => {}
            _ = stopped => {}
        }
        crate::sched::busy_sub(1);
    });
}
