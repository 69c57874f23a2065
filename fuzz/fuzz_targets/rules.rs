//! Marathon's rules on any app JSON: reading, normalizing and checking an app (and building
//! Marathon's answer) never panics, for every Marathon line smack knows.
#![no_main]

use libfuzzer_sys::fuzz_target;
use smack::marathon::rules::{self, Profile, Version};

fuzz_target!(|data: &[u8]| {
    let Ok(serde_json::Value::Object(app)) = serde_json::from_slice(data) else { return };
    for minor in [4, 5, 8, 9, 10, 11] {
        let mut profile = Profile::plain(Version::new(minor));
        profile.features.insert("secrets".into());
        let checked = rules::check(&app, &profile);
        let _ = checked.refusal(&profile);
        // What Marathon stores reads back the same way.
        let again = rules::check(&checked.app, &profile);
        let _ = again.refusal(&profile);
    }
    let _ = rules::check(&app, &Profile::dcos());
});
