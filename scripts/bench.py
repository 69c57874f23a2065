#!/usr/bin/env python3
"""Whole-process timings of smack (release build), reported as medians and ratios to target.

  python3 scripts/bench.py            # builds with cargo --release --locked first

- catalog search on a generated catalog of Universe size (185 packages, 1,200 revisions)
- render kafka (built-in catalog)
- lint of ../shared/universe-sample (when present)
- render time against template size (1 KB, 10 KB, 100 KB of Mustache sections): linear growth
  shows as a per-KB ratio near 1
- lint of a Universe-sized catalog: the sample's real packages cloned under new names to about
  1,235 revisions; catalog search over it as an index file, warm and cold (empty SMACK_CACHE_DIR)
- ten times that: 10,000 packages as a directory and as an index file: search (warm, cold) and lint
- peak memory (MiB) of each run where the target names one
- `smack ui`: serving the catalog page `/` for the Universe-sized catalog (directory, index)
- `smack serve`: requests/s and p50/p99 of package/search and package/render, 1 and 16 clients,
  against the Universe-sized index
- install + wait of 100 apps, one after another, against `smack sandbox serve` (instant
  deployments), and `smack list` with 1,000 installed apps
"""
import json, os, shutil, statistics, subprocess, sys, tempfile, time, urllib.request

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


def template_catalog(root, kb):
    """One package whose template is about `kb` KB of Mustache: sections, names, text."""
    d = os.path.join(root, "repo", "packages", "T", f"tpl{kb}", "0")
    os.makedirs(d)
    with open(os.path.join(d, "package.json"), "w") as f:
        json.dump({"packagingVersion": "4.0", "name": f"tpl{kb}", "version": "1", "maintainer": "b",
                   "description": "d", "tags": []}, f)
    with open(os.path.join(d, "config.json"), "w") as f:
        json.dump({"type": "object", "properties": {"s": {"type": "object", "properties": {
            "name": {"type": "string", "default": "tpl"}, "on": {"type": "boolean", "default": True}}}}}, f)
    unit = '  "L{i}": "{{#s.on}}{{s.name}}-{i}{{/s.on}}{{^s.on}}off{{/s.on}}",\n'
    body, i = [], 0
    while sum(len(b) for b in body) < kb * 1024:
        body.append(unit.replace("{i}", str(i)))
        i += 1
    with open(os.path.join(d, "marathon.json.mustache"), "w") as f:
        f.write('{"id": "/tpl", "cmd": "sleep 1", "labels": {\n' + "".join(body) + '  "END": "x"\n}}')


def clone(src, root, name, rev):
    """A copy of the revision folder `src` as revision `rev` of a package named `name`."""
    dst = os.path.join(root, "repo", "packages", name[0].upper(), name, rev)
    shutil.copytree(src, dst)
    p = os.path.join(dst, "package.json")
    with open(p) as f:
        meta = json.load(f)
    meta["name"] = name
    with open(p, "w") as f:
        json.dump(meta, f)


def universe_sized(root, sample, target=1235):
    """The sample's real packages cloned under new names until about `target` revisions."""
    names = sorted(os.listdir(os.path.join(sample)))
    revisions, copy = 0, 0
    while revisions < target:
        for letter in names:
            for pkg in sorted(os.listdir(os.path.join(sample, letter))):
                if revisions >= target:
                    return revisions
                new = f"{pkg}-c{copy}"
                for rev in os.listdir(os.path.join(sample, letter, pkg)):
                    clone(os.path.join(sample, letter, pkg, rev), root, new, rev)
                    revisions += 1
        copy += 1
    return revisions


