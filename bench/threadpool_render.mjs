// Summarises bench/threadpool-cost.sh's raw runs (JSON lines) into a JSON
// result file and prints its markdown section; or re-renders a past result.
//
//   node bench/threadpool_render.mjs build META RAW OUT.json
//   node bench/threadpool_render.mjs render bench/results/threadpool-cost-STAMP.json
import fs from 'node:fs'

const [how, ...args] = process.argv.slice(2)
let meta, attempts, outF
if (how === 'render') {
  ;({meta, attempts} = JSON.parse(fs.readFileSync(args[0], 'utf8')))
} else if (how === 'build') {
  meta = JSON.parse(fs.readFileSync(args[0], 'utf8'))
  attempts = fs.readFileSync(args[1], 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l))
  outF = args[2]
} else {
  console.error('usage: node bench/threadpool_render.mjs build META RAW OUT.json | render RESULT.json')
  process.exit(64)
}

// The last attempt of every (workload, variant, round).
const last = new Map()
for (const a of attempts) {
  const k = `${a.workload}|${a.variant}|${a.round}`
  if (!last.has(k) || a.attempt >= last.get(k).attempt) last.set(k, a)
}
const raw = [...last.values()]
const median = (xs) => {
  const a = xs.filter(Number.isFinite).sort((p, q) => p - q)
  if (a.length === 0) return NaN
  const m = a.length >> 1
  return a.length % 2 ? a[m] : (a[m - 1] + a[m]) / 2
}
const fmt = (x, d = 0) => (Number.isFinite(x) ? x.toLocaleString('en-US', {minimumFractionDigits: d, maximumFractionDigits: d}) : 'n/a')
const workloads = meta.workloads.split(' ')
const variants = meta.variants.split(' ')
const LABEL = {
  plain: 'untraced',
  nonodejs: '`stackprof attach --no-nodejs`',
  stackprof: '`stackprof attach` (default probes)',
}
const WL = {
  pbkdf2: (p) => `pbkdf2: ${p[0]} concurrent crypto.pbkdf2 × ${p[1]} rounds`,
  readfile: (p) => `readfile: ${p[0]} concurrent fs.readFile (8 MiB) × ${p[1]} rounds`,
}

const rows = []
const summary = {}
for (const w of workloads) {
  const med = {}
  for (const v of variants) {
    const runs = raw.filter((r) => r.workload === w && r.variant === v)
    if (runs.length === 0) continue
    const wall = runs.map((r) => r.result.wallMs / 1000)
    const cpu = runs.map((r) => r.cpu_s)
    const items = runs[0].result.work.total
    const nj = runs.map((r) => r.report?.nodejs).filter(Boolean)
    med[v] = {wall: median(wall), cpu: median(cpu), items}
    rows.push({
      workload: w, variant: v, runs: runs.length, pool_items: items,
      wall_s_median: median(wall), wall_s_min: Math.min(...wall), wall_s_max: Math.max(...wall),
      cpu_s_median: median(cpu), cpu_s_min: Math.min(...cpu), cpu_s_max: Math.max(...cpu),
      p99_ms_median: median(runs.map((r) => r.result.latencyMs.p99)),
      p50_ms_median: median(runs.map((r) => r.result.latencyMs.p50)),
      items_per_s: items / median(wall),
      probes: runs.find((r) => r.report)?.report.probes ?? null,
      nodejs_attached: nj.length > 0 ? nj.length : 0,
      nodejs_items_counted: nj.length ? nj.map((n) => n.poolItems) : null,
      nodejs_submitted: nj.length ? nj.map((n) => n.submitted) : null,
      nodejs_uprobes: nj.length ? nj[0].uprobes : null,
      uprobe_hits_per_s: nj.length ? median(runs.filter((r) => r.report?.nodejs).map((r) => r.report.nodejs.uprobeHits / (r.result.wallMs / 1000))) : null,
      uprobe_hits_per_item: nj.length ? median(nj.map((n) => n.uprobeHits / items)) : null,
      steal_median: median(runs.map((r) => r.steal_cpus ?? NaN)),
      redone: attempts.filter((a) => a.workload === w && a.variant === v && a.disturbed).length,
      still_disturbed: runs.filter((r) => r.disturbed).length,
    })
  }
  for (const r of rows.filter((x) => x.workload === w)) {
    r.wall_ratio = r.wall_s_median / med.plain?.wall
    r.cpu_ratio = r.cpu_s_median / med.plain?.cpu
  }
  const s = {items: med.plain?.items ?? med.stackprof?.items}
  if (med.plain && med.stackprof) {
    s.wall_ratio = med.stackprof.wall / med.plain.wall
    s.cpu_ratio = med.stackprof.cpu / med.plain.cpu
    s.cpu_us_per_item_all = ((med.stackprof.cpu - med.plain.cpu) * 1e6) / s.items
  }
  if (med.nonodejs && med.stackprof) {
    s.wall_ratio_nodejs = med.stackprof.wall / med.nonodejs.wall
    s.cpu_ratio_nodejs = med.stackprof.cpu / med.nonodejs.cpu
    s.cpu_us_per_item_nodejs = ((med.stackprof.cpu - med.nonodejs.cpu) * 1e6) / s.items
  }
  summary[w] = s
}
if (outF) fs.writeFileSync(outF, JSON.stringify({meta, summary, rows, attempts}, null, 2) + '\n')

