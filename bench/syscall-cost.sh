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
#   VARIANTS        space-separated subset of:
#                   untraced untraced-slow stackprof stackprof-tp bpftrace syscount perf-trace strace
#
# Every traced run: start the target with WAIT_FOR_GO=1, attach the tracer,
# wait until its probes are live, send "go", wait for the loop to finish,
# SIGINT the tracer and wait for it. The tracer's own count of getppid calls
# is recorded as a check that it saw the loop.
#
# Output: a markdown table on stdout; bench/results/syscall-cost-<UTC stamp>.json
# (and a copy as syscall-cost.json, plus syscall-cost.md).
source "$(dirname "$0")/lib/common.sh"

ROUNDS="${ROUNDS:-5}"
N="${N:-10000000}"
SLOW_N="${SLOW_N:-200000}"
VARIANTS="${VARIANTS:-untraced untraced-slow stackprof stackprof-tp bpftrace syscount perf-trace strace}"

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
          why="$(grep -m1 -E 'Unable to find kernel headers|No such file|Exception|error' "$BENCH_TMP/sc.err" || tail -1 "$BENCH_TMP/sc.err")"
          skip_variant syscount "syscount-bpfcc fails before attaching: ${why:-exit status nonzero}"
        fi
      fi
      ;;
  esac
done
read -r -a VLIST <<<"$VARIANTS"
log "variants: ${VLIST[*]}; $ROUNDS rounds; N=$N, SLOW_N=$SLOW_N"

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

run_variant() { # VARIANT ROUND
  local v="$1" round="$2" n="$N" kind="$v" pfx="$BENCH_TMP/$1.$2"
  case "$v" in
    untraced-slow) n="$SLOW_N"; kind=untraced ;;
    perf-trace|strace) n="$SLOW_N" ;;
  esac
  start_go_target "$pfx.target" "$GETPPID_LOOP" "$n"
  local tpid="$TARGET_PID" tracer=""
  if [ "$kind" != untraced ]; then
    start_tracer "$kind" "$tpid" "$pfx"
    tracer="$TRACER_PID"
  fi
  send_line "$TARGET_FIFO"
  wait_exit "$tpid" 900 || die "$v: the loop did not finish in 900 s"
  [ -n "$tracer" ] && stop_tracer "$tracer"
  rm -f "$TARGET_FIFO"
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
  printf '{"variant":"%s","round":%d,"calls":%d,"ns_per_call":%s,"tracer_counted_getppid":%s,"stackprof_attach_ms":%s}\n' \
    "$v" "$round" "$n" "$ns" "$counted" "$attach_ms" >>"$RAW"
  log "round $round  $(printf '%-14s' "$v") calls=$n ns/call=$ns  tracer counted=$counted"
}

bpf_snapshot "$BENCH_TMP/bpf-before.txt"
t_start=$(date +%s)
nv=${#VLIST[@]}
for ((r = 1; r <= ROUNDS; r++)); do
  # Rotate the order every round so no variant always runs first or last.
  for ((k = 0; k < nv; k++)); do
    run_variant "${VLIST[(k + r - 1) % nv]}" "$r"
  done
done
elapsed=$(($(date +%s) - t_start))

META="$BENCH_TMP/meta.json"
printf '{"benchmark":"syscall-cost","stamp":"%s","machine":%s,"rounds":%d,"n":%d,"slow_n":%d,"elapsed_s":%d,"foreign_bpf_before":%s,"command":"bash bench/syscall-cost.sh","env":{"ROUNDS":"%s","N":"%s","SLOW_N":"%s"}}\n' \
  "$BENCH_STAMP" "$(machine_json)" "$ROUNDS" "$N" "$SLOW_N" "$elapsed" "$(json_str "$FOREIGN_BPF")" "$ROUNDS" "$N" "$SLOW_N" >"$META"

OUT="$RESULTS_DIR/syscall-cost-$BENCH_STAMP.json"
node "$BENCH_DIR/lib/report.mjs" syscall-cost "$META" "$RAW" "$SKIPPED" "$OUT" >"$RESULTS_DIR/syscall-cost.md"
cp "$OUT" "$RESULTS_DIR/syscall-cost.json"
cat "$RESULTS_DIR/syscall-cost.md"
log "results: $OUT"
