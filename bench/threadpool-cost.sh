#!/usr/bin/env bash
# What attaching stackprof costs a Node.js process that keeps libuv's
# threadpool busy: the nodejs probe puts uprobes on libuv's work submission
# and work functions in /usr/bin/node, so every pool item is a few traps into
# the kernel. The target is test/workloads/node_threadpool.mjs (default pool
# of 4 threads), in two workloads of about 4 s each, every variant side by side
# in one run, rounds interleaved (every round runs every (workload, variant)
# once, in a rotated order); reports the medians and the ratios to untraced.
#
#   bash bench/threadpool-cost.sh
#   bash bench/threadpool-cost.sh --render bench/results/threadpool-cost-<stamp>.json
#
# Workloads (node_threadpool.mjs MODE N ROUNDS; the pool items are exact, the
# workload counts them):
#   pbkdf2      20 concurrent crypto.pbkdf2 (~30 ms of CPU each) × PBKDF2_ROUNDS:
#               few, long items (one uv__queue_work each)
#   readfile    16 concurrent fs.readFile of a cached 8 MiB file × READFILE_ROUNDS:
#               many short items (19 uv__fs_work per readFile: open, fstat,
#               16 reads of 512 KiB, close)
# Variants:
#   plain       untraced
#   nonodejs    under `stackprof attach PID --json --no-nodejs` (every other
#               probe; only when attach has that flag)
#   stackprof   under `stackprof attach PID --json` (the default probe set)
# Each run: start the target, attach (traced variants), wait until the probes
# are live, send "go", wait for "done", read the target's CPU time (utime +
# stime of all its threads, /proc/PID/stat) and its own wall-clock time of the
# work (go -> last callback), SIGINT stackprof and read its report (the
# nodejs probe's count of pool items started, when it reports one).
#
# Environment (defaults in brackets):
#   ROUNDS [5]              rounds, each runs every (workload, variant) once
#   WORKLOADS ["pbkdf2 readfile"]  VARIANTS ["plain nonodejs stackprof"]
#   PBKDF2_N [20] PBKDF2_ROUNDS [15]  READFILE_N [16] READFILE_ROUNDS [70]
#   FOREIGN_MAX [0.10], RETRIES [2]  redo a run that others' processes disturbed
#
# Output: a markdown section on stdout and in bench/results/threadpool-cost.md;
# every run in bench/results/threadpool-cost-<UTC stamp>.json (copied to
# threadpool-cost.json).
source "$(dirname "$0")/lib/common.sh"

ROUNDS="${ROUNDS:-5}"
WORKLOADS="${WORKLOADS:-pbkdf2 readfile}"
VARIANTS="${VARIANTS:-plain nonodejs stackprof}"
PBKDF2_N="${PBKDF2_N:-20}"
PBKDF2_ROUNDS="${PBKDF2_ROUNDS:-15}"
READFILE_N="${READFILE_N:-16}"
READFILE_ROUNDS="${READFILE_ROUNDS:-70}"
WORKLOAD="$BENCH_ROOT/test/workloads/node_threadpool.mjs"
RENDER="$BENCH_DIR/threadpool_render.mjs"

if [ "${1:-}" = --render ]; then
  [ -f "${2:-}" ] || die "usage: bash bench/threadpool-cost.sh --render bench/results/threadpool-cost-STAMP.json"
  node "$RENDER" render "$2"
  exit 0
fi

[ "$(id -u)" = 0 ] || die "needs root (BPF)"
[ -f "$BENCH_ROOT/dist/src/commands/attach.js" ] || die "dist/ is not built (npx tsc --build)"
[ -x "$BENCH_ROOT/native/build/stackprof-loader" ] || die "the loader is not built (make -C native)"
read -r -a WLIST <<<"$WORKLOADS"
read -r -a VLIST0 <<<"$VARIANTS"
for w in "${WLIST[@]}"; do
  case "$w" in pbkdf2|readfile) ;; *) die "unknown workload $w" ;; esac
