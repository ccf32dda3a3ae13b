#!/usr/bin/env python3
"""WebSocket broadcast latency against axum: bench/http/ws_bcast.mpl built
by release meshc (every connection joins room "bench"; every text message
is broadcast to the room, the sender included) and the same server in the
axum peer (bench/peers/axum, its WebSocket port), measured by the client
bench/peers/wsclient (tokio-tungstenite, built in release).

Each of RUNS runs, alternating Mesh and axum, starts a fresh server on a
free loopback port and runs
`wsclient ws://127.0.0.1:PORT/ --clients CLIENTS --rounds WS_ROUNDS`:
CLIENTS connections, then WS_ROUNDS rounds in which one connection sends a
message and the time to its receipt is taken on each of the CLIENTS
connections (see bench/peers/wsclient/src/main.rs). Prints each run, then
the median over runs of: p50 / p99 / max of the per-round latency of the
last delivery, and p50 / p99 / max of all deliveries; ratios mesh/axum
(lower is better for Mesh).

    python3 bench/ws_bench.py [--peer-only]
      --peer-only   only the axum side (no meshc needed): checks the harness
    env RUNS=3 CLIENTS=5000 WS_ROUNDS=100 WS_WARMUP=3 WS_THREADS=1 (client
        runtime threads) WS_TIMEOUT=300 (seconds per client run)
        START_TIMEOUT=30 MESHC=target/release/meshc

A side that fails to build, start, or deliver every message is reported
(FAILED on stderr, with the end of the server's and the client's output)
and shows `failed`. Servers are killed at the end, on error too. Exit
status 1 if anything failed."""
import os, signal, statistics, subprocess, sys

sys.dont_write_bytecode = True  # no bench/__pycache__ from the import below
from http_bench import (Failed, Server, axum_dir, axum_exe, build_cargo, build_mesh, fail, failures, free_port,
                        out_dir, raise_nofile, root, stop_all, tail)

runs = int(os.environ.get("RUNS", "3"))
clients = int(os.environ.get("CLIENTS", "5000"))
ws_rounds = int(os.environ.get("WS_ROUNDS", "100"))
ws_warmup = int(os.environ.get("WS_WARMUP", "3"))
ws_threads = int(os.environ.get("WS_THREADS", "1"))
ws_timeout = float(os.environ.get("WS_TIMEOUT", "300"))
client_dir = os.path.join(root, "bench/peers/wsclient")
client_exe = os.path.join(client_dir, "target/release/wsclient")

MESH_READY = r"ws_bcast listening on"
AXUM_READY = r"(?m)^listening$"
STATS = ["last_p50_us", "last_p99_us", "last_max_us", "all_p50_us", "all_p99_us", "all_max_us"]

def start(side, exe):
    port = free_port()
    if side == "mesh":
        return Server("mesh ws_bcast", [exe], [port], MESH_READY, env={"PORT": str(port)}), port
    http_port = free_port()
    return Server("axum peer", [axum_exe, str(http_port), str(port)], [http_port, port], AXUM_READY), port


def run_once(side, exe):
    """Fresh server, one client run; returns the RESULT fields."""
    server, port = start(side, exe)
    with server:
        cmd = [client_exe, f"ws://127.0.0.1:{port}/", "--clients", str(clients), "--rounds", str(ws_rounds),
               "--warmup", str(ws_warmup), "--threads", str(ws_threads)]
        try:
            p = subprocess.run(cmd, capture_output=True, text=True, timeout=ws_timeout)
        except subprocess.TimeoutExpired as e:
            out = (e.stdout or b"").decode(errors="replace") if isinstance(e.stdout, bytes) else (e.stdout or "")
            raise Failed(f"wsclient did not finish within {ws_timeout:.0f} s:\n{tail(out)}\n"
                         f"server output:\n{tail(server.output()) or '(none)'}")
        alive = server.proc.poll() is None
        if p.returncode != 0:
            raise Failed(f"wsclient exited with {p.returncode}:\n{tail(p.stdout + p.stderr)}\n"
                         f"server {'running' if alive else f'exited with {server.proc.returncode}'}; "
                         f"its output:\n{tail(server.output()) or '(none)'}")
    line = next((l for l in p.stdout.splitlines() if l.startswith("RESULT ")), None)
    if line is None:
        raise Failed(f"wsclient printed no RESULT line:\n{tail(p.stdout)}")
    fields = dict(kv.split("=", 1) for kv in line.split()[1:] if "=" in kv)
    return {k: float(v) for k, v in fields.items()}


