#!/usr/bin/env bash
# How long `stackprof attach` takes to get its probes live, and what the
# loader and the TypeScript process cost while attached to a busy target.
#
#   bash bench/attach-time.sh
#
# Part 1 (RUNS [10] times): an idle target (getppid_loop waiting for go);
#   wall time from just before `node bin/run.js attach PID --json` is started
#   to the moment its 'attached to pid ... in N ms' line arrives on stderr
#   (stderr goes through a FIFO to a reader that timestamps every line), and
#   the loader's own attach time N from that line. Each run is then stopped
#   with SIGINT.
# Part 2: stackprof attached to test/workloads/build/syscall_storm
#   STORM_THREADS [nproc] threads calling getppid() flat out for BUSY_S [30] s;
#   one second before the storm ends, VmHWM/VmRSS (/proc/PID/status) and
#   utime+stime (/proc/PID/stat) of the loader (the stackprof-loader child of
#   the node process) and of the node process are read; then stackprof is
#   stopped with SIGINT and its getppid count is compared with the storm's.
source "$(dirname "$0")/lib/common.sh"

RUNS="${RUNS:-10}"
BUSY_S="${BUSY_S:-30}"
STORM_THREADS="${STORM_THREADS:-$(nproc)}"

[ "$(id -u)" = 0 ] || die "needs root (BPF)"
[ -x "$GETPPID_LOOP" ] || die "$GETPPID_LOOP is not built (bash scripts/setup.sh --bench)"
[ -x "$STORM" ] || die "$STORM is not built (make -C test/workloads)"

RAW="$BENCH_TMP/raw.jsonl"
: >"$RAW"
t_start=$(date +%s)

# ---- part 1: attach time
start_go_target "$BENCH_TMP/idle.target" "$GETPPID_LOOP" 1
IDLE_PID="$TARGET_PID" IDLE_FIFO="$TARGET_FIFO"
for ((i = 1; i <= RUNS; i++)); do
  fifo="$BENCH_TMP/err.$i.fifo" ts="$BENCH_TMP/err.$i.ts"
  mkfifo "$fifo"
  # The reader timestamps each stderr line as it arrives.
  (while IFS= read -r line; do printf '%s %s\n' "$EPOCHREALTIME" "$line"; done) <"$fifo" >"$ts" &
  reader=$!
  track "$reader" TERM
  t0="$EPOCHREALTIME"
  "${STACKPROF[@]}" attach "$IDLE_PID" --json >"$BENCH_TMP/attach.$i.json" 2>"$fifo" &
  sp=$!
  track "$sp"
  wait_for_line "$ts" 'attached to pid' 30 "$sp" || die "run $i: no 'attached' line: $(cat "$ts")"
  stop_pid "$sp" INT 10
  wait_exit "$reader" 10 || stop_pid "$reader" TERM 1
  rm -f "$fifo"
  line="$(grep -m1 'attached to pid' "$ts")"
  t1="${line%% *}"
  wall_ms="$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.1f", (b - a) * 1000}')"
  loader_ms="$(sed -n 's/.* in \([0-9]*\) ms.*/\1/p' <<<"$line")"
  variant="$(node -e 'const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); console.log(r.probes.map((p) => p.variant).join(","))' "$BENCH_TMP/attach.$i.json" 2>/dev/null || echo unknown)"
  printf '{"kind":"attach","run":%d,"wall_ms":%s,"loader_ms":%s,"variant":"%s"}\n' "$i" "$wall_ms" "${loader_ms:-null}" "$variant" >>"$RAW"
  log "run $i: 'attached' after $wall_ms ms (loader: ${loader_ms:-?} ms, variant $variant)"
done
stop_pid "$IDLE_PID" TERM 5
rm -f "$IDLE_FIFO"

# ---- part 2: the loader's and node's CPU and memory on a busy target
read_proc() { # PID -> "ticks vmhwm_kb vmrss_kb"
  local t h r
  t="$(cpu_ticks "$1")"
  h="$(awk '/^VmHWM:/ {print $2}' "/proc/$1/status")"
  r="$(awk '/^VmRSS:/ {print $2}' "/proc/$1/status")"
  echo "$t $h $r"
}

log "busy target: syscall_storm $STORM_THREADS threads for $BUSY_S s"
start_go_target "$BENCH_TMP/storm.out" "$STORM" "$STORM_THREADS" "$BUSY_S"
STORM_PID="$TARGET_PID" STORM_FIFO="$TARGET_FIFO"
start_tracer stackprof "$STORM_PID" "$BENCH_TMP/busy"
NODE_PID="$TRACER_PID"
LOADER_PID=""
for c in $(cat "/proc/$NODE_PID/task/"*/children 2>/dev/null); do
  [ "$(cat "/proc/$c/comm" 2>/dev/null)" = stackprof-loade ] && LOADER_PID="$c"
