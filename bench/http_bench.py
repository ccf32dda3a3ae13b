#!/usr/bin/env python3
"""HTTP server benchmark against axum: bench/http/hello.mpl built by release
meshc, and its peer bench/peers/axum (axum 0.8, tokio with 2 worker
threads) built in release, serving GET /text and GET /json.

For each path and each of ROUNDS rounds, alternating Mesh and axum: a fresh
server on a free loopback port (ready when it has printed its ready line
on stderr and accepts connections), one request checked (status 200, body,
content-type), a WARMUP-second wrk run, then
`wrk -tTHREADS -cCONNECTIONS -dDURATIONs --latency URL`, from which
Requests/sec and the 99% latency are read. Prints every round, the median
of each side, and the ratios mesh/axum: req/s (goal >= 0.9) and p99 latency
(goal <= 1.5).

Then the RSS check on a fresh Mesh server: wrk until it has served >= 10,000
requests (counted from wrk's `N requests in` lines), VmRSS from
/proc/PID/status; wrk rounds (DURATION s each, /text and /json in turn)
until >= RSS_REQUESTS requests in all, VmRSS again; the ratio of the two
(goal <= 1.10).

    python3 bench/http_bench.py [--peer-only] [--no-rss] [--rss-peer]
      --peer-only   only the axum side (no meshc needed): checks the harness;
                    the RSS check then runs on axum
      --no-rss      skip the RSS check
      --rss-peer    run the RSS check on axum too (for reference)
    env ROUNDS=3 DURATION=10 WARMUP=2 (seconds) CONNECTIONS=100 THREADS=2
        RSS_REQUESTS=1000000 RSS_TIMEOUT=900 (seconds, then the check fails)
        START_TIMEOUT=30 (seconds for a server to get ready)
        MESHC=target/release/meshc WRK=wrk

A server that fails to build, start, answer correctly or stay up is
reported (FAILED on stderr, with the end of its output) and its figures
show `failed`; the other side is still measured. Every server started is
killed at the end, on error and on Ctrl-C too. Exit status 1 if anything
failed."""
import http.client, os, re, resource, signal, socket, statistics, subprocess, sys, tempfile, time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rounds = int(os.environ.get("ROUNDS", "3"))
duration = int(os.environ.get("DURATION", "10"))
warmup = int(os.environ.get("WARMUP", "2"))
connections = int(os.environ.get("CONNECTIONS", "100"))
wrk_threads = int(os.environ.get("THREADS", "2"))
rss_requests = int(os.environ.get("RSS_REQUESTS", "1000000"))
rss_timeout = float(os.environ.get("RSS_TIMEOUT", "900"))
start_timeout = float(os.environ.get("START_TIMEOUT", "30"))
meshc = os.environ.get("MESHC") or os.path.join(root, "target/release/meshc")
wrk_bin = os.environ.get("WRK", "wrk")
out_dir = os.path.join(root, "target/bench-http")
axum_dir = os.path.join(root, "bench/peers/axum")
axum_exe = os.path.join(axum_dir, "target/release/axum-peer")

MESH_READY = r"\[mesh-rt\] HTTP server listening on"
AXUM_READY = r"(?m)^listening$"

# path -> (expected body, expected content-type; for JSON only the media
# type must match: Mesh's HTTP.json adds `; charset=utf-8`)
PATHS = {
    "/text": ("Hello, World!", "text/plain; charset=utf-8"),
    "/json": ('{"message":"Hello, World!"}', "application/json"),
}

failures = []


def fail(msg):
    failures.append(msg)
    print(f"FAILED: {msg}", file=sys.stderr, flush=True)


class Failed(Exception):
    pass


def tail(text, n=20):
    return "\n".join(text.strip().splitlines()[-n:])


def free_port():
    """A loopback port that was free a moment ago."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def port_open(port):
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False


def raise_nofile():
    """Soft RLIMIT_NOFILE up to the hard limit (servers inherit it)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < hard:
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))


live_servers = []


