#!/usr/bin/env bash
# Throwaway test services: a PostgreSQL 15 cluster and an s3rver, both under $SERVICES_DIR.
#   bash scripts/services.sh start   # start (or reuse) both; prints export lines on stdout
#   bash scripts/services.sh env     # print the export lines only
#   bash scripts/services.sh stop    # stop both
# Use: eval "$(bash scripts/services.sh start)"  → TEST_DATABASE_URL, TEST_S3_URL
# Safe to run twice and from several processes at once (start/stop are serialised by a lock file
# whose descriptor the daemons never inherit).
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
LOCK="$SERVICES_DIR/start.lock"

log() { echo "services: $*" >&2; }

# Run a command as the postgres user when we are root (initdb refuses root); as ourselves otherwise.
as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

print_env() {
  echo "export TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$PG_PORT/postgres"
  echo "export TEST_S3_URL='s3://$S3_BUCKET/?endpoint=http://127.0.0.1:$S3_PORT&region=us-east-1'"
}

pg_running() { [ -f "$PGDATA/PG_VERSION" ] && as_pg "$PG_BIN/pg_ctl" -D "$PGDATA" status >/dev/null 2>&1; }
s3_running() { [ -f "$S3_PID" ] && kill -0 "$(cat "$S3_PID")" 2>/dev/null; }

start_pg() {
  if pg_running; then log "postgres already running on port $PG_PORT"; return; fi
  if [ ! -x "$PG_BIN/initdb" ]; then
    log "PostgreSQL 15 not found in $PG_BIN; installing postgresql-15"
    flock /tmp/apt.lock apt-get install -y -o DPkg::Lock::Timeout=900 postgresql-15 >&2
  fi
  if [ ! -f "$PGDATA/PG_VERSION" ]; then
    rm -rf "$PGDATA"; mkdir -p "$PGDATA"
    if [ "$(id -u)" = 0 ]; then chown postgres: "$PGDATA"; fi
    as_pg "$PG_BIN/initdb" -D "$PGDATA" -U postgres --auth=trust -E UTF8 --no-sync >/dev/null
  fi
  as_pg "$PG_BIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w -t 60 start \
    -o "-p $PG_PORT -k $PGDATA -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" </dev/null >/dev/null
  log "postgres started on 127.0.0.1:$PG_PORT"
}

start_s3() {
  if s3_running; then log "s3rver already running on port $S3_PORT"; return; fi
  mkdir -p "$S3_DIR"
  local out="$SERVICES_DIR/s3rver.log"
  rm -f "$S3_PID"
  # Detached in its own session; the server writes its own pid file once it listens.
  # The redirections cover the whole subshell: nothing may keep the caller's stdout open, or
  # `eval "$(services.sh start)"` would wait for the server to exit.
  (cd "$ROOT" && exec setsid node tests/support/s3rver.mjs "$S3_DIR" "$S3_PORT" "$S3_BUCKET" "$S3_PID") </dev/null >"$out" 2>&1 &
  for _ in $(seq 1 150); do
    if [ -f "$S3_PID" ] && s3_running; then log "s3rver started on 127.0.0.1:$S3_PORT"; return; fi
    sleep 0.1
  done
  log "s3rver did not become ready in 15 s:"; cat "$out" >&2; exit 1
}

stop_all() {
  if pg_running; then as_pg "$PG_BIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null; log "postgres stopped"; fi
  if s3_running; then
    local pid; pid="$(cat "$S3_PID")"
    kill "$pid" $(ps -o pid= --ppid "$pid" 2>/dev/null) 2>/dev/null || true
    for _ in $(seq 1 50); do s3_running || break; sleep 0.1; done
    log "s3rver stopped"
  fi
  rm -f "$S3_PID"
}

case "${1:-}" in
  start) mkdir -p "$SERVICES_DIR"; flock -o "$LOCK" "$0" _start; print_env ;;
  stop) mkdir -p "$SERVICES_DIR"; flock -o "$LOCK" "$0" _stop ;;
  _start) start_pg; start_s3 ;;
  _stop) stop_all ;;
  env) print_env ;;
  *) echo "usage: $0 start|stop|env" >&2; exit 2 ;;
esac
