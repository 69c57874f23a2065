//! Repository index documents: malformed elements are warnings, a malformed document an error.
#![no_main]

use libfuzzer_sys::fuzz_target;
use smack::catalog::{IndexSource, SourceInfo};

fuzz_target!(|data: &[u8]| {
    let info = SourceInfo {
        name: "fuzz".into(),
        uri: "fuzz".into(),
    };
    let mut warnings = Vec::new();
    if let Ok(index) = IndexSource::parse(data, "fuzz", info, &mut warnings) {
        for summary in index.summaries() {
            let _ = index.load(&summary.name, None);
        }
    }
});
