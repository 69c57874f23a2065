//! Installed-package labels (DCOS_PACKAGE_OPTIONS, _DEFINITION, _METADATA) as Marathon returns
//! them: whatever another client wrote there.
#![no_main]

use libfuzzer_sys::fuzz_target;
use smack::marathon::installed::Installed;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let mut parts = text.splitn(3, '\n');
    let labels = serde_json::json!({
        "DCOS_PACKAGE_NAME": "p",
        "DCOS_PACKAGE_OPTIONS": parts.next().unwrap_or(""),
        "DCOS_PACKAGE_DEFINITION": parts.next().unwrap_or(""),
        "DCOS_PACKAGE_METADATA": parts.next().unwrap_or(""),
    });
    let app = serde_json::json!({"id": "/p", "labels": labels});
    if let Some(installed) = Installed::from_app(app.as_object().unwrap().clone()) {
        let _ = installed.user_options();
        let _ = installed.definition();
        let _ = installed.note("postUninstallNotes");
        let _ = installed.status();
    }
});
