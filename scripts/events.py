#!/usr/bin/env python3
"""What the sandbox's event stream costs while nothing changes, and that every listener still
sees every change: `smack sandbox serve` (release build) with N apps (default 10,000) and L
idle `/v2/events` listeners (default 10). Prints the sandbox's CPU use (% of one core, median
of 5 windows of 5 s) idle without listeners, idle with them, and whether each listener saw a
scale change's events.

  python3 scripts/events.py [APPS] [LISTENERS]    # builds with cargo --release --locked first
"""
import json, os, socket, statistics, subprocess, sys, threading, time, urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, "target", "release", "smack")
APPS = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
LISTENERS = int(sys.argv[2]) if len(sys.argv) > 2 else 10
TICK = os.sysconf("SC_CLK_TCK")


def request(url, method="GET", body=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(url, data=data, method=method,
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=600) as r:
        return json.loads(r.read() or b"null")


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK


def usage(pid, windows=5, seconds=5.0):
    out = []
    for _ in range(windows):
        start, t0 = cpu_seconds(pid), time.monotonic()
        time.sleep(seconds)
        out.append(100.0 * (cpu_seconds(pid) - start) / (time.monotonic() - t0))
    return statistics.median(out)


def writes(url, n=20):
    times = []
    for i in range(n):
        t0 = time.monotonic()
        request(url + "/v2/apps/bench/app-00001?force=true", "PUT", {"instances": 1 + i % 2})
        times.append((time.monotonic() - t0) * 1000)
    while request(url + "/v2/deployments"):
        time.sleep(0.2)
    return statistics.median(times)


def listen(host, port, seen, ready):
    s = socket.create_connection((host, port))
    s.sendall(b"GET /v2/events HTTP/1.1\r\nHost: x\r\nAccept: text/event-stream\r\n\r\n")
    ready.release()
    buf = b""
    while True:
        chunk = s.recv(65536)
        if not chunk:
            return
        buf += chunk
        while b"\n" in buf:
            line, buf = buf.split(b"\n", 1)
            if line.startswith(b"event: "):
                seen.append(line[7:].strip().decode())


def main():
    subprocess.run(["cargo", "build", "--release", "--locked", "-q"], cwd=ROOT, check=True)
    cluster = os.path.join(ROOT, "target", "events-cluster.toml")
    with open(cluster, "w") as f:
        # Room for every app: the point is the stream's cost, not placement.
        f.write("[[agents]]\ncount = 20\ncpus = 1000\nmem = 10000000\ndisk = 10000000\n"
                "ports = \"[1025-65000]\"\n")
    sandbox = subprocess.Popen([BIN, "--quiet", "sandbox", "serve", "--listen", "127.0.0.1:0",
                                "--deploy-seconds", "0", "--cluster", cluster],
                               stdout=subprocess.PIPE, text=True)
    try:
        url = sandbox.stdout.readline().split("listening on ")[1].strip()
        host, port = url.removeprefix("http://").split(":")
        t0 = time.monotonic()
        apps = [{"id": f"/bench/app-{i:05}", "cmd": "sleep 1000", "cpus": 0.01, "mem": 1,
                 "portDefinitions": []} for i in range(APPS)]
        request(url + "/v2/apps", "PUT", apps)
        while request(url + "/v2/deployments"):
            time.sleep(0.2)
        print(f"{APPS} apps deployed in {time.monotonic() - t0:.1f} s")
        idle = usage(sandbox.pid)
        print(f"idle, no listener:          {idle:.2f}% of a core")
        write_ms = writes(url)
        print(f"a scale write, no listener: {write_ms:.1f} ms (median of 20)")
        seen = [[] for _ in range(LISTENERS)]
        ready = threading.Semaphore(0)
        for s in seen:
            threading.Thread(target=listen, args=(host, int(port), s, ready), daemon=True).start()
        for _ in seen:
            ready.acquire()
        # Each new listener makes the sandbox look at everything once: let that pass.
        time.sleep(5)
        listened = usage(sandbox.pid)
        print(f"idle, {LISTENERS} listeners:       {listened:.2f}% of a core (target ≤ 1%)")
        write_ms = writes(url)
        print(f"a scale write, {LISTENERS} listeners: {write_ms:.1f} ms (median of 20; a write makes "
              f"the observer look at every app once)")
        for s in seen:
            s.clear()
        request(url + "/v2/apps/bench/app-00007", "PUT", {"instances": 2})
        time.sleep(2)
        wanted = {"api_post_event", "deployment_info", "status_update_event",
                  "instance_changed_event", "deployment_success"}
        ok = sum(1 for s in seen if wanted <= set(s))
        print(f"listeners that saw the scale change's events: {ok} of {LISTENERS}")
    finally:
        sandbox.terminate()
        sandbox.wait()


if __name__ == "__main__":
    main()
