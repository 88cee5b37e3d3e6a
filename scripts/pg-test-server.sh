#!/usr/bin/env bash
# A throwaway PostgreSQL for heron's tests: a new cluster in a temporary
# directory, listening on a free TCP port on 127.0.0.1 only, trust auth,
# fsync off. Nothing outside that directory is touched.
#
#   eval "$(scripts/pg-test-server.sh start)"     # exports HERON_TEST_PG_URL, HERON_TEST_PG_DIR
#   make test                                     # the PostgreSQL tests now run
#   scripts/pg-test-server.sh stop "$HERON_TEST_PG_DIR"
#
#   scripts/pg-test-server.sh run make test       # the same in one go, stopped on exit
#   scripts/pg-test-server.sh find                # prints the bin directory, or fails
#
# PostgreSQL's binaries are taken from $PG_BIN, else the newest
# /usr/lib/postgresql/*/bin (Debian), else initdb on $PATH. Run as root, the
# server runs as the postgres user (PostgreSQL refuses to run as root).
set -euo pipefail

log() { echo "pg-test-server: $*" >&2; }

find_bin() {
  if [[ -n "${PG_BIN:-}" && -x "$PG_BIN/initdb" ]]; then
    echo "$PG_BIN"
    return
  fi
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [[ -n "$dir" && -x "$dir/initdb" ]]; then
    echo "$dir"
    return
  fi
  if command -v initdb >/dev/null 2>&1; then
    dirname "$(command -v initdb)"
    return
  fi
  return 1
}

# run a PostgreSQL program as the user that owns the cluster
as_owner() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

start() {
  local bin dir port
  bin=$(find_bin) || { log "no PostgreSQL found (set PG_BIN or install postgresql)"; exit 1; }
  dir=${1:-$(mktemp -d "${TMPDIR:-/tmp}/heron-pg.XXXXXX")}
  mkdir -p "$dir/socket"
  if [[ $(id -u) -eq 0 ]]; then
    chown -R postgres: "$dir"
  fi
  as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 \
    >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
  as_owner touch "$dir/server.log"
  local tries=0
  while :; do
    port=$(free_port)
    if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir/socket -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
      start >/dev/null; then
      break
    fi
    tries=$((tries + 1))
    if [[ $tries -ge 3 ]]; then
      log "the server did not start; its log:"
      cat "$dir/server.log" >&2
      exit 1
    fi
  done
  as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres heron_test
  log "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port, data in $dir"
  echo "export HERON_TEST_PG_URL=postgresql://postgres@127.0.0.1:$port/heron_test"
  echo "export HERON_TEST_PG_DIR=$dir"
}

stop() {
  local dir=${1:?usage: pg-test-server.sh stop DIR}
  local bin
  bin=$(find_bin) || exit 0
  if [[ -f "$dir/data/postmaster.pid" ]]; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
  fi
  case "$dir" in
    */heron-pg.*) rm -rf "$dir" ;;  # only a directory this script made
    *) log "left $dir in place" ;;
  esac
}

run() {
  eval "$(start)"
  # shellcheck disable=SC2064  # the directory is known now
  trap "stop '$HERON_TEST_PG_DIR'" EXIT
  "$@"
}

case "${1:-}" in
  find) find_bin ;;
  start) shift; start "$@" ;;
  stop) shift; stop "$@" ;;
  run) shift; run "$@" ;;
  *) echo "usage: $0 find | start [DIR] | stop DIR | run COMMAND..." >&2; exit 2 ;;
esac
