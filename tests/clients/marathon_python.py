"""Every call of marathon-python's MarathonClient against a smack sandbox, asserting results.

Run by tests/it/clients.rs as `python3 marathon_python.py URL`. Prints one line per call
("ok NAME" or "noted NAME: why") and exits non-zero at the first failed assertion.
"""
import sys
import threading
import time

import marathon
from marathon.models import MarathonApp, MarathonGroup
from marathon.exceptions import MarathonHttpError, NotFoundError

URL = sys.argv[1].rstrip("/")
c = marathon.MarathonClient(URL, timeout=10)


def ok(name):
    print("ok", name, flush=True)


def noted(name, why):
    print("noted", name + ":", why, flush=True)


def settle(app_id=None, timeout=20):
    """Waits until no deployment runs (of app_id, if given)."""
    end = time.time() + timeout
    while time.time() < end:
        deps = c.list_deployments()
        if not [d for d in deps if app_id is None or app_id in d.affected_apps]:
            return
        time.sleep(0.1)
    raise AssertionError("deployments did not end: %s" % c.list_deployments())


# Events: a listener that collects event types while the rest runs.
events = []
def listen():
    try:
        for e in c.event_stream(event_types=["deployment_success", "status_update_event",
                                             "api_post_event", "app_terminated_event"]):
            events.append((e.event_type, e))
    except Exception as e:  # the stream ends when the sandbox stops
        events.append(("error", repr(e)))
listener = threading.Thread(target=listen, daemon=True)
listener.start()
time.sleep(0.3)

assert c.ping().strip() in (b"pong", b'"pong"'), c.ping()
ok("ping")

try:
    info = c.get_info()
    assert info.name == "marathon", info.name
    ok("get_info")
except TypeError as e:
    raise AssertionError("get_info: %s" % e)

app = c.create_app("/py/web", MarathonApp(cmd="sleep 1000", cpus=0.1, mem=16, instances=2,
                                          labels={"team": "py"}))
assert app.id == "/py/web" and app.instances == 2, app
ok("create_app")
settle("/py/web")

apps = c.list_apps()
assert [a.id for a in apps] == ["/py/web"], apps
assert [a.id for a in c.list_apps(label="team==py")] == ["/py/web"]
assert c.list_apps(label="team==other") == []
assert [a.id for a in c.list_apps(app_id="py")] == ["/py/web"]
assert [a.id for a in c.list_apps(cmd="sleep")] == ["/py/web"]
embedded = c.list_apps(embed_tasks=True)
assert len(embedded[0].tasks) == 2, embedded[0].tasks
ok("list_apps")

got = c.get_app("/py/web", embed_tasks=True)
assert got.tasks_running == 2 and len(got.tasks) == 2, (got.tasks_running, got.tasks)
ok("get_app")

tasks = c.list_tasks()
assert len(tasks) == 2 and all(t.app_id == "/py/web" for t in tasks), tasks
assert all(t.state == "TASK_RUNNING" for t in tasks), [t.state for t in tasks]
assert len(c.list_tasks("/py/web")) == 2
assert len(c.list_tasks(state="TASK_RUNNING")) == 2
ok("list_tasks")

endpoints = c.list_endpoints()
assert isinstance(endpoints, list)
ok("list_endpoints")

versions = c.list_versions("/py/web")
assert len(versions) == 1, versions
v = c.get_version("/py/web", versions[0])
assert v.id == "/py/web" and v.instances == 2, v
ok("list_versions/get_version")

# Kill one task: Marathon relaunches it (same count, a new id).
victim = tasks[0].id
killed = c.kill_task("/py/web", victim)
assert killed.id == victim, killed
after = [t.id for t in c.list_tasks("/py/web")]
assert victim not in after and len(after) == 2, after
ok("kill_task")

# Kill with scale: a deployment with one instance fewer.
one = c.list_tasks("/py/web")[0].id
result = c.kill_task("/py/web", one, scale=True)
settle("/py/web")
assert c.get_app("/py/web").instances == 1, c.get_app("/py/web").instances
ok("kill_task scale")

scaled = c.scale_app("/py/web", instances=3)
assert "deploymentId" in scaled, scaled
settle("/py/web")
assert c.get_app("/py/web").instances == 3
ok("scale_app")

ids = [t.id for t in c.list_tasks("/py/web")][:2]
assert c.kill_given_tasks(ids) is True
assert len(c.list_tasks("/py/web")) == 3
ok("kill_given_tasks")

killed = c.kill_tasks("/py/web", scale=True)
settle("/py/web")
assert c.get_app("/py/web").instances == 0, c.get_app("/py/web").instances
ok("kill_tasks scale")
c.scale_app("/py/web", instances=1)
settle("/py/web")

