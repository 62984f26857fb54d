#!/usr/bin/env bash
# Sets up everything (Debian + npm packages), starts the test services (a throwaway PostgreSQL
# cluster and an S3-protocol server), then runs every test: TypeScript (node:test) and Python (pytest).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
eval "$(bash scripts/services.sh start)"
trap 'bash scripts/services.sh stop >/dev/null 2>&1 || true' EXIT
export SHADERTRAIN_TEST_ARTIFACTS=${SHADERTRAIN_TEST_ARTIFACTS:-$PWD/test-results}
mkdir -p "$SHADERTRAIN_TEST_ARTIFACTS"

echo "== typecheck"
npx tsc -p tsconfig.json --noEmit
echo "== python tests"
PYTHONPATH=packages/trainer/python /usr/bin/python3 -m pytest -q -p no:cacheprovider packages/trainer/python experiments
echo "== typescript tests"
node scripts/run-ts-tests.mjs
