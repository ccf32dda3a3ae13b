#!/usr/bin/env python3
"""Actor benchmarks against Erlang/OTP: each bench/actors/NAME.mpl built by
release meshc and its peer bench/peers/erlang/NAME.escript, run in the same
session, alternating, best of RUNS (env, default 3). Both sides print
`CHECK <value>`, which must be the expected value.

The table measures both sides the same way, from the outside: the wall
time and peak RSS of the whole process, minus those of an empty program in
the same language (bench/actors/empty.mpl, bench/peers/erlang/empty.escript:
start-up, and for Erlang the VM boot and the escript compile). The programs
also time themselves (Timer.now, erlang:monotonic_time) and print a line
`RESULT name=value unit=... [key=value...]`; those figures are listed after
the table for reference (Erlang's include process_info's idle-process
size, which does not count allocator overhead). Peak RSS is taken
from GNU time (/usr/bin/time -f %M) when installed: a child forked by
Python inherits Python's ~14 MB as its ru_maxrss floor, so os.wait4 alone
overstates small programs (it is the fallback, with a warning).

    python3 bench/actors_bench.py [NAME...]      (default: all four)
    env RUNS=3 TIMEOUT=600 (seconds per run) MAX_RSS_GB=16 (a run whose
        processes together hold more is killed and counts as failed)
        MESHC=target/release/meshc (the compiler that builds the Mesh side)

A Mesh program that fails to build, crashes, times out or prints the wrong
CHECK is reported and its column shows `failed`; the Erlang figures are
still printed. Exit status 1 if anything failed."""
import os, signal, subprocess, sys, tempfile, threading, time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
runs = int(os.environ.get("RUNS", "3"))
timeout = float(os.environ.get("TIMEOUT", "600"))
max_rss = float(os.environ.get("MAX_RSS_GB", "16")) * 1e9
out_dir = os.path.join(root, "target/bench-actors")
meshc = os.environ.get("MESHC") or os.path.join(root, "target/release/meshc")
erl_dir = os.path.join(root, "bench/peers/erlang")
N = 1_000_000

# name -> expected CHECK value
BENCHES = {
    "spawn_wait": "1000000",
    "ring": "1000000",
    "call": "1000000",
    "skynet": "499999500000",
}
names = sys.argv[1:] or list(BENCHES)
for n in names:
    if n not in BENCHES:
        sys.exit(f"unknown benchmark {n!r} (known: {', '.join(BENCHES)})")

failures = []


def fail(msg):
    failures.append(msg)
    print(f"FAILED: {msg}", file=sys.stderr, flush=True)


class Failed(Exception):
    pass


GNU_TIME = "/usr/bin/time"
have_gnu_time = subprocess.run([GNU_TIME, "-f", "%M", "true"], capture_output=True).returncode == 0 \
    if os.path.exists(GNU_TIME) else False


def group_rss(pgid):
    """Bytes resident in the processes of process group pgid."""
    total = 0
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            if int(fields[2]) == pgid:  # fields after the name: state ppid pgrp ...
                total += int(fields[21]) * PAGE  # rss in pages
        except (OSError, IndexError, ValueError):
            pass
    return total


PAGE = os.sysconf("SC_PAGE_SIZE")


