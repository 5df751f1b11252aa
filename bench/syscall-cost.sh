#!/usr/bin/env bash
# Per-syscall cost of tracing: bench/build/getppid_loop N (N x getppid() in a
# tight loop, timed inside the process) untraced and under each tracer, all in
# one run, rounds interleaved (every round runs every variant once, in a
# rotated order); reports the median ns/call per variant, the ns each tracer
# adds per syscall and the ratio to untraced.
#
#   bash bench/syscall-cost.sh
#
# Environment (defaults in brackets):
#   ROUNDS [5]      rounds; each runs every variant once
#   N [10000000]    getppid calls per run for the fast variants
#   SLOW_N [200000] calls per run under strace and perf trace (10M would take
#                   many minutes there; ns/call is still comparable)
#   LOOP_CPUS [all CPUs: "0 1" here]  every round runs every variant once with
#                   the loop pinned (taskset) to each of these CPUs; "" = unpinned.
#                   Pinned, because the cost of a tracer can depend on the CPU:
#                   bpftrace opens its tracepoint perf event on CPU 0 and costs
#                   more there.
#   VARIANTS        space-separated subset of:
#                   untraced untraced-slow stackprof stackprof-tp bpftrace syscount perf-trace strace
#                   bystander-stackprof bystander-bpftrace
#
# The bystander-* variants run the loop untraced while the tracer is attached
# to a different, idle process: what a pid-filtered syscall tracer costs every
# other process on the machine (the probes sit on system-wide tracepoints and
# filter by pid inside the BPF program).
#
# Every traced run: start the target with WAIT_FOR_GO=1, attach the tracer,
# wait until its probes are live, send "go", wait for the loop to finish,
# SIGINT the tracer and wait for it. The tracer's own count of getppid calls
# is recorded as a check that it saw the loop. CPU used by processes outside
# this benchmark during the loop is measured too; a run during which they used
# more than FOREIGN_MAX [0.10] of a CPU is redone (at most RETRIES [2] times)
# and flagged if it stays disturbed.
#
# Output: a markdown table on stdout; bench/results/syscall-cost-<UTC stamp>.json
# (and a copy as syscall-cost.json, plus syscall-cost.md).
source "$(dirname "$0")/lib/common.sh"

ROUNDS="${ROUNDS:-5}"
N="${N:-10000000}"
SLOW_N="${SLOW_N:-200000}"
VARIANTS="${VARIANTS:-untraced untraced-slow stackprof stackprof-tp bpftrace syscount perf-trace strace bystander-stackprof bystander-bpftrace}"

[ -x "$GETPPID_LOOP" ] || die "$GETPPID_LOOP is not built (bash scripts/setup.sh --bench)"
[ "$(id -u)" = 0 ] || die "needs root (BPF, perf, ptrace)"

RAW="$BENCH_TMP/raw.jsonl"
: >"$RAW"
SKIPPED="$BENCH_TMP/skipped.jsonl"
: >"$SKIPPED"

skip_variant() { # NAME REASON
  log "skipping $1: $2"
  printf '{"variant":"%s","reason":%s}\n' "$1" "$(json_str "$2")" >>"$SKIPPED"
  VARIANTS=" $VARIANTS "; VARIANTS="${VARIANTS// $1 / }"
}

# Which tools are here, and does bcc's syscount run at all on this kernel?
for v in $VARIANTS; do
  case "$v" in
    bpftrace) command -v bpftrace >/dev/null || skip_variant bpftrace "bpftrace is not installed" ;;
    perf-trace) command -v perf >/dev/null || skip_variant perf-trace "perf is not installed" ;;
    strace) command -v strace >/dev/null || skip_variant strace "strace is not installed" ;;
    syscount)
      if ! command -v syscount-bpfcc >/dev/null; then
        skip_variant syscount "syscount-bpfcc (bpfcc-tools) is not installed"
      else
        # syscount uses the raw_syscalls tracepoints (no kprobes), but bcc
        # compiles its C program at run time against the kernel headers.
        log "checking whether syscount-bpfcc runs here"
        if timeout 120 syscount-bpfcc -d 1 -p $$ >"$BENCH_TMP/sc.out" 2>"$BENCH_TMP/sc.err" \
            && grep -q '^Tracing syscalls' "$BENCH_TMP/sc.out"; then
          log "syscount-bpfcc runs"
        else
          why="$(cat "$BENCH_TMP/sc.out" "$BENCH_TMP/sc.err" | grep -oE '^Unable to find kernel headers|^chdir\([^)]*\): .*|^Exception: .*' | paste -sd ';' - || true)"
          [ -n "$why" ] || why="$(tail -1 "$BENCH_TMP/sc.err")"
          skip_variant syscount "syscount-bpfcc fails before attaching: ${why:-exit status nonzero}"
        fi
      fi
      ;;
  esac