done
# --no-nodejs exists once the nodejs probe does; without it the variant is
# dropped (and the report says so).
HAS_NO_NODEJS=false
"${STACKPROF[@]}" attach --help 2>&1 | grep -q -- '--no-nodejs' && HAS_NO_NODEJS=true
VLIST=()
for v in "${VLIST0[@]}"; do
  case "$v" in
    plain|stackprof) VLIST+=("$v") ;;
    nonodejs) if [ "$HAS_NO_NODEJS" = true ]; then VLIST+=("$v"); else log "stackprof attach has no --no-nodejs: variant nonodejs skipped"; fi ;;
    *) die "unknown variant $v" ;;
  esac
done
log "workloads: ${WLIST[*]}; variants: ${VLIST[*]}; $ROUNDS rounds"

# steal_ticks: CPU time the hypervisor gave to others while this VM wanted
# it, all CPUs (/proc/stat); it stretches the target's wall time.
steal_ticks() { awk '/^cpu / {print $9; exit}' /proc/stat; }

RAW="$BENCH_TMP/raw.jsonl"
: >"$RAW"

run_once() { # WORKLOAD VARIANT ROUND ATTEMPT: returns 1 when foreign load disturbed the run
  local wl="$1" variant="$2" round="$3" attempt="$4" pfx="$BENCH_TMP/$1.$2.$3.$4" tracer="" args=() wargs
  case "$wl" in
    pbkdf2) wargs=(pbkdf2 "$PBKDF2_N" "$PBKDF2_ROUNDS") ;;
    readfile) wargs=(readfile "$READFILE_N" "$READFILE_ROUNDS") ;;
  esac
  [ "$variant" = nonodejs ] && args=(--no-nodejs)
  start_go_target "$pfx.target" node "$WORKLOAD" "${wargs[@]}"
  local tpid="$TARGET_PID" fifo="$TARGET_FIFO"
  if [ "$variant" != plain ]; then
    "${STACKPROF[@]}" attach "$tpid" --json "${args[@]}" >"$pfx.out" 2>"$pfx.err" &
    tracer=$!
    track "$tracer"
    wait_for_line "$pfx.err" '^attached to pid' "$TRACER_TIMEOUT" "$tracer" || die "stackprof did not attach: $(tail -5 "$pfx.err")"
  fi
  foreign_snapshot "$pfx.f0"
  local t0 t1 c0 c1 s0 s1
  c0="$(cpu_ticks "$tpid")"
  s0="$(steal_ticks)"
  t0=$(date +%s.%N)
  send_line "$fifo"
  wait_for_line "$pfx.target" '^done$' 600 "$tpid" || die "$wl $variant: the target did not finish: $(tail -5 "$pfx.target")"
  t1=$(date +%s.%N)
  c1="$(cpu_ticks "$tpid")"
  s1="$(steal_ticks)"
  foreign_snapshot "$pfx.f1"
  [ -n "$tracer" ] && stop_pid "$tracer" INT 60
  send_line "$fifo"
  wait_exit "$tpid" 30 || die "$wl $variant: the target did not exit"
  rm -f "$fifo"
  local result report=null
  result="$(grep -m1 '^{' "$pfx.target")" || die "$wl $variant: no result line: $(cat "$pfx.target")"
  if [ -n "$tracer" ]; then
    report="$(node "$BENCH_DIR/threadpool_report.mjs" "$pfx.out")" || die "$wl $variant: cannot read stackprof's report: $(tail -5 "$pfx.err")"
  fi
  local fticks fshare disturbed=false steal
  steal="$(awk -v a="$s0" -v b="$s1" -v hz="$CLK_TCK" -v x="$t0" -v y="$t1" 'BEGIN {s = y - x; if (s < 0.001) s = 0.001; printf "%.3f", (b - a) / hz / s}')"
  fticks="$(foreign_ticks "$pfx.f0" "$pfx.f1")"
  fshare="$(awk -v t="$fticks" -v hz="$CLK_TCK" -v a="$t0" -v b="$t1" 'BEGIN {s = b - a; if (s < 0.001) s = 0.001; printf "%.3f", (t / hz) / s}')"
  awk -v f="$fshare" -v m="$FOREIGN_MAX" 'BEGIN {exit !(f > m)}' && disturbed=true
  printf '{"workload":"%s","variant":"%s","round":%d,"attempt":%d,"result":%s,"cpu_s":%s,"report":%s,"foreign_cpu_share":%s,"steal_cpus":%s,"disturbed":%s}\n' \
    "$wl" "$variant" "$round" "$attempt" "$result" "$(awk -v a="$c0" -v b="$c1" -v hz="$CLK_TCK" 'BEGIN {printf "%.3f", (b - a) / hz}')" \
    "$report" "$fshare" "$steal" "$disturbed" >>"$RAW"
  log "round $round $(printf '%-9s %-9s' "$wl" "$variant") wall=$(node -e 'console.log(JSON.parse(process.argv[1]).wallMs)' "$result") ms cpu=$(awk -v a="$c0" -v b="$c1" -v hz="$CLK_TCK" 'BEGIN {printf "%.2f", (b - a) / hz}') s foreign CPU=$fshare steal=$steal$([ "$disturbed" = true ] && echo " (disturbed)")"
  [ "$disturbed" = false ]
}

