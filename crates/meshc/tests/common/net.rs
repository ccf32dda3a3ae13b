//! Shared by the socket-level integration tests (http.rs, ws.rs): building
//! a Mesh server program once, starting it on a free port (`serve(.., 0)`
//! prints the port it got to stderr), killing it when the test ends, and a
//! small hand-written HTTP/1.1 client over `std::net::TcpStream` that keeps
//! control of every byte.
#![allow(dead_code)]

use std::io::{BufRead, BufReader, ErrorKind, Read, Write};
use std::net::{Shutdown, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().expect("workspace root")
}

fn mtime(p: &Path) -> Option<SystemTime> {
    std::fs::metadata(p).and_then(|m| m.modified()).ok()
}

/// Builds `src` (a `.mpl` path relative to the workspace root) with the
/// real meshc and returns the executable. The executable is reused while
/// it is newer than both the source and meshc (each nextest test is its own
/// process; several may build at once, so each builds to a private name
/// and renames it into place).
pub fn build(src: &str) -> PathBuf {
    let root = root();
    let source = root.join(src);
    let stem = src.trim_end_matches(".mpl").replace(['/', '\\'], "_");
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("net");
    std::fs::create_dir_all(&dir).expect("tmp dir");
    let exe = dir.join(&stem);
    let meshc = PathBuf::from(env!("CARGO_BIN_EXE_meshc"));
    if let (Some(e), Some(s), Some(m)) = (mtime(&exe), mtime(&source), mtime(&meshc)) {
        if e >= s && e >= m {
            return exe;
        }
    }
    let tmp = dir.join(format!("{stem}.{}.tmp", std::process::id()));
    let out = Command::new(&meshc).arg("build").arg(src).arg("-o").arg(&tmp).current_dir(&root).output().expect("run meshc");
    assert!(out.status.success(), "meshc build {src} failed:\n{}", String::from_utf8_lossy(&out.stderr));
    std::fs::rename(&tmp, &exe).expect("move the executable into place");
    exe
}

/// A running server program; killed when dropped.
pub struct Server {
    child: Child,
    /// The ports announced on stderr, one per expected marker, in order.
    pub ports: Vec<u16>,
    pub port: u16,
    stderr: Arc<Mutex<String>>,
    stdout: Arc<Mutex<String>>,
}

/// Copies `r` line by line into `log`, reporting each line on `tx`.
fn drain(r: impl Read + Send + 'static, log: Arc<Mutex<String>>, tx: Option<mpsc::Sender<String>>) {
    std::thread::spawn(move || {
        let mut r = BufReader::new(r);
        let mut line = Vec::new();
        loop {
            line.clear();
            match r.read_until(b'\n', &mut line) {
                Ok(0) | Err(_) => break,
                Ok(_) => {
                    let s = String::from_utf8_lossy(&line).into_owned();
                    log.lock().unwrap().push_str(&s);
                    if let Some(tx) = &tx {
                        let _ = tx.send(s);
                    }
                }
            }
        }
    });
}

