#!/usr/bin/env bash
# What the lkl probe's uprobes cost per hijacked call: bench/build/hijacked_calls N
# (N getsockname() calls on a UDP socket, timed inside the process) run under
# LD_PRELOAD of the stand-in for LKL's hijack library
# (test/workloads/build/liblkl-hijack.so), so every call goes through the
# library's override, lkl_syscall (uprobe + uretprobe), lkl_cpu_get (uprobe +
# uretprobe) and the forwarded host syscall. All variants in one run, rounds
# interleaved (every round runs every variant once, in a rotated order);
# reports the median ns/call per variant, the ns each adds and the ratios.
#
#   bash bench/uprobe-cost.sh
#   bash bench/uprobe-cost.sh --render bench/results/uprobe-cost-<stamp>.json
#
# Variants:
#   plain          no preload: getsockname() is the host syscall (the floor)
#   hijacked       the stand-in preloaded, no profiler
#   stackprof-nolkl  hijacked, under `stackprof attach PID --json --no-lkl`
#                  (every other probe: what the syscall tracepoints cost the
#                  forwarded syscall)
#   stackprof-nowait  hijacked, under `stackprof attach PID --json --no-lkl-cpu-wait`
#                  (lkl_syscall's two uprobes per call, lkl_cpu_get unprobed)
#   stackprof      hijacked, under `stackprof attach PID --json` (everything,
#                  the lkl probe's four uprobes per call included)
# Each traced run: start the target with WAIT_FOR_GO=1, attach, wait until the
# probes are live, send "go", wait for the loop to finish, SIGINT stackprof and
# read its report: the lkl probe must have counted exactly N calls.
#
# Environment (defaults in brackets):
#   ROUNDS [5]          rounds, each runs every variant once
#   N [1000000]         calls per untraced run
#   TRACED_N [30000]    calls per run under stackprof (about 1 s with uprobes here)
#   LOOP_CPU [1]        the loop is pinned here (taskset); "" unpinned
#   VARIANTS ["plain hijacked stackprof-nolkl stackprof-nowait stackprof"]
#   FOREIGN_MAX [0.10], RETRIES [2]  redo a run that others' processes disturbed
#
# Output: a markdown section on stdout and in bench/results/uprobe-cost.md;
# every run in bench/results/uprobe-cost-<UTC stamp>.json (copied to uprobe-cost.json).
source "$(dirname "$0")/lib/common.sh"

ROUNDS="${ROUNDS:-5}"
N="${N:-1000000}"
TRACED_N="${TRACED_N:-30000}"
LOOP_CPU="${LOOP_CPU-1}"
VARIANTS="${VARIANTS:-plain hijacked stackprof-nolkl stackprof-nowait stackprof}"
CALLS="$BENCH_DIR/build/hijacked_calls"
# STANDIN: another build of the stand-in (e.g. with frame pointers, where lkl_cpu_get starts with push %rbp).
STANDIN="${STANDIN:-$BENCH_ROOT/test/workloads/build/liblkl-hijack.so}"