restarted = c.restart_app("/py/web", force=True)
assert "deploymentId" in restarted, restarted
settle("/py/web")
assert len(c.list_versions("/py/web")) >= 6
ok("restart_app")

updated = c.update_app("/py/web", MarathonApp(cmd="sleep 2000", cpus=0.1, mem=16, instances=1),
                       force=True)
assert "deploymentId" in updated
settle("/py/web")
assert c.get_app("/py/web").cmd == "sleep 2000"
ok("update_app")

oldest = c.list_versions("/py/web")[-1]
c.rollback_app("/py/web", oldest, force=True)
settle("/py/web")
back = c.get_app("/py/web")
assert back.cmd == "sleep 1000" and back.instances == 2, (back.cmd, back.instances)
ok("rollback_app")

try:
    c.reset_delay("/py/web")
    raise AssertionError("reset_delay of an app not in the queue should be 404")
except NotFoundError as e:
    assert "not found in tasks queue" in str(e), e
ok("reset_delay")

leader = c.get_leader()
assert leader == {"leader": URL.split("://")[1].split("/")[0]}, leader
ok("get_leader")
assert "Leadership abdicated" in str(c.delete_leader())
ok("delete_leader")

metrics = c.get_metrics()
assert set(["version", "counters", "gauges", "histograms", "meters", "timers"]) <= set(metrics), metrics
assert metrics["gauges"]["marathon.apps.active.gauge"]["value"] == 1
ok("get_metrics")

try:
    c.list_event_subscriptions()
    raise AssertionError("Marathon 1.11 has no event subscriptions")
except MarathonHttpError as e:
    assert e.status_code in (400, 404), e.status_code
ok("list_event_subscriptions")

deployments = c.list_deployments()
assert deployments == [], deployments
ok("list_deployments")

group = c.create_group(MarathonGroup(id="/grp", apps=[MarathonApp(id="/grp/a", cmd="sleep 1", cpus=0.1, mem=16)]))
assert "deploymentId" in group, group
settle()
assert c.get_group("/grp").apps[0].id == "/grp/a"
assert "/grp" in [g.id for g in c.list_groups()]
ok("create_group/get_group/list_groups")
c.scale_group("/grp", 2)
settle()
assert c.get_app("/grp/a").instances == 2
ok("scale_group")
c.update_group("/grp", MarathonGroup(id="/grp", apps=[MarathonApp(id="/grp/a", cmd="sleep 3", cpus=0.1, mem=16)]), force=True)
settle()
assert c.get_app("/grp/a").cmd == "sleep 3"
ok("update_group")
c.delete_group("/grp", force=True)
settle()
ok("delete_group")

# A deployment to cancel: an app whose tasks fail (the sandbox's label) never finishes
# deploying; cancelling it rolls the creation back, so the app goes.
c.create_app("/py/failing", MarathonApp(cmd="sleep 1", cpus=0.1, mem=16, instances=1,
                                        labels={"SMACK_SANDBOX_DEPLOYMENT": "fail"}))
dep = [d for d in c.list_deployments() if "/py/failing" in d.affected_apps][0]
time.sleep(0.3)
try:
    queue = c.list_queue()
    assert [q.app.id for q in queue] == ["/py/failing"], queue
    ok("list_queue")
except TypeError as e:
    # Marathon 1.9+ sends `role` in queue items (queue.raml, QueueItem.role); marathon-python
    # 0.13's model rejects keys it does not know. The sandbox keeps sending it.
    assert "role" in str(e), e
    noted("list_queue", "the client rejects a key Marathon 1.11 sends: %s" % e)
c.reset_delay("/py/failing")
ok("reset_delay of a queued app")
rollback = c.delete_deployment(dep.id)
assert "deploymentId" in rollback, rollback
settle()
assert "/py/failing" not in [a.id for a in c.list_apps()]
ok("delete_deployment")

deleted = c.delete_app("/py/web", force=True)
assert "deploymentId" in deleted
settle()
try:
    c.get_app("/py/web")
    raise AssertionError("the app is gone")
except NotFoundError:
    pass
ok("delete_app")

# The events the listener saw.
time.sleep(0.5)
kinds = [k for k, _ in events]
for wanted in ["api_post_event", "deployment_success", "status_update_event", "app_terminated_event"]:
    assert wanted in kinds, (wanted, kinds)
statuses = set(e.task_status for k, e in events if k == "status_update_event")
assert {"TASK_RUNNING", "TASK_KILLED"} <= statuses, statuses
ok("event_stream")
print("done", flush=True)
