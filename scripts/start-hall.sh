#!/usr/bin/env bash
# Starts a whole demo hall on this machine: installs what is missing, builds
# the web apps (when their sources changed), then runs a virtual network
# printer, the local device agent (printing to it) and the hub with the demo
# hall. Ctrl+C stops everything. Every mistake found at start (busy port,
# bad config, unwritable data directory, a hub that dies) stops the command
# at once with the reason and a non-zero exit code.
set -euo pipefail
cd "$(dirname "$0")/.."

case "${1:-}" in
  -h|--help)
    cat <<'HELP'
Usage: npm start            (bash scripts/start-hall.sh)

Starts the demo hall (LUOT_DEMO=1: published passwords, DEMO on every screen;
never a real hall's data directory): hub (LUOT_PORT, default 8080) + virtual printer (9100)
+ device agent (17817), and prints the URLs of the kiosk, counter, display
board and supervisor screens with the demo credentials. Ctrl+C stops all three.

Environment: LUOT_PORT, LUOT_DATA_DIR (default ./data), LUOT_CONFIG (default
the demo hall, open around the clock so it can be tried at any hour),
LUOT_ADMIN_PASSWORD, LUOT_PRINTER_PORT (9100), LUOT_AGENT_PORT (17817),
LUOT_SKIP_SETUP=1 (do not check system packages and npm installs first).

Printed tickets and receipt slips (the virtual printer, as images) are at
/printed/ for a supervisor or an admin: sign in there, or open it from the
supervisor screen.

A simulated working day against the running hall:
  npm run simulate -w @luot/hub-server -- --hub http://localhost:8080 --speed 480
HELP
    exit 0 ;;
  "") ;;
  *) echo "✖ Tham số không hợp lệ / Unknown argument: $1 (see --help)" >&2; exit 2 ;;
esac

fail() { echo "✖ $*" >&2; exit 1; }

PORT="${LUOT_PORT:-8080}"
DATA="${LUOT_DATA_DIR:-$PWD/data}"
PRINTER_PORT="${LUOT_PRINTER_PORT:-9100}"
AGENT_PORT="${LUOT_AGENT_PORT:-17817}"

# Cheap checks first, so a mistake is reported in a second, before any install or build.
for setting in "LUOT_PORT=$PORT" "LUOT_PRINTER_PORT=$PRINTER_PORT" "LUOT_AGENT_PORT=$AGENT_PORT"; do
  value="${setting#*=}"
  if ! [[ "$value" =~ ^[0-9]+$ ]] || [ "$value" -lt 1 ] || [ "$value" -gt 65535 ]; then
    fail "${setting%%=*} phải là số cổng 1–65535 / must be a port number 1–65535, got \"$value\"."
  fi
done
DATA_ERROR="Không ghi được vào thư mục dữ liệu / The data directory $DATA cannot be written. Set LUOT_DATA_DIR to a writable folder."
mkdir -p "$DATA/virtual-printer" 2>/dev/null || fail "$DATA_ERROR"
probe="$DATA/.luot-write-test.$$"
{ : > "$probe" && rm -f "$probe"; } 2>/dev/null || fail "$DATA_ERROR"
DATA="$(cd "$DATA" && pwd)"

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for setting in "LUOT_PORT=$PORT" "LUOT_PRINTER_PORT=$PRINTER_PORT" "LUOT_AGENT_PORT=$AGENT_PORT"; do
  if port_busy "${setting#*=}"; then
    fail "Cổng ${setting#*=} đang được dùng / Port ${setting#*=} is already in use. Stop the other program or choose another port with ${setting%%=*} (see --help)."
  fi
done

# The hall runs on Node 24 LTS: the machine's, or the project's copy (fetched
# by setup; with LUOT_SKIP_SETUP=1 only one already there is used).
# shellcheck source=scripts/node-runtime.sh
. scripts/node-runtime.sh
if [ "${LUOT_SKIP_SETUP:-}" = 1 ]; then luot_use_node if-present; else luot_use_node fetch || exit 1; fi
# Chromium and socat serve only the tests: the demo runs in any browser and opens no serial port.
[ "${LUOT_SKIP_SETUP:-}" = 1 ] || bash scripts/setup.sh --for start

if [ -n "${LUOT_CONFIG:-}" ]; then
  node --import tsx hub-server/src/core/config/check-hall-config.ts "$LUOT_CONFIG" || exit 1
fi

# Rebuild the web apps only when a source is newer than the last build.
web_stale() {
  local app
  for app in kiosk-app counter-app display-board; do
    [ -f "$app/dist/index.html" ] || return 0
    local sources=("$app/src" "$app/vite.config.ts" protocol/src)
    [ -f "$app/index.html" ] && sources+=("$app/index.html")
    [ -d "$app/public" ] && sources+=("$app/public")
    [ -z "$(find "${sources[@]}" -newer "$app/dist/index.html" -type f -print -quit)" ] || return 0
  done
  return 1
}
if web_stale; then
  echo "Building the web apps…"
  npm run build:web --silent >/dev/null || fail "Không dựng được ứng dụng web / Building the web apps failed (run: npm run build:web)."
fi

