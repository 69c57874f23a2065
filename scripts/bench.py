#!/usr/bin/env python3
"""Whole-process timings of smack (release build), reported as medians and ratios to target.

  python3 scripts/bench.py            # builds with cargo --release --locked first

- catalog search on a generated catalog of Universe size (185 packages, 1,200 revisions)
- render kafka (built-in catalog)
- lint of ../shared/universe-sample (when present)
"""
import json, os, shutil, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, "target", "release", "smack")
RUNS = int(os.environ.get("BENCH_RUNS", "30"))


def generate(root, packages=185, revisions=1200):
    """A catalog shaped like the real Universe: names, tags, descriptions, gaps in revisions."""
    per = [revisions // packages + (1 if i < revisions % packages else 0) for i in range(packages)]
    for i, count in enumerate(per):
        name = f"pkg{i:03d}-{['db', 'queue', 'web', 'ml', 'ops'][i % 5]}"
        for r in range(count):
            rev = r if r < count - 1 else 100 + r  # a gap, as in the real Universe
            d = os.path.join(root, "repo", "packages", name[0].upper(), name, str(rev))
            os.makedirs(d)
            pkg = {"packagingVersion": "4.0", "name": name, "version": f"1.{r}.0",
                   "maintainer": "bench", "description": f"Package {i} for {name.split('-')[1]} workloads " * 3,
                   "tags": [name.split("-")[1], f"tag{i % 17}", "bench"], "framework": i % 3 == 0}
            with open(os.path.join(d, "package.json"), "w") as f:
                json.dump(pkg, f)
            with open(os.path.join(d, "config.json"), "w") as f:
                json.dump({"type": "object", "properties": {"service": {"type": "object", "properties": {
                    "name": {"type": "string", "default": name}}}}}, f)
            with open(os.path.join(d, "marathon.json.mustache"), "w") as f:
                f.write('{"id": "{{service.name}}", "cmd": "sleep 1000", "cpus": 0.1, "mem": 32}')


def median_ms(args, runs=RUNS):
    subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # warm the cache
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def report(label, ms, target_ms):
    print(f"{label:<48} median {ms:8.2f} ms   target {target_ms:6.0f} ms   ratio {ms / target_ms:5.2f}")


def main():
    subprocess.run(["cargo", "build", "--release", "--locked", "--quiet"], cwd=ROOT, check=True)
    tmp = tempfile.mkdtemp(prefix="smack-bench-")
    try:
        generate(tmp)
        report("catalog search (185 packages, 1,200 revisions)", median_ms([BIN, "catalog", "search", "--catalog", tmp]), 30)
        report("catalog search db --json (same catalog)", median_ms([BIN, "catalog", "search", "db", "--json", "--catalog", tmp]), 30)
        report("render kafka", median_ms([BIN, "render", "kafka"]), 5)
        sample = os.path.join(ROOT, "..", "shared", "universe-sample", "repo", "packages")
        if os.path.isdir(sample):
            report("lint of the universe sample (82 packages)", median_ms([BIN, "lint", sample], runs=max(5, RUNS // 3)), 1000)
        else:
            print("lint of the universe sample: ../shared not found, skipped")
    finally:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    sys.exit(main())