def run_once(cmd, expect):
    """Runs cmd (own process group, output to temp files); returns
    (wall seconds, peak RSS bytes, stdout). Raises Failed on a non-zero
    exit, a timeout or a wrong CHECK line."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile(mode="r") as rss_file:
        wrapped = [GNU_TIME, "-f", "%M", "-o", rss_file.name] + cmd if have_gnu_time else cmd
        t0 = time.perf_counter()
        p = subprocess.Popen(wrapped, stdout=out, stderr=err, start_new_session=True)
        killed = []  # why the watchdog killed the run
        done = threading.Event()

        def watchdog():
            # Kills the run after TIMEOUT seconds or above MAX_RSS_GB.
            while not done.wait(0.2):
                why = None
                if time.perf_counter() - t0 > timeout:
                    why = f"timed out after {timeout:.0f} s"
                elif group_rss(p.pid) > max_rss:
                    why = f"killed above MAX_RSS_GB={max_rss / 1e9:g} GB resident"
                if why:
                    killed.append(why)
                    try:
                        os.killpg(p.pid, signal.SIGKILL)
                    except ProcessLookupError:
                        pass
                    return

        watch = threading.Thread(target=watchdog, daemon=True)
        watch.start()
        try:
            _, status, ru = os.wait4(p.pid, 0)
        finally:
            done.set()
            watch.join()
        wall = time.perf_counter() - t0
        p.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode(errors="replace")
        stderr = err.read().decode(errors="replace")
        rss_kb = ru.ru_maxrss  # KB on Linux
        if have_gnu_time:
            lines = rss_file.read().split()
            rss_kb = int(lines[-1]) if lines and lines[-1].isdigit() else rss_kb
    tail = "\n".join((stderr or stdout).strip().splitlines()[-15:])
    if killed:
        raise Failed(f"{cmd[0]} {killed[0]}\n{tail}")
    if p.returncode != 0:
        how = f"exited with {p.returncode}"
        if p.returncode < 0 or (have_gnu_time and p.returncode > 128):
            how = f"killed by signal {abs(p.returncode) if p.returncode < 0 else p.returncode - 128}"
        raise Failed(f"{cmd[0]} {how}\n{tail}")
    checks = [l.split()[1] for l in stdout.splitlines() if l.startswith("CHECK ") and len(l.split()) > 1]
    if checks != [expect]:
        raise Failed(f"{cmd[0]}: expected one line `CHECK {expect}`, got {checks}\n{tail}")
    return wall, rss_kb * 1024, stdout


def build_mesh(name):
    """Builds bench/actors/NAME.mpl; returns the executable or None."""
    exe = os.path.join(out_dir, name)
    src = os.path.join(root, f"bench/actors/{name}.mpl")
    if not os.path.exists(meshc):
        fail(f"{meshc} missing (build it: cargo build --release -p meshc)")
        return None
    b = subprocess.run([meshc, "build", src, "-o", exe], capture_output=True, text=True)
    if b.returncode != 0:
        tail = "\n".join((b.stderr or b.stdout).strip().splitlines()[-20:])
        fail(f"meshc build bench/actors/{name}.mpl failed ({b.returncode}):\n{tail}")
        return None
    return exe


def erlang_cmd(name):
    return ["escript", os.path.join(erl_dir, f"{name}.escript")]


def best(sides, expect):
    """sides: {"mesh": cmd or None, "erlang": cmd or None}. Runs them
    alternating RUNS times; returns {side: (best wall, best RSS, stdout) or
    None}. A side that fails once is dropped."""
    results = {s: [] for s in sides}
    live = {s: c for s, c in sides.items() if c}
    for _ in range(runs):
        for side in list(live):
            try:
                results[side].append(run_once(live[side], expect))
            except Failed as e:
                fail(f"{side} {os.path.basename(live[side][-1])}: {e}")
                del live[side]
                results[side] = []
    return {s: (min(r[0] for r in rs), min(r[1] for r in rs), rs[-1][2]) if rs else None
            for s, rs in results.items()}


def result_fields(stdout):
    """The `RESULT k=v ...` line of an escript as a dict."""
    for line in stdout.splitlines():
        if line.startswith("RESULT "):
            return dict(kv.split("=", 1) for kv in line.split()[1:] if "=" in kv)
    return {}


def main():
    os.makedirs(out_dir, exist_ok=True)
    have_erl = subprocess.run(["which", "escript"], capture_output=True).returncode == 0
    if not have_erl:
        fail("escript not found: install Erlang/OTP (apt-get install -y erlang-base)")
    otp = "?"
    if have_erl:
        v = subprocess.run(["erl", "-noshell", "-eval",
                            'io:format("~s/erts-~s", [erlang:system_info(otp_release), erlang:system_info(version)]), halt().'],
                           capture_output=True, text=True)
        otp = v.stdout.strip() or "?"
    print(f"Erlang/OTP {otp}; {os.cpu_count()} CPUs; RUNS={runs}", flush=True)
    if not have_gnu_time:
        print("warning: no GNU time (apt-get install time): peak RSS from os.wait4 includes "
              "Python's RSS at fork (~14 MB floor)", flush=True)

    mesh_exe = {n: build_mesh(n) for n in ["empty"] + names}
    erl = lambda n: erlang_cmd(n) if have_erl else None
    mesh = lambda n: [mesh_exe[n]] if mesh_exe[n] else None

    base = best({"mesh": mesh("empty"), "erlang": erl("empty")}, "0")
    res = {n: best({"mesh": mesh(n), "erlang": erl(n)}, BENCHES[n]) for n in names}

    rows = []  # (benchmark, metric, mesh value, erlang value, direction)

    def net(side, r):
        """Best wall minus the empty program's (None when unknown)."""
        if r is None:
            return None
        b = base[side]
        return max(r[0] - (b[0] if b else 0.0), 1e-6)

    def extra_rss(side, r):
        if r is None:
            return None
        b = base[side]
        return max(r[1] - (b[1] if b else 0), 0)

    rows.append(("empty", "wall ms", *(base[s][0] * 1e3 if base[s] else None for s in ("mesh", "erlang")), "time"))
    rows.append(("empty", "peak RSS MB", *(base[s][1] / 1e6 if base[s] else None for s in ("mesh", "erlang")), "time"))
    for n in names:
        r = res[n]
        if n == "ring":
            rows.append((n, "messages/s", *(N / net(s, r[s]) if r[s] else None for s in ("mesh", "erlang")), "rate"))
        elif n == "call":
            rows.append((n, "us/call", *(net(s, r[s]) * 1e6 / N if r[s] else None for s in ("mesh", "erlang")), "time"))
        else:
            rows.append((n, "wall ms", *(net(s, r[s]) * 1e3 if r[s] else None for s in ("mesh", "erlang")), "time"))
        rows.append((n, "peak RSS MB", *(r[s][1] / 1e6 if r[s] else None for s in ("mesh", "erlang")), "time"))
        if n == "spawn_wait":
            rows.append((n, "bytes/actor", *(extra_rss(s, r[s]) / N if r[s] else None for s in ("mesh", "erlang")), "time"))

    print()
    print("Times are wall time minus the empty program's; bytes/actor = (peak RSS of spawn_wait")
    print("- peak RSS of the empty program) / 1,000,000 (all actors alive, idle in receive).")
    print("ratio = mesh/erlang for times and sizes, erlang/mesh for messages/s:")
    print("in every row a ratio <= 1.00 means Mesh is at least as good as Erlang.")
    print()
    print(f"{'benchmark':<11} {'metric':<12} {'mesh':>12} {'erlang':>12} {'ratio':>7}")

    def fmt(v):
        if v is None:
            return "failed"
        return f"{v:,.0f}" if abs(v) >= 100 else f"{v:.3f}"

    for bench, metric, m, e, kind in rows:
        ratio = ""
        if m is not None and e is not None and bench != "empty":
            r = (e / m) if kind == "rate" else (m / e if e else float("inf"))
            ratio = f"{r:.2f}"
        print(f"{bench:<11} {metric:<12} {fmt(m):>12} {fmt(e):>12} {ratio:>7}")

    inside = []
    for n in names:
        for side in ("mesh", "erlang"):
            r = res[n][side]
            if r:
                f = result_fields(r[2])
                inside.append(f"{side:<7} {n:<11} " + " ".join(f"{k}={v}" for k, v in f.items() if k != "unit")
                              + f" ({f.get('unit', '')})")
    if inside:
        print("\nThe programs' own figures (RESULT lines, last run):")
        for line in inside:
            print("  " + line)
    if failures:
        print(f"\n{len(failures)} failure(s); see the FAILED messages above (stderr).")
        sys.exit(1)


if __name__ == "__main__":
    main()
