//! A TCP stream lent to the connection's driver (hyper): reads and writes
//! go straight to tokio's `TcpStream`. It also keeps the connection's read
//! timeout (a request head must arrive, and an idle keep-alive connection
//! must send its next request, within it) with one lazily re-armed timer
//! per connection instead of one per request; when the driver drops the
//! stream it comes back to the server, which can still answer 408.

use std::io;
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;
use tokio::sync::oneshot;
use tokio::time::{Instant, Sleep};

/// What the server and the stream share about a connection.
#[derive(Default)]
pub struct ConnState {
    /// Bytes read since the last write: a request begun, not answered.
    pub unanswered: AtomicUsize,
    /// A request is with its handler (its head is in): no read timeout.
    pub handling: AtomicBool,
    /// The read timeout ended the connection.
    pub timed_out: AtomicBool,
}

pub struct LentStream {
    stream: Option<TcpStream>,
    back: Option<oneshot::Sender<TcpStream>>,
    state: Arc<ConnState>,
    timeout: Duration,
    /// When the client must have sent (the rest of) a request.
    deadline: Instant,
    /// Fires at or before `deadline` (re-armed when it fires early).
    sleep: Option<Pin<Box<Sleep>>>,
}

impl LentStream {
    /// The lent stream, and where it comes back when dropped.
    pub fn lend(stream: TcpStream, timeout: Duration) -> (LentStream, oneshot::Receiver<TcpStream>) {
        let (tx, rx) = oneshot::channel();
        let s = LentStream { stream: Some(stream), back: Some(tx), state: Arc::default(), timeout, deadline: Instant::now() + timeout, sleep: None };
        (s, rx)
    }

    pub fn state(&self) -> Arc<ConnState> {
        self.state.clone()
    }

    fn inner(&mut self) -> Pin<&mut TcpStream> {
        // The stream is taken only in `drop`.
        Pin::new(self.stream.as_mut().expect("a lent stream"))
    }

    fn wrote(&mut self) {
        self.state.unanswered.store(0, Ordering::Relaxed);
        self.state.handling.store(false, Ordering::Relaxed);
        self.deadline = Instant::now() + self.timeout;
    }

    /// Waiting for the client: Err once the deadline has passed, else
    /// makes sure the timer will wake the connection by then.
    fn check_deadline(&mut self, cx: &mut Context<'_>) -> io::Result<()> {
        loop {
            let sleep = self.sleep.get_or_insert_with(|| Box::pin(tokio::time::sleep_until(self.deadline)));
            if sleep.as_mut().poll(cx).is_pending() {
                return Ok(());
            }
            if Instant::now() >= self.deadline {
                self.state.timed_out.store(true, Ordering::Relaxed);
                return Err(io::Error::new(io::ErrorKind::TimedOut, "the client sent nothing in time"));
            }
            let d = self.deadline;
            sleep.as_mut().reset(d);
        }
    }
}

impl Drop for LentStream {
    fn drop(&mut self) {
        if let (Some(s), Some(back)) = (self.stream.take(), self.back.take()) {
            let _ = back.send(s);
        }
    }
}

impl AsyncRead for LentStream {
    fn poll_read(self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        let before = buf.filled().len();
        let r = this.inner().poll_read(cx, buf);
        let n = buf.filled().len() - before;
        if n > 0 && this.state.unanswered.fetch_add(n, Ordering::Relaxed) == 0 {
            // A new request begins: its head has the whole timeout.
            this.deadline = Instant::now() + this.timeout;
        }
        if r.is_pending() && !this.state.handling.load(Ordering::Relaxed) {
            this.check_deadline(cx)?;
        }
        r
    }
}

impl AsyncWrite for LentStream {
    fn poll_write(self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        this.wrote();
        this.inner().poll_write(cx, buf)
    }

    fn poll_write_vectored(self: Pin<&mut Self>, cx: &mut Context<'_>, bufs: &[io::IoSlice<'_>]) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        this.wrote();
        this.inner().poll_write_vectored(cx, bufs)
    }

    fn is_write_vectored(&self) -> bool {
        true
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        self.get_mut().inner().poll_flush(cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        self.get_mut().inner().poll_shutdown(cx)
    }
}
