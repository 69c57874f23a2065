#!/usr/bin/env python3
"""What logging in costs (release build): `smack list` against a sandbox answering as a DC/OS
front (`--iam`) through a cluster kept with a service account, (a) with a valid token, (b) just
after the token expired (a 401, a login with a freshly signed RS256 token, the request again),
(c) against a sandbox with no login at all, and (d) over HTTPS (`--tls`, its CA given); medians
of N runs and the ratios. Then the login API's own latency with an IAM file of 10 and of
100,000 users (medians of 200 logins).

  python3 scripts/login.py [N]    # builds with cargo --release --locked first; needs openssl
"""
import json, os, ssl, statistics, subprocess, sys, tempfile, time, urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, "target", "release", "smack")
N = int(sys.argv[1]) if len(sys.argv) > 1 else 15


def serve(args, env):
    p = subprocess.Popen([BIN, "--quiet", "sandbox", "serve", "--listen", "127.0.0.1:0",
                          "--deploy-seconds", "0"] + args,
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True)
    line = p.stdout.readline()
    return p, line.split("listening on ", 1)[1].strip()


def timed(cmd, env):
    t0 = time.perf_counter()
    r = subprocess.run(cmd, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - t0
    if r.returncode not in (0, 1):
        sys.exit(f"{cmd}: {r.returncode}: {r.stderr}")
    return elapsed


def main():
    subprocess.run(["cargo", "build", "--release", "--locked", "-q"], cwd=ROOT, check=True)
    home = tempfile.mkdtemp()
    env = {"PATH": os.environ["PATH"], "HOME": home, "XDG_CONFIG_HOME": home + "/c",
           "XDG_DATA_HOME": home + "/d", "XDG_CACHE_HOME": home + "/k", "NO_COLOR": "1"}
    key = home + "/ci.pem"
    subprocess.run(["openssl", "genrsa", "-out", key, "2048"], check=True, capture_output=True)
    os.chmod(key, 0o600)
    public = subprocess.run(["openssl", "rsa", "-in", key, "-pubout"], check=True,
                            capture_output=True, text=True).stdout
    iam = home + "/iam.json"
    with open(iam, "w") as f:
        json.dump({"users": [{"uid": "alice", "password": "pw"}],
                   "service_accounts": [{"uid": "ci", "public_key": public}]}, f)
    front, url = serve(["--iam", iam, "--token-lifetime", "1s"], env)
    plain, plain_url = serve([], env)
    tls, tls_url = serve(["--tls"], env)
    ca = home + "/ca.pem"
    with urllib.request.urlopen(tls_url + "/ca/dcos-ca.crt",
                                context=ssl._create_unverified_context()) as r, open(ca, "wb") as f:
        f.write(r.read())
    try:
        subprocess.run([BIN, "cluster", "add", "prod", url, "--username", "ci",
                        "--private-key", key], env=env, check=True, capture_output=True)
        valid, renewed, none, https = [], [], [], []
        for _ in range(N):
            time.sleep(2.1)  # the token has expired
            renewed.append(timed([BIN, "list"], env))
            valid.append(timed([BIN, "list"], env))  # the token just renewed is valid
            none.append(timed([BIN, "--marathon", plain_url, "list"], env))
            https.append(timed([BIN, "--marathon", tls_url, "--ca-file", ca, "list"], env))
        m = {k: statistics.median(v) * 1000 for k, v in
             (("valid", valid), ("renewed", renewed), ("none", none), ("https", https))}
        print(f"smack list, median of {N} (ms): no login {m['none']:.1f}, valid token "
              f"{m['valid']:.1f} ({m['valid'] / m['none']:.2f}x), expired token renewed "
              f"{m['renewed']:.1f} ({m['renewed'] / m['valid']:.2f}x of valid), over HTTPS "
              f"{m['https']:.1f} ({m['https'] / m['none']:.2f}x of HTTP)")
    finally:
        front.kill()
        plain.kill()
        tls.kill()
    for users in (10, 100_000):
        with open(iam, "w") as f:
            json.dump({"users": [{"uid": f"u{i}", "password": f"p{i}"} for i in range(users)]}, f)
        front, url = serve(["--iam", iam], env)
        try:
            last = users - 1
            body = json.dumps({"uid": f"u{last}", "password": f"p{last}"}).encode()
            times = []
            for _ in range(200):
                req = urllib.request.Request(url + "/acs/api/v1/auth/login", data=body,
                                             headers={"Content-Type": "application/json"})
                t0 = time.perf_counter()
                with urllib.request.urlopen(req) as r:
                    r.read()
                times.append(time.perf_counter() - t0)
            print(f"login with {users} users (the last one), median of 200: "
                  f"{statistics.median(times) * 1000:.2f} ms")
        finally:
            front.kill()


if __name__ == "__main__":
    main()
