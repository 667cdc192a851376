#!/usr/bin/env bash
# P7 of issue 8: browser circuits on the Stations page while 1,000 connectors report live at 1 Hz.
#
# Starts the server on a fresh SQLite database, the load generator (bench/EvDashboard.Bench) with 1,000 charge points
# each in a transaction sending MeterValues once a second (1,000 calls/s together), waits until it runs at that rate,
# then runs bench/EvDashboard.UiBench: the server's CPU and RSS for SECONDS without circuits, then with CIRCUITS
# Chromium pages on /stations (each a live Blazor circuit; every page must show its figures changing), then the pages
# close and the server's sockets must fall back. Goals: the circuits cost < 25 % of one core and < 1 MB each.
#
# usage: bench/ui.sh [CIRCUITS [SECONDS]]          default 50 60
# environment: BENCH_PORT (5099), BENCH_CHARGE_POINTS (1000), BENCH_SETTLE seconds (10), BENCH_QUIET_WAIT seconds (0),
#              BENCH_SERVER_BIN, BENCH_KEEP=1 (keep the database and logs), UIBENCH_ARGS (more UiBench options)
# exit code: 0 only if every circuit was live, the goals were met and the server's sockets fell back.
set -euo pipefail

# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

circuits=${1:-50}
seconds=${2:-60}
charge_points=${BENCH_CHARGE_POINTS:-1000}
id_tag=BENCHTAG
email=ui-bench@bench.example
password="ui-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"

work=$(mktemp -d "${TMPDIR:-/tmp}/bench-ui-XXXX")
mkdir -p "$bench_root/bench/results"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
report="$bench_root/bench/results/ui-$stamp.txt"
exec > >(tee "$report") 2>&1

generator_pid=
failed=0

stop_generator() {
    [[ -n $generator_pid ]] && alive "$generator_pid" || return 0
    kill -TERM "$generator_pid" 2>/dev/null || true
    wait "$generator_pid" 2>/dev/null || true
    generator_pid=
}

cleanup() {
    stop_generator
    stop_server
    if [[ ${BENCH_KEEP:-0} == 1 || $failed != 0 ]]; then
        echo "kept database and logs in $work"
    else
        rm -rf "$work"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# wait_for_rate RATE TIMEOUT: until the generator has connected every charge point and its last two progress lines
# (they read "  12.0 s  measure      998 calls/s  errors 0") are within 10 % of RATE calls/s: the burst of
# StartTransactions and the first samples are over.
wait_for_rate() {
    local rate=$1 deadline=$((SECONDS + $2)) last
    while ((SECONDS < deadline)); do
        alive "$generator_pid" || return 1
        last=$(grep -oE '[0-9]+ calls/s' "$work/generator.txt" | tail -2 | cut -d' ' -f1 | tr '\n' ' ')
        if awk -v r="$rate" -v l="$last" 'BEGIN { n = split(l, x, " "); exit !(n == 2 && x[1] >= 0.9 * r && x[1] <= 1.1 * r && x[2] >= 0.9 * r && x[2] <= 1.1 * r) }'; then
            grep '^connected ' "$work/generator.txt"
            echo "generator at ${last}calls/s (its last two progress lines)"
            return 0
        fi
        sleep 1
    done
    return 1
}

bench_build || { failed=1; exit 1; }
dotnet build "$bench_root/bench/EvDashboard.UiBench/EvDashboard.UiBench.csproj" -c Release --nologo -v quiet || { failed=1; exit 1; }
ui_dll=$(dotnet msbuild "$bench_root/bench/EvDashboard.UiBench/EvDashboard.UiBench.csproj" -p:Configuration=Release -getProperty:TargetPath)
ui_bin=${ui_dll%.dll}

echo "== server $server_bin on $base_url, database $work/evdashboard.db"
start_server "$work/evdashboard.db" "$work/server.log" Demo__Enabled=false \
    Seed__AdminEmail="$email" Seed__AdminPassword="$password" || { failed=1; exit 1; }
register_id_tag "$id_tag" || { failed=1; exit 1; }

echo "== generator: $charge_points charge points, one transaction each, MeterValues at 1 Hz each"
# Runs until stopped: the UI benchmark's two windows, the page loads and the settling time are not known in advance.
"$bench_bin" --url "ws://127.0.0.1:$port/ocpp" --scenario metervalues --charge-points "$charge_points" \
    --rate "$charge_points" --duration 86400 --warmup 0 --id-prefix UI --id-tag "$id_tag" >"$work/generator.txt" 2>&1 &
generator_pid=$!
if ! wait_for_rate "$charge_points" 180; then
    echo "the generator did not reach $charge_points calls/s; its output:"
    tail -20 "$work/generator.txt"
    failed=1
    exit 1
fi

wait_for_quiet "${BENCH_QUIET_WAIT:-0}"
generator_mark=$(($(wc -l <"$work/generator.txt") + 1))
echo "== UI benchmark: $circuits circuits, ${seconds}s windows; load average $(cut -d' ' -f1-3 /proc/loadavg)"
set +e
# The browser is not part of the server under test (it runs on the operators' machines), but here it shares the two
# cores: at a lower priority its 50 page loads and renders cannot starve the server into timing out the charge points.
# shellcheck disable=SC2086 # UIBENCH_ARGS is a list of options
nice -n 10 "$ui_bin" --url "$base_url" --server-pid "$server_pid" --email "$email" --password "$password" \
    --circuits "$circuits" --duration "$seconds" --settle "${BENCH_SETTLE:-10}" \
    --screenshot "$bench_root/bench/results/ui-$stamp.png" ${UIBENCH_ARGS:-} | tee "$work/ui.txt"
rc=${PIPESTATUS[0]}
set -e
((rc == 0)) || failed=1

# The circuits' cost is the difference between two windows, so it holds only if the OCPP load was the same in both:
# every progress line from the start of the UI benchmark on must be within 10 % of the target rate.
errors=$(grep -oE 'errors [0-9]+' "$work/generator.txt" | tail -1 | cut -d' ' -f2)
rates=$(tail -n +"$generator_mark" "$work/generator.txt" | grep -oE '[0-9]+ calls/s' | cut -d' ' -f1 | tr '\n' ' ')
echo "generator calls/s during the UI benchmark: ${rates:-none}; errors ${errors:-?}"
[[ ${errors:-1} == 0 ]] || failed=1
if ! awk -v r="$charge_points" -v l="$rates" 'BEGIN { n = split(l, x, " "); for (i = 1; i <= n; i++) if (x[i] < 0.9 * r || x[i] > 1.1 * r) exit 1; exit n == 0 }'; then
    echo "the OCPP load was not steady at $charge_points calls/s: the windows are not comparable (a busy machine?)"
    failed=1
fi
echo "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
echo "report saved to $report"
if ((failed)); then
    echo "FAILED"
    exit 1
fi
echo "ALL OK"
