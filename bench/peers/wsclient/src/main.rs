//! WebSocket broadcast latency client (bench/ws_bench.py runs it).
//!
//!     wsclient URL [--clients 5000] [--rounds 100] [--warmup 3]
//!              [--concurrency 64] [--threads 1] [--timeout-ms 10000]
//!              [--gap-ms 20] [--ready-timeout-ms 60000]
//!
//! Opens CLIENTS connections to a server that broadcasts every text message
//! it receives to all its connections, the sender included (bench/http/
//! ws_bcast.mpl, or the axum peer's WebSocket port). Once all are connected
//! it sends probes (`r<seq>`) from connection 0 until one probe reaches every
//! connection (so all have joined the room), then WARMUP + ROUNDS rounds: one
//! message `r<seq>` sent from connection 0, and the time from just before the
//! send to its receipt on each of the CLIENTS connections (timestamps taken
//! in the reading task, on one monotonic clock). Each round waits for all
//! deliveries (TIMEOUT_MS at most, else the run fails) before the next.
//!
//! Prints, over the measured rounds, p50 / p99 / max of the per-round
//! latency of the last delivery, and of all deliveries, then one line
//! `RESULT clients=... rounds=... connect_s=... last_p50_us=... last_p99_us=...
//! last_max_us=... all_p50_us=... all_p99_us=... all_max_us=...`.
//! Exit status 1 (message on stderr) if connections fail, drop, or a round
//! is not fully delivered in time.

use std::process::exit;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use futures_util::{SinkExt, StreamExt};
use tokio::sync::Semaphore;
use tokio_tungstenite::tungstenite::Message;

const MAX_PROBES: usize = 100;

struct Opts {
    url: String,
    clients: usize,
    rounds: usize,
    warmup: usize,
    concurrency: usize,
    threads: usize,
    timeout: Duration,
    gap: Duration,
    ready_timeout: Duration,
}

fn usage(msg: &str) -> ! {
    eprintln!("wsclient: {msg}");
    eprintln!(
        "usage: wsclient URL [--clients N] [--rounds N] [--warmup N] [--concurrency N] \
         [--threads N] [--timeout-ms MS] [--gap-ms MS] [--ready-timeout-ms MS]"
    );
    exit(2)
}

fn parse_opts() -> Opts {
    let mut o = Opts {
        url: String::new(),
        clients: 5000,
        rounds: 100,
        warmup: 3,
        concurrency: 64,
        threads: 1,
        timeout: Duration::from_millis(10_000),
        gap: Duration::from_millis(20),
        ready_timeout: Duration::from_millis(60_000),
    };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        if !a.starts_with("--") {
            if !o.url.is_empty() {
                usage(&format!("unexpected argument {a:?}"));
            }
            o.url = a;
            continue;
        }
        let v = args.next().unwrap_or_else(|| usage(&format!("{a} needs a value")));
        let n: u64 = v.parse().unwrap_or_else(|_| usage(&format!("{a}: not a number: {v:?}")));
        match a.as_str() {
            "--clients" => o.clients = n as usize,
            "--rounds" => o.rounds = n as usize,
            "--warmup" => o.warmup = n as usize,
            "--concurrency" => o.concurrency = n.max(1) as usize,
            "--threads" => o.threads = n.max(1) as usize,
            "--timeout-ms" => o.timeout = Duration::from_millis(n),
            "--gap-ms" => o.gap = Duration::from_millis(n),
            "--ready-timeout-ms" => o.ready_timeout = Duration::from_millis(n),
            _ => usage(&format!("unknown option {a}")),
        }
    }
    if o.url.is_empty() {
        usage("missing URL");
    }
    if o.clients == 0 || o.rounds == 0 {
        usage("--clients and --rounds must be positive");
    }
    o
}

/// Raises the soft limit on open files to the hard limit (and the hard
/// limit too when that is not enough and we may).
fn raise_nofile(needed: u64) {
    unsafe {
        let mut lim = libc::rlimit { rlim_cur: 0, rlim_max: 0 };
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut lim) != 0 {
            return;
        }
        if lim.rlim_max < needed {
            let want = libc::rlimit { rlim_cur: needed, rlim_max: needed };
            if libc::setrlimit(libc::RLIMIT_NOFILE, &want) == 0 {
                return;
            }
        }
        if lim.rlim_cur < lim.rlim_max {
            lim.rlim_cur = lim.rlim_max;
            libc::setrlimit(libc::RLIMIT_NOFILE, &lim);
        }
        libc::getrlimit(libc::RLIMIT_NOFILE, &mut lim);
        if lim.rlim_cur < needed {
            eprintln!(
                "wsclient: warning: RLIMIT_NOFILE is {} (< {needed} wanted); connections may fail",
                lim.rlim_cur
            );
        }
    }
}

