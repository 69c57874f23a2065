"""marathon-python 0.13's unfiltered event_stream() against the sandbox: creates an app,
reads every event until the app's deployment succeeds, and prints what it saw.

Usage: marathon_events.py URL APP_ID
Marathon 1.4-1.6 send whole deployment plans (with `original` and `target`), which the
client's MarathonDeploymentPlan needs; against 1.8+ it fails as it does against Marathon."""
import sys
import threading

from marathon import MarathonClient
from marathon.models import MarathonApp

url, app_id = sys.argv[1], sys.argv[2]
client = MarathonClient(url, timeout=30)
seen = []


def create():
    # After the stream is attached: the whole deployment is news.
    import time
    time.sleep(0.5)
    client.create_app(app_id, MarathonApp(cmd="sleep 1000", instances=2, cpus=0.1, mem=32))


threading.Thread(target=create, daemon=True).start()
for event in client.event_stream():
    kind = type(event).__name__
    seen.append(kind)
    if kind == "MarathonDeploymentInfo":
        assert event.plan.target is not None, "a whole plan has its target"
    if kind == "MarathonInstanceChangedEvent":
        assert event.run_spec_id == app_id, event.run_spec_id
    if kind == "MarathonDeploymentSuccess":
        print(" ".join(seen))
        print("done")
        sys.exit(0)
