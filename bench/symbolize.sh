#!/usr/bin/env bash
# How long each profiler makes you wait after it stops before the profile of
# a Node.js server has names, and how much memory it takes to name it.
#
#   bash bench/symbolize.sh
#   BENCH_SECONDS=5 bash bench/symbolize.sh          a quick run
#   bash bench/symbolize.sh --render bench/results/symbolize-<stamp>.json
#
# Target: bench/hot_server.mjs under `node --perf-basic-prof` (V8 writes
# /tmp/perf-<pid>.map; node is a ~100 MB binary with full symbols), loaded by
# test/workloads/build/http_load (CONNECTIONS keep-alive connections, no
# pause): its JIT-compiled benchHot* functions, node's own C++ and the kernel
# are all in the stacks. One server for the whole run, warmed up WARMUP_S
# first (its functions optimized, its perf map written). Every tool samples
# all of the server's threads at FREQ Hz for BENCH_SECONDS, one tool after
# the other, with the load running exactly during that window (http_load
# --timeout-s BENCH_SECONDS, started when the tool is live) and stopped
# before the tool's post-processing, which thus runs on a quiet machine:
#
#   bpftrace   bpftrace -e 'profile:hz:FREQ /pid == P/ { @[ustack, kstack] = count(); }'
#              SIGINT after the window; measured: SIGINT to exit (bpftrace
#              resolves every user and kernel stack and prints the map).
#   perf       perf record -F FREQ -g -p P -o perf.data -- sleep BENCH_SECONDS
#              measured: its exit after the window (writing perf.data and
#              the build-ids), then all of `perf script` and of
#              `perf report --stdio` (each a separate command you wait for).
#   stackprof  stackprof attach P --duration BENCH_SECONDSs --freq FREQ -o out.folded -o out.json
#              measured: the end of the duration to exit (symbolizing what
#              is left, the final snapshot, every probe detached, the
#              exports written), and the loader's own final_symbolize_ns
#              (JSON report: stacks.finalSymbolizeNs; symbolizeNs for the
#              whole session, as the loader names frames at each snapshot).
#   stackprof-stacks-only  the same with --no-eventloop --no-sched
#              --no-listeners (and --no-lkl): the stacks probe alone, so the
#              wait is the stacks feature's and not the other probes' teardown.
# Peak memory: bpftrace and the perf commands run under /usr/bin/time (max
# RSS from wait4, exact). The stackprof loader is the node CLI's child:
# its VmHWM (/proc/PID/status, the peak so far) is polled every 20 ms until
# it exits, so a peak reached in its last 20 ms would be missed. The node
# CLI's max RSS comes from /usr/bin/time too (it includes its reaped
# children, so it is max(node, loader)).
# Each tool's output is checked for the benchHot* names: a fast tool that
# named nothing is a failure, not a result.
#
# Environment (defaults in brackets):
#   BENCH_SECONDS [30]   the sampling window per tool
#   FREQ [99]            sampling frequency (Hz)
#   TOOLS ["bpftrace perf stackprof stackprof-stacks-only"]
#   CONNECTIONS [8]      http_load connections
#   WARMUP_S [5]         load before the first tool
#   POST_TIMEOUT_S [900] a tool still busy this long after the stop is killed
#                        (reported as "> POST_TIMEOUT_S s")
#   STACKPROF_ROUNDS [3] runs of each stackprof variant (after the other tools)
#
# Output: a markdown section on stdout and in bench/results/symbolize.md;
# the measurements in bench/results/symbolize-<UTC stamp>.json (copied to
# symbolize.json). Needs root, bpftrace and linux-perf (bash scripts/setup.sh --bench).
source "$(dirname "$0")/lib/common.sh"

BENCH_SECONDS="${BENCH_SECONDS:-30}"
FREQ="${FREQ:-99}"
TOOLS="${TOOLS:-bpftrace perf stackprof stackprof-stacks-only}"
CONNECTIONS="${CONNECTIONS:-8}"
WARMUP_S="${WARMUP_S:-5}"
POST_TIMEOUT_S="${POST_TIMEOUT_S:-900}"
STACKPROF_ROUNDS="${STACKPROF_ROUNDS:-3}"
HTTP_LOAD="$BENCH_ROOT/test/workloads/build/http_load"
SERVER_JS="$BENCH_DIR/hot_server.mjs"
GOAL_S=1
GOAL_MB=200

