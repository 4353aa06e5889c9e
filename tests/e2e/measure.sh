#!/usr/bin/env bash
# Reproduces the Direct Line figures in the README (not part of ./test.sh). Needs a Release build
# (dotnet build -c Release) and `npm ci` here. Starts the host(s) on loopback with a throwaway database, warms up,
# then runs measure.mjs and reports the hosts' CPU time per message.
#   tests/e2e/measure.sh sqlite            one instance, SQLite
#   tests/e2e/measure.sh postgres "Host=127.0.0.1;Port=55432;Username=servicebot;Database=postgres" [instances]
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(cd ../.. && pwd)
PROVIDER=${1:-sqlite}
ADMIN=${2:-}
INSTANCES=${3:-1}
CONVERSATIONS=${CONVERSATIONS:-20}
MESSAGES=${MESSAGES:-10}
SECRET=$(python3 -c 'import secrets; print(secrets.token_urlsafe(32))')
DATA=$(mktemp -d /tmp/servicebot-measure-XXXXXX)
PIDS=()
URLS=()
DB_ARGS=()
if [ "$PROVIDER" = postgres ]; then
  NAME="sb_measure_$$"
  # The Npgsql connection string as libpq options for psql, and the same server with the throwaway database.
  read -r PSQL_CONN DB_CONN < <(python3 - "$ADMIN" "$NAME" <<'PY'
import sys
parts = dict(p.split('=', 1) for p in sys.argv[1].split(';') if p)
print(f"host={parts['Host']}+port={parts.get('Port', '5432')}+user={parts['Username']}+dbname=postgres",
      f"Host={parts['Host']};Port={parts.get('Port', '5432')};Username={parts['Username']};Database={sys.argv[2]};Maximum Pool Size=40")
PY
)
  PSQL_CONN=${PSQL_CONN//+/ }
  psql "$PSQL_CONN" -qc "CREATE DATABASE $NAME" >/dev/null
  DB_ARGS=(Database__Provider=Postgres "Database__ConnectionString=$DB_CONN")
fi
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  rm -rf "$DATA"
}
trap cleanup EXIT
for i in $(seq 1 "$INSTANCES"); do
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
  (cd "$ROOT/bot/ServiceBot.Bot" && exec env ASPNETCORE_ENVIRONMENT=Measure Demo__Enabled=true Dialogs__EchoOnly=true Scheduler__Enabled=false \
    Database__DataDirectory="$DATA" "${DB_ARGS[@]}" DirectLine__Secret="$SECRET" Channels__TokensPerAddressPerMinute=10000 \
    Channels__MessagesPerUserPerMinute=10000 Logging__LogLevel__Default=Warning dotnet bin/Release/net10.0/ServiceBot.Bot.dll --urls "http://127.0.0.1:$port") \
    >"$DATA/host-$i.log" 2>&1 &
  PIDS+=($!)
  URLS+=("http://127.0.0.1:$port")
  until curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; do
    kill -0 "${PIDS[-1]}" 2>/dev/null || { cat "$DATA/host-$i.log"; exit 1; }
    sleep 0.5
  done
done
urls=$(IFS=,; echo "${URLS[*]}")
cpu() { local total=0; for pid in "${PIDS[@]}"; do total=$((total + $(awk '{print $14+$15}' "/proc/$pid/stat"))); done; echo "$total"; }
SERVICEBOT_URLS=$urls SERVICEBOT_DIRECTLINE_SECRET=$SECRET CONVERSATIONS=10 MESSAGES=10 node measure.mjs >/dev/null
before=$(cpu)
SERVICEBOT_URLS=$urls SERVICEBOT_DIRECTLINE_SECRET=$SECRET CONVERSATIONS=$CONVERSATIONS MESSAGES=$MESSAGES node measure.mjs
after=$(cpu)
echo "host CPU: $(( (after - before) * 10 / (CONVERSATIONS * MESSAGES) )) ms per message (clock ticks of 10 ms); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "$PROVIDER" = postgres ]; then
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  PIDS=()
  psql "$PSQL_CONN" -qc "DROP DATABASE $NAME WITH (FORCE)" >/dev/null
fi
