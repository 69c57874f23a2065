#!/usr/bin/env bash
# Installs the DC/OS CLI (dcoscli 0.6.1, the last Python release) into DIR for
# tests/it/clients.rs, from PyPI, without its cryptography pin (only `dcos auth` needs it).
# Usage: install.sh DIR; prints nothing on success, exits non-zero otherwise.
set -euo pipefail
dir="$1"
here="$(cd "$(dirname "$0")" && pwd)"
python3 -m pip install --quiet --disable-pip-version-check --target "$dir" --no-deps \
  dcos==0.6.1 dcoscli==0.6.1
python3 -m pip install --quiet --disable-pip-version-check --target "$dir" \
  'jsonschema>=2.5,<3.0' 'pager>=3.3,<4.0' 'prettytable>=0.7,<1.0' 'PyJWT==1.4.2' \
  'pygments>=2.0,<3.0' 'requests>=2.6,<3.0' 'six>=1.9,<2.0' 'toml>=0.9,<1.0' \
  'sseclient==0.0.19' 'retrying==1.3.3' 'docopt>=0.6,<1.0' 'pkginfo==1.2.1'
cp "$here/sitecustomize.py" "$dir/"
PYTHONPATH="$dir" python3 -c 'import dcoscli.main' 
