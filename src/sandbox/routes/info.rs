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

    /// `GET /v2/info` as each Marathon line answers it (wire.md §5): its version string, the
    /// `marathon_config` keys it has (with Marathon's defaults, the profile's role and
    /// features), `zookeeper_config`, `http_config`, and 1.4's `event_subscriber`.
    pub(super) fn info(&self) -> Value {
        let addr = self.shared.addr.to_string();
        let profile = &self.shared.config.profile;
        let minor = profile.version.minor;
        let mut config = json!({
            "checkpoint": true,
            "decline_offer_duration": 120000,
            "default_network_name": null,
            "env_vars_prefix": null,
            "executor": "//cmd",
            "failover_timeout": 604800,
            "framework_name": "marathon",
            "ha": true,
            "hostname": self.shared.addr.ip().to_string(),
            "launch_token": 100,
            "launch_token_refresh_interval": 30000,
            "leader_proxy_connection_timeout_ms": 5000,
            "leader_proxy_read_timeout_ms": 10000,
            "local_port_max": 20000,
            "local_port_min": 10000,
            "master": "zk://127.0.0.1:2181/mesos",
            "max_instances_per_offer": 5,
            "mesos_heartbeat_failure_threshold": 5,
            "mesos_heartbeat_interval": 15000,
            "mesos_leader_ui_url": format!("http://{addr}/mesos"),
            "mesos_user": "root",
            "min_revive_offers_interval": 5000,
            "offer_matching_timeout": 3000,
            "on_elected_prepare_timeout": 180000,
            "reconciliation_initial_delay": 15000,
            "reconciliation_interval": 600000,
            "scale_apps_initial_delay": 15000,
            "scale_apps_interval": 300000,
            "store_cache": true,
            "task_launch_confirm_timeout": 300000,
            "task_launch_timeout": 300000,
            "task_lost_expunge_initial_delay": 300000,
            "task_lost_expunge_interval": 30000,
            "task_reservation_timeout": 20000,
            "webui_url": null,
        });
        let c = config.as_object_mut().expect("an object");
        if let Value::Object(p) = profile.info_config() {
            c.extend(p);
        }
        c.insert(
            "access_control_allow_origin".into(),
            if minor >= 5 {
                json!(["*"])
            } else {
                Value::Null
            },
        );
        if minor >= 5 {
            c.insert("mesos_bridge_name".into(), json!("mesos-bridge"));
        }
        if minor >= 7 {
            c.insert("maintenance_mode".into(), json!(true));
        }
        if minor >= 9 {
            c.insert("new_group_enforce_role".into(), json!("Off"));
        } else {
            c.insert("revive_offers_for_new_apps".into(), json!(true));
            c.insert("revive_offers_repetitions".into(), json!(3));
        }
        // A real build of each line (the last patch release smack's references name).
        let version = match minor {
            4 => "1.4.13",
            5 => "1.5.12",
            6 => "1.6.567",
            7 => "1.7.216",
            8 => "1.8.232",
            9 => "1.9.136",
            10 => "1.10.26",
            _ => "1.11.24",
        };
        let mut info = json!({
            "name": "marathon",
            "version": version,
            "buildref": "unknown",
            "elected": true,
            "leader": addr,
            "frameworkId": "8d1c1e34-5a1b-4f0d-9c55-5a4e0c1a7e01-0001",
            "marathon_config": config,
            "zookeeper_config": {
                "zk": "zk://127.0.0.1:2181/marathon",
                "zk_compression": true,
                "zk_compression_threshold": 65536,
                "zk_connection_timeout": 10000,
                "zk_max_node_size": 1024000,
                "zk_max_versions": 50,
                "zk_session_timeout": 10000,
                "zk_timeout": 10000,
            },
            "http_config": { "http_port": self.shared.addr.port(), "https_port": 8443 },
        });
        if minor < 5 {
            info["event_subscriber"] = Value::Null;
        }
        info
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