RENDER="$BENCH_TMP/render.mjs"
cat >"$RENDER" <<'EOF'
import fs from 'node:fs'
const [how, ...args] = process.argv.slice(2)
let meta, attempts, outF
if (how === 'render') {
  ;({meta, attempts} = JSON.parse(fs.readFileSync(args[0], 'utf8')))
} else {
  meta = JSON.parse(fs.readFileSync(args[0], 'utf8'))
  attempts = fs.readFileSync(args[1], 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l))
  outF = args[2]
}
const last = new Map()
for (const r of attempts) {
  const k = `${r.variant}|${r.round}`
  if (!last.has(k) || r.attempt >= last.get(k).attempt) last.set(k, r)
}
const raw = [...last.values()]
const median = (xs) => {
  const a = xs.filter(Number.isFinite).sort((p, q) => p - q)
  if (a.length === 0) return NaN
  const m = a.length >> 1
  return a.length % 2 ? a[m] : (a[m - 1] + a[m]) / 2
}
const fmt = (x, d = 0) => (Number.isFinite(x) ? x.toLocaleString('en-US', {minimumFractionDigits: d, maximumFractionDigits: d}) : 'n/a')
const variants = meta.variants.split(' ')
const LABEL = {
  plain: 'plain getsockname() (no preload)',
  hijacked: 'through the stand-in hijack library, untraced',
  'stackprof-nolkl': 'hijacked, `stackprof attach --no-lkl`',
  'stackprof-nowait': 'hijacked, `stackprof attach --no-lkl-cpu-wait` (2 uprobes per call)',
  stackprof: 'hijacked, `stackprof attach` (lkl probe: 4 uprobes per call)',
}
const med = Object.fromEntries(variants.map((v) => [v, median(raw.filter((r) => r.variant === v).map((r) => r.ns_per_call))]))
const rows = variants.map((v) => {
  const runs = raw.filter((r) => r.variant === v)
  const ns = runs.map((r) => r.ns_per_call)
  return {
    variant: v, runs: runs.length, calls: runs[0]?.calls ?? null, ns_per_call_median: med[v], ns_min: Math.min(...ns), ns_max: Math.max(...ns),
    added_vs_hijacked: v === 'plain' ? null : med[v] - med.hijacked, ratio_vs_hijacked: med[v] / med.hijacked,
    lkl_counted: runs.some((r) => r.lkl_calls !== null) ? runs.map((r) => r.lkl_calls) : null,
    redone: attempts.filter((a) => a.variant === v && a.disturbed).length, still_disturbed: runs.filter((r) => r.disturbed).length,
  }
})
const uprobes = med.stackprof - med['stackprof-nolkl']
// The two functions' probes cost differently (a probed first instruction the kernel cannot emulate is
// single-stepped: a second trap), so each pair is priced on its own: lkl_syscall's from --no-lkl-cpu-wait.
const syscallPair = med['stackprof-nowait'] !== undefined ? med['stackprof-nowait'] - med['stackprof-nolkl'] : null
const cpuGetPair = syscallPair === null ? null : med.stackprof - med['stackprof-nowait']
const summary = {hijack_ns: med.hijacked - med.plain, uprobe_ns_per_call: uprobes, lkl_syscall_pair_ns: syscallPair, lkl_cpu_get_pair_ns: cpuGetPair, ratio_stackprof_vs_hijacked: med.stackprof / med.hijacked}
if (outF) fs.writeFileSync(outF, JSON.stringify({meta, summary, rows, attempts}, null, 2) + '\n')
const m = meta.machine
const L = []
L.push(`Machine: ${m.nproc} CPUs (${m.cpu}), kernel ${m.kernel}. Run ${meta.stamp}, ${Math.round(meta.elapsed_s)} s. ${meta.rounds} rounds, interleaved; loop pinned to CPU ${meta.loop_cpu || 'none'}; ${fmt(meta.n)} calls per untraced run, ${fmt(meta.traced_n)} under stackprof.${meta.commit ? ` Commit ${meta.commit}.` : ''}`)
L.push(`(A run is redone, at most ${meta.retries} times, when processes outside the benchmark used more than ${meta.foreign_max} of a CPU during it.)`)
if (meta.foreign_bpf_before) L.push(`\n> Warning: BPF programs of another user were loaded while this ran:\n> \`${meta.foreign_bpf_before.replace(/\n/g, '; ')}\`\n`)
L.push('')
L.push('| variant | runs | median ns/call | min–max | added vs untraced hijacked | × untraced hijacked | calls the lkl probe counted | redone / still disturbed |')
L.push('|---|---:|---:|---:|---:|---:|---|---:|')
for (const r of rows) {
  L.push(`| ${LABEL[r.variant] ?? r.variant} | ${r.runs} | **${fmt(r.ns_per_call_median)}** | ${fmt(r.ns_min)}–${fmt(r.ns_max)} | ${r.added_vs_hijacked === null ? '–' : fmt(r.added_vs_hijacked)} | ${fmt(r.ratio_vs_hijacked, 2)} | ${r.lkl_counted ? r.lkl_counted.map((n) => fmt(n)).join(', ') : '–'} | ${r.redone} / ${r.still_disturbed} |`)
}
L.push('')
L.push(`- The stand-in's override and lkl_syscall add ${fmt(summary.hijack_ns)} ns to the host call (no profiler).`)
L.push(`- The lkl probe adds **${fmt(summary.uprobe_ns_per_call)} ns per hijacked call** (stackprof with it minus stackprof without it). A hijacked call under stackprof takes ${fmt(summary.ratio_stackprof_vs_hijacked, 1)}× as long as untraced.`)
if (syscallPair !== null) L.push(`- Of that, lkl_syscall's entry and return probes: **${fmt(syscallPair)} ns** (\`--no-lkl-cpu-wait\` minus \`--no-lkl\`); lkl_cpu_get's: **${fmt(cpuGetPair)} ns** (the default minus \`--no-lkl-cpu-wait\`).`)
console.log(L.join('\n'))
EOF
if [ "${1:-}" = --render ]; then
  [ -f "${2:-}" ] || die "usage: bash bench/uprobe-cost.sh --render bench/results/uprobe-cost-STAMP.json"
  node "$RENDER" render "$2"
  exit 0