impl Server {
    /// Starts `exe` with `env` and waits (at most 20 s) until stderr has
    /// announced each of `markers` (e.g. `"HTTP server listening on"`)
    /// followed by `:PORT`.
    pub fn start(exe: &Path, env: &[(&str, &str)], markers: &[&str]) -> Server {
        let mut cmd = Command::new(exe);
        cmd.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped());
        for (k, v) in env {
            cmd.env(k, v);
        }
        let mut child = cmd.spawn().unwrap_or_else(|e| panic!("cannot start {}: {e}", exe.display()));
        let stderr = Arc::new(Mutex::new(String::new()));
        let stdout = Arc::new(Mutex::new(String::new()));
        let (tx, rx) = mpsc::channel();
        drain(child.stderr.take().expect("stderr"), stderr.clone(), Some(tx));
        drain(child.stdout.take().expect("stdout"), stdout.clone(), None);
        let mut server = Server { child, ports: Vec::new(), port: 0, stderr, stdout };
        let deadline = Instant::now() + Duration::from_secs(20);
        for marker in markers {
            loop {
                let left = deadline.saturating_duration_since(Instant::now());
                let line = match rx.recv_timeout(left) {
                    Ok(l) => l,
                    Err(_) => panic!("{} never printed `{marker}`; stderr:\n{}", exe.display(), server.stderr()),
                };
                if let Some(rest) = line.find(marker).map(|i| &line[i + marker.len()..]) {
                    let port = rest.trim().rsplit(':').next().and_then(|p| p.parse().ok()).unwrap_or_else(|| panic!("no port in `{line}`"));
                    server.ports.push(port);
                    break;
                }
            }
        }
        server.port = server.ports.first().copied().unwrap_or(0);
        server
    }

    pub fn stderr(&self) -> String {
        self.stderr.lock().unwrap().clone()
    }

    pub fn stdout(&self) -> String {
        self.stdout.lock().unwrap().clone()
    }

    /// Panics if the program has exited.
    pub fn assert_running(&mut self) {
        if let Ok(Some(status)) = self.child.try_wait() {
            panic!("the server exited ({status}); stderr:\n{}", self.stderr());
        }
    }

    /// Waits up to `within` for `text` to appear on stderr.
    pub fn wait_stderr(&self, text: &str, within: Duration) -> bool {
        let deadline = Instant::now() + within;
        while !self.stderr().contains(text) {
            if Instant::now() >= deadline {
                return false;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        true
    }

    /// Waits up to `within` for `text` to appear on stdout.
    pub fn wait_stdout(&self, text: &str, within: Duration) -> bool {
        let deadline = Instant::now() + within;
        while Instant::now() < deadline {
            if self.stdout().contains(text) {
                return true;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        self.stdout().contains(text)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A parsed HTTP response.
#[derive(Clone)]
pub struct Resp {
    pub status: u16,
    pub reason: String,
    /// Names lower-cased, in order.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl std::fmt::Debug for Resp {
    /// Long bodies are cut (a failing assertion prints the response).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = String::from_utf8_lossy(&self.body);
        let shown: String = text.chars().take(300).collect();
        let more = if text.chars().count() > 300 { format!("... ({} bytes)", self.body.len()) } else { String::new() };
        write!(f, "{} {} {:?} body {:?}{more}", self.status, self.reason, self.headers, shown)
    }
}

impl Resp {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n == &name.to_ascii_lowercase()).map(|(_, v)| v.as_str())
    }

    pub fn header_count(&self, name: &str) -> usize {
        self.headers.iter().filter(|(n, _)| n == &name.to_ascii_lowercase()).count()
    }

    pub fn text(&self) -> String {
        String::from_utf8(self.body.clone()).unwrap_or_else(|_| panic!("the body is not UTF-8: {:?}", self.body))
    }

    pub fn content_type(&self) -> &str {
        self.header("content-type").unwrap_or("")
    }

    /// The server said it will close the connection.
    pub fn closes(&self) -> bool {
        self.header("connection").is_some_and(|v| v.eq_ignore_ascii_case("close"))
    }
}

/// One client connection with a read buffer.
pub struct Conn {
    pub stream: TcpStream,
    buf: Vec<u8>,
}

pub const TEXT: &str = "text/plain; charset=utf-8";
pub const JSON: &str = "application/json; charset=utf-8";

impl Conn {
    pub fn open(port: u16) -> Conn {
        let stream = TcpStream::connect(("127.0.0.1", port)).unwrap_or_else(|e| panic!("connect to port {port}: {e}"));
        stream.set_read_timeout(Some(Duration::from_secs(15))).unwrap();
        stream.set_nodelay(true).unwrap();
        Conn { stream, buf: Vec::new() }
    }

    /// Writes all of `bytes` (an error is returned, not raised: the server
    /// may legitimately have closed the connection).
    pub fn send(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        self.stream.write_all(bytes)?;
        self.stream.flush()
    }

    /// A request with `Host` and, for a body, `Content-Length`.
    pub fn request(&mut self, method: &str, path: &str, headers: &[(&str, &str)], body: &[u8]) -> Resp {
        let mut req = format!("{method} {path} HTTP/1.1\r\nHost: localhost\r\n");
        for (n, v) in headers {
            req.push_str(&format!("{n}: {v}\r\n"));
        }
        if !body.is_empty() || method == "POST" || method == "PUT" {
            req.push_str(&format!("Content-Length: {}\r\n", body.len()));
        }
        req.push_str("\r\n");
        let mut bytes = req.into_bytes();
        bytes.extend_from_slice(body);
        self.send(&bytes).unwrap_or_else(|e| panic!("send {method} {path}: {e}"));
        self.read_response_for(method).unwrap_or_else(|e| panic!("response to {method} {path}: {e}"))
    }

    pub fn get(&mut self, path: &str) -> Resp {
        self.request("GET", path, &[], b"")
    }

    fn fill(&mut self) -> std::io::Result<usize> {
        let mut chunk = [0u8; 16384];
        let n = self.stream.read(&mut chunk)?;
        self.buf.extend_from_slice(&chunk[..n]);
        Ok(n)
    }

    fn eof_error(&self, what: &str) -> std::io::Error {
        std::io::Error::new(ErrorKind::UnexpectedEof, format!("connection closed {what} (buffered: {:?})", String::from_utf8_lossy(&self.buf)))
    }

    pub fn read_response(&mut self) -> std::io::Result<Resp> {
        self.read_response_for("GET")
    }

    /// Reads one response (no body after a HEAD request).
    pub fn read_response_for(&mut self, method: &str) -> std::io::Result<Resp> {
        let head_end = loop {
            if let Some(i) = find(&self.buf, b"\r\n\r\n") {
                break i;
            }
            if self.fill()? == 0 {
                return Err(self.eof_error("before a complete response head"));
            }
        };
        let head = String::from_utf8(self.buf[..head_end].to_vec()).map_err(|_| std::io::Error::new(ErrorKind::InvalidData, "head not UTF-8"))?;
        self.buf.drain(..head_end + 4);
        let mut lines = head.split("\r\n");
        let status_line = lines.next().unwrap_or("");
        let mut parts = status_line.splitn(3, ' ');
        let version = parts.next().unwrap_or("");
        if version != "HTTP/1.1" {
            return Err(std::io::Error::new(ErrorKind::InvalidData, format!("bad status line `{status_line}`")));
        }
        let status: u16 = parts.next().and_then(|s| s.parse().ok()).ok_or_else(|| std::io::Error::new(ErrorKind::InvalidData, format!("bad status line `{status_line}`")))?;
        let reason = parts.next().unwrap_or("").to_string();
        let headers: Vec<(String, String)> = lines.filter_map(|l| l.split_once(':')).map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_string())).collect();
        let mut resp = Resp { status, reason, headers, body: Vec::new() };
        if method == "HEAD" || status == 204 || status == 304 || (100..200).contains(&status) {
            return Ok(resp);
        }
        if resp.header("transfer-encoding").is_some_and(|v| v.eq_ignore_ascii_case("chunked")) {
            resp.body = self.read_chunked()?;
        } else if let Some(len) = resp.header("content-length") {
            let len: usize = len.parse().map_err(|_| std::io::Error::new(ErrorKind::InvalidData, "bad content-length"))?;
            while self.buf.len() < len {
                if self.fill()? == 0 {
                    return Err(self.eof_error("inside a body"));
                }
            }
            resp.body = self.buf.drain(..len).collect();
        } else {
            while self.fill()? > 0 {}
            resp.body = std::mem::take(&mut self.buf);
        }
        Ok(resp)
    }

    fn read_chunked(&mut self) -> std::io::Result<Vec<u8>> {
        let mut body = Vec::new();
        loop {
            let line_end = loop {
                if let Some(i) = find(&self.buf, b"\r\n") {
                    break i;
                }
                if self.fill()? == 0 {
                    return Err(self.eof_error("inside a chunk size"));
                }
            };
            let size_text = String::from_utf8_lossy(&self.buf[..line_end]).to_string();
            let size = usize::from_str_radix(size_text.split(';').next().unwrap_or("").trim(), 16).map_err(|_| std::io::Error::new(ErrorKind::InvalidData, "bad chunk size"))?;
            self.buf.drain(..line_end + 2);
            while self.buf.len() < size + 2 {
                if self.fill()? == 0 {
                    return Err(self.eof_error("inside a chunk"));
                }
            }
            body.extend(self.buf.drain(..size));
            self.buf.drain(..2);
            if size == 0 {
                return Ok(body);
            }
        }
    }

    /// True when the server closes the connection (EOF or reset) within
    /// `within`, with nothing more to read.
    pub fn closed_within(&mut self, within: Duration) -> bool {
        let _ = self.stream.set_read_timeout(Some(within));
        let deadline = Instant::now() + within;
        loop {
            if !self.buf.is_empty() {
                return false;
            }
            match self.fill() {
                Ok(0) => return true,
                Ok(_) => return false,
                Err(e) if e.kind() == ErrorKind::ConnectionReset || e.kind() == ErrorKind::ConnectionAborted => return true,
                Err(_) if Instant::now() >= deadline => return false,
                Err(e) if e.kind() == ErrorKind::WouldBlock || e.kind() == ErrorKind::TimedOut => return false,
                Err(_) => return true,
            }
        }
    }

    /// Closes the write side, keeping the read side.
    pub fn shutdown_write(&mut self) {
        let _ = self.stream.shutdown(Shutdown::Write);
    }

    /// Unread bytes received so far.
    pub fn buffered(&self) -> &[u8] {
        &self.buf
    }
}

pub fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}
