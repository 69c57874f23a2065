#!/usr/bin/env python3
"""What waiting on Marathon's event stream saves: `smack install kafka --wait` against the
sandbox (release build, 1 s deployments), with the event stream and through a proxy that
answers 404 at /v2/events (so smack polls), with 1 and with 50 apps on the sandbox.

  python3 scripts/waits.py        # builds with cargo --release --locked first

Reports medians over RUNS runs (default 5): requests smack sent, and the time from the
deployment's end (its POST plus the 1 s the sandbox takes) to smack's exit.
"""
import http.client, http.server, json, os, socketserver, statistics, subprocess, sys, tempfile
import threading, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, "target", "release", "smack")
RUNS = int(os.environ.get("RUNS", "5"))
DEPLOY = 1.0


def proxy_without_events(port):
    """A proxy to the sandbox on `port` that answers 404 at /v2/events."""
    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def forward(self):
            if "/v2/events" in self.path:
                body = b'{"message":"URI not found: /v2/events"}'
                self.send_response(404)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                return
            length = int(self.headers.get("Content-Length") or 0)
            data = self.rfile.read(length) if length else None
            c = http.client.HTTPConnection("127.0.0.1", port)
            headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "connection")}
            c.request(self.command, self.path, data, headers)
            r = c.getresponse()
            body = r.read()
            self.send_response(r.status)
            for k, v in r.getheaders():
                if k.lower() not in ("transfer-encoding", "connection", "content-length"):
                    self.send_header(k, v)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = do_PUT = do_DELETE = forward

    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}"


def one_install(env, url, app_id):
    p = subprocess.Popen([BIN, "-v", "install", "kafka", "--yes", "--wait", "--app-id", app_id,
                          "--marathon", url], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                         env=env)
    posted, requests = None, 0
    for raw in p.stderr:
        line = raw.decode(errors="replace")
        if line.startswith("> "):
            requests += 1
            if line.startswith("> POST") and "/v2/apps" in line and posted is None:
                posted = time.monotonic()
    p.wait()
    done = time.monotonic()
    assert p.returncode == 0, p.returncode
    return requests, (done - posted - DEPLOY) * 1000


def main():
    if "--no-build" not in sys.argv:
        subprocess.run(["cargo", "build", "--release", "--locked", "--quiet"], cwd=ROOT, check=True)
    home = tempfile.mkdtemp(prefix="smack-waits-")
    env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=f"{home}/c", XDG_CACHE_HOME=f"{home}/k",
               XDG_DATA_HOME=f"{home}/d")
    sandbox = subprocess.Popen([BIN, "--quiet", "sandbox", "serve", "--listen", "127.0.0.1:0",
                                "--deploy-seconds", str(DEPLOY)], stdout=subprocess.PIPE, env=env)
    url = sandbox.stdout.readline().decode().split("listening on ")[1].strip()
    port = int(url.rsplit(":", 1)[1])
    proxied = proxy_without_events(port)
    n = 0
    try:
        for apps in (1, 50):
            c = http.client.HTTPConnection("127.0.0.1", port)
            while len(json.loads((c.request("GET", "/v2/apps") or c.getresponse()).read())["apps"]) < apps - 1:
                n += 1
                body = json.dumps({"id": f"/other/a{n}", "cmd": "sleep 1000", "cpus": 0.01, "mem": 8})
                c.request("POST", "/v2/apps", body, {"Content-Type": "application/json"})
                c.getresponse().read()
            time.sleep(DEPLOY + 0.5)
            for label, target in (("events", url), ("polling", proxied)):
                results = []
                for r in range(RUNS):
                    n += 1
                    results.append(one_install(env, target, f"/waits/k{n}"))
                    c.request("DELETE", f"/v2/apps/waits/k{n}?force=true")
                    c.getresponse().read()
                    time.sleep(0.2)
                reqs = statistics.median(r[0] for r in results)
                late = statistics.median(r[1] for r in results)
                print(f"{apps:>3} app(s)  {label:<8} {reqs:>5.0f} requests  {late:>6.0f} ms from the deployment's end to exit")
    finally:
        sandbox.terminate()
        sandbox.wait()


if __name__ == "__main__":
    main()