done
read -r -a VLIST <<<"$VARIANTS"
LOOP_CPUS="${LOOP_CPUS-$(seq -s ' ' 0 $(($(nproc) - 1)))}"
read -r -a CPULIST <<<"${LOOP_CPUS:-any}"
log "variants: ${VLIST[*]}; $ROUNDS rounds; loop on CPU(s): ${CPULIST[*]}; N=$N, SLOW_N=$SLOW_N"

# Tracer's own count of getppid calls (a check that it saw the loop).
traced_count() { # KIND PREFIX
  local kind="$1" pfx="$2"
  case "$kind" in
    stackprof|stackprof-tp)
      node -e '
        const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
        let n = 0; for (const t of r.threads) for (const s of t.syscalls) if (s.name === "getppid") n += Number(s.count);
        console.log(n)' "$pfx.out" 2>/dev/null || echo null ;;
    bpftrace) awk -F': ' '/^@\[110\]/ {print $2; f=1} END {if (!f) print "null"}' "$pfx.out" ;;
    syscount) awk '$1 == "getppid" {print $2; f=1} END {if (!f) print "null"}' "$pfx.out" ;;
    perf-trace) awk '$1 == "getppid" {print $2; f=1} END {if (!f) print "null"}' "$pfx.out" "$pfx.err" ;;
    strace) awk '$NF == "getppid" {print $4; f=1} END {if (!f) print "null"}' "$pfx.out" ;;
    *) echo null ;;
  esac
}

run_variant() { # VARIANT ROUND CPU: one run, redone (up to RETRIES times) when disturbed
  local v="$1" round="$2" cpu="$3" attempt
  for ((attempt = 0; attempt <= RETRIES; attempt++)); do
    run_once "$v" "$round" "$cpu" "$attempt" && return 0
  done
  log "round $round $v: still disturbed after $RETRIES retries; keeping the last run (flagged)"
}

