#!/usr/bin/env bash
# A throw-away PostgreSQL server for the test suite: `start` | `stop` | `url`.
#
# The cluster lives in a temporary folder under /tmp (QS_PG_DIR), listens on 127.0.0.1:55432 (QS_PG_PORT)
# with its unix socket in that folder, trusts local connections and is removed by `stop`. `start` and
# `stop` are idempotent. `url` prints the URL of the maintenance database the tests create theirs from
# (QS_TEST_PG). Debian's `postgresql` package is installed only when no PostgreSQL binaries are found.
set -euo pipefail

DIR=${QS_PG_DIR:-/tmp/qs-pg-test}
PORT=${QS_PG_PORT:-55432}
DB=qs_maintenance
URL="postgresql://postgres@127.0.0.1:${PORT}/${DB}"

find_bin() {
    local found
    if found=$(command -v pg_ctl 2>/dev/null); then
        found=$(dirname "$(readlink -f "$found")")  # /usr/local/bin/pg_ctl may be a link into the real bin folder
        if [ -x "$found/initdb" ] && [ -x "$found/psql" ]; then
            echo "$found"
            return 0
        fi
    fi
    found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    [ -n "$found" ] && [ -x "$found/pg_ctl" ] && echo "$found"
}

BIN=$(find_bin || true)
if [ -z "$BIN" ] && [ "${1:-}" = start ]; then
    echo "pg_test_server: no PostgreSQL binaries found; installing Debian's postgresql package" >&2
    if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo -n"; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >/dev/null
    BIN=$(find_bin)
fi

# initdb and the server refuse to run as root: run them as the postgres user then.
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

running() {
    [ -n "$BIN" ] && [ -f "$DIR/data/postmaster.pid" ] && as_owner "$BIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1
}

start() {
    if running; then
        return 0
    fi
    if [ ! -f "$DIR/data/PG_VERSION" ]; then
        rm -rf "$DIR"
        mkdir -p "$DIR"
        [ "$(id -u)" -eq 0 ] && chown postgres: "$DIR"
        # C.UTF-8: byte-order collation (no locale surprises) with Unicode character classes, so pg_trgm
        # takes Chinese characters as word characters.
        as_owner "$BIN/initdb" -D "$DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log"
    fi
    # A test server: nothing here needs to survive a crash, so skip the fsyncs.
    as_owner "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c fsync=off -c synchronous_commit=off \
            -c full_page_writes=off -c max_connections=200" start >/dev/null
    if ! as_owner "$BIN/psql" -h "$DIR" -p "$PORT" -U postgres -d postgres -tAc \
        "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1; then
        as_owner "$BIN/createdb" -h "$DIR" -p "$PORT" -U postgres "$DB"
    fi
}

stop() {
    if running; then
        as_owner "$BIN/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null
    fi
    rm -rf "$DIR"
}

case "${1:-}" in
    start) start; echo "$URL" ;;
    stop) stop ;;
    url) echo "$URL" ;;
    *) echo "usage: $0 start|stop|url" >&2; exit 2 ;;
esac