class Server:
    """A server process in its own process group, stdout and stderr to a
    temporary file. Ready when `ready` (a regex) appears in its output and
    every port in `ports` accepts connections."""

    def __init__(self, name, cmd, ports, ready, env=None):
        self.name, self.ports, self.ready = name, ports, ready
        self.log = tempfile.TemporaryFile()
        full_env = dict(os.environ, **(env or {}))
        try:
            self.proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=self.log, stderr=self.log,
                                         env=full_env, start_new_session=True)
        except OSError as e:
            raise Failed(f"{name}: cannot start {cmd[0]}: {e}")
        live_servers.append(self)
        deadline = time.monotonic() + start_timeout
        while True:
            if self.proc.poll() is not None:
                out = self.output()
                self.stop()  # its children, if any
                raise Failed(f"{name} exited with {self.proc.returncode} before it was ready; its output:\n"
                             f"{tail(out) or '(none)'}")
            if re.search(ready, self.output()) and all(port_open(p) for p in ports):
                return
            if time.monotonic() > deadline:
                out = self.output()
                self.stop()
                raise Failed(f"{name} not ready after {start_timeout:.0f} s (waited for /{ready}/ on stderr "
                             f"and ports {ports} open); its output:\n{tail(out) or '(none)'}")
            time.sleep(0.05)

    def output(self):
        self.log.seek(0)
        return self.log.read().decode(errors="replace")

    def check_alive(self):
        if self.proc.poll() is not None:
            raise Failed(f"{self.name} died (exit {self.proc.returncode}); its output:\n"
                         f"{tail(self.output()) or '(none)'}")

    def rss_kb(self):
        with open(f"/proc/{self.proc.pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        raise Failed(f"{self.name}: no VmRSS in /proc/{self.proc.pid}/status")

    def stop(self):
        """SIGTERM to the process group, SIGKILL 3 s later (and to anything
        left in the group)."""
        if self in live_servers:
            live_servers.remove(self)
        for sig in (signal.SIGTERM, signal.SIGKILL):
            try:
                os.killpg(self.proc.pid, sig)
            except (ProcessLookupError, PermissionError):
                pass
            try:
                self.proc.wait(3 if sig == signal.SIGTERM else 10)
            except subprocess.TimeoutExpired:
                pass
        if not self.log.closed:
            self.log.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()


def stop_all():
    for s in list(live_servers):
        s.stop()


def on_signal(signum, frame):
    stop_all()
    sys.exit(128 + signum)


def build_cargo(folder, what):
    """cargo build --release in a standalone project under bench/peers."""
    b = subprocess.run(["cargo", "build", "--quiet", "--release"], cwd=folder, capture_output=True, text=True)
    if b.returncode != 0:
        raise Failed(f"cargo build --release in {os.path.relpath(folder, root)} ({what}) failed:\n{tail(b.stderr)}")


def build_mesh(src_rel, name):
    """Builds a .mpl with release meshc; returns the executable or None."""
    exe = os.path.join(out_dir, name)
    if not os.path.exists(meshc):
        fail(f"{meshc} missing (build it: cargo build --release -p meshc)")
        return None
    b = subprocess.run([meshc, "build", os.path.join(root, src_rel), "-o", exe], capture_output=True, text=True)
    if b.returncode != 0:
        fail(f"meshc build {src_rel} failed ({b.returncode}):\n{tail(b.stderr or b.stdout)}")
        return None
    return exe


def start_hello(side, exe):
    port = free_port()
    if side == "mesh":
        return Server("mesh hello", [exe], [port], MESH_READY, env={"PORT": str(port)}), port
    return Server("axum peer", [axum_exe, str(port)], [port], AXUM_READY), port


def check_response(server, port, path):
    """One GET: status 200, the expected body and content-type."""
    body, ctype = PATHS[path]
    try:
        c = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        c.request("GET", path)
        r = c.getresponse()
        got = r.read().decode(errors="replace")
        got_type = r.getheader("content-type") or ""
        c.close()
    except (OSError, http.client.HTTPException) as e:
        server.check_alive()
        raise Failed(f"{server.name}: GET {path} failed: {e!r}")
    norm = lambda t: re.sub(r"\s*;\s*", "; ", t.strip().lower())
    type_ok = norm(got_type) == norm(ctype) if ";" in ctype else norm(got_type).split(";")[0] == ctype
    if r.status != 200 or got != body or not type_ok:
        raise Failed(f"{server.name}: GET {path} answered {r.status}, content-type {got_type!r}, body {got[:200]!r}; "
                     f"expected 200, {ctype!r}, {body!r}")


UNITS = {"us": 1e-6, "ms": 1e-3, "s": 1.0, "m": 60.0, "h": 3600.0}


def wrk(url, seconds, server):
    """Runs wrk; returns {rps, p99 (seconds), requests, errors, non2xx}."""
    cmd = [wrk_bin, f"-t{wrk_threads}", f"-c{connections}", f"-d{seconds}s", "--latency", url]
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=seconds + 60)
    except subprocess.TimeoutExpired:
        raise Failed(f"{' '.join(cmd)} did not finish within {seconds + 60} s")
    out = p.stdout
    server.check_alive()
    m_req = re.search(r"^\s*(\d+) requests in", out, re.M)
    m_rps = re.search(r"^Requests/sec:\s+([\d.]+)", out, re.M)
    m_p99 = re.search(r"^\s*99(?:\.0+)?%\s+([\d.]+)(us|ms|s|m|h)\s*$", out, re.M)
    if p.returncode != 0 or not (m_req and m_rps):
        raise Failed(f"{' '.join(cmd)} exited with {p.returncode}:\n{tail(out + p.stderr)}")
    m_err = re.search(r"Socket errors: (.*)", out)
    m_non = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {
        "requests": int(m_req.group(1)),
        "rps": float(m_rps.group(1)),
        "p99": float(m_p99.group(1)) * UNITS[m_p99.group(2)] if m_p99 else None,
        "errors": m_err.group(1) if m_err else None,
        "non2xx": int(m_non.group(1)) if m_non else 0,
    }


