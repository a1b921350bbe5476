#!/usr/bin/env bash
# Installs the Debian packages the tests and benchmarks use: PostgreSQL (the team store),
# Chromium (browser tests through Playwright) and wrk (load benchmark). Idempotent: does
# nothing when they are already there. Needs root (or sudo) only when something is missing.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v wrk >/dev/null 2>&1 || need+=(wrk)
if [ ${#need[@]} -eq 0 ]; then
    exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
        echo "system-deps: missing ${need[*]}; run this script as root to install them" >&2
        exit 1
    fi
fi
echo "system-deps: installing ${need[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q >/dev/null
$sudo apt-get install -y -q --no-install-recommends "${need[@]}" >/dev/null
