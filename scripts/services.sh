#!/usr/bin/env bash
# Throwaway test services: a PostgreSQL 15 cluster and an s3rver, both under $SERVICES_DIR.
#   bash scripts/services.sh start   # start (or reuse) both; prints export lines
#   bash scripts/services.sh env     # print the export lines only
#   bash scripts/services.sh stop    # stop both
# Use: eval "$(bash scripts/services.sh start)"  → TEST_DATABASE_URL, TEST_S3_URL
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SERVICES_DIR="${SHADERTRAIN_SERVICES_DIR:-/tmp/shadertrain-services}"
PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
PG_PORT="${TEST_PG_PORT:-55432}"
S3_PORT="${TEST_S3_PORT:-4569}"
S3_BUCKET="shadertrain-test"
PGDATA="$SERVICES_DIR/pg"
S3_DIR="$SERVICES_DIR/s3"
S3_PID="$SERVICES_DIR/s3rver.pid"
LOCK="$SERVICES_DIR.lock"

log() { echo "services: $*" >&2; }

# Run a command as the postgres user when we are root (initdb refuses root); as ourselves otherwise.
as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

print_env() {
  echo "export TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$PG_PORT/postgres"
  echo "export TEST_S3_URL='s3://$S3_BUCKET/?endpoint=http://127.0.0.1:$S3_PORT&region=us-east-1'"
}

pg_running() { as_pg "$PG_BIN/pg_ctl" -D "$PGDATA" status >/dev/null 2>&1; }
s3_running() { [ -f "$S3_PID" ] && kill -0 "$(cat "$S3_PID")" 2>/dev/null; }

start_pg() {
  if pg_running; then log "postgres already running on port $PG_PORT"; return; fi
  if [ ! -x "$PG_BIN/initdb" ]; then
    log "PostgreSQL 15 not found in $PG_BIN; installing postgresql-15"
    flock /tmp/apt.lock apt-get install -y -o DPkg::Lock::Timeout=900 postgresql-15 >&2
  fi
  mkdir -p "$SERVICES_DIR"
  if [ ! -f "$PGDATA/PG_VERSION" ]; then
    rm -rf "$PGDATA"; mkdir -p "$PGDATA"
    [ "$(id -u)" = 0 ] && chown postgres: "$PGDATA"
    as_pg "$PG_BIN/initdb" -D "$PGDATA" -U postgres --auth=trust -E UTF8 --no-sync >/dev/null
  fi
  [ "$(id -u)" = 0 ] && chown postgres: "$SERVICES_DIR/pg"
  as_pg "$PG_BIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w -t 60 start 9>&- </dev/null \
    -o "-p $PG_PORT -k $PGDATA -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" >/dev/null
  log "postgres started on 127.0.0.1:$PG_PORT"
}

start_s3() {
  if s3_running; then log "s3rver already running on port $S3_PORT"; return; fi
  mkdir -p "$S3_DIR"
  local out="$SERVICES_DIR/s3rver.log"
  # Detached: its own session, no inherited lock fd or terminal, output to a log file.
  cd "$ROOT"
  setsid nohup node tests/support/s3rver.mjs "$S3_DIR" "$S3_PORT" "$S3_BUCKET" </dev/null >"$out" 2>&1 9>&- &
  echo $! >"$S3_PID"
  for _ in $(seq 1 100); do
    if grep -q '^ready' "$out" 2>/dev/null; then log "s3rver started on 127.0.0.1:$S3_PORT"; return; fi
    if ! s3_running; then log "s3rver failed to start:"; cat "$out" >&2; exit 1; fi
    sleep 0.1
  done
  log "s3rver did not become ready in 10 s"; cat "$out" >&2; exit 1
}

stop_all() {
  if pg_running; then as_pg "$PG_BIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null; log "postgres stopped"; fi
  if s3_running; then
    kill "$(cat "$S3_PID")"
    for _ in $(seq 1 50); do s3_running || break; sleep 0.1; done
    log "s3rver stopped"
  fi
  rm -f "$S3_PID"
}

mkdir -p "$(dirname "$LOCK")"
case "${1:-}" in
  start) (flock 9; start_pg; start_s3) 9>"$LOCK"; print_env ;;
  stop) (flock 9; stop_all) 9>"$LOCK" ;;
  env) print_env ;;
  *) echo "usage: $0 start|stop|env" >&2; exit 2 ;;
esac