RENDER="$BENCH_TMP/render.mjs"
cat >"$RENDER" <<'EOF'
import fs from 'node:fs'
const [how, ...args] = process.argv.slice(2)
let meta, runs, outF
if (how === 'render') {
  ;({meta, runs} = JSON.parse(fs.readFileSync(args[0], 'utf8')))
} else {
  meta = JSON.parse(fs.readFileSync(args[0], 'utf8'))
  runs = fs.readFileSync(args[1], 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l))
  outF = args[2]
}
const GOAL_S = meta.goal_s, GOAL_MB = meta.goal_mb
const s = (x) => (x === null || x === undefined || !Number.isFinite(x) ? 'n/a' : x >= 100 ? `${x.toFixed(0)} s` : x >= 10 ? `${x.toFixed(1)} s` : x >= 0.1 ? `${x.toFixed(2)} s` : `${(x * 1000).toFixed(x >= 0.01 ? 0 : 1)} ms`)
const mb = (kb) => (kb ? `${(kb / 1024).toFixed(0)} MB` : 'n/a')
const n = (x) => (Number.isFinite(x) ? Math.round(x).toLocaleString('en-US') : 'n/a')
const median = (xs) => {
  const a = xs.filter(Number.isFinite).sort((p, q) => p - q)
  if (a.length === 0) return NaN
  const m = a.length >> 1
  return a.length % 2 ? a[m] : (a[m - 1] + a[m]) / 2
}
const late = (r) => (r.timed_out ? `> ${meta.post_timeout_s} s (killed)` : s(r.after_stop_s))
const namedList = (rs) => [...new Set(rs.flatMap((r) => (r.hot_named_list ? r.hot_named_list.split(' ') : [])))].sort()
const named = (rs) => (rs.every((r) => r.hot_named) ? `yes: ${namedList(rs).map((f) => `\`${f}\``).join(', ')}` : '**no**')

// The stackprof variants ran several times each: one aggregate per variant.
const variants = ['stackprof', 'stackprof-stacks-only'].map((tool) => {
  const rs = runs.filter((r) => r.tool === tool)
  if (rs.length === 0) return null
  const after = rs.map((r) => r.after_stop_s)
  return {
    tool, runs: rs, flags: rs[0].flags,
    after_median: median(after), after_min: Math.min(...after), after_max: Math.max(...after),
    final_median: median(rs.map((r) => r.final_symbolize_s)), final_max: Math.max(...rs.map((r) => r.final_symbolize_s)),
    symbolize_median: median(rs.map((r) => r.symbolize_s)),
    loader_max_kb: Math.max(...rs.map((r) => r.loader_peak_kb)), cli_max_kb: Math.max(...rs.map((r) => r.cli_peak_kb)),
    samples_median: median(rs.map((r) => r.samples)),
  }
}).filter(Boolean)
const full = variants.find((v) => v.tool === 'stackprof')
const only = variants.find((v) => v.tool === 'stackprof-stacks-only')
// Judged: the loader's naming after the stop (every run), and the whole wait with the stacks
// probe alone (median); the other probes' teardown is reported beside it, not judged here.
const judged = only ?? full
const summary = judged ? {
  final_symbolize_max_s: Math.max(...variants.map((v) => v.final_max)),
  after_stop_median_s: judged.after_median,
  after_stop_all_probes_median_s: full ? full.after_median : null,
  loader_peak_kb: Math.max(...variants.map((v) => v.loader_max_kb)),
  met_time: variants.every((v) => v.final_max < GOAL_S) && judged.after_median < GOAL_S,
  met_memory: variants.every((v) => v.loader_max_kb > 0 && v.loader_max_kb < GOAL_MB * 1024),
} : null
if (outF) fs.writeFileSync(outF, JSON.stringify({meta, summary, variants: variants.map(({runs: _, ...v}) => v), runs}, null, 2) + '\n')

const m = meta.machine
const L = []
L.push(`Machine: ${m.nproc} CPUs (${m.cpu}), kernel ${m.kernel}. Run ${meta.stamp}, ${Math.round(meta.elapsed_s)} s. stackprof${meta.commit ? ` at ${meta.commit}` : ''}, Node.js ${meta.node} (\`${meta.node_path}\`, ${meta.node_mb} MB), ${meta.bpftrace}, ${meta.perf}.`)
L.push(`Target: \`node --perf-basic-prof bench/hot_server.mjs\` (${meta.server_threads} threads) under \`http_load --connections ${meta.connections}\`, warmed up ${meta.warmup_s} s; perf map at the end: ${n(meta.perf_map_lines)} entries. Each tool: all threads, ${meta.freq} Hz, ${meta.seconds} s, the load only during that window; stackprof ${meta.stackprof_rounds} times per variant (interleaved).`)
if (meta.foreign_bpf_before) L.push(`\n> Warning: BPF programs of another user were loaded while this ran:\n> \`${meta.foreign_bpf_before.replace(/\n/g, '; ')}\`\n`)
L.push('')
L.push('| tool | what you wait for after the stop | samples | server functions named | wait after the stop | peak RSS |')
L.push('|---|---|---:|---|---:|---:|')
for (const r of runs) {
  if (r.tool === 'bpftrace') L.push(`| bpftrace \`profile:hz:${meta.freq} /pid == P/ { @[ustack, kstack] = count(); }\` | SIGINT → exit (resolving and printing ${r.timed_out ? 'its map' : `${n(r.stacks)} stacks`}) | ${r.timed_out ? 'never printed' : n(r.samples)} | ${r.timed_out ? '–' : named([r])} | **${late(r)}** | ${mb(r.peak_kb)}${r.timed_out ? ' (when killed)' : ''} |`)
  if (r.tool === 'perf-record') L.push(`| \`perf record -F ${meta.freq} -g -p P -- sleep ${meta.seconds}\` | end of the window → exit (writing ${r.data_mb} MB of perf.data, build-ids) | – | – | ${late(r)} | ${mb(r.peak_kb)} |`)
  if (r.tool === 'perf-script') L.push(`| then \`perf script\` | the whole command (${r.output_mb} MB of text) | ${n(r.samples)} | ${named([r])} | ${late(r)} | ${mb(r.peak_kb)} |`)
  if (r.tool === 'perf-report') L.push(`| or \`perf report --stdio\` | the whole command | – | ${named([r])} | ${late(r)} | ${mb(r.peak_kb)} |`)
}
for (const v of variants) {
  const cmd = `stackprof attach P --duration ${meta.seconds}s --freq ${meta.freq} -o out.folded -o out.json${v.flags ? ` ${v.flags}` : ''}`
  const what = v.flags ? 'end of the duration → exit, the stacks probe alone' : 'end of the duration → exit: every probe detached, the exports written'
  const range = v.runs.length > 1 ? ` (${s(v.after_min)}–${s(v.after_max)})` : ''
  L.push(`| \`${cmd}\` | ${what}; of it, the loader naming frames: **${s(v.final_median)}** (max ${s(v.final_max)}; ${s(v.symbolize_median)} during the session) | ${n(v.samples_median)} | ${named(v.runs)} | **${s(v.after_median)}**${range} | loader **${mb(v.loader_max_kb)}**; node CLI ${mb(v.cli_max_kb)} |`)
}
const pr = runs.find((r) => r.tool === 'perf-record'), ps = runs.find((r) => r.tool === 'perf-script')
L.push('')
if (pr && ps) L.push(`perf record + perf script: ${s(pr.after_stop_s + ps.after_stop_s)} after the stop in all.`)
L.push(`"samples": bpftrace, the sum of its map's counts; perf, the samples in perf.data (\`perf script\` records); stackprof, the folded export's total (median). "server functions named": the server's own JavaScript functions that appear with their names (V8 inlines benchHotParse, benchHotScore and benchHotRender into the request handler, benchHotHandle, once it optimizes it). stackprof's wait: median (min–max) over its runs. Peak RSS: max RSS from wait4 (/usr/bin/time), except the stackprof loader (VmHWM of /proc/PID/status polled every 20 ms until it exits; the node CLI's figure includes its reaped children, so it is max(node, loader)).`)
L.push('')
if (summary) {
  L.push(`- Goal: stackprof names a ${meta.seconds} s, ${meta.freq} Hz profile of this target in under ${GOAL_S} s after the probes stop: the loader's naming after the stop ${s(summary.final_symbolize_max_s)} at most; the whole command, median ${s(summary.after_stop_median_s)}${only ? ' with the stacks probe alone' : ''} → ${summary.met_time ? '**met**' : '**NOT met**'}.${only && full ? ` With every probe (the default) the command exits ${s(summary.after_stop_all_probes_median_s)} after the stop (median).` : ''}`)
  L.push(`- Goal: under ${GOAL_MB} MB of loader memory: peak ${mb(summary.loader_peak_kb)} → ${summary.met_memory ? '**met**' : '**NOT met**'}.`)
}
if (meta.seconds !== 30) L.push(`- Note: a ${meta.seconds} s window, not the goal's 30 s (BENCH_SECONDS=${meta.seconds}).`)
console.log(L.join('\n'))
EOF
if [ "${1:-}" = --render ]; then
  [ -f "${2:-}" ] || die "usage: bash bench/symbolize.sh --render bench/results/symbolize-STAMP.json"
  node "$RENDER" render "$2"
  exit 0