def fmt_lat(s):
    if s is None:
        return "?"
    return f"{s * 1e6:.0f} us" if s < 1e-3 else f"{s * 1e3:.2f} ms"


def measure(side, exe, path):
    """One round: fresh server, check, warm-up, measured wrk run."""
    server, port = start_hello(side, exe)
    with server:
        check_response(server, port, path)
        url = f"http://127.0.0.1:{port}{path}"
        if warmup > 0:
            wrk(url, warmup, server)
        r = wrk(url, duration, server)
    if r["non2xx"]:
        raise Failed(f"{side} {path}: {r['non2xx']} responses were not 2xx/3xx")
    return r


def rss_check(side, exe):
    """Fresh server; VmRSS after >= 10,000 requests and after >=
    RSS_REQUESTS; prints both and their ratio."""
    server, port = start_hello(side, exe)
    with server:
        paths = list(PATHS)
        total, i = 0, 0
        while total < 10_000:
            total += wrk(f"http://127.0.0.1:{port}{paths[i % 2]}", 1, server)["requests"]
            i += 1
        time.sleep(0.5)
        first = server.rss_kb()
        print(f"  {side}: VmRSS {first / 1024:.1f} MB after {total:,} requests", flush=True)
        t0 = time.monotonic()
        while total < rss_requests:
            if time.monotonic() - t0 > rss_timeout:
                raise Failed(f"{side} RSS check: only {total:,} of {rss_requests:,} requests after "
                             f"{rss_timeout:.0f} s (RSS_TIMEOUT); VmRSS now {server.rss_kb() / 1024:.1f} MB")
            total += wrk(f"http://127.0.0.1:{port}{paths[i % 2]}", duration, server)["requests"]
            i += 1
        time.sleep(0.5)
        second = server.rss_kb()
    ratio = second / first
    verdict = "met" if ratio <= 1.10 else "NOT met"
    print(f"  {side}: VmRSS {second / 1024:.1f} MB after {total:,} requests; ratio {ratio:.3f} "
          f"(goal <= 1.10: {verdict})", flush=True)
    return first, second, total


