//! Config files: any text is a config or an error naming the problem.
#![no_main]

use libfuzzer_sys::fuzz_target;
use smack::config::Config;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(config) = Config::parse(text, std::path::Path::new("fuzz.toml")) {
        let _ = config.repositories_or_default();
        let _ = config.to_toml();
    }
});