pids=()
cleanup() {
  trap - EXIT INT TERM
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Waits up to $3 tenths of a second for port $2 while process $1 lives; returns 1 when it died.
wait_for_port() {
  local pid=$1 port=$2 tries=$3
  for _ in $(seq 1 "$tries"); do
    port_busy "$port" && return 0
    kill -0 "$pid" 2>/dev/null || return 1
    sleep 0.1
  done
  return 2
}

# The virtual printer keeps every printed ticket as a PNG an admin can view.
node hardware/bin/luot-printer.js simulate --port "$PRINTER_PORT" --out "$DATA/virtual-printer" < /dev/null > "$DATA/virtual-printer.log" 2>&1 &
PRINTER=$!
pids+=("$PRINTER")
if ! wait_for_port "$PRINTER" "$PRINTER_PORT" 100; then
  cat "$DATA/virtual-printer.log" >&2
  fail "Máy in ảo không khởi động được / The virtual printer did not start; see $DATA/virtual-printer.log"
fi

cat > "$DATA/device-agent.json" <<JSON
{
  "agent": { "port": $AGENT_PORT, "allowedOrigins": ["http://localhost:$PORT", "http://127.0.0.1:$PORT"] },
  "printer": { "target": "tcp://127.0.0.1:$PRINTER_PORT", "type": "epson", "width": 80, "mode": "raster" },
  "hub": { "url": "http://127.0.0.1:$PORT", "deviceToken": "demo-kiosk-token-1" }
}
JSON
rm -f "$DATA/agent-token"
node --import tsx hardware/src/agent/main.ts --config "$DATA/device-agent.json" --token-file "$DATA/agent-token" < /dev/null > "$DATA/device-agent.log" 2>&1 &
AGENT=$!
pids+=("$AGENT")
for _ in $(seq 1 150); do
  [ -s "$DATA/agent-token" ] && break
  kill -0 "$AGENT" 2>/dev/null || break
  sleep 0.1
done
if [ ! -s "$DATA/agent-token" ]; then
  cat "$DATA/device-agent.log" >&2
  fail "Trình điều khiển thiết bị không khởi động được / The device agent did not start; see $DATA/device-agent.log"
fi
AGENT_TOKEN="$(cat "$DATA/agent-token")"

# A newcomer tries the demo at any hour: unless a config is given, the demo
# hall issues tickets around the clock (its real hours stay in demo-hall.yaml;
# due dates still follow its processing calendar).
if [ -z "${LUOT_CONFIG:-}" ]; then
  npm run --silent simulate -w @luot/hub-server -- --write-all-day-config "$DATA/demo-hall-all-day.yaml" >/dev/null
  export LUOT_CONFIG="$DATA/demo-hall-all-day.yaml"
  OPEN_NOTE=" (demo hall open around the clock; real hours in hub-server/config/demo-hall.yaml)"
  DEMO=1
fi
# The hub runs a real hall unless told otherwise: this command is the demo, and says so
# (published accounts accepted as they are, DEMO on every screen, a database marked as the demo's).
export LUOT_DEMO=1
export LUOT_PORT="$PORT" LUOT_DATA_DIR="$DATA" LUOT_PRINTED_DIR="$DATA/virtual-printer"
bash hub-server/scripts/run-hub.sh < /dev/null &
HUB=$!
pids+=("$HUB")
# The hub may first rebuild its bundle: allow a minute, but stop at once if it dies.
if ! wait_for_port "$HUB" "$PORT" 600; then
  code=0
  wait "$HUB" || code=$?
  [ "$code" -ne 0 ] || code=1
  echo "✖ Hub không khởi động được / The hub did not start (exit code $code): see its message above." >&2
  exit "$code"
fi

BASE="http://localhost:$PORT"
if [ -n "${DEMO:-}" ]; then
  OFFICERS="officers canbo01 … canbo10, password luot-demo"
  SUPERVISORS="giamsat / luot-demo; admin / ${LUOT_ADMIN_PASSWORD:-luot-demo}"
else
  OFFICERS="the officers of $LUOT_CONFIG"
  SUPERVISORS="the supervisors of $LUOT_CONFIG; admin / ${LUOT_ADMIN_PASSWORD:-the password printed above}"
fi
cat <<INFO

══════════════════ Lượt — demo hall is running ══════════════════${OPEN_NOTE:-}
 Kiosk (browser + local device agent + virtual printer):
   $BASE/kiosk/?token=demo-kiosk-token-1&agent=http://127.0.0.1:$AGENT_PORT&agentToken=$AGENT_TOKEN
 Counter ($OFFICERS):
   $BASE/counter/
 Display board (hall TV):
   $BASE/display/?token=demo-display-token-1
 Supervisor ($SUPERVISORS):
   $BASE/admin/
 Printed tickets and receipts (virtual printer, as images; supervisor or admin — sign in on the page):
   $BASE/printed/
 Public ticket page: $BASE/t/<ticket id>   ·   Dossier lookup: $BASE/d/
 API: $BASE/api/v1   ·   Health: $BASE/healthz
 Logs: $DATA/*.log   ·   Stop: Ctrl+C
═════════════════════════════════════════════════════════════════
INFO
code=0
wait "$HUB" || code=$?
exit "$code"