done
[ -n "$LOADER_PID" ] || die "no stackprof-loader child of node pid $NODE_PID"
log "node pid $NODE_PID, loader pid $LOADER_PID"
read -r l_t0 _ _ <<<"$(read_proc "$LOADER_PID")"
read -r n_t0 _ _ <<<"$(read_proc "$NODE_PID")"
ta="$EPOCHREALTIME"
send_line "$STORM_FIFO"
sleep "$((BUSY_S - 1))"
# Just before stopping: both still attached, the storm still running.
alive "$LOADER_PID" || die "the loader exited early"
read -r l_t1 l_hwm l_rss <<<"$(read_proc "$LOADER_PID")"
read -r n_t1 n_hwm n_rss <<<"$(read_proc "$NODE_PID")"
tb="$EPOCHREALTIME"
# Wait for the storm to finish and report, then stop stackprof.
wait_for_line "$BENCH_TMP/storm.out" '"total":' 30 "$STORM_PID" || die "the storm did not report: $(cat "$BENCH_TMP/storm.out")"
sleep 0.2
stop_tracer "$NODE_PID"
send_line "$STORM_FIFO"
wait_exit "$STORM_PID" 10 || stop_pid "$STORM_PID" TERM 5
rm -f "$STORM_FIFO"
storm_total="$(sed -n 's/.*"total":\([0-9]*\).*/\1/p' "$BENCH_TMP/storm.out")"
counted="$(node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  let n = 0; for (const t of r.threads) for (const s of t.syscalls) if (s.name === "getppid") n += Number(s.count);
  console.log(n)' "$BENCH_TMP/busy.out" 2>/dev/null || echo null)"
dropped="$(node -e 'const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); console.log(JSON.stringify(r.dropped ?? null))' "$BENCH_TMP/busy.out" 2>/dev/null || echo null)"
secs="$(awk -v a="$ta" -v b="$tb" 'BEGIN {printf "%.2f", b - a}')"
proc_json() { # NAME PID T0 T1 HWM RSS
  awk -v name="$1" -v pid="$2" -v t0="$3" -v t1="$4" -v hwm="$5" -v rss="$6" -v hz="$CLK_TCK" \
    'BEGIN {printf "{\"name\":\"%s\",\"pid\":%d,\"cpu_s_total\":%.2f,\"cpu_s_after_attach\":%.2f,\"vmhwm_kb\":%d,\"vmrss_kb\":%d}", name, pid, t1 / hz, (t1 - t0) / hz, hwm, rss}'
}
printf '{"kind":"busy","seconds":%s,"threads":%d,"storm_seconds":%d,"storm_total_calls":%s,"stackprof_counted_getppid":%s,"stackprof_dropped":%s,"processes":[%s,%s]}\n' \
  "$secs" "$STORM_THREADS" "$BUSY_S" "${storm_total:-null}" "${counted:-null}" "${dropped:-null}" \
  "$(proc_json "stackprof-loader (C)" "$LOADER_PID" "$l_t0" "$l_t1" "$l_hwm" "$l_rss")" \
  "$(proc_json "stackprof (node, TypeScript)" "$NODE_PID" "$n_t0" "$n_t1" "$n_hwm" "$n_rss")" >>"$RAW"
log "loader: $(((l_t1 - l_t0)))/$CLK_TCK s CPU after attach, VmHWM $l_hwm kB; node: $(((n_t1 - n_t0)))/$CLK_TCK s, VmHWM $n_hwm kB; storm $storm_total calls, stackprof counted $counted"
elapsed=$(($(date +%s) - t_start))

META="$BENCH_TMP/meta.json"
printf '{"benchmark":"attach-time","stamp":"%s","machine":%s,"runs":%d,"busy_s":%d,"storm_threads":%d,"elapsed_s":%d,"foreign_bpf_before":%s,"command":"bash bench/attach-time.sh"}\n' \
  "$BENCH_STAMP" "$(machine_json)" "$RUNS" "$BUSY_S" "$STORM_THREADS" "$elapsed" "$(json_str "$FOREIGN_BPF")" >"$META"
OUT="$RESULTS_DIR/attach-time-$BENCH_STAMP.json"
node "$BENCH_DIR/lib/report.mjs" attach-time "$META" "$RAW" "$OUT" >"$RESULTS_DIR/attach-time.md"
cp "$OUT" "$RESULTS_DIR/attach-time.json"
cat "$RESULTS_DIR/attach-time.md"
log "results: $OUT"