def fmt_us(v, ran=True):
    if v is None:
        return "failed" if ran else "-"
    return f"{v / 1e3:.2f} ms" if v >= 1000 else f"{v:.0f} us"


def main():
    peer_only = "--peer-only" in sys.argv[1:]
    for a in sys.argv[1:]:
        if a != "--peer-only":
            sys.exit(f"unknown argument {a!r} (known: --peer-only)")
    signal.signal(signal.SIGTERM, lambda n, f: (stop_all(), sys.exit(128 + n)))
    signal.signal(signal.SIGINT, lambda n, f: (stop_all(), sys.exit(128 + n)))
    raise_nofile()
    os.makedirs(out_dir, exist_ok=True)
    print(f"{os.cpu_count()} CPUs; RUNS={runs} CLIENTS={clients} WS_ROUNDS={ws_rounds} (+{ws_warmup} warm-up) "
          f"client threads={ws_threads}", flush=True)
    try:
        build_cargo(client_dir, "the WebSocket client")
    except Failed as e:
        fail(str(e))
        sys.exit(1)
    sides = {}
    if not peer_only:
        exe = build_mesh("bench/http/ws_bcast.mpl", "ws_bcast")
        if exe:
            sides["mesh"] = exe
    try:
        build_cargo(axum_dir, "the axum peer")
        sides["axum"] = axum_exe
    except Failed as e:
        fail(str(e))

    res = {s: [] for s in ("mesh", "axum")}
    dead = set()
    for k in range(runs):
        for side, exe in sides.items():
            if side in dead:
                continue
            try:
                r = run_once(side, exe)
            except Failed as e:
                fail(f"{side}: {e}")
                dead.add(side)
                continue
            res[side].append(r)
            print(f"run {k + 1}  {side:<5} connect {r['connect_s']:.2f} s   last delivery p50 "
                  f"{fmt_us(r['last_p50_us'])}, p99 {fmt_us(r['last_p99_us'])}, max {fmt_us(r['last_max_us'])}   "
                  f"all deliveries p50 {fmt_us(r['all_p50_us'])}, p99 {fmt_us(r['all_p99_us'])}", flush=True)

    print()
    print(f"Medians of {runs} runs ({clients} clients, {ws_rounds} broadcasts each); ratio = mesh/axum "
          "(<= 1.00: Mesh at least as fast)")
    print(f"{'latency':<28} {'mesh':>10} {'axum':>10} {'ratio':>6}")
    names = {"last": "last delivery of a round", "all": "any delivery"}
    for stat in STATS:
        what, p = stat.split("_")[0], stat.split("_")[1]
        med = {s: statistics.median(r[stat] for r in res[s]) if res[s] and s not in dead else None
               for s in ("mesh", "axum")}
        ratio = f"{med['mesh'] / med['axum']:.2f}" if med["mesh"] and med["axum"] else ""
        print(f"{names[what] + ' ' + p:<28} {fmt_us(med['mesh'], 'mesh' in sides):>10} {fmt_us(med['axum'], 'axum' in sides):>10} {ratio:>6}")

    if failures:
        print(f"\n{len(failures)} failure(s); see the FAILED messages above (stderr).")
        sys.exit(1)


if __name__ == "__main__":
    try:
        main()
    finally:
        stop_all()
