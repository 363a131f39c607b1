#!/usr/bin/env bash
# Run every benchmark under bench/ one after the other and collect their tables in one Markdown file.
#
#   bench/run_all.sh [OUT.md]          (default: bench-results-<UTC time>.md in the current folder)
#   BENCH_ONLY="checks preview" bench/run_all.sh    run only bench_checks.py and bench_preview.py
#   BENCH_SKIP="publish peers" bench/run_all.sh     skip some (publish needs root for WordPress)
#   PEERS_ARGS="--runs 7 --keys 40" bench/run_all.sh
#
# Each script runs with the project's .venv Python, a timeout, and its stdout kept verbatim;
# stderr goes to OUT.md.d/<name>.stderr. A failing script is reported (exit code and the end of its
# stderr) and the others still run. The machine (nproc, load average before and after each script)
# is recorded: the machine is small and shared, so read numbers from one run side by side.
set -u
cd "$(dirname "$0")/.."
PY=.venv/bin/python
OUT=${1:-bench-results-$(date -u +%Y%m%dT%H%M%SZ).md}
LOGS="$OUT.d"
mkdir -p "$LOGS"
TIMEOUT=${BENCH_TIMEOUT:-1500}

scripts=()
for f in bench/bench_*.py; do scripts+=("$f"); done
scripts+=(bench/peers.py)

wanted() {  # name without bench_ / .py
    local name=$1
    if [ -n "${BENCH_ONLY:-}" ]; then
        case " $BENCH_ONLY " in *" $name "*) ;; *) return 1 ;; esac
    fi
    case " ${BENCH_SKIP:-} " in *" $name "*) return 1 ;; esac
    return 0
}

{
    echo "# Benchmark run $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo
    echo "- machine: nproc=$(nproc), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'),"\
         "$(awk '/MemTotal/ {printf "%.1f GiB RAM", $2/1048576}' /proc/meminfo)"
    echo "- git: $(git rev-parse --short HEAD) ($(git log -1 --format=%cd --date=iso-strict));"\
         "$(git status --porcelain --untracked-files=no -- editor_app | wc -l) modified files under editor_app/"\
         "not yet committed (the benches measure the working tree)"
    echo "- load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$OUT"

status=0
for script in "${scripts[@]}"; do
    name=$(basename "$script" .py)
    name=${name#bench_}
    wanted "$name" || continue
    args=()
    env_extra=()
    case "$name" in
        peers) read -r -a args <<< "${PEERS_ARGS:-}" ;;
        checks_ui|preview|review) env_extra=(QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1) ;;
    esac
    echo "== $script (load $(cut -d' ' -f1-3 /proc/loadavg))" >&2
    start=$(date +%s%N)
    load_before=$(cut -d' ' -f1-3 /proc/loadavg)
    env "${env_extra[@]}" timeout "$TIMEOUT" "$PY" "$script" "${args[@]}" \
        > "$LOGS/$name.stdout" 2> "$LOGS/$name.stderr"
    rc=$?
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    secs=$(printf "%d.%01d" $((ms / 1000)) $(((ms % 1000) / 100)))
    {
        echo
        echo "## $script"
        echo
        echo "Command: \`$(printf '%s ' "${env_extra[@]}" "$PY" "$script" "${args[@]}" | sed 's/ $//')\`"
        echo "(exit $rc, ${secs} s, load average before: $load_before, after: $(cut -d' ' -f1-3 /proc/loadavg))"
        echo
        if [ "$rc" -ne 0 ]; then
            echo "**FAILED (exit $rc)** - end of stderr:"
            echo
            echo '```'
            tail -n 20 "$LOGS/$name.stderr"
            echo '```'
            echo
        fi
        # Markdown tables are kept as they are; anything else goes in a code block.
        if grep -q '^|' "$LOGS/$name.stdout"; then
            cat "$LOGS/$name.stdout"
        else
            echo '```'
            cat "$LOGS/$name.stdout"
            echo '```'
        fi
    } >> "$OUT"
    [ "$rc" -ne 0 ] && status=1
done
echo >> "$OUT"
echo "- load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT"
echo "wrote $OUT" >&2
exit $status