/// Receipt times: slot [seq * clients + i] holds nanoseconds since `t0`
/// plus one (0: not received) of message `r<seq>` on connection i.
struct Shared {
    t0: Instant,
    clients: usize,
    slots: Vec<AtomicU64>,
    counts: Vec<AtomicUsize>,
    dropped: AtomicUsize,
    unexpected: AtomicUsize,
}

impl Shared {
    fn received(&self, i: usize, text: &str) {
        let now = self.t0.elapsed().as_nanos() as u64 + 1;
        let seq = text
            .strip_prefix('r')
            .and_then(|s| s.split(' ').next())
            .and_then(|s| s.parse::<usize>().ok());
        match seq {
            Some(seq) if seq < self.counts.len() => {
                let slot = &self.slots[seq * self.clients + i];
                if slot.compare_exchange(0, now, Ordering::Relaxed, Ordering::Relaxed).is_ok() {
                    self.counts[seq].fetch_add(1, Ordering::Release);
                } else {
                    self.unexpected.fetch_add(1, Ordering::Relaxed);
                }
            }
            _ => {
                self.unexpected.fetch_add(1, Ordering::Relaxed);
            }
        }
    }
}

type Sink = futures_util::stream::SplitSink<
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>,
    Message,
>;

async fn connect_one(url: &str, i: usize, shared: Arc<Shared>) -> Result<Sink, String> {
    let mut last_err = String::new();
    for attempt in 0..5 {
        if attempt > 0 {
            tokio::time::sleep(Duration::from_millis(100 << attempt)).await;
        }
        match tokio::time::timeout(Duration::from_secs(10), tokio_tungstenite::connect_async(url)).await {
            Ok(Ok((ws, _resp))) => {
                let (sink, mut stream) = ws.split();
                tokio::spawn(async move {
                    loop {
                        match stream.next().await {
                            Some(Ok(Message::Text(t))) => shared.received(i, t.as_str()),
                            Some(Ok(Message::Close(_))) | None | Some(Err(_)) => {
                                shared.dropped.fetch_add(1, Ordering::Relaxed);
                                break;
                            }
                            Some(Ok(_)) => {}
                        }
                    }
                });
                return Ok(sink);
            }
            Ok(Err(e)) => last_err = e.to_string(),
            Err(_) => last_err = "handshake timed out after 10 s".into(),
        }
    }
    Err(format!("connection {i}: {last_err}"))
}

/// Sends `r<seq>` from `sink`; returns the send time (ns since t0).
async fn send_seq(sink: &mut Sink, shared: &Shared, seq: usize) -> u64 {
    let t = shared.t0.elapsed().as_nanos() as u64;
    if let Err(e) = sink.send(Message::text(format!("r{seq}"))).await {
        eprintln!("wsclient: send failed: {e}");
        exit(1);
    }
    t
}

/// Waits until message `seq` reached every connection; false on timeout.
async fn wait_all(shared: &Shared, seq: usize, timeout: Duration) -> bool {
    let deadline = Instant::now() + timeout;
    loop {
        if shared.counts[seq].load(Ordering::Acquire) >= shared.clients {
            return true;
        }
        if Instant::now() >= deadline {
            return false;
        }
        tokio::time::sleep(Duration::from_micros(500)).await;
    }
}

