//! What a DC/OS front and its clients read from anyone: an IAM file, a login request's body,
//! an `Authorization` header and a cookie (the sandbox's `--iam`), a CA bundle and a token
//! (`smack cluster add`). Any bytes are an answer or an error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use smack::sandbox::iam::Iam;

const PUBLIC: &str = "-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAlkwnd6wofV5y+5FSHpDp
t/YmvEKjGuf73gDR8VS5ZdflqGFAqR77xR4qNgAR7qkXGzkdpUCzkVkB72MEN6yp
tvdQJyT5ECrAdGYaPr5Hh53/LLgDdZ74vP/PO/r8Ugu91eL44V3WMtwJAaytkc+q
hqscXWHbPQXXMBu/Loc2J4ybyA2snXvlNNVyKg2FBzSPB++ZUXp9Ngv8ba4l09oj
rRsYpkgMpP5uxChkwYiaQpuknDYw1ge1ygRcOOp4ckhsxtqjOWPSOhqIBP9G6xS0
eS4xgWgzx+lJHdoEzZU5wyuTlUHvcEVn5LGUfzHRoy9FssggKXecwRIXZRxxIO/2
zQIDAQAB
-----END PUBLIC KEY-----";

fuzz_target!(|data: &[u8]| {
    let lifetime = std::time::Duration::from_secs(60);
    let _ = Iam::parse(data, "fuzz", lifetime);
    let file = serde_json::json!({
        "users": [{"uid": "alice", "password": "pw"}],
        "service_accounts": [{"uid": "ci", "public_key": PUBLIC}],
    });
    let iam = Iam::parse(file.to_string().as_bytes(), "fixed", lifetime).expect("a valid file");
    let answer = iam.login(Some("application/json"), data);
    assert!((200..600).contains(&answer.status));
    let text = String::from_utf8_lossy(data);
    let _ = iam.admits(Some(&text), None);
    let _ = iam.admits(None, Some(&text));
    let _ = smack::dcos::read_ca(data);
    let _ = smack::dcos::token_expiry(&text);
    let _ = smack::dcos::same_fingerprint(&text, "AB:CD");
});
