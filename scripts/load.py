#!/usr/bin/env python3
"""Concurrent clients against smack's servers (release build): requests answered, errors and
latency medians and 99th percentiles, with and without hostile connections held open.

  python3 scripts/load.py        # builds with cargo --release --locked first

- `smack sandbox serve`: GET /v2/apps (20 apps installed)
- `smack ui` (built-in catalog, that sandbox as Marathon): GET / (the catalog page)
each with CLIENTS clients (default 50) for SECONDS seconds (default 10), each client on its own
keep-alive connection; then again while 32 connections hold a slow body and 32 stay idle.
- `smack serve` in front of a Marathon that hangs on GET /v2/apps: POST /package/search while
  128 requests to /service/marathon/v2/apps are parked on it.
"""
import http.client, json, os, socket, socketserver, statistics, subprocess, sys, tempfile, threading, time

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


def load(host, port, path, headers, method="GET", body=None):
    times, errors = [], [0]
    stop = time.monotonic() + SECONDS
    lock = threading.Lock()

    def client():
        conn = http.client.HTTPConnection(host, port, timeout=30)
        mine = []
        while time.monotonic() < stop:
            started = time.perf_counter()
            try:
                conn.request(method, path, body=body, headers=headers)
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


def hanging_marathon(target):
    """A Marathon in front of `target` that never answers GET /v2/apps (the rest passed on)."""
    thost, tport = target[len("http://"):].split(":")

    class Handler(socketserver.StreamRequestHandler):
        def handle(self):
            head = []
            while True:
                line = self.rfile.readline()
                if not line or line == b"\r\n":
                    break
                head.append(line.decode("latin-1"))
            if not head:
                return
            length = next((int(h.split(":", 1)[1]) for h in head
                           if h.lower().startswith("content-length:")), 0)
            body = self.rfile.read(length) if length else None
            method, path, _ = head[0].split(" ", 2)
            if method == "GET" and path.startswith("/v2/apps"):
                time.sleep(120)
                return
            c = http.client.HTTPConnection(thost, int(tport))
            headers = dict(h.strip().split(": ", 1) for h in head[1:] if ": " in h)
            headers.pop("Connection", None)
            c.request(method, path, body=body, headers=headers)
            r = c.getresponse()
            data = r.read()
            self.wfile.write(f"HTTP/1.1 {r.status} {r.reason}\r\n".encode())
            for k, v in r.getheaders():
                if k.lower() not in ("connection", "transfer-encoding", "content-length"):
                    self.wfile.write(f"{k}: {v}\r\n".encode())
            self.wfile.write(f"Content-Length: {len(data)}\r\nConnection: close\r\n\r\n".encode())
            self.wfile.write(data)

    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}"


def park(host, port, n):
    """`n` proxied requests to the hanging Marathon, each on its own connection, left waiting."""
    held = []
    for _ in range(n):
        s = socket.create_connection((host, port))
        s.sendall(f"GET /service/marathon/v2/apps HTTP/1.1\r\nHost: {host}:{port}\r\n\r\n".encode())
        held.append(s)
    return held


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
        hanging = hanging_marathon(url)
        serve = subprocess.Popen([BIN, "serve", "--listen", "127.0.0.1:0", "--marathon", hanging,
                                  "--request-timeout", "60s"], stdout=subprocess.PIPE,
                                 stderr=subprocess.DEVNULL, env=env)
        serve_url = announced(serve, "smack serve at ")
        shost, sport = serve_url[len("http://"):].split(":")
        search = {"Accept": "application/vnd.dcos.package.search-response+json;charset=utf-8;version=v1",
                  "Content-Type": "application/vnd.dcos.package.search-request+json;charset=utf-8;version=v1"}
        body = json.dumps({"query": "kafka"})
        try:
            report("serve POST /package/search", load(shost, int(sport), "/package/search", search,
                                                      "POST", body))
            parked = park(shost, int(sport), 128)
            time.sleep(1)
            report("serve POST /package/search, 128 parked on Marathon",
                   load(shost, int(sport), "/package/search", search, "POST", body))
            for s in parked:
                s.close()
        finally:
            serve.terminate()
            serve.wait()
    finally:
        ui.terminate()
        sandbox.terminate()
        ui.wait()
        sandbox.wait()


if __name__ == "__main__":
    main()
