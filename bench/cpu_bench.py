#!/usr/bin/env python3
"""CPU benchmarks: each bench/cpu/NAME.mpl built by release meshc, and its
Rust peer bench/peers/rust/src/bin/NAME.rs built in release, run in the
same session, alternating; both must print the same output. Prints the
best of RUNS CPU times (user + system, from the child's rusage: steadier
than wall time on a shared machine) and the Mesh/Rust ratio, then the
median ratio."""
import os, resource, statistics, subprocess, sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
runs = int(os.environ.get("RUNS", "3"))
names = sys.argv[1:] or sorted(f[:-4] for f in os.listdir(os.path.join(root, "bench/cpu")) if f.endswith(".mpl"))
out_dir = os.path.join(root, "target/bench")
os.makedirs(out_dir, exist_ok=True)

def once(cmd):
    """Runs cmd; returns its stdout."""
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    out, err = p.communicate()
    if p.returncode != 0:
        sys.exit(f"{cmd[0]} failed ({p.returncode}):\n{err}")
    return out

def best(cmds):
    """Alternates the commands RUNS times; best CPU time of each."""
    times = [[] for _ in cmds]
    outputs = [None for _ in cmds]
    for _ in range(runs):
        for i, cmd in enumerate(cmds):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            outputs[i] = once(cmd)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            times[i].append((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime))
    return [(min(t), o) for t, o in zip(times, outputs)]

ratios = []
print(f"{'benchmark':<16} {'mesh s':>8} {'rust s':>8} {'ratio':>7}")
for n in names:
    exe = os.path.join(out_dir, n)
    b = subprocess.run([os.path.join(root, "target/release/meshc"), "build", os.path.join(root, f"bench/cpu/{n}.mpl"), "-o", exe], capture_output=True, text=True)
    if b.returncode != 0:
        sys.exit(f"meshc build {n} failed:\n{b.stderr}")
    (mesh_t, mesh_out), (rust_t, rust_out) = best([[exe], [os.path.join(root, f"bench/peers/rust/target/release/{n}")]])
    if mesh_out != rust_out:
        sys.exit(f"{n}: outputs differ\n--- mesh\n{mesh_out}--- rust\n{rust_out}")
    ratio = mesh_t / rust_t
    ratios.append(ratio)
    print(f"{n:<16} {mesh_t:>8.3f} {rust_t:>8.3f} {ratio:>6.2f}x", flush=True)
print(f"median ratio: {statistics.median(ratios):.2f}x (goal: at most 1.5x)")