const m = meta.machine
const L = []
L.push(`Machine: ${m.nproc} CPUs (${m.cpu}), kernel ${m.kernel}. Run ${meta.stamp}, ${Math.round(meta.elapsed_s)} s. ${meta.rounds} rounds, interleaved; Node.js ${meta.node} (\`/usr/bin/node\`), default pool of 4 threads, unpinned.${meta.commit ? ` Commit ${meta.commit}.` : ''}`)
L.push(`(A run is redone, at most ${meta.retries} times, when processes outside the benchmark used more than ${meta.foreign_max} of a CPU during it.)`)
if (meta.foreign_bpf_before) L.push(`\n> Warning: BPF programs of another user were loaded while this ran:\n> \`${meta.foreign_bpf_before.replace(/\n/g, '; ')}\`\n`)
const anyNodejs = rows.some((r) => r.nodejs_attached > 0)
if (!anyNodejs) L.push(`\n> The nodejs probe was not attached in any run (${meta.has_no_nodejs ? 'it found nothing to attach to' : '`stackprof attach` has no nodejs probe at this commit'}): the traced rows measure the other probes only, not the uprobes this benchmark is for.\n`)
L.push('')
L.push('| workload | variant | runs | pool items | median work time (s) | min–max | × untraced | median CPU (s) | × untraced | p50 / p99 latency (ms) | pool items/s | nodejs probe: items counted | uprobe hits/s (per item) | steal (CPUs) | redone / still disturbed |')
L.push('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|')
for (const r of rows) {
  L.push(`| ${WL[r.workload](meta.params[r.workload])} | ${LABEL[r.variant] ?? r.variant} | ${r.runs} | ${fmt(r.pool_items)} | **${fmt(r.wall_s_median, 2)}** | ${fmt(r.wall_s_min, 2)}–${fmt(r.wall_s_max, 2)} | ${fmt(r.wall_ratio, 3)} | ${fmt(r.cpu_s_median, 2)} | ${fmt(r.cpu_ratio, 3)} | ${fmt(r.p50_ms_median, 1)} / ${fmt(r.p99_ms_median, 1)} | ${fmt(r.items_per_s)} | ${r.nodejs_items_counted ? r.nodejs_items_counted.map((x) => fmt(x)).join(', ') : '–'} | ${r.uprobe_hits_per_s === null ? '–' : `${fmt(r.uprobe_hits_per_s)} (${fmt(r.uprobe_hits_per_item, 1)})`} | ${fmt(r.steal_median, 2)} | ${r.redone} / ${r.still_disturbed} |`)
}
L.push('')
L.push('"work time": the target\'s own clock from go to the last callback; "CPU": utime + stime of all its threads over the same window (/proc/PID/stat, 10 ms ticks); latency: each operation\'s call → callback, median over the runs of each run\'s p50 / p99. "pool items": the work items the workload sends to libuv\'s threadpool (exact); "items counted": what the nodejs probe counted as started on a pool thread, per run; "uprobe hits": its uv__work_submit entries and returns plus the work functions\' entries and returns (four per item), over the work time. "steal": CPU time the hypervisor took from this VM during the work (/proc/stat, in CPUs, median), which stretches work time without being anyone\'s CPU here.')
L.push('')
for (const w of workloads) {
  const s = summary[w]
  if (!s || !Number.isFinite(s.wall_ratio)) continue
  const counted = rows.filter((r) => r.workload === w && r.nodejs_items_counted).flatMap((r) => r.nodejs_items_counted)
  if (counted.length) {
    const bad = counted.filter((c) => c !== s.items)
    L.push(`- ${w}: the nodejs probe counted ${bad.length === 0 ? `exactly the ${fmt(s.items)} pool items in each of its ${counted.length} runs` : `**not** the ${fmt(s.items)} pool items in ${bad.length} of ${counted.length} runs (${bad.map((c) => fmt(c)).join(', ')})`}.`)
  }
  let line = `- ${w}: under \`stackprof attach\` the work takes **${fmt(s.wall_ratio, 3)}×** as long as untraced and **${fmt(s.cpu_ratio, 3)}×** the CPU (${s.cpu_us_per_item_all >= 0 ? '+' : ''}${fmt(s.cpu_us_per_item_all, 1)} µs of CPU per pool item, every probe).`
  if (Number.isFinite(s.cpu_ratio_nodejs)) line += ` The nodejs probe alone (against \`--no-nodejs\`): ${fmt(s.wall_ratio_nodejs, 3)}× the time, ${fmt(s.cpu_ratio_nodejs, 3)}× the CPU, ${s.cpu_us_per_item_nodejs >= 0 ? '+' : ''}${fmt(s.cpu_us_per_item_nodejs, 1)} µs per pool item.`
  L.push(line)
}
console.log(L.join('\n'))
