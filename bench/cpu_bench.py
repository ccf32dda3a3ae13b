#!/usr/bin/env python3
"""CPU benchmarks: each bench/cpu/NAME.mpl built by release meshc, and its
Rust peer bench/peers/rust/src/bin/NAME.rs built in release, run in the
same session; both must print the same output. Prints the best of RUNS
wall-clock times and the Mesh/Rust ratio, then the median ratio."""
import os, statistics, subprocess, sys, time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
runs = int(os.environ.get("RUNS", "3"))
names = sys.argv[1:] or sorted(f[:-4] for f in os.listdir(os.path.join(root, "bench/cpu")) if f.endswith(".mpl"))
out_dir = os.path.join(root, "target/bench")
os.makedirs(out_dir, exist_ok=True)

def best(cmd):
    times, output = [], None
    for _ in range(runs):
        t = time.perf_counter()
        r = subprocess.run(cmd, capture_output=True, text=True)
        times.append(time.perf_counter() - t)
        if r.returncode != 0:
            sys.exit(f"{cmd[0]} failed ({r.returncode}):\n{r.stderr}")
        output = r.stdout
    return min(times), output

ratios = []
print(f"{'benchmark':<16} {'mesh s':>8} {'rust s':>8} {'ratio':>7}")
for n in names:
    exe = os.path.join(out_dir, n)
    b = subprocess.run([os.path.join(root, "target/release/meshc"), "build", os.path.join(root, f"bench/cpu/{n}.mpl"), "-o", exe], capture_output=True, text=True)
    if b.returncode != 0:
        sys.exit(f"meshc build {n} failed:\n{b.stderr}")
    mesh_t, mesh_out = best([exe])
    rust_t, rust_out = best([os.path.join(root, f"bench/peers/rust/target/release/{n}")])
    if mesh_out != rust_out:
        sys.exit(f"{n}: outputs differ\n--- mesh\n{mesh_out}--- rust\n{rust_out}")
    ratio = mesh_t / rust_t
    ratios.append(ratio)
    print(f"{n:<16} {mesh_t:>8.3f} {rust_t:>8.3f} {ratio:>6.2f}x", flush=True)
print(f"median ratio: {statistics.median(ratios):.2f}x (goal: at most 1.5x)")
