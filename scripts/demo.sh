#!/usr/bin/env bash
# Sets up everything, then runs the demo on the embedded defaults (PGlite + a local blob directory
# under .shadertrain/): ingest -> validate -> pretrain -> evaluate -> publish -> serve.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec npx shadertrain demo "$@"
