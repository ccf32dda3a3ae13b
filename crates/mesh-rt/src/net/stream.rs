//! A TCP stream lent to the connection's driver (hyper): reads and writes
//! go straight to tokio's `TcpStream`, and when the driver drops it the
//! stream comes back to the server, which can still answer (408) after
//! hyper gave up on a connection whose request head arrived too slowly.

use std::io;
use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::task::{Context, Poll};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;
use tokio::sync::oneshot;

pub struct LentStream {
    stream: Option<TcpStream>,
    back: Option<oneshot::Sender<TcpStream>>,
    /// Bytes read since the last write: a request not yet answered.
    unanswered: Arc<AtomicUsize>,
}

impl LentStream {
    /// The lent stream, and where it comes back when dropped.
    pub fn lend(stream: TcpStream) -> (LentStream, oneshot::Receiver<TcpStream>) {
        let (tx, rx) = oneshot::channel();
        (LentStream { stream: Some(stream), back: Some(tx), unanswered: Arc::new(AtomicUsize::new(0)) }, rx)
    }

    /// Bytes read since the last write (a request begun and not answered).
    pub fn unanswered(&self) -> Arc<AtomicUsize> {
        self.unanswered.clone()
    }

    fn inner(self: Pin<&mut Self>) -> Pin<&mut TcpStream> {
        // The stream is taken only in `drop`.
        Pin::new(self.get_mut().stream.as_mut().expect("a lent stream"))
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
        let before = buf.filled().len();
        let this = self.get_mut();
        let r = Pin::new(this.stream.as_mut().expect("a lent stream")).poll_read(cx, buf);
        this.unanswered.fetch_add(buf.filled().len() - before, Ordering::Relaxed);
        r
    }
}

impl AsyncWrite for LentStream {
    fn poll_write(self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        self.unanswered.store(0, Ordering::Relaxed);
        self.inner().poll_write(cx, buf)
    }

    fn poll_write_vectored(self: Pin<&mut Self>, cx: &mut Context<'_>, bufs: &[io::IoSlice<'_>]) -> Poll<io::Result<usize>> {
        self.unanswered.store(0, Ordering::Relaxed);
        self.inner().poll_write_vectored(cx, bufs)
    }

    fn is_write_vectored(&self) -> bool {
        true
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        self.inner().poll_flush(cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        self.inner().poll_shutdown(cx)
    }
}
