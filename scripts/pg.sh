#!/usr/bin/env bash
# A throwaway PostgreSQL cluster (initdb in a temp folder, as an unprivileged user when run
# as root, on a free port on 127.0.0.1), for trying the team store and for benchmarks.
#
#   scripts/pg.sh run CMD...   start, run CMD with STORYLINE_TEST_PG and STORYLINE_DB set
#                              to the database URL, then stop and delete the cluster
#   scripts/pg.sh start        start in the background; prints the URL (stop with `stop`)
#   scripts/pg.sh stop         stop the cluster `start` started, delete its folder
#
# The tests do not need this: their fixture starts a cluster itself (or uses
# STORYLINE_TEST_PG when set). Needs Debian's `postgresql` package (scripts/system-deps.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-.venv/bin/python}"
STATE="${TMPDIR:-/tmp}/storyline-pg.state"

start_bg() {
    local log
    log="$(mktemp)"
    "$PY" -m storyline.store.postgres_cluster >"$log" 2>&1 &
    local pid=$!
    for _ in $(seq 1 300); do
        if grep -q '^postgresql://' "$log"; then
            echo "$pid $(head -1 "$log")" >"$STATE"
            rm -f "$log"
            return 0
        fi
        if ! kill -0 "$pid" 2>/dev/null; then
            cat "$log" >&2
            rm -f "$log"
            return 1
        fi
        sleep 0.1
    done
    echo "pg.sh: the cluster did not start in 30 s" >&2
    kill "$pid" 2>/dev/null || true
    return 1
}

stop_bg() {
    [ -f "$STATE" ] || return 0
    local pid
    pid="$(cut -d' ' -f1 "$STATE")"
    kill -TERM "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
    rm -f "$STATE"
}

case "${1:-}" in
    start)
        start_bg
        cut -d' ' -f2 "$STATE"
        ;;
    stop)
        stop_bg
        ;;
    run)
        shift
        [ $# -gt 0 ] || { echo "usage: scripts/pg.sh run CMD..." >&2; exit 2; }
        start_bg
        trap stop_bg EXIT
        url="$(cut -d' ' -f2 "$STATE")"
        STORYLINE_TEST_PG="$url" STORYLINE_DB="$url" "$@"
        ;;
    *)
        echo "usage: scripts/pg.sh start|stop|run CMD..." >&2
        exit 2
        ;;
esac
