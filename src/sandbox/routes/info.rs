//! `/v2/info`, `/ping`, `/metrics`, `/v2/eventSubscriptions` (InfoResource, SystemResource,
//! EventSubscriptionsResource).

use super::*;

impl Ctx<'_> {
    pub(super) fn ping(&self, req: &Incoming) -> Reply {
        let json = req.accept.is_some_and(|a| a.contains("application/json"));
        Reply {
            status: 200,
            content_type: if json {
                "application/json"
            } else {
                "text/plain"
            },
            body: if json {
                b"\"pong\"".to_vec()
            } else {
                b"pong\n".to_vec()
            },
            headers: Vec::new(),
        }
    }

    pub(super) fn info(&self) -> Value {
        let addr = self.shared.addr.to_string();
        let profile = &self.shared.config.profile;
        let mut config = json!({
            "master": "local",
            "framework_name": "marathon",
            "task_launch_timeout": 300000,
        });
        if let (Some(c), Value::Object(p)) = (config.as_object_mut(), profile.info_config()) {
            c.extend(p);
        }
        json!({
            "name": "marathon",
            "version": format!("{}.0", profile.version),
            "buildref": "smack-sandbox",
            "elected": true,
            "leader": addr,
            "frameworkId": "smack-sandbox-0000",
            "marathon_config": config,
            "zookeeper_config": {},
            "http_config": { "http_port": self.shared.addr.port() },
        })
    }

    /// `GET /metrics` in Marathon 1.11's shape (`version`, `counters`, `gauges`, `histograms`,
    /// `meters`, `timers`), with the sandbox's own numbers.
    pub(super) fn metrics(&self) -> Value {
        let running: u64 = self
            .state
            .apps
            .keys()
            .map(|id| self.state.tasks_of(id, self.now).running)
            .sum();
        let gauge = |v: u64| json!({ "value": v });
        json!({
            "version": "4.0.0",
            "counters": {
                "marathon.http.requests.count": {
                    "count": self.shared.requests.load(Ordering::Relaxed)
                },
            },
            "gauges": {
                "marathon.apps.active.gauge": gauge(self.state.apps.len() as u64),
                "marathon.deployments.active.gauge": gauge(self.state.deployments.len() as u64),
                "marathon.instances.running.gauge": gauge(running),
                "marathon.leadership.duration.gauge.seconds": gauge(self.shared.started.elapsed().as_secs()),
            },
            "histograms": {},
            "meters": {},
            "timers": {},
        })
    }

    /// `/v2/eventSubscriptions`: Marathon before 1.5 without `--event_subscriber http_callback`
    /// answers 400 (NoopHttpCallbackSubscriptionService); 1.5 removed the resource.
    pub(super) fn event_subscriptions(&self) -> Reply {
        let profile = &self.shared.config.profile;
        if profile.version < crate::marathon::rules::Version::new(5) {
            message(
                400,
                "http event callback system is not running on this Marathon instance. Please re-start this instance with\n\"--event_subscriber http_callback\".",
            )
        } else {
            message(404, "URI not found: /v2/eventSubscriptions")
        }
    }
}
