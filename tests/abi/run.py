#!/usr/bin/env python3
"""Runs the Mesh ABI regression suite: generate (gen.py), build, run, verify.

    python3 tests/abi/run.py --seed 1 --count 1000
    MESHC=target/release/meshc python3 tests/abi/run.py --seed 3 --jobs 2
    python3 tests/abi/run.py --sequential-only --jit      # no process hops, `meshc run`
    python3 tests/abi/run.py --check-only --seed 5        # type-check only

The compiler is $MESHC (default target/debug/meshc, relative to the
repository root).  Each program must exit 0, print no MISMATCH line and print
`ok K <hops>` for each of its types, in order, with the expected hop count
(expect.json).  The first failure is reported with its type, seed and hop and
the generated directory is kept; exit status 1.  On success prints
`ABI suite: N types, M programs, seed S, all hops equal` and the time taken.
"""
import argparse
import concurrent.futures
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True      # no __pycache__ in the source tree
import gen  # noqa: E402

OK_RE = re.compile(r"^ok (\d+) (\d+)$")
MISMATCH_RE = re.compile(r"^MISMATCH type (\d+) seed (\d+) hop (.*)$")


def tail(text, n=15):
    lines = text.splitlines()
    return "\n".join(("    " + line)[:300] for line in lines[-n:])


def verify(d, proc_out, proc_err, code, expect):
    """None when the program passed, else (type, hop, detail)."""
    out = proc_out.decode("utf-8", "replace")
    err = proc_err.decode("utf-8", "replace")
    lines = out.splitlines()
    for line in lines:
        m = MISMATCH_RE.match(line)
        if m:
            return int(m.group(1)), m.group(3), "stdout tail:\n%s\nstderr tail:\n%s" % (tail(out), tail(err))
    oks = [OK_RE.match(line) for line in lines]
    oks = [(int(m.group(1)), int(m.group(2))) for m in oks if m]
    for i, (k, hops) in enumerate(expect):
        if i >= len(oks) or oks[i] != (k, hops):
            got = "missing" if i >= len(oks) else "ok %d %d" % oks[i]
            hop = "after last printed hop (exit status %s; expected `ok %d %d`, got %s)" % (code, k, hops, got)
            last = [line for line in lines if line.startswith("%d " % k)]
            if last:
                hop += "; last hop line: " + last[-1][:200]
            return k, hop, "stdout tail:\n%s\nstderr tail:\n%s" % (tail(out), tail(err))
    if code != 0:
        return expect[-1][0], "exit status %s after all types" % code, "stderr tail:\n%s" % tail(err)
    return None


def run_program(d, meshc, mode, timeout):
    """Returns (failure or None, seconds compiling, seconds running)."""
    with open(os.path.join(d, "expect.json")) as f:
        expect = [tuple(x) for x in json.load(f)["types"]]
    env = dict(os.environ, NO_COLOR="1")
    t0 = time.time()
    if mode == "check":
        p = subprocess.run([meshc, "check", d], capture_output=True, env=env)
        if p.returncode != 0:
            return (expect[0][0], "meshc check failed", tail(p.stderr.decode("utf-8", "replace"), 40)), time.time() - t0, 0
        return None, time.time() - t0, 0
    if mode == "jit":
        cmd, t1 = [meshc, "run", d], t0
    else:
        exe = os.path.join(d, "prog")
        p = subprocess.run([meshc, "build", d, "-o", exe], capture_output=True, env=env)
        if p.returncode != 0:
            return (expect[0][0], "meshc build failed", tail(p.stderr.decode("utf-8", "replace"), 40)), time.time() - t0, 0
        cmd, t1 = [exe], time.time()
    try:
        p = subprocess.run(cmd, capture_output=True, env=env, timeout=timeout)
        res = verify(d, p.stdout, p.stderr, p.returncode, expect)
    except subprocess.TimeoutExpired as e:
        res = verify(d, e.stdout or b"", e.stderr or b"", "timeout after %ss" % timeout, expect)
        res = res or (expect[-1][0], "timeout after %ss" % timeout, "")
    return res, t1 - t0, time.time() - t1


def main():
    ap = argparse.ArgumentParser(description="Mesh ABI regression suite")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--per-program", type=int, default=25)
    ap.add_argument("--sequential-only", action="store_true", help="no actor/service/Job/supervisor hops")
    ap.add_argument("--without", default="", metavar="GROUPS",
                    help="comma list of process hop groups to leave out: job, actors, supervisor")
    ap.add_argument("--check-only", action="store_true", help="only `meshc check` every program")
    ap.add_argument("--jit", action="store_true", help="`meshc run` instead of `meshc build` + run")
    ap.add_argument("--jobs", type=int, default=1, help="programs processed in parallel")
    ap.add_argument("--timeout", type=float, default=300, help="seconds per program run")
    ap.add_argument("--keep", metavar="DIR", help="generate into DIR and keep it")
    a = ap.parse_args()

    meshc = os.environ.get("MESHC") or os.path.join(ROOT, "target", "debug", "meshc")
    if not os.path.isabs(meshc) and os.sep in meshc:
        meshc = os.path.join(ROOT, meshc)
    if not os.path.exists(meshc) and shutil.which(meshc) is None:
        print("run.py: compiler not found: %s (set MESHC)" % meshc, file=sys.stderr)
        return 2
    mode = "check" if a.check_only else "jit" if a.jit else "build"
    start = time.time()
    out = a.keep or tempfile.mkdtemp(prefix="mesh-abi-")
    groups = gen.parse_groups(a.sequential_only, a.without)
    dirs = gen.generate(a.seed, a.count, out, a.per_program, groups)
    t_gen = time.time() - start

    failure, t_compile, t_run = None, 0.0, 0.0
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, a.jobs)) as ex:
        futures = [ex.submit(run_program, d, meshc, mode, a.timeout) for d in dirs]
        for d, fut in zip(dirs, futures):
            res, tc, tr = fut.result()
            t_compile, t_run = t_compile + tc, t_run + tr
            if res:
                failure = (d,) + res
                for f in futures:
                    f.cancel()
                break
    took = time.time() - start
    if failure:
        d, k, hop, detail = failure
        print("ABI suite FAILED: type %d seed %d hop %s" % (k, a.seed, hop))
        print("  program: %s (%s mode, compiler %s)" % (d, mode, meshc))
        print("  reproduce one type: python3 tests/abi/gen.py --seed %d --only %d --out /tmp/abi-%d-%d%s%s"
              % (a.seed, k, a.seed, k, " --sequential-only" if a.sequential_only else "",
                 " --without " + a.without if a.without else ""))
        print(detail)
        return 1
    if not a.keep:
        shutil.rmtree(out, ignore_errors=True)
    what = {"check": "all programs type-check", "jit": "all hops equal", "build": "all hops equal"}[mode]
    print("ABI suite: %d types, %d programs, seed %d, %s%s" % (
        a.count, len(dirs), a.seed, what,
        "" if groups == frozenset(gen.GROUPS) else " (process hop groups: %s)" % (", ".join(sorted(groups)) or "none")))
    print("  time %.1fs: generate %.1fs, %s %.1fs, run %.1fs (cumulative over %d job(s))" % (
        took, t_gen, "check" if mode == "check" else "compile", t_compile, t_run, a.jobs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