fi

[ "$(id -u)" = 0 ] || die "needs root (BPF)"
[ -x "$CALLS" ] || die "$CALLS is not built (make -C bench)"
[ -f "$STANDIN" ] || die "$STANDIN is not built (make -C test/workloads)"
[ -f "$BENCH_ROOT/dist/src/commands/attach.js" ] || die "dist/ is not built (npx tsc --build)"
read -r -a VLIST <<<"$VARIANTS"
for v in "${VLIST[@]}"; do
  case "$v" in plain|hijacked|stackprof-nolkl|stackprof-nowait|stackprof) ;; *) die "unknown variant $v" ;; esac
done
PIN=()
[ -n "$LOOP_CPU" ] && PIN=(taskset -c "$LOOP_CPU")
log "variants: ${VLIST[*]}; $ROUNDS rounds"

RAW="$BENCH_TMP/raw.jsonl"
: >"$RAW"

run_once() { # VARIANT ROUND ATTEMPT: returns 1 when foreign load disturbed the run
  local variant="$1" round="$2" attempt="$3" pfx="$BENCH_TMP/$1.$2.$3" n="$N" env=() tracer="" args=()
  case "$variant" in
    plain) ;;
    hijacked) env=(env "LD_PRELOAD=$STANDIN") ;;
    stackprof-nolkl) env=(env "LD_PRELOAD=$STANDIN"); n="$TRACED_N"; args=(--no-lkl) ;;
    stackprof-nowait) env=(env "LD_PRELOAD=$STANDIN"); n="$TRACED_N"; args=(--no-lkl-cpu-wait) ;;
    stackprof) env=(env "LD_PRELOAD=$STANDIN"); n="$TRACED_N" ;;
  esac
  start_go_target "$pfx.target" "${env[@]}" "${PIN[@]}" "$CALLS" "$n"
  local tpid="$TARGET_PID"
  if [ "$variant" != plain ] && [ "$variant" != hijacked ]; then
    "${STACKPROF[@]}" attach "$tpid" --json "${args[@]}" >"$pfx.out" 2>"$pfx.err" &
    tracer=$!
    track "$tracer"
    wait_for_line "$pfx.err" '^attached to pid' "$TRACER_TIMEOUT" "$tracer" || die "stackprof did not attach: $(tail -5 "$pfx.err")"
  fi
  foreign_snapshot "$pfx.f0"
  local t0 t1
  t0=$(date +%s.%N)
  send_line "$TARGET_FIFO"
  wait_exit "$tpid" 600 || die "$variant: the loop did not finish"
  t1=$(date +%s.%N)
  foreign_snapshot "$pfx.f1"
  [ -n "$tracer" ] && stop_pid "$tracer" INT 60
  rm -f "$TARGET_FIFO"
  local ns lkl=null
  ns="$(sed -n 's/.*ns_per_call=\([0-9.]*\).*/\1/p' "$pfx.target")"
  [ -n "$ns" ] || die "$variant: no ns_per_call in the loop's output: $(cat "$pfx.target")"
  if [ "$variant" = stackprof ] || [ "$variant" = stackprof-nowait ]; then
    lkl="$(node -e 'const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); console.log(r.lkl ? r.lkl.lklCalls : "null")' "$pfx.out")"
    # Every getsockname is one lkl_syscall; the setup (socket, bind) came before attach.
    [ "$lkl" = "$n" ] || die "stackprof's lkl probe counted $lkl LKL calls, not $n"
  fi
  local fticks fshare disturbed=false
  fticks="$(foreign_ticks "$pfx.f0" "$pfx.f1")"
  fshare="$(awk -v t="$fticks" -v hz="$CLK_TCK" -v a="$t0" -v b="$t1" 'BEGIN {s = b - a; if (s < 0.001) s = 0.001; printf "%.3f", (t / hz) / s}')"
  awk -v f="$fshare" -v m="$FOREIGN_MAX" 'BEGIN {exit !(f > m)}' && disturbed=true
  printf '{"variant":"%s","round":%d,"attempt":%d,"calls":%d,"ns_per_call":%s,"lkl_calls":%s,"foreign_cpu_share":%s,"disturbed":%s}\n' \
    "$variant" "$round" "$attempt" "$n" "$ns" "$lkl" "$fshare" "$disturbed" >>"$RAW"
  log "round $round $(printf '%-16s' "$variant") ns/call=$ns lkl=$lkl foreign CPU=$fshare$([ "$disturbed" = true ] && echo " (disturbed)")"
  [ "$disturbed" = false ]
}

