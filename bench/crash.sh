#!/usr/bin/env bash
# Crash recovery (P8 of the performance issue): kill -9 the server in the middle of a MeterValues load on a 1 GB
# database, restart it, and check that it is ready within 3 s and that every acknowledged sample is stored.
#
# Each run: copies the cached ~1 GB database (seeded once with the app's own `seed` command), starts the server on
# it, registers the idTag, runs the metervalues scenario (P2: ten sampled values per MeterValues, durable before
# the answer), sends kill -9 to the server after a random 20-40 s of load, lets the generator finish and write its
# ack log (--ack-log: per transaction, what the server acknowledged), restarts the server on the same files
# (database, WAL and shared-memory index as the crash left them) and measures from exec to GET /healthz 200 and to
# the OCPP endpoint answering a WebSocket handshake with 101. Then it stops the server and checks with sqlite3,
# per acknowledged transaction: the session is stored, stored samples >= acknowledged sampled values, the last
# acknowledged Energy.Active.Import.Register (value and timestamp) is there, and no sample is stored twice.
#
# usage: bench/crash.sh [RUNS]     (default 1; with several runs it prints each and the median)
#
# environment: BENCH_CACHE (/tmp/evdashboard-bench: where the seeded database is kept between runs),
#              BENCH_CRASH_SESSIONS (230000 sessions over 365 days, about 1 GB), BENCH_CRASH_CPS (500 charge points),
#              BENCH_CRASH_RATE (5000 MeterValues/s), BENCH_KEEP=1 (keep databases and logs), and those of
#              bench/lib.sh (BENCH_PORT, BENCH_SERVER_BIN, BENCH_STARTUP_TIMEOUT).
# exit code: 0 only if every run found every acknowledged sample stored exactly once and was ready within 3 s.
set -euo pipefail

# shellcheck source=bench/lib.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"