fi

[ "$(id -u)" = 0 ] || die "needs root (BPF, perf)"
[ -x "$HTTP_LOAD" ] || die "$HTTP_LOAD is not built (make -C test/workloads)"
[ -x /usr/bin/time ] || die "GNU time (/usr/bin/time) is not installed (bash scripts/setup.sh --bench)"
read -r -a TLIST <<<"$TOOLS"
for t in "${TLIST[@]}"; do
  case "$t" in
    bpftrace) command -v bpftrace >/dev/null || die "bpftrace is not installed (bash scripts/setup.sh --bench)" ;;
    perf) command -v perf >/dev/null || die "perf is not installed (bash scripts/setup.sh --bench)" ;;
    stackprof|stackprof-stacks-only) [ -x "$BENCH_ROOT/native/build/stackprof-loader" ] || die "the loader is not built (make -C native)" ;;
    *) die "unknown tool $t" ;;
  esac
done

# Every probe but the stacks probe left out (--no-lkl and --no-nodejs only where the CLI has those probes:
# on this Node.js target the nodejs probe would otherwise put libuv uprobes into the "stacks alone" runs).
STACKS_ONLY_FLAGS=(--no-eventloop --no-sched --no-listeners)
attach_help="$("${STACKPROF[@]}" attach --help 2>/dev/null || true)"
grep -q -- '--\[no-\]lkl\b' <<<"$attach_help" && STACKS_ONLY_FLAGS+=(--no-lkl)
grep -q -- '--\[no-\]nodejs' <<<"$attach_help" && STACKS_ONLY_FLAGS+=(--no-nodejs)

