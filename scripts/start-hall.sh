#!/usr/bin/env bash
# Starts a whole demo hall on this machine: installs what is missing, builds
# the web apps, then runs a virtual network printer, the local device agent
# (printing to it) and the hub with the demo hall. Ctrl+C stops everything.
set -euo pipefail
cd "$(dirname "$0")/.."

case "${1:-}" in
  -h|--help)
    cat <<'HELP'
Usage: npm start            (bash scripts/start-hall.sh)

Starts the demo hall: hub (LUOT_PORT, default 8080) + virtual printer (9100)
+ device agent (17817), and prints the URLs of the kiosk, counter, display
board and supervisor screens with the demo credentials.

Environment: LUOT_PORT, LUOT_DATA_DIR (default ./data), LUOT_CONFIG (default
the demo hall, open around the clock so it can be tried at any hour),
LUOT_ADMIN_PASSWORD, LUOT_PRINTER_PORT (9100), LUOT_AGENT_PORT (17817).

A simulated working day against the running hall:
  npm run simulate -w @luot/hub-server -- --hub http://localhost:8080 --speed 480
HELP
    exit 0 ;;
esac

bash scripts/setup.sh
echo "Building the web apps…"
npm run build:web --silent >/dev/null

PORT="${LUOT_PORT:-8080}"
DATA="${LUOT_DATA_DIR:-$PWD/data}"
PRINTER_PORT="${LUOT_PRINTER_PORT:-9100}"
AGENT_PORT="${LUOT_AGENT_PORT:-17817}"
mkdir -p "$DATA/virtual-printer" 2>/dev/null || { echo "✖ The data directory $DATA cannot be written. Set LUOT_DATA_DIR." >&2; exit 1; }
[ -w "$DATA" ] || { echo "✖ The data directory $DATA cannot be written. Set LUOT_DATA_DIR." >&2; exit 1; }

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for p in "$PORT" "$PRINTER_PORT" "$AGENT_PORT"; do
  if port_busy "$p"; then echo "✖ Port $p is already in use. Stop the other program or choose another port (see --help)." >&2; exit 1; fi
done

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT INT TERM

# The virtual printer keeps every printed ticket as a PNG the admin can view.
node hardware/bin/luot-printer.js simulate --port "$PRINTER_PORT" --out "$DATA/virtual-printer" < /dev/null > "$DATA/virtual-printer.log" 2>&1 &
pids+=($!)

cat > "$DATA/device-agent.json" <<JSON
{
  "agent": { "port": $AGENT_PORT, "allowedOrigins": ["http://localhost:$PORT", "http://127.0.0.1:$PORT"] },
  "printer": { "target": "tcp://127.0.0.1:$PRINTER_PORT", "type": "epson", "width": 80, "mode": "raster" },
  "hub": { "url": "http://127.0.0.1:$PORT", "deviceToken": "demo-kiosk-token-1" }
}
JSON
rm -f "$DATA/agent-token"
node --import tsx hardware/src/agent/main.ts --config "$DATA/device-agent.json" --token-file "$DATA/agent-token" > "$DATA/device-agent.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 100); do [ -s "$DATA/agent-token" ] && break; sleep 0.1; done
[ -s "$DATA/agent-token" ] || { echo "✖ The device agent did not start; see $DATA/device-agent.log" >&2; cat "$DATA/device-agent.log" >&2; exit 1; }
AGENT_TOKEN="$(cat "$DATA/agent-token")"

# A newcomer tries the demo at any hour: unless a config is given, the demo
# hall runs open around the clock (its real hours stay in demo-hall.yaml).
if [ -z "${LUOT_CONFIG:-}" ]; then
  npm run --silent simulate -w @luot/hub-server -- --write-all-day-config "$DATA/demo-hall-all-day.yaml" >/dev/null
  export LUOT_CONFIG="$DATA/demo-hall-all-day.yaml"
  OPEN_NOTE=" (demo hall open around the clock; real hours in hub-server/config/demo-hall.yaml)"
fi
export LUOT_PORT="$PORT" LUOT_DATA_DIR="$DATA" LUOT_PRINTED_DIR="$DATA/virtual-printer"
bash hub-server/scripts/run-hub.sh &
HUB=$!
pids+=($HUB)
for _ in $(seq 1 150); do port_busy "$PORT" && break; sleep 0.2; done

BASE="http://localhost:$PORT"
cat <<INFO

══════════════════ Lượt — demo hall is running ══════════════════${OPEN_NOTE:-}
 Kiosk (browser + local device agent + virtual printer):
   $BASE/kiosk/?token=demo-kiosk-token-1&agent=http://127.0.0.1:$AGENT_PORT&agentToken=$AGENT_TOKEN
 Counter (officers canbo01 … canbo10, password luot-demo):
   $BASE/counter/
 Display board (hall TV):
   $BASE/display/?token=demo-display-token-1
 Supervisor (giamsat / luot-demo; admin / ${LUOT_ADMIN_PASSWORD:-luot-demo}):
   $BASE/admin/
 Printed tickets (virtual printer, as images):
   $BASE/printed/
 Public ticket page: $BASE/t/<ticket id>   ·   API: $BASE/api/v1   ·   Health: $BASE/healthz
 Logs: $DATA/*.log   ·   Stop: Ctrl+C
═════════════════════════════════════════════════════════════════
INFO
wait "$HUB"