run_once() { # VARIANT ROUND CPU ATTEMPT: returns 1 when foreign load disturbed the run
  local v="$1" round="$2" cpu="$3" attempt="$4"
  local n="$N" kind="$v" pfx="$BENCH_TMP/$v.$round.$cpu.$attempt"
  local pin=()
  [ "$cpu" = any ] || pin=(taskset -c "$cpu")
  local decoy="" decoy_fifo=""
  case "$v" in
    untraced-slow) n="$SLOW_N"; kind=untraced ;;
    perf-trace|strace) n="$SLOW_N" ;;
    bystander-*)
      kind="${v#bystander-}"
      # The tracer watches an idle decoy that never gets "go".
      start_go_target "$pfx.decoy" "$GETPPID_LOOP" 1
      decoy="$TARGET_PID" decoy_fifo="$TARGET_FIFO"
      ;;
  esac
  start_go_target "$pfx.target" "${pin[@]}" "$GETPPID_LOOP" "$n"
  local tpid="$TARGET_PID" tracer=""
  if [ "$kind" != untraced ]; then
    start_tracer "$kind" "${decoy:-$tpid}" "$pfx"
    tracer="$TRACER_PID"
  fi
  foreign_snapshot "$pfx.f0"
  send_line "$TARGET_FIFO"
  wait_exit "$tpid" 900 || die "$v: the loop did not finish in 900 s"
  foreign_snapshot "$pfx.f1"
  if [ -n "$tracer" ]; then stop_tracer "$tracer"; fi
  rm -f "$TARGET_FIFO"
  if [ -n "$decoy" ]; then stop_pid "$decoy" TERM 5; rm -f "$decoy_fifo"; fi
  local ns
  ns="$(sed -n 's/.*ns_per_call=\([0-9.]*\).*/\1/p' "$pfx.target")"
  [ -n "$ns" ] || die "$v: no ns_per_call in the target's output: $(cat "$pfx.target")"
  local counted=null attach_ms=null
  if [ -n "$tracer" ]; then
    counted="$(traced_count "$kind" "$pfx")"
    [ -n "$counted" ] || counted=null
    case "$kind" in stackprof*) attach_ms="$(sed -n 's/.* in \([0-9]*\) ms.*/\1/p' "$pfx.err" | head -1)" ;; esac
    [ -n "$attach_ms" ] || attach_ms=null
  fi
  # Foreign CPU during the loop, as a share of one CPU.
  local fticks fshare disturbed=false
  fticks="$(foreign_ticks "$pfx.f0" "$pfx.f1")"
  fshare="$(awk -v t="$fticks" -v hz="$CLK_TCK" -v ns="$ns" -v n="$n" 'BEGIN {printf "%.3f", (t / hz) / (ns * n / 1e9)}')"
  awk -v f="$fshare" -v m="$FOREIGN_MAX" 'BEGIN {exit !(f > m)}' && disturbed=true
  printf '{"variant":"%s","cpu":"%s","round":%d,"attempt":%d,"calls":%d,"ns_per_call":%s,"tracer_counted_getppid":%s,"stackprof_attach_ms":%s,"foreign_cpu_ticks":%d,"foreign_cpu_share":%s,"disturbed":%s}\n' \
    "$v" "$cpu" "$round" "$attempt" "$n" "$ns" "$counted" "$attach_ms" "$fticks" "$fshare" "$disturbed" >>"$RAW"
  log "round $round  cpu $cpu  $(printf '%-19s' "$v") calls=$n ns/call=$ns  tracer counted=$counted  foreign CPU=$fshare$([ "$disturbed" = true ] && echo " (disturbed)")"
  [ "$disturbed" = false ]
}

bpf_snapshot "$BENCH_TMP/bpf-before.txt"
t_start=$(date +%s)
COMBOS=()
for v in "${VLIST[@]}"; do for c in "${CPULIST[@]}"; do COMBOS+=("$v@$c"); done; done
nv=${#COMBOS[@]}
for ((r = 1; r <= ROUNDS; r++)); do
  # Rotate the order every round so no variant always runs first or last.
  for ((k = 0; k < nv; k++)); do
    combo="${COMBOS[(k + r - 1) % nv]}"
    run_variant "${combo%@*}" "$r" "${combo#*@}"
  done
done
elapsed=$(($(date +%s) - t_start))

META="$BENCH_TMP/meta.json"
printf '{"benchmark":"syscall-cost","stamp":"%s","machine":%s,"rounds":%d,"n":%d,"slow_n":%d,"elapsed_s":%d,"foreign_bpf_before":%s,"command":"bash bench/syscall-cost.sh","foreign_max":%s,"retries":%d,"loop_cpus":"%s","env":{"ROUNDS":"%s","N":"%s","SLOW_N":"%s"}}\n' \
  "$BENCH_STAMP" "$(machine_json)" "$ROUNDS" "$N" "$SLOW_N" "$elapsed" "$(json_str "$FOREIGN_BPF")" "$FOREIGN_MAX" "$RETRIES" "${CPULIST[*]}" "$ROUNDS" "$N" "$SLOW_N" >"$META"

OUT="$RESULTS_DIR/syscall-cost-$BENCH_STAMP.json"
node "$BENCH_DIR/lib/report.mjs" syscall-cost "$META" "$RAW" "$SKIPPED" "$OUT" >"$RESULTS_DIR/syscall-cost.md"
cp "$OUT" "$RESULTS_DIR/syscall-cost.json"
cat "$RESULTS_DIR/syscall-cost.md"
log "results: $OUT"