# A sleep without a fork: read with a timeout on a FIFO nobody writes to.
mkfifo "$BENCH_TMP/never"
exec {NEVER_FD}<>"$BENCH_TMP/never"
nap() { read -r -t "$1" -u "$NEVER_FD" _ || true; }

# watch_hwm PID OUT: until PID is gone (or a zombie), write the largest
# VmHWM (kB) seen to OUT, every 20 ms. VmHWM is the peak so far, so only a
# peak in the last 20 ms before exit can be missed.
watch_hwm() {
  local pid="$1" out="$2" max=0 k v seen
  while :; do
    seen=0
    { while read -r k v _; do
        [ "$k" = VmHWM: ] || continue
        seen=1
        [ "$v" -gt "$max" ] && max="$v"
        break
      done <"/proc/$pid/status"; } 2>/dev/null || break
    [ "$seen" = 1 ] || break
    echo "$max" >"$out"
    nap 0.02
  done
}

# timed_wait PID [TOOL_PID]: wait for our child PID (exact exit time); after
# POST_TIMEOUT_S, SIGKILL TOOL_PID (default PID: for a tool under
# /usr/bin/time, the tool, so that time still reports). Sets TIMED_OUT=true
# when it had to be killed.
timed_wait() {
  local pid="$1" victim="${2:-$1}" dog
  TIMED_OUT=false
  ( nap "$POST_TIMEOUT_S"; echo killed >"$BENCH_TMP/dog.$pid"; kill -KILL "$victim" 2>/dev/null ) &
  dog=$!
  wait "$pid" 2>/dev/null || true
  kill "$dog" 2>/dev/null || true
  wait "$dog" 2>/dev/null || true
  [ -f "$BENCH_TMP/dog.$pid" ] && TIMED_OUT=true
  return 0
}

