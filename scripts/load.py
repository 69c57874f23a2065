#!/usr/bin/env python3
"""Concurrent clients against smack's servers (release build): requests answered, errors and
latency medians and 99th percentiles, with and without hostile connections held open.

  python3 scripts/load.py        # builds with cargo --release --locked first

- `smack sandbox serve`: GET /v2/apps (20 apps installed)
- `smack ui` (built-in catalog, that sandbox as Marathon): GET / (the catalog page)
each with CLIENTS clients (default 50) for SECONDS seconds (default 10), each client on its own
keep-alive connection; then again while 32 connections hold a slow body and 32 stay idle.
"""
import http.client, json, os, socket, statistics, subprocess, sys, tempfile, threading, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, "target", "release", "smack")
CLIENTS = int(os.environ.get("CLIENTS", "50"))
SECONDS = float(os.environ.get("SECONDS", "10"))


def announced(proc, prefix):
    line = proc.stdout.readline().decode()
    assert line.startswith(prefix), line
    return line[len(prefix):].strip()


def hold(host, port):
    """32 connections sending a slow body and 32 idle ones."""
    held = []
    for _ in range(32):
        s = socket.create_connection((host, port))
        s.sendall(b"POST /x HTTP/1.1\r\nHost: evil.example\r\nContent-Length: 100000\r\n\r\n0123456789")
        held.append(s)
    for _ in range(32):
        held.append(socket.create_connection((host, port)))
    return held


def load(host, port, path, headers):
    times, errors = [], [0]
    stop = time.monotonic() + SECONDS
    lock = threading.Lock()

    def client():
        conn = http.client.HTTPConnection(host, port, timeout=30)
        mine = []
        while time.monotonic() < stop:
            started = time.perf_counter()
            try:
                conn.request("GET", path, headers=headers)
                r = conn.getresponse()
                r.read()
                ok = r.status == 200
            except Exception:
                ok = False
                conn.close()
                conn = http.client.HTTPConnection(host, port, timeout=30)
            if ok:
                mine.append((time.perf_counter() - started) * 1000)
            else:
                with lock:
                    errors[0] += 1
        with lock:
            times.extend(mine)

    threads = [threading.Thread(target=client) for _ in range(CLIENTS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    times.sort()
    p = lambda q: times[min(len(times) - 1, int(len(times) * q))] if times else float("nan")
    return len(times), errors[0], p(0.5), p(0.99)


def report(label, result):
    n, errors, p50, p99 = result
    print(f"{label:<52} {n:>7} answered  {errors:>3} errors  p50 {p50:6.1f} ms  p99 {p99:6.1f} ms")


def main():
    if "--no-build" not in sys.argv:
        subprocess.run(["cargo", "build", "--release", "--locked", "--quiet"], cwd=ROOT, check=True)
    home = tempfile.mkdtemp(prefix="smack-load-")
    env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=f"{home}/c", XDG_CACHE_HOME=f"{home}/k",
               XDG_DATA_HOME=f"{home}/d")
    sandbox = subprocess.Popen([BIN, "--quiet", "sandbox", "serve", "--listen", "127.0.0.1:0",
                                "--deploy-seconds", "0"], stdout=subprocess.PIPE, env=env)
    url = announced(sandbox, "listening on ")
    host, port = url[len("http://"):].split(":")
    for i in range(20):
        body = json.dumps({"id": f"/load/app{i}", "cmd": "sleep 1000", "cpus": 0.1, "mem": 32})
        c = http.client.HTTPConnection(host, int(port))
        c.request("POST", "/v2/apps", body, {"Content-Type": "application/json"})
        c.getresponse().read()
    ui = subprocess.Popen([BIN, "ui", "--listen", "127.0.0.1:0", "--marathon", url,
                           "--no-remote-icons"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                          env=env)
    ui_url = announced(ui, "smack ui at ")
    base, token = ui_url.split("/?token=")
    uhost, uport = base[len("http://"):].split(":")
    cookie = {"Cookie": f"smack_session={token}"}
    try:
        print(f"{CLIENTS} clients, {SECONDS:.0f} s each")
        report("sandbox GET /v2/apps", load(host, int(port), "/v2/apps", {}))
        held = hold(host, int(port))
        report("sandbox GET /v2/apps, 32 slow + 32 idle held", load(host, int(port), "/v2/apps", {}))
        for s in held:
            s.close()
        report("ui GET /", load(uhost, int(uport), "/", cookie))
        held = hold(uhost, int(uport))
        report("ui GET /, 32 slow + 32 idle held", load(uhost, int(uport), "/", cookie))
        for s in held:
            s.close()
    finally:
        ui.terminate()
        sandbox.terminate()
        ui.wait()
        sandbox.wait()


if __name__ == "__main__":
    main()