/// Nearest-rank percentile of sorted values.
fn pct(sorted: &[u64], p: f64) -> u64 {
    let rank = ((p * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len());
    sorted[rank - 1]
}

async fn run(o: Opts) {
    let max_seq = MAX_PROBES + o.warmup + o.rounds;
    let shared = Arc::new(Shared {
        t0: Instant::now(),
        clients: o.clients,
        slots: (0..max_seq * o.clients).map(|_| AtomicU64::new(0)).collect(),
        counts: (0..max_seq).map(|_| AtomicUsize::new(0)).collect(),
        dropped: AtomicUsize::new(0),
        unexpected: AtomicUsize::new(0),
    });

    // Connect.
    let started = Instant::now();
    let sem = Arc::new(Semaphore::new(o.concurrency));
    let mut tasks = Vec::with_capacity(o.clients);
    for i in 0..o.clients {
        let permit = sem.clone().acquire_owned().await.unwrap();
        let url = o.url.clone();
        let shared = shared.clone();
        tasks.push(tokio::spawn(async move {
            let r = connect_one(&url, i, shared).await;
            drop(permit);
            r
        }));
    }
    let mut sinks = Vec::with_capacity(o.clients);
    let mut errors = Vec::new();
    for t in tasks {
        match t.await.unwrap() {
            Ok(s) => sinks.push(s),
            Err(e) => errors.push(e),
        }
    }
    let connect_s = started.elapsed().as_secs_f64();
    if !errors.is_empty() {
        eprintln!("wsclient: {} of {} connections failed; first: {}", errors.len(), o.clients, errors[0]);
        exit(1);
    }
    println!("connected {} clients in {connect_s:.2} s", o.clients);

    // Probe until one message reaches everybody (all have joined the room).
    let mut sink0 = sinks.swap_remove(0);
    let ready_deadline = Instant::now() + o.ready_timeout;
    let mut seq = 0;
    loop {
        send_seq(&mut sink0, &shared, seq).await;
        let ok = wait_all(&shared, seq, Duration::from_secs(2)).await;
        if ok {
            break;
        }
        let got = shared.counts[seq].load(Ordering::Relaxed);
        seq += 1;
        if seq >= MAX_PROBES || Instant::now() >= ready_deadline {
            eprintln!(
                "wsclient: the room never reached all {} clients (last probe: {got} deliveries; {} connections dropped)",
                o.clients,
                shared.dropped.load(Ordering::Relaxed)
            );
            exit(1);
        }
    }
    println!("all {} clients receive broadcasts (after {} probe(s))", o.clients, seq + 1);
    let first = MAX_PROBES;

    // Rounds.
    let mut sends = Vec::with_capacity(o.warmup + o.rounds);
    for k in 0..o.warmup + o.rounds {
        let seq = first + k;
        tokio::time::sleep(o.gap).await;
        sends.push(send_seq(&mut sink0, &shared, seq).await);
        if !wait_all(&shared, seq, o.timeout).await {
            eprintln!(
                "wsclient: round {k}: {} of {} deliveries after {:?} ({} connections dropped)",
                shared.counts[seq].load(Ordering::Relaxed),
                o.clients,
                o.timeout,
                shared.dropped.load(Ordering::Relaxed)
            );
            exit(1);
        }
    }

    let mut last = Vec::with_capacity(o.rounds);
    let mut all = Vec::with_capacity(o.rounds * o.clients);
    for k in o.warmup..o.warmup + o.rounds {
        let seq = first + k;
        let sent = sends[k];
        let mut worst = 0;
        for i in 0..o.clients {
            let got = shared.slots[seq * o.clients + i].load(Ordering::Relaxed) - 1;
            let lat = got.saturating_sub(sent);
            worst = worst.max(lat);
            all.push(lat);
        }
        last.push(worst);
    }
    last.sort_unstable();
    all.sort_unstable();
    let us = |ns: u64| ns as f64 / 1e3;
    println!("per-round latency of the last delivery over {} rounds ({} warm-up rounds not counted):", o.rounds, o.warmup);
    println!(
        "  p50 {:.0} us  p99 {:.0} us  max {:.0} us",
        us(pct(&last, 0.5)),
        us(pct(&last, 0.99)),
        us(*last.last().unwrap())
    );
    println!("all {} deliveries:", all.len());
    println!(
        "  p50 {:.0} us  p99 {:.0} us  max {:.0} us",
        us(pct(&all, 0.5)),
        us(pct(&all, 0.99)),
        us(*all.last().unwrap())
    );
    let dropped = shared.dropped.load(Ordering::Relaxed);
    let unexpected = shared.unexpected.load(Ordering::Relaxed);
    println!(
        "RESULT clients={} rounds={} connect_s={connect_s:.3} last_p50_us={:.0} last_p99_us={:.0} last_max_us={:.0} \
         all_p50_us={:.0} all_p99_us={:.0} all_max_us={:.0} dropped={dropped} unexpected={unexpected}",
        o.clients,
        o.rounds,
        us(pct(&last, 0.5)),
        us(pct(&last, 0.99)),
        us(*last.last().unwrap()),
        us(pct(&all, 0.5)),
        us(pct(&all, 0.99)),
        us(*all.last().unwrap())
    );
    if dropped > 0 {
        eprintln!("wsclient: {dropped} connection(s) dropped during the run");
        exit(1);
    }
    // Exit without closing handshakes: the kernel closes the sockets.
    exit(0);
}

fn main() {
    let o = parse_opts();
    raise_nofile(o.clients as u64 + 256);
    let rt = if o.threads == 1 {
        tokio::runtime::Builder::new_current_thread().enable_all().build()
    } else {
        tokio::runtime::Builder::new_multi_thread().worker_threads(o.threads).enable_all().build()
    }
    .expect("tokio runtime");
    rt.block_on(run(o));
}