def main():
    peer_only = "--peer-only" in sys.argv[1:]
    no_rss = "--no-rss" in sys.argv[1:]
    rss_peer = "--rss-peer" in sys.argv[1:]
    for a in sys.argv[1:]:
        if a not in ("--peer-only", "--no-rss", "--rss-peer"):
            sys.exit(f"unknown argument {a!r} (known: --peer-only, --no-rss, --rss-peer)")
    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    raise_nofile()
    os.makedirs(out_dir, exist_ok=True)
    try:
        v = subprocess.run([wrk_bin, "--version"], capture_output=True, text=True)
        wrk_version = (v.stdout + v.stderr).split("\n")[0].strip()
    except OSError:
        sys.exit(f"{wrk_bin} not found (apt-get install -y wrk)")
    print(f"{wrk_version}; {os.cpu_count()} CPUs; ROUNDS={rounds} DURATION={duration}s WARMUP={warmup}s "
          f"wrk -t{wrk_threads} -c{connections}", flush=True)

    try:
        build_cargo(axum_dir, "the axum peer")
        have_axum = True
    except Failed as e:
        fail(str(e))
        have_axum = False
    mesh_exe = None if peer_only else build_mesh("bench/http/hello.mpl", "hello")
    sides = {}
    if mesh_exe:
        sides["mesh"] = mesh_exe
    if have_axum:
        sides["axum"] = axum_exe

    res = {(p, s): [] for p in PATHS for s in ("mesh", "axum")}
    dead = set()  # (path, side) that failed once
    for path in PATHS:
        for k in range(rounds):
            for side, exe in sides.items():
                if (path, side) in dead:
                    continue
                try:
                    r = measure(side, exe, path)
                except Failed as e:
                    fail(f"{side} {path}: {e}")
                    dead.add((path, side))
                    continue
                res[(path, side)].append(r)
                extra = ""
                if r["errors"]:
                    extra = f"  (socket errors: {r['errors']})"
                print(f"{path:<6} round {k + 1}  {side:<5} {r['rps']:>12,.0f} req/s  p99 {fmt_lat(r['p99']):>10}"
                      f"  ({r['requests']:,} requests){extra}", flush=True)

    print()
    print(f"Medians of {rounds} rounds (wrk -t{wrk_threads} -c{connections} -d{duration}s); "
          "ratios mesh/axum: req/s goal >= 0.9, p99 goal <= 1.5")
    print(f"{'path':<6} {'mesh req/s':>12} {'axum req/s':>12} {'ratio':>6}   {'mesh p99':>10} {'axum p99':>10} {'ratio':>6}")
    for path in PATHS:
        med = {}
        for side in ("mesh", "axum"):
            rs = res[(path, side)]
            ok = rs and (path, side) not in dead
            p99s = [r["p99"] for r in rs if r["p99"] is not None]
            med[side] = (statistics.median(r["rps"] for r in rs) if ok else None,
                         statistics.median(p99s) if ok and p99s else None)
        (mr, ml), (ar, al) = med["mesh"], med["axum"]
        none = {s: "failed" if s in sides else "-" for s in ("mesh", "axum")}  # "-": not run
        fr = lambda v, s: f"{v:,.0f}" if v is not None else none[s]
        fl = lambda v, s: fmt_lat(v) if v is not None else none[s]
        rr = f"{mr / ar:.2f}" if mr and ar else ""
        rl = f"{ml / al:.2f}" if ml and al else ""
        print(f"{path:<6} {fr(mr, 'mesh'):>12} {fr(ar, 'axum'):>12} {rr:>6}   "
              f"{fl(ml, 'mesh'):>10} {fl(al, 'axum'):>10} {rl:>6}")

    if not no_rss:
        print()
        print(f"RSS check: VmRSS after >= 10,000 requests and after >= {rss_requests:,} "
              f"(wrk -t{wrk_threads} -c{connections}; goal: second/first <= 1.10)", flush=True)
        rss_sides = ["axum"] if peer_only else (["mesh", "axum"] if rss_peer else ["mesh"])
        for side in rss_sides:
            if side not in sides:
                fail(f"RSS check on {side}: its server was not built")
                continue
            try:
                rss_check(side, sides[side])
            except Failed as e:
                fail(f"RSS check on {side}: {e}")

    if failures:
        print(f"\n{len(failures)} failure(s); see the FAILED messages above (stderr).")
        sys.exit(1)


if __name__ == "__main__":
    try:
        main()
    finally:
        stop_all()
