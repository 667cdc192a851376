# Shared by the benchmark scripts (bench/run.sh, bench/ui.sh, bench/crash.sh): build, start and stop the server,
# read its CPU time and memory from /proc. Source it; it defines functions and variables only.
#
# environment: BENCH_PORT (5099), BENCH_SERVER_BIN (run this server binary instead of building EvDashboard),
#              BENCH_STARTUP_TIMEOUT seconds (60)

bench_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
port=${BENCH_PORT:-5099}
base_url="http://127.0.0.1:$port"
api_key="bench-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
startup_timeout=${BENCH_STARTUP_TIMEOUT:-60}
clk_tck=$(getconf CLK_TCK)
server_pid=
server_log=
server_started_ns=
server_ready_ms=

# A process that has exited stays a zombie until waited for, and kill -0 still succeeds on a zombie.
alive() {
    local stat
    stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
    stat=${stat##*) }
    [[ ${stat:0:1} != Z ]]
}

# Builds the generator and (unless BENCH_SERVER_BIN is set) publishes the server in Release as it is deployed (ReadyToRun,
# into out/bench-server); sets bench_bin and server_bin.
bench_build() {
    echo "== build (Release)"
    dotnet build "$bench_root/bench/EvDashboard.Bench/EvDashboard.Bench.csproj" -c Release --nologo -v quiet || return 1
    local dll
    dll=$(dotnet msbuild "$bench_root/bench/EvDashboard.Bench/EvDashboard.Bench.csproj" -p:Configuration=Release -getProperty:TargetPath)
    bench_bin=${dll%.dll}
    if [[ -n ${BENCH_SERVER_BIN:-} ]]; then
        server_bin=$(realpath "$BENCH_SERVER_BIN")
    else
        dotnet publish "$bench_root/EvDashboard/EvDashboard.csproj" -c Release -o "$bench_root/out/bench-server" --nologo -v quiet || return 1
        server_bin="$bench_root/out/bench-server/EvDashboard"
    fi
    [[ -x $server_bin ]] || { echo "server binary not found: $server_bin"; return 1; }
    [[ -x $bench_bin ]] || { echo "generator binary not found: $bench_bin"; return 1; }
}

# start_server DATABASE LOG [VAR=VALUE ...]: starts the server on DATABASE (created if missing) with the extra
# environment, waits until GET /healthz answers 200, and sets server_pid and server_ready_ms (exec to healthy).
start_server() {
    local db=$1 log=$2
    shift 2
    if curl -s -o /dev/null --max-time 1 "$base_url/"; then
        echo "something already listens on 127.0.0.1:$port; set BENCH_PORT"
        return 1
    fi
    server_log=$log
    server_started_ns=$(date +%s%N)
    # The content root is the working directory, so start it where its appsettings.json is.
    (
        cd "$(dirname "$server_bin")"
        ulimit -n "${BENCH_FILE_LIMIT:-200000}" 2>/dev/null || ulimit -n "$(ulimit -Hn)"
        exec env ASPNETCORE_ENVIRONMENT=Production \
            Ocpp__UnknownChargePoints=Accept \
            Api__Keys__0="$api_key" \
            ConnectionStrings__EvDashboard="Data Source=$db" \
            "$@" "$server_bin" --urls "$base_url"
    ) >>"$log" 2>&1 &
    server_pid=$!
    local deadline=$((SECONDS + startup_timeout))
    until [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$base_url/healthz" || true) == 200 ]]; do
        if ! alive "$server_pid" || ((SECONDS >= deadline)); then
            echo "server did not answer GET /healthz with 200 within ${startup_timeout}s; last log lines:"
            tail -30 "$log"
            return 1
        fi
        sleep 0.02
    done
    server_ready_ms=$((($(date +%s%N) - server_started_ns) / 1000000))
    # Another server that took the port between the check above and now would answer /healthz in our place.
    sleep 0.2
    if ! alive "$server_pid"; then
        echo "the server exited after /healthz answered (is another one on port $port?); last log lines:"
        tail -30 "$log"
        return 1
    fi
    echo "server pid $server_pid healthy on $base_url after ${server_ready_ms} ms"
}

# The server accepts only known idTags (OCPP 1.6 §6.1), so the generator's tag is registered through the API.
register_id_tag() {
    local status
    status=$(curl -s -o /dev/null -w '%{http_code}' -X POST "$base_url/api/id-tags" -H "X-Api-Key: $api_key" \
        -H 'Content-Type: application/json' -d "{\"idTag\":\"$1\",\"status\":\"Accepted\"}")
    [[ $status == 201 ]] || { echo "could not register idTag $1 (POST /api/id-tags answered $status)"; return 1; }
    echo "idTag $1 registered as Accepted"
}

stop_server() {
    [[ -n $server_pid ]] && alive "$server_pid" || { server_pid=; return 0; }
    kill -TERM "$server_pid" 2>/dev/null || true
    for _ in $(seq 1 100); do
        alive "$server_pid" || break
        sleep 0.1
    done
    kill -KILL "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=
}

# kill -9: no shutdown hooks, no flush; what is on disk is all there is.
kill_server() {
    [[ -n $server_pid ]] || return 0
    kill -KILL "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=
}

# utime + stime of a process, in seconds (fields 14 and 15 of /proc/PID/stat, counted after the "(comm)").
cpu_seconds() {
    local stat
    stat=$(<"/proc/$1/stat")
    stat=${stat##*) }
    awk -v tck="$clk_tck" '{ printf "%.2f", ($12 + $13) / tck }' <<<"$stat"
}

rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/$1/status"; }

peak_rss_kb() { awk '/^VmHWM:/ { print $2 }' "/proc/$1/status"; }

# Share of all cores used over one second by processes other than the server (builds, tests, ...), from
# /proc/stat (user..steal; guest time is inside user) minus the server's own utime+stime.
background_percent() {
    local a b s1 s2
    a=$(head -1 /proc/stat)
    s1=$(cpu_seconds "$server_pid")
    sleep 1
    b=$(head -1 /proc/stat)
    s2=$(cpu_seconds "$server_pid")
    awk -v a="$a" -v b="$b" -v s="$(awk -v x="$s1" -v y="$s2" 'BEGIN { print y - x }')" -v tck="$clk_tck" 'BEGIN {
        split(a, x); split(b, y); total = 0
        for (i = 2; i <= 9; i++) total += y[i] - x[i]
        busy = total - (y[5] - x[5]) - (y[6] - x[6]) - s * tck
        printf "%.0f", (total > 0 && busy > 0 ? 100 * busy / total : 0) }'
}

# wait_for_quiet SECONDS: waits up to SECONDS for other processes to use under 10 % of the cores; prints the share.
wait_for_quiet() {
    local background deadline=$((SECONDS + ${1:-0}))
    background=$(background_percent)
    while ((background > 10 && SECONDS < deadline)); do
        echo "other processes use ${background}% of the cores; waiting for a quieter machine"
        sleep 4
        background=$(background_percent)
    done
    echo "other processes just before the run: ${background}% of $(nproc) cores (figures suffer above a few %)"
}

# field NAME "RESULT ..." -> the value of NAME=VALUE in a RESULT line.
field() { grep -oE "(^| )$1=[^ ]+" <<<"$2" | head -1 | cut -d= -f2; }