def many_packages(root, sample, packages=10000):
    """`packages` packages, each the newest revision of one of the sample's, under a new name."""
    newest = []
    for letter in sorted(os.listdir(sample)):
        for pkg in sorted(os.listdir(os.path.join(sample, letter))):
            revs = sorted((r for r in os.listdir(os.path.join(sample, letter, pkg)) if r.isdigit()), key=int)
            if revs:
                newest.append((pkg, os.path.join(sample, letter, pkg, revs[-1])))
    for i in range(packages):
        pkg, src = newest[i % len(newest)]
        clone(src, root, f"{pkg}-n{i:05d}", "0")
    return packages


def index_of(directory, out):
    """The repository index of a directory catalog, as `smack repo index` writes it."""
    subprocess.run([BIN, "--quiet", "repo", "index", directory, "-o", out], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.getsize(out)


def run_once(args, env=None):
    """One run: wall milliseconds and peak resident memory (MiB) of that process alone."""
    t = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, _, usage = os.wait4(proc.pid, 0)
    return (time.perf_counter() - t) * 1000, usage.ru_maxrss / 1024


def measure(args, runs=RUNS, warm=True, env=None, before=None):
    """Median milliseconds and median peak MiB; `before` runs ahead of each run (untimed)."""
    if warm:
        run_once(args, env)
    times, peaks = [], []
    for _ in range(runs):
        if before:
            before()
        ms, mib = run_once(args, env)
        times.append(ms)
        peaks.append(mib)
    return statistics.median(times), statistics.median(peaks)


def median_ms(args, runs=RUNS):
    return measure(args, runs)[0]


def report(label, ms, target_ms, mib=None, target_mib=None):
    memory = ""
    if mib is not None:
        memory = f"   {mib:6.1f} MiB" + (f" (target {target_mib:4.0f})" if target_mib else "")
    print(f"{label:<58} median {ms:8.2f} ms   target {target_ms:6.0f} ms   ratio {ms / target_ms:5.2f}{memory}")


def marathon(tmp):
    """Install + wait and list against the sandbox, on loopback."""
    server = subprocess.Popen([BIN, "sandbox", "serve", "--listen", "127.0.0.1:0", "--deploy-seconds", "0"],
                              stdout=subprocess.PIPE, text=True)
    try:
        url = server.stdout.readline().strip().removeprefix("listening on ")
        env = dict(os.environ, SMACK_MARATHON_URL=url, SMACK_CATALOG=tmp)
        times = []
        for i in range(100):
            t = time.perf_counter()
            subprocess.run([BIN, "install", "pkg000-db", "--yes", "--wait", "--app-id", f"/bench/app{i:03d}"],
                           env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            times.append((time.perf_counter() - t) * 1000)
        report("install + wait, per app (100 apps in a row)", statistics.median(times), 100)
        print(f"{'':<48} total  {sum(times) / 1000:8.2f} s for 100 installs")
        # Fill up to 1,000 installed apps with the labels smack writes, straight over HTTP.
        app = json.loads(subprocess.run([BIN, "render", "pkg000-db", "--compact"], env=env, check=True,
                                        capture_output=True, text=True).stdout)
        for i in range(100, 1000):
            app["id"] = f"/bench/app{i:03d}"
            req = urllib.request.Request(url + "/v2/apps", data=json.dumps(app).encode(),
                                         headers={"Content-Type": "application/json"}, method="POST")
            urllib.request.urlopen(req).read()
        listed = json.loads(subprocess.run([BIN, "list", "--json"], env=env, check=True,
                                           capture_output=True, text=True).stdout)
        assert len(listed) == 1000, len(listed)
        old_env = dict(os.environ)
        os.environ.update(env)
        try:
            report("list, 1,000 installed apps (table)", median_ms([BIN, "list"], runs=max(5, RUNS // 3)), 200)
            report("list --json, 1,000 installed apps", median_ms([BIN, "list", "--json"], runs=max(5, RUNS // 3)), 200)
        finally:
            os.environ.clear()
            os.environ.update(old_env)
    finally:
        server.kill()
        server.wait()


def ui_page_ms(catalog, env=None, runs=RUNS):
    """Median milliseconds to serve `/` (the catalog page) from a running `smack ui`."""
    proc = subprocess.Popen([BIN, "ui", "--listen", "127.0.0.1:0", "--no-remote-icons",
                             "--catalog", catalog, "--marathon", "http://127.0.0.1:9"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True)
    try:
        url = proc.stdout.readline().strip().split(" at ", 1)[1]
        base, token = url.split("/?token=")
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        get = lambda: opener.open(urllib.request.Request(base + "/", headers={"Cookie": f"smack_session={token}"})).read()
        opener.open(url).read()  # warm: the derived catalog, the page cache of the files
        times = []
        for _ in range(runs):
            t = time.perf_counter()
            body = get()
            times.append((time.perf_counter() - t) * 1000)
        assert b"class=\"tiles\"" in body
        return statistics.median(times)
    finally:
        proc.kill()
        proc.wait()


def serve_rates(catalog, env=None, seconds=5):
    """`smack serve` (Cosmos's API) on `catalog`: requests/s and p50/p99 latency of
    package/search and package/render with 1 and 16 concurrent clients (keep-alive)."""
    import http.client, threading
    proc = subprocess.Popen([BIN, "serve", "--listen", "127.0.0.1:0", "--catalog", catalog],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True)
    try:
        url = proc.stdout.readline().strip().split(" at ", 1)[1]
        host, port = url[len("http://"):].split(":")
        calls = {
            "package/search": {"query": "pkg"},
            "package/render": {"packageName": "kafka"},
        }
        for endpoint, body in calls.items():
            name = endpoint.replace("/", ".")
            headers = {
                "Accept": f"application/vnd.dcos.{name}-response+json;charset=utf-8;version=v1",
                "Content-Type": f"application/vnd.dcos.{name}-request+json;charset=utf-8;version=v1",
            }
            data = json.dumps(body)
            c = http.client.HTTPConnection(host, int(port))
            c.request("POST", "/" + endpoint, data, headers)
            r = c.getresponse()
            r.read()
            if r.status != 200:  # render needs kafka in the catalog; a cloned sample may lack it
                print(f"smack serve {endpoint}: {r.status}, skipped")
                continue
            for clients in (1, 16):
                times, lock = [], threading.Lock()
                stop = time.monotonic() + seconds

                def client():
                    conn = http.client.HTTPConnection(host, int(port))
                    mine = []
                    while time.monotonic() < stop:
                        t = time.perf_counter()
                        conn.request("POST", "/" + endpoint, data, headers)
                        resp = conn.getresponse()
                        resp.read()
                        assert resp.status == 200, resp.status
                        mine.append((time.perf_counter() - t) * 1000)
                    with lock:
                        times.extend(mine)

                threads = [threading.Thread(target=client) for _ in range(clients)]
                for t in threads:
                    t.start()
                for t in threads:
                    t.join()
                times.sort()
                p50 = times[len(times) // 2]
                p99 = times[min(len(times) - 1, len(times) * 99 // 100)]
                print(f"{'smack serve ' + endpoint + ', ' + str(clients) + ' client(s)':<58} {len(times) / seconds:8.0f} req/s   p50 {p50:6.1f} ms   p99 {p99:6.1f} ms")
    finally:
        proc.kill()
        proc.wait()


def catalogs(tmp, sample):
    """Searches of Universe-sized and ten-times-Universe catalogs, as directories and as index
    files, warm (derived catalog in the cache) and cold (an empty SMACK_CACHE_DIR each run)."""
    cache = os.path.join(tmp, "cache")
    env = dict(os.environ, SMACK_CACHE_DIR=cache)
    cold = lambda: shutil.rmtree(cache, ignore_errors=True)
    big = os.path.join(tmp, "universe-sized")
    n = universe_sized(big, sample)
    index = os.path.join(tmp, "universe-sized.json")
    size = index_of(big, index)
    label = f"Universe-sized index ({n} revisions, {size / 1e6:.0f} MB)"
    ms, mib = measure([BIN, "catalog", "search", "--catalog", index], env=env)
    report(f"catalog search, {label}, warm", ms, 20, mib)
    ms, mib = measure([BIN, "catalog", "search", "--catalog", index], runs=10, warm=False, env=env, before=cold)
    report(f"catalog search, same index, cold", ms, 150, mib, 64)
    ms, _ = measure([BIN, "lint", big], runs=5)
    report(f"lint, Universe-sized catalog ({n} revisions)", ms, 1000)
    report(f"smack ui: serve / for the Universe-sized directory", ui_page_ms(big), 50)
    report(f"smack ui: serve / for the Universe-sized index, warm", ui_page_ms(index, env), 50)
    # Cosmos's API on the same catalog, with the built-in one behind it for render's kafka.
    serve_rates(index + "," + os.path.join(ROOT, "universe"), env)
    ten = os.path.join(tmp, "ten-thousand")
    many_packages(ten, sample)
    ten_index = os.path.join(tmp, "ten-thousand.json")
    size = index_of(ten, ten_index)
    ms, mib = measure([BIN, "catalog", "search", "--catalog", ten], runs=10)
    report("catalog search, 10,000-package directory", ms, 150, mib, 30)
    ms, mib = measure([BIN, "catalog", "search", "--catalog", ten_index], runs=10, env=env)
    report(f"catalog search, 10,000-package index ({size / 1e6:.0f} MB), warm", ms, 50, mib)
    ms, mib = measure([BIN, "catalog", "search", "--catalog", ten_index], runs=5, warm=False, env=env, before=cold)
    report("catalog search, same index, cold", ms, 1500, mib, 128)
    ms, mib = measure([BIN, "lint", ten], runs=3)
    report("lint, 10,000-package catalog", ms, 8000, mib)


def main():
    subprocess.run(["cargo", "build", "--release", "--locked", "--quiet"], cwd=ROOT, check=True)
    tmp = tempfile.mkdtemp(prefix="smack-bench-")
    started = time.perf_counter()
    try:
        generate(tmp)
        report("catalog search (185 packages, 1,200 revisions)", median_ms([BIN, "catalog", "search", "--catalog", tmp]), 30)
        report("catalog search db --json (same catalog)", median_ms([BIN, "catalog", "search", "db", "--json", "--catalog", tmp]), 30)
        base = median_ms([BIN, "catalog", "search", "kafka"])
        render = median_ms([BIN, "render", "kafka"])
        report("catalog search kafka (built-in: process start)", base, 5)
        print(f"{'render kafka':<58} median {render:8.2f} ms   {render / base:5.2f} x catalog search kafka (target 1.30 x)")
        tpl = os.path.join(tmp, "tpl")
        per_kb = {}
        for kb in (1, 10, 100):
            template_catalog(tpl, kb)
            ms = median_ms([BIN, "render", f"tpl{kb}", "--no-validate", "--catalog", tpl], runs=max(5, RUNS // 3))
            per_kb[kb] = max(ms - base, 0.001) / kb
            print(f"{'render, ' + str(kb) + ' KB template':<58} median {ms:8.2f} ms   {per_kb[kb]:.3f} ms/KB over process start")
        print(f"{'template time per KB, 100 KB vs 10 KB':<58} ratio {per_kb[100] / per_kb[10]:5.2f} (linear: about 1)")
        sample = os.path.join(ROOT, "..", "shared", "universe-sample", "repo", "packages")
        if os.path.isdir(sample):
            report("lint of the universe sample (82 packages)", median_ms([BIN, "lint", sample], runs=max(5, RUNS // 3)), 1000)
            catalogs(tmp, sample)
        else:
            print("catalogs cloned from the universe sample: ../shared not found, skipped")
        marathon(tmp)
    finally:
        shutil.rmtree(tmp)
    print(f"bench: {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    sys.exit(main())