run_variant() {
  local attempt
  for ((attempt = 0; attempt <= RETRIES; attempt++)); do
    run_once "$1" "$2" "$3" "$attempt" && return 0
  done
  log "round $3 $1 $2: still disturbed after $RETRIES retries; keeping the last run (flagged)"
}

t_start=$(date +%s)
COMBOS=()
for w in "${WLIST[@]}"; do for v in "${VLIST[@]}"; do COMBOS+=("$w:$v"); done; done
nc=${#COMBOS[@]}
for ((r = 1; r <= ROUNDS; r++)); do
  for ((k = 0; k < nc; k++)); do
    c="${COMBOS[(k + r - 1) % nc]}"
    run_variant "${c%%:*}" "${c##*:}" "$r"
  done
done
elapsed=$(($(date +%s) - t_start))

META="$BENCH_TMP/meta.json"
printf '{"benchmark":"threadpool-cost","stamp":"%s","machine":%s,"rounds":%d,"workloads":"%s","variants":"%s","requested_variants":"%s","has_no_nodejs":%s,"params":{"pbkdf2":[%d,%d],"readfile":[%d,%d]},"node":%s,"elapsed_s":%d,"foreign_bpf_before":%s,"command":"bash bench/threadpool-cost.sh","foreign_max":%s,"retries":%d,"commit":%s}\n' \
  "$BENCH_STAMP" "$(machine_json)" "$ROUNDS" "${WLIST[*]}" "${VLIST[*]}" "${VLIST0[*]}" "$HAS_NO_NODEJS" \
  "$PBKDF2_N" "$PBKDF2_ROUNDS" "$READFILE_N" "$READFILE_ROUNDS" "$(json_str "$(node --version)")" "$elapsed" \
  "$(json_str "$FOREIGN_BPF")" "$FOREIGN_MAX" "$RETRIES" \
  "$(json_str "$(git -C "$BENCH_ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$BENCH_ROOT" diff --quiet HEAD -- probes native src 2>/dev/null || echo '+uncommitted')")" >"$META"

OUT="$RESULTS_DIR/threadpool-cost-$BENCH_STAMP.json"
node "$RENDER" build "$META" "$RAW" "$OUT" >"$RESULTS_DIR/threadpool-cost.md"
cp "$OUT" "$RESULTS_DIR/threadpool-cost.json"
cat "$RESULTS_DIR/threadpool-cost.md"
log "results: $OUT"
