# Shared helpers of the scripts/ commands (sourced, not run).
# shellcheck shell=bash

BAOCAO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"

say()  { printf '%s\n' "$*"; }
note() { printf '==> %s\n' "$*"; }
die()  { printf 'error: %s\n' "$*" >&2; exit 1; }

# Runs a PostgreSQL server command as the user that owns the cluster:
# postgres when we are root (PostgreSQL refuses to run as root), else ourselves.
as_cluster_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

# Makes DIR (and its parents up to the existing ones) exist and, as root,
# belong to postgres so that the server can write there.
make_cluster_dir() {
    local dir="$1"
    mkdir -p "$dir"
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres:postgres "$dir"
        if ! runuser -u postgres -- test -w "$dir"; then
            die "the postgres user cannot reach $dir (a parent directory is not searchable);" \
                "set BAOCAO_PG_DIR to a directory it can reach, e.g. BAOCAO_PG_DIR=/var/tmp/baocao-pg"
        fi
    fi
}

# The shared material (seeds, corpus, eval): $BAOCAO_SHARED, else ../shared
# next to the repository. Prints nothing when neither exists.
find_shared() {
    if [ -n "${BAOCAO_SHARED:-}" ] && [ -d "$BAOCAO_SHARED" ]; then
        (cd "$BAOCAO_SHARED" && pwd)
    elif [ -d "$BAOCAO_ROOT/../shared" ]; then
        (cd "$BAOCAO_ROOT/../shared" && pwd)
    fi
}

# True when the user configured a database: DATABASE_URL or any PG* connection variable.
database_configured() {
    [ -n "${DATABASE_URL:-}" ] && return 0
    local name
    for name in PGHOST PGHOSTADDR PGPORT PGDATABASE PGUSER PGSERVICE; do
        [ -n "${!name:-}" ] && return 0
    done
    return 1
}

# A TCP port nobody listens on (the server listens on its unix socket only,
# but the port also names that socket; a free one avoids any clash).
free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# initdb DATA when it holds no cluster yet. Superuser "postgres", trust auth
# for local connections only (the server does not listen on TCP by default).
init_cluster() {
    local data="$1"
    if [ -f "$data/PG_VERSION" ]; then return 0; fi
    make_cluster_dir "$data"
    chmod 700 "$data"
    as_cluster_owner "$PG_BIN/initdb" -D "$data" -U postgres --auth=trust \
        --encoding=UTF8 --locale=C.UTF-8 >"$data/../initdb.log" 2>&1 ||
        { cat "$data/../initdb.log" >&2; die "initdb failed for $data (log above)"; }
}

cluster_running() {
    local data="$1"
    as_cluster_owner "$PG_BIN/pg_ctl" -D "$data" status >/dev/null 2>&1
}

# start_cluster DATA SOCKDIR PORT LOGFILE [extra server options]
start_cluster() {
    local data="$1" sock="$2" port="$3" log="$4"
    shift 4
    make_cluster_dir "$sock"
    local listen="${BAOCAO_PG_LISTEN:-}"
    as_cluster_owner touch "$log"
    as_cluster_owner "$PG_BIN/pg_ctl" -D "$data" -l "$log" -w -t 60 \
        -o "-k $sock -p $port -c listen_addresses='$listen' $*" start >/dev/null ||
        { tail -n 20 "$log" >&2; die "PostgreSQL did not start (last lines of $log above)"; }
}

stop_cluster() {
    local data="$1" mode="${2:-fast}"
    if cluster_running "$data"; then
        as_cluster_owner "$PG_BIN/pg_ctl" -D "$data" -m "$mode" -w stop >/dev/null
    fi
}

# Starts a throwaway server in a new temporary directory on a free port and
# exports PGHOST/PGPORT/PGUSER/PGDATABASE for it; sets THROWAWAY_DIR and
# THROWAWAY_CONNINFO (maintenance database). The caller must arrange
# `trap stop_throwaway_cluster EXIT`. Durability is off: speed is wanted.
start_throwaway_cluster() {
    THROWAWAY_DIR="$(mktemp -d "${TMPDIR:-/tmp}/baocao-pg.XXXXXX")"
    chmod 755 "$THROWAWAY_DIR"  # the postgres user must reach the dirs inside
    make_cluster_dir "$THROWAWAY_DIR"  # and, as root, own it for its log
    local port
    port="$(free_port)"
    init_cluster "$THROWAWAY_DIR/data"
    start_cluster "$THROWAWAY_DIR/data" "$THROWAWAY_DIR/sock" "$port" "$THROWAWAY_DIR/server.log" \
        -c fsync=off -c synchronous_commit=off -c full_page_writes=off
    export PGHOST="$THROWAWAY_DIR/sock" PGPORT="$port" PGUSER=postgres PGDATABASE=postgres
    THROWAWAY_CONNINFO="host=$THROWAWAY_DIR/sock port=$port user=postgres dbname=postgres"
    unset DATABASE_URL PGSERVICE PGPASSWORD
}

stop_throwaway_cluster() {
    [ -n "${THROWAWAY_DIR:-}" ] || return 0
    stop_cluster "$THROWAWAY_DIR/data" immediate 2>/dev/null || true
    rm -rf "$THROWAWAY_DIR"
}

# Builds TARGETs with clang, AddressSanitizer and UndefinedBehaviorSanitizer
# (RelWithDebInfo, and libFuzzer's coverage hooks) in build-asan/, or in
# $BAOCAO_ASAN_BUILD: one build serves scripts/sanitize (baocao and its tests)
# and scripts/fuzz (the fuzz target). Sets ASAN_BUILD.
build_sanitized() {
    ASAN_BUILD="${BAOCAO_ASAN_BUILD:-$BAOCAO_ROOT/build-asan}"
    command -v clang++ >/dev/null || die "clang++ is missing: apt-get install clang"
    mkdir -p "$ASAN_BUILD"
    local targets=() target
    for target in "$@"; do targets+=(--target "$target"); done
    note "building ${*} with clang, ASan + UBSan in ${ASAN_BUILD#"$BAOCAO_ROOT"/}/"
    if ! { cmake -S "$BAOCAO_ROOT" -B "$ASAN_BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
               -DBAOCAO_SANITIZE=ON -DBAOCAO_FUZZ=ON -DBAOCAO_TESTS=ON &&
           cmake --build "$ASAN_BUILD" "${targets[@]}" -j "$(nproc)"; } >"$ASAN_BUILD/build.log" 2>&1; then
        grep -E 'error|Error' "$ASAN_BUILD/build.log" | head -n 30 >&2 || tail -n 30 "$ASAN_BUILD/build.log" >&2
        die "the sanitized build failed (full output: $ASAN_BUILD/build.log)"
    fi
}

# Builds build/baocao (Release); with "tests", the Catch2 tests as well.
# The compiler's output goes to build/build.log; its end is shown on failure.
build_baocao() {
    local what="${1:-}" build="$BAOCAO_ROOT/build"
    note "building baocao${what:+ and its tests} (Release) in build/"
    mkdir -p "$build"
    local target=(--target baocao)
    [ "$what" = tests ] && target=()
    if ! { cmake -S "$BAOCAO_ROOT" -B "$build" -DCMAKE_BUILD_TYPE=Release -DBAOCAO_TESTS=ON &&
           cmake --build "$build" "${target[@]}" -j "$(nproc)"; } >"$build/build.log" 2>&1; then
        grep -E 'error|Error' "$build/build.log" | head -n 30 >&2 || tail -n 30 "$build/build.log" >&2
        die "the build failed (full output: build/build.log)"
    fi
}
