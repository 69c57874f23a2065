//! Cluster files (`sandbox serve --cluster`): any text, as TOML or JSON, is a cluster or an
//! error; a cluster it makes places any app without a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use smack::marathon::rules::Profile;
use smack::sandbox::placement::{self, Cluster, Usage};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    for toml in [false, true] {
        let Ok(cluster) = Cluster::parse(text, toml) else { continue };
        let app = serde_json::json!({"id": "/f", "cpus": 0.5, "mem": 64, "instances": 3,
            "portDefinitions": [{"port": 0}, {"port": 0}],
            "constraints": [["hostname", "UNIQUE"], ["rack", "GROUP_BY", "2"], ["zone", "LIKE", "a.*"]]});
        let req = placement::request(app.as_object().unwrap(), &Profile::dcos());
        let mut usage = Usage::default();
        let mut placed = Vec::new();
        let _ = placement::place(&cluster, &mut usage, &req, &mut placed, 3, 11, 7, &[]);
    }
});
