#!/usr/bin/env bash
# Renders every package of ../shared/universe-sample and compares with what DC/OS rendered.
# Prints "compat: N/M apps identical, K/L refusals matched".
set -euo pipefail
cd "$(dirname "$0")/.."
cargo test --locked --release --test it compat:: -- --nocapture 2>&1 | grep -E '^(compat|note):|mismatches|differs|failed'