# child_of PID COMM: the first child of PID whose comm is COMM.
child_of() {
  local c
  for c in $(cat /proc/"$1"/task/*/children 2>/dev/null); do
    [ "$(cat "/proc/$c/comm" 2>/dev/null)" = "$2" ] && { echo "$c"; return 0; }
  done
  return 1
}

# inner_pid TIME_PID COMM: the tool that /usr/bin/time started (TIME_PID itself if it is gone already).
inner_pid() {
  local i p
  for ((i = 0; i < 100; i++)); do
    p="$(child_of "$1" "$2")" && { echo "$p"; return 0; }
    alive "$1" || break
    nap 0.05
  done
  echo "$1"
}

secs() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.3f", b - a}'; }
time_field() { awk -v f="$2" 'NF == 2 {v = $f; exit} END {print v + 0}' "$1" 2>/dev/null || echo 0; }   # /usr/bin/time -f '%e %M' output: elapsed, max RSS kB
# hot_names FILE: the server's own JavaScript functions named in FILE (perf
# map names such as "JS:*benchHotScore file:///.../hot_server.mjs:30:23").
# Once V8 optimizes benchHotHandle, it inlines the other three into it.
hot_names() { { grep -oE 'benchHot[A-Za-z]+' "$1" 2>/dev/null || true; } | sort -u | paste -sd' ' - || true; }

# The target. Its working directory is BENCH_TMP: with --perf-basic-prof,
# node 20 also writes an isolate-*-v8.log file there.
(cd "$BENCH_TMP" && exec node --perf-basic-prof "$SERVER_JS" </dev/null >"$BENCH_TMP/server.out" 2>&1) &
SERVER_PID=$!
track "$SERVER_PID" TERM
trap 'rc=$?; rm -f "/tmp/perf-$SERVER_PID.map"; (exit $rc); bench_cleanup' EXIT
wait_for_line "$BENCH_TMP/server.out" '^\{"port"' 20 "$SERVER_PID" || die "the server did not start: $(cat "$BENCH_TMP/server.out")"
PORT="$(sed -n 's/^{"port":\([0-9]*\).*/\1/p' "$BENCH_TMP/server.out")"
log "server pid $SERVER_PID on port $PORT; warming up ${WARMUP_S}s"

# load SECONDS: http_load for that long (it stops itself); sets LOAD_PID.
load() {
  "$HTTP_LOAD" --port "$PORT" --connections "$CONNECTIONS" --requests $((1 << 40)) --timeout-s "$1" >>"$BENCH_TMP/load.out" 2>&1 &
  LOAD_PID=$!
  track "$LOAD_PID" TERM
}
load "$WARMUP_S"
wait_exit "$LOAD_PID" $((WARMUP_S + 30)) || die "http_load did not stop"
grep -q '^done [1-9]' "$BENCH_TMP/load.out" || die "the warm-up load got no responses: $(cat "$BENCH_TMP/load.out")"

RAW="$BENCH_TMP/raw.jsonl"
: >"$RAW"
t_start="$EPOCHREALTIME"

run_bpftrace() {
  local out="$BENCH_TMP/bpftrace.out" tm="$BENCH_TMP/bpftrace.time" tpid bpid i t_stop t_exit
  env --default-signal=INT,TERM /usr/bin/time -f '%e %M' -o "$tm" \
    bpftrace -e "profile:hz:$FREQ /pid == $SERVER_PID/ { @[ustack, kstack] = count(); }" >"$out" 2>"$BENCH_TMP/bpftrace.err" &
  tpid=$!
  track "$tpid" TERM
  for ((i = 0; i < 200; i++)); do bpid="$(child_of "$tpid" bpftrace)" && break; nap 0.05; done
  [ -n "$bpid" ] || die "bpftrace did not start: $(cat "$BENCH_TMP/bpftrace.err")"
  track "$bpid"
  wait_for_line "$out" '^Attaching' 60 "$bpid" || die "bpftrace did not attach: $(tail -5 "$BENCH_TMP/bpftrace.err")"
  # "Attaching" comes before the attach: wait for its perf_event fds (one
  # per CPU), then a moment for the program to be attached to them.
  for ((i = 0; i < 1200; i++)); do
    [ "$(find "/proc/$bpid/fd" -lname 'anon_inode:*perf_event*' 2>/dev/null | wc -l)" -ge "$(nproc)" ] && break
    alive "$bpid" || die "bpftrace exited: $(tail -5 "$BENCH_TMP/bpftrace.err")"
    nap 0.05
  done
  nap 0.5
  load "$BENCH_SECONDS"
  nap "$BENCH_SECONDS"
  t_stop="$EPOCHREALTIME"
  kill -INT "$bpid"
  stop_pid "$LOAD_PID" TERM 5
  log "bpftrace stopped; waiting for its output (up to ${POST_TIMEOUT_S}s)"
  timed_wait "$tpid" "$bpid"
  t_exit="$EPOCHREALTIME"
  local stacks samples
  stacks="$(grep -c '^\]: [0-9]' "$out" || true)"
  samples="$(awk '/^\]: [0-9]+$/ {n += $2} END {print n + 0}' "$out")"
  printf '{"tool":"bpftrace","after_stop_s":%s,"timed_out":%s,"peak_kb":%s,"stacks":%d,"samples":%d,"hot_named":%s,"hot_named_list":"%s","warnings":%s}\n' \
    "$(secs "$t_stop" "$t_exit")" "$TIMED_OUT" "$(time_field "$tm" 2 || echo 0)" "$stacks" "$samples" \
    "$([ -n "$(hot_names "$out")" ] && echo true || echo false)" "$(hot_names "$out")" "$(json_str "$(grep -v '^Attaching' "$BENCH_TMP/bpftrace.err" | head -5)")" >>"$RAW"
  log "bpftrace: $(tail -1 "$RAW")"
}

run_perf() {
  local data="$BENCH_TMP/perf.data" tm="$BENCH_TMP/perf-record.time" tpid i t0 t_exit
  t0="$EPOCHREALTIME"
  /usr/bin/time -f '%e %M' -o "$tm" perf record -F "$FREQ" -g -p "$SERVER_PID" -o "$data" -- sleep "$BENCH_SECONDS" \
    >"$BENCH_TMP/perf-record.out" 2>&1 &
  tpid=$!
  track "$tpid" TERM
  load "$BENCH_SECONDS"
  timed_wait "$tpid" "$(inner_pid "$tpid" perf)"
  t_exit="$EPOCHREALTIME"
  stop_pid "$LOAD_PID" TERM 5
  [ -s "$data" ] || die "perf record wrote nothing: $(tail -5 "$BENCH_TMP/perf-record.out")"
  # The window is BENCH_SECONDS of sleep(1) from about t0: the rest is perf's.
  printf '{"tool":"perf-record","after_stop_s":%s,"timed_out":%s,"peak_kb":%s,"data_mb":%s,"samples":null}\n' \
    "$(awk -v a="$t0" -v b="$t_exit" -v d="$BENCH_SECONDS" 'BEGIN {x = b - a - d; printf "%.3f", x < 0 ? 0 : x}')" "$TIMED_OUT" \
    "$(time_field "$tm" 2 || echo 0)" "$(awk -v b="$(stat -c %s "$data")" 'BEGIN {printf "%.1f", b / 1048576}')" >>"$RAW"
  log "perf record: $(tail -1 "$RAW")"

  local out="$BENCH_TMP/perf-script.out" samples
  tm="$BENCH_TMP/perf-script.time"
  t0="$EPOCHREALTIME"
  /usr/bin/time -f '%e %M' -o "$tm" perf script -i "$data" >"$out" 2>"$BENCH_TMP/perf-script.err" &
  tpid=$!
  track "$tpid" TERM
  timed_wait "$tpid" "$(inner_pid "$tpid" perf)"
  t_exit="$EPOCHREALTIME"
  samples="$(grep -cE '^[^[:space:]]' "$out" || true)"
  printf '{"tool":"perf-script","after_stop_s":%s,"timed_out":%s,"peak_kb":%s,"samples":%d,"output_mb":%s,"hot_named":%s,"hot_named_list":"%s"}\n' \
    "$(secs "$t0" "$t_exit")" "$TIMED_OUT" "$(time_field "$tm" 2 || echo 0)" "$samples" \
    "$(awk -v b="$(stat -c %s "$out")" 'BEGIN {printf "%.1f", b / 1048576}')" \
    "$([ -n "$(hot_names "$out")" ] && echo true || echo false)" "$(hot_names "$out")" >>"$RAW"
  log "perf script: $(tail -1 "$RAW")"
  PERF_SAMPLES="$samples"

  out="$BENCH_TMP/perf-report.out" tm="$BENCH_TMP/perf-report.time"
  t0="$EPOCHREALTIME"
  /usr/bin/time -f '%e %M' -o "$tm" perf report --stdio -i "$data" >"$out" 2>"$BENCH_TMP/perf-report.err" &
  tpid=$!
  track "$tpid" TERM
  timed_wait "$tpid" "$(inner_pid "$tpid" perf)"
  t_exit="$EPOCHREALTIME"
  printf '{"tool":"perf-report","after_stop_s":%s,"timed_out":%s,"peak_kb":%s,"hot_named":%s,"hot_named_list":"%s"}\n' \
    "$(secs "$t0" "$t_exit")" "$TIMED_OUT" "$(time_field "$tm" 2 || echo 0)" \
    "$([ -n "$(hot_names "$out")" ] && echo true || echo false)" "$(hot_names "$out")" >>"$RAW"
  log "perf report: $(tail -1 "$RAW")"
}

# run_stackprof [VARIANT]: "stackprof" (every probe, as a user runs it) or
# "stackprof-stacks-only" (the other probes left out: what the stacks
# feature itself costs, the teardown of the other probes excluded).
run_stackprof() {
  local variant="${1:-stackprof}" extra=()
  [ "$variant" = stackprof-stacks-only ] && extra=("${STACKS_ONLY_FLAGS[@]}")
  local pfx="$BENCH_TMP/$variant" tm="$BENCH_TMP/$variant.time" tpid npid lpid i t_live t_exit watcher
  /usr/bin/time -f '%e %M' -o "$tm" "${STACKPROF[@]}" attach "$SERVER_PID" --duration "${BENCH_SECONDS}s" --freq "$FREQ" \
    -o "$pfx.folded" -o "$pfx.json" "${extra[@]}" >"$pfx.out" 2>"$pfx.err" &
  tpid=$!
  track "$tpid" TERM
  for ((i = 0; i < 200; i++)); do npid="$(child_of "$tpid" node)" && break; nap 0.05; done
  [ -n "$npid" ] || die "stackprof did not start: $(cat "$pfx.err")"
  track "$npid"
  wait_for_line "$pfx.err" '^attached to pid' 60 "$npid" || die "stackprof did not attach: $(tail -5 "$pfx.err")"
  t_live="$EPOCHREALTIME"
  load "$BENCH_SECONDS"
  lpid="$(child_of "$npid" stackprof-loade)" || die "no stackprof-loader child of $npid"
  watch_hwm "$lpid" "$pfx.hwm" &
  watcher=$!
  timed_wait "$tpid" "$npid"
  t_exit="$EPOCHREALTIME"
  wait "$watcher" 2>/dev/null || true
  stop_pid "$LOAD_PID" TERM 5
  [ "$TIMED_OUT" = false ] || die "stackprof did not exit within ${POST_TIMEOUT_S}s of the end of its duration"
  [ -s "$pfx.json" ] && [ -s "$pfx.folded" ] || die "stackprof wrote no report or no folded file: $(tail -5 "$pfx.err")"
  local sym samples
  # "final total": the loader's symbolizing after the probes stopped, and over the whole session.
  sym="$(node -e 'const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); if (!r.stacks) process.exit(1); console.log(Number(r.stacks.finalSymbolizeNs) / 1e9, Number(r.stacks.symbolizeNs) / 1e9)' "$pfx.json")" \
    || die "the JSON report has no stacks section"
  samples="$(awk '{n += $NF} END {print n + 0}' "$pfx.folded")"
  printf '{"tool":"%s","flags":%s,"after_stop_s":%s,"timed_out":%s,"final_symbolize_s":%s,"symbolize_s":%s,"loader_peak_kb":%s,"cli_peak_kb":%s,"samples":%d,"hot_named":%s,"hot_named_list":"%s"}\n' \
    "$variant" "$(json_str "${extra[*]}")" "$(awk -v a="$t_live" -v b="$t_exit" -v d="$BENCH_SECONDS" 'BEGIN {printf "%.3f", b - a - d}')" "$TIMED_OUT" \
    "${sym% *}" "${sym#* }" "$(cat "$pfx.hwm" 2>/dev/null || echo 0)" "$(time_field "$tm" 2)" "$samples" \
    "$([ -n "$(hot_names "$pfx.folded")" ] && echo true || echo false)" "$(hot_names "$pfx.folded")" >>"$RAW"
  log "$variant: $(tail -1 "$RAW")"
}
run_stackprof-stacks-only() { run_stackprof stackprof-stacks-only; }

# check_map: without its perf map no tool can name the JIT frames (it went
# missing once, mid-run: someone cleaned /tmp).
check_map() { [ -s "/tmp/perf-$SERVER_PID.map" ] || die "/tmp/perf-$SERVER_PID.map is gone: the JIT frames cannot be named"; }
SP_TOOLS=()
for t in "${TLIST[@]}"; do
  case "$t" in stackprof*) SP_TOOLS+=("$t"); continue ;; esac
  log "tool: $t (${BENCH_SECONDS}s at ${FREQ} Hz)"
  check_map
  "run_$t"
  alive "$SERVER_PID" || die "the server died"
  nap 1
done
# stackprof's wait after the stop varies from run to run on a busy machine: several runs, interleaved.
for ((round = 1; round <= STACKPROF_ROUNDS; round++)); do
  for t in "${SP_TOOLS[@]}"; do
    log "tool: $t, round $round of $STACKPROF_ROUNDS (${BENCH_SECONDS}s at ${FREQ} Hz)"
    check_map
    "run_$t"
    alive "$SERVER_PID" || die "the server died"
    nap 1
  done
done
t_end="$EPOCHREALTIME"

node_path="$(readlink -f "$(command -v node)")"
META="$BENCH_TMP/meta.json"
printf '{"benchmark":"symbolize","stamp":"%s","machine":%s,"seconds":%s,"freq":%s,"connections":%s,"warmup_s":%s,"post_timeout_s":%s,"goal_s":%s,"goal_mb":%s,"stackprof_rounds":%s,"elapsed_s":%s,"foreign_bpf_before":%s,"node":%s,"node_path":%s,"node_mb":%s,"server_threads":%s,"perf_map_lines":%s,"bpftrace":%s,"perf":%s,"commit":%s,"command":"bash bench/symbolize.sh"}\n' \
  "$BENCH_STAMP" "$(machine_json)" "$BENCH_SECONDS" "$FREQ" "$CONNECTIONS" "$WARMUP_S" "$POST_TIMEOUT_S" "$GOAL_S" "$GOAL_MB" "$STACKPROF_ROUNDS" \
  "$(secs "$t_start" "$t_end")" "$(json_str "$FOREIGN_BPF")" "$(json_str "$(node -v)")" "$(json_str "$node_path")" \
  "$(awk -v b="$(stat -c %s "$node_path")" 'BEGIN {printf "%.0f", b / 1048576}')" "$(ls "/proc/$SERVER_PID/task" | wc -l)" \
  "$(wc -l <"/tmp/perf-$SERVER_PID.map" 2>/dev/null || echo 0)" \
  "$(json_str "$(bpftrace --version 2>/dev/null || echo 'bpftrace: none')")" "$(json_str "$(perf --version 2>/dev/null || echo 'perf: none')")" \
  "$(json_str "$(git -C "$BENCH_ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)")" >"$META"

OUT="$RESULTS_DIR/symbolize-$BENCH_STAMP.json"
node "$RENDER" build "$META" "$RAW" "$OUT" >"$RESULTS_DIR/symbolize.md"
cp "$OUT" "$RESULTS_DIR/symbolize.json"
cat "$RESULTS_DIR/symbolize.md"
log "results: $OUT"