run_variant() {
  local attempt
  for ((attempt = 0; attempt <= RETRIES; attempt++)); do
    run_once "$1" "$2" "$attempt" && return 0
  done
  log "round $2 $1: still disturbed after $RETRIES retries; keeping the last run (flagged)"
}

t_start=$(date +%s)
nv=${#VLIST[@]}
for ((r = 1; r <= ROUNDS; r++)); do
  for ((k = 0; k < nv; k++)); do
    run_variant "${VLIST[(k + r - 1) % nv]}" "$r"
  done
done
elapsed=$(($(date +%s) - t_start))

META="$BENCH_TMP/meta.json"
printf '{"benchmark":"uprobe-cost","stamp":"%s","machine":%s,"rounds":%d,"n":%d,"traced_n":%d,"loop_cpu":"%s","variants":"%s","elapsed_s":%d,"foreign_bpf_before":%s,"command":"bash bench/uprobe-cost.sh","foreign_max":%s,"retries":%d,"commit":%s}\n' \
  "$BENCH_STAMP" "$(machine_json)" "$ROUNDS" "$N" "$TRACED_N" "$LOOP_CPU" "${VLIST[*]}" "$elapsed" "$(json_str "$FOREIGN_BPF")" "$FOREIGN_MAX" "$RETRIES" \
  "$(json_str "$(git -C "$BENCH_ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)")" >"$META"

OUT="$RESULTS_DIR/uprobe-cost-$BENCH_STAMP.json"
node "$RENDER" build "$META" "$RAW" "$OUT" >"$RESULTS_DIR/uprobe-cost.md"
cp "$OUT" "$RESULTS_DIR/uprobe-cost.json"
cat "$RESULTS_DIR/uprobe-cost.md"
log "results: $OUT"