runs=${1:-1}
[[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "usage: bench/crash.sh [RUNS]"; exit 2; }
cache=${BENCH_CACHE:-/tmp/evdashboard-bench}
sessions=${BENCH_CRASH_SESSIONS:-230000}
cps=${BENCH_CRASH_CPS:-500}
rate=${BENCH_CRASH_RATE:-5000}
ready_target_ms=3000
id_tag=BENCHTAG
seeded_db="$cache/crash-${sessions}.db"

command -v sqlite3 >/dev/null || { echo "sqlite3 is needed to check the database: apt-get install -y sqlite3"; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/crash-XXXX")
mkdir -p "$bench_root/bench/results" "$cache"
report="$bench_root/bench/results/crash-$(date -u +%Y%m%dT%H%M%SZ).txt"
exec > >(tee "$report") 2>&1
failed=0
generator_pid=

cleanup() {
    [[ -z $generator_pid ]] || kill -KILL "$generator_pid" 2>/dev/null || true
    stop_server
    if [[ ${BENCH_KEEP:-0} == 1 || $failed != 0 ]]; then
        echo "kept databases and logs in $work"
    else
        rm -rf "$work"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

mib() { [[ -f $1 ]] && echo $(($(stat -c %s "$1") / 1048576)) || echo 0; }

# The seeded database is made once with the app's own seed command and kept in the cache; runs work on copies.
prepare_database() {
    if [[ -f $seeded_db ]]; then
        echo "== database $seeded_db ($(mib "$seeded_db") MiB, cached)"
        return
    fi
    echo "== seeding $sessions sessions over 365 days into $seeded_db (once; minutes)"
    rm -f "$seeded_db.partial" "$seeded_db.partial-wal" "$seeded_db.partial-shm"
    (
        cd "$(dirname "$server_bin")"
        exec env ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__EvDashboard="Data Source=$seeded_db.partial" \
            "$server_bin" seed --sessions "$sessions" --days 365
    )
    sqlite3 "$seeded_db.partial" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
    mv "$seeded_db.partial" "$seeded_db"
    rm -f "$seeded_db.partial-wal" "$seeded_db.partial-shm"
    echo "seeded: $(mib "$seeded_db") MiB"
}

# Writes the time (ns since the epoch) at which the OCPP endpoint first answers a WebSocket handshake with 101.
probe_ocpp() {
    local out=$1 line
    for _ in $(seq 1 3000); do
        if { exec 3<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null; then
            printf 'GET /ocpp/CRASHPROBE HTTP/1.1\r\nHost: 127.0.0.1:%s\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: ocpp1.6\r\n\r\n' "$port" >&3
            line=
            read -r -t 5 line <&3 || true
            exec 3<&-
            if [[ $line == "HTTP/1.1 101"* ]]; then
                date +%s%N >"$out"
                return
            fi
        fi
        sleep 0.01
    done
}

# Checks the database against the ack log; prints "acked stored missing missing_last missing_sessions duplicates transactions".
verify() {
    local db=$1 acks=$2
    sqlite3 -batch -noheader -separator ' ' :memory: <<SQL
.mode tabs
.import '$acks' acks
.mode list
.separator ' '
ATTACH 'file:$db?mode=ro' AS d;
CREATE TEMP TABLE a AS SELECT charge_point_id AS cp, CAST(transaction_id AS INTEGER) AS tx, CAST(samples AS INTEGER) AS samples,
    CAST(NULLIF(last_register_wh, '') AS INTEGER) AS reg, CAST(NULLIF(last_timestamp_ticks, '') AS INTEGER) AS ticks FROM acks;
CREATE TEMP TABLE checked AS SELECT a.*,
    (SELECT count(*) FROM d.MeterSamples m WHERE m.TransactionId = a.tx) AS stored,
    (SELECT count(*) FROM d.ChargingSessions s WHERE s.TransactionId = a.tx AND s.ChargePointId = a.cp) AS session,
    (a.reg IS NULL OR EXISTS (SELECT 1 FROM d.MeterSamples m WHERE m.TransactionId = a.tx AND m.Timestamp = a.ticks
        AND m.Measurand = 'Energy.Active.Import.Register' AND m.Wh = a.reg)) AS last_ok
    FROM a;
SELECT ifnull(sum(samples), 0), ifnull(sum(stored), 0), ifnull(sum(max(0, samples - stored)), 0), ifnull(sum(last_ok = 0), 0),
    ifnull(sum(session = 0), 0),
    (SELECT count(*) - (SELECT count(*) FROM (SELECT DISTINCT ChargePointId, ConnectorId, TransactionId, Timestamp, Measurand,
        Phase, Location, Context FROM d.MeterSamples WHERE TransactionId IN (SELECT tx FROM a)))
     FROM d.MeterSamples WHERE TransactionId IN (SELECT tx FROM a)),
    count(*)
FROM checked;
SQL
}

# run_once N: one crash and restart; appends its RESULT line to results and its ready time to ready_times.
run_once() {
    local n=$1 db="$work/run-$1.db" acks="$work/acks-$1.tsv" gen="$work/generator-$1.txt" kill_after=$((20 + RANDOM % 21))
    local load db_mb wal_mb ready_ms ocpp_ms probe_pid
    echo
    echo "== run $n of $runs: copy the database, start, load, kill -9 after ${kill_after}s, restart"
    cp "$seeded_db" "$db"
    start_server "$db" "$work/server-$n.log" || return 1
    register_id_tag "$id_tag" || return 1

    # The measured window outlasts the kill, so the generator is still loading when the server dies; it ends
    # by itself 10 s later and writes the ack log (its exit code says "errors", as expected here). A freshly
    # started server on a busy machine can take over 10 s per handshake, hence the longer call timeout.
    "$bench_bin" --url "ws://127.0.0.1:$port/ocpp" --scenario metervalues --charge-points "$cps" --rate "$rate" \
        --call-timeout 30 --warmup 0 --duration $((kill_after + 10)) --id-prefix "CRASH$n" --id-tag "$id_tag" --ack-log "$acks" >"$gen" 2>&1 &
    generator_pid=$!
    until grep -q '^connected ' "$gen"; do
        alive "$generator_pid" || { echo "the generator ended before connecting:"; tail -20 "$gen"; return 1; }
        sleep 0.1
    done
    grep '^connected ' "$gen"
    sleep "$kill_after"
    tail -1 "$gen"
    load=$(cut -d' ' -f1-3 /proc/loadavg)
    kill_server
    db_mb=$(mib "$db")
    wal_mb=$(mib "$db-wal")
    echo "kill -9 sent; on disk: database $db_mb MiB, WAL $wal_mb MiB; load average $load"
    wait "$generator_pid" || true
    generator_pid=
    grep -E '^(samples acknowledged|connection failures|timeouts|CALLERRORs) ' "$gen" || true
    [[ -s $acks ]] || { echo "the generator wrote no ack log"; return 1; }

    probe_ocpp "$work/ocpp-$n" &
    probe_pid=$!
    start_server "$db" "$work/server-$n-restart.log" || return 1
    ready_ms=$server_ready_ms
    wait "$probe_pid" || true
    ocpp_ms=-1
    [[ -s $work/ocpp-$n ]] && ocpp_ms=$((($(<"$work/ocpp-$n") - server_started_ns) / 1000000))
    stop_server

    local acked stored missing missing_last missing_sessions duplicates transactions
    read -r acked stored missing missing_last missing_sessions duplicates transactions < <(verify "$db" "$acks")
    local line="RESULT scenario=crash run=$n kill_after_s=$kill_after ready_ms=$ready_ms ocpp_ms=$ocpp_ms acked=$acked stored=$stored"
    line+=" missing=$missing missing_last=$missing_last missing_sessions=$missing_sessions duplicates=$duplicates"
    line+=" transactions=$transactions db_mib=$db_mb wal_mib=$wal_mb load=${load// /,}"
    echo "$line"
    results+=("$line")
    ready_times+=("$ready_ms")
    ((ready_ms < ready_target_ms)) || { echo "FAIL: ready after ${ready_ms} ms (target < ${ready_target_ms} ms)"; failed=1; }
    if ((transactions == 0)); then
        echo "FAIL: the server acknowledged no transaction before the kill, so nothing was checked (see $gen)"
        failed=1
    elif ((missing + missing_last + missing_sessions + duplicates > 0)); then
        echo "FAIL: acknowledged data is missing or duplicated (the database is kept: $db)"
        failed=1
    elif [[ ${BENCH_KEEP:-0} != 1 ]]; then
        rm -f "$db" "$db-wal" "$db-shm"
    fi
}

bench_build
prepare_database
declare -a results=() ready_times=()
for n in $(seq 1 "$runs"); do
    run_once "$n" || { failed=1; exit 1; }
done

echo
echo "== summary ($(nproc) cores, generator and server on this machine; $cps charge points at $rate MeterValues/s)"
printf '%s\n' "${results[@]}"
median=$(printf '%s\n' "${ready_times[@]}" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }')
echo "ready after restart: median ${median} ms of $runs runs (target < ${ready_target_ms} ms)"
echo "report saved to $report"
if ((failed)); then
    echo "FAILED"
    exit 1
fi
echo "ALL OK"
