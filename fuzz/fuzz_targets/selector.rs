//! Marathon label selectors, as the sandbox parses them.
#![no_main]

use libfuzzer_sys::fuzz_target;
use smack::sandbox::selector::Selector;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(selector) = Selector::parse(text) {
        let labels = serde_json::json!({"a": "b", "DCOS_PACKAGE_NAME": "kafka"});
        let _ = selector.matches(labels.as_object());
        let _ = selector.matches(None);
    }
});
