// Summarises a benchmark's raw measurements (JSON lines) into a JSON result
// file and prints a markdown section on stdout.
//
//   node bench/lib/report.mjs syscall-cost META RAW SKIPPED OUT.json
//   node bench/lib/report.mjs http-server  META RAW OUT.json
//   node bench/lib/report.mjs attach-time  META RAW OUT.json
import fs from 'node:fs'

const [kind, ...files] = process.argv.slice(2)

const readJsonl = (f) =>
  fs.existsSync(f)
    ? fs.readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l))
    : []
const median = (xs) => {
  const a = xs.filter((x) => Number.isFinite(x)).sort((p, q) => p - q)
  if (a.length === 0) return NaN
  const m = a.length >> 1
  return a.length % 2 ? a[m] : (a[m - 1] + a[m]) / 2
}
const min = (xs) => Math.min(...xs)
const max = (xs) => Math.max(...xs)
const fmt = (x, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a')
const sign = (x, d = 1) => (Number.isFinite(x) ? (x >= 0 ? '+' : '') + x.toFixed(d) : 'n/a')
const yes = (ok) => (ok ? '**met**' : '**NOT met**')

function machineLine(meta) {
  const m = meta.machine
  return `Machine: ${m.nproc} CPUs (${m.cpu}), kernel ${m.kernel}. Run ${meta.stamp}, ${Math.round(meta.elapsed_s)} s.`
}

function foreignNote(meta) {
  if (!meta.foreign_bpf_before) return ''
  return `\n> Warning: BPF programs of another user were attached while this ran (they may add to every syscall, traced or not):\n> \`${meta.foreign_bpf_before.replace(/\n/g, '; ')}\`\n`
}

// ---------------------------------------------------------------- syscall-cost
const SC_LABEL = {
  untraced: 'untraced',
  'untraced-slow': 'untraced (SLOW_N calls)',
  stackprof: '`stackprof attach PID --json` (auto = tp_btf)',
  'stackprof-tp': '`stackprof attach PID --json --variant tracepoint`',
  bpftrace: "`bpftrace -e 'tracepoint:raw_syscalls:sys_enter /pid == PID/ { @[args->id] = count(); }'`",
  syscount: '`syscount-bpfcc -p PID`',
  'perf-trace': '`perf trace -s -p PID`',
  strace: '`strace -c -f -p PID`',
  'bystander-stackprof': 'untraced, while `stackprof attach` watches another (idle) process',
  'bystander-bpftrace': 'untraced, while the bpftrace one-liner watches another (idle) process',
}

function syscallCost([metaF, rawF, skippedF, outF]) {
  const meta = JSON.parse(fs.readFileSync(metaF, 'utf8'))
  const attempts = readJsonl(rawF)
  // A disturbed run was redone; the last attempt of each (variant, round) counts.
  const last = new Map()
  for (const r of attempts) {
    const k = `${r.variant}|${r.round}|${r.cpu ?? 'any'}`
    if (!last.has(k) || (r.attempt ?? 0) >= (last.get(k).attempt ?? 0)) last.set(k, r)
  }
  const raw = [...last.values()]
  const skipped = readJsonl(skippedF)
  const order = []
  for (const r of raw) if (!order.includes(r.variant)) order.push(r.variant)
  const preferred = Object.keys(SC_LABEL)
  order.sort((a, b) => preferred.indexOf(a) - preferred.indexOf(b))
  const base = median(raw.filter((r) => r.variant === 'untraced').map((r) => r.ns_per_call))
  const cpus = [...new Set(raw.map((r) => r.cpu ?? 'any'))].sort()
  const baseOn = Object.fromEntries(cpus.map((c) => [c, median(raw.filter((r) => r.variant === 'untraced' && (r.cpu ?? 'any') === c).map((r) => r.ns_per_call))]))
  const rows = order.map((v) => {
    const runs = raw.filter((r) => r.variant === v)
    const ns = runs.map((r) => r.ns_per_call)
    const med = median(ns)
    const counted = runs.map((r) => r.tracer_counted_getppid).filter((x) => x !== null && x !== undefined)
    return {
      variant: v,
      calls_per_run: runs[0].calls,
      runs: runs.length,
      ns_per_call_median: med,
      ns_per_call_min: min(ns),
      ns_per_call_max: max(ns),
      ns_per_call_all: ns,
      added_ns_per_call: v === 'untraced' ? 0 : med - base,
      ratio_to_untraced: med / base,
      tracer_counted_getppid_min: counted.length ? min(counted.map(Number)) : null,
      stackprof_attach_ms_median: v.startsWith('stackprof') ? median(runs.map((r) => r.stackprof_attach_ms)) : undefined,
      per_cpu: Object.fromEntries(cpus.map((c) => {
        const m = median(runs.filter((r) => (r.cpu ?? 'any') === c).map((r) => r.ns_per_call))
        return [c, {runs: runs.filter((r) => (r.cpu ?? 'any') === c).length, ns_per_call_median: m, added_ns_per_call: m - baseOn[c]}]
      })),
      redone: attempts.filter((r) => r.variant === v && r.attempt > 0).length,
      kept_disturbed: runs.filter((r) => r.disturbed).length,
      foreign_cpu_share_max: max(runs.map((r) => r.foreign_cpu_share ?? 0)),
    }
  })
  const by = Object.fromEntries(rows.map((r) => [r.variant, r]))
  const goals = []
  if (by.bpftrace) {
    for (const v of ['stackprof', 'stackprof-tp']) {
      if (!by[v]) continue
      const limit = by.bpftrace.added_ns_per_call / 2
      goals.push({
        goal: `${v}: added ns/syscall <= half of the bpftrace count one-liner's`,
        variant: v,
        added_ns: by[v].added_ns_per_call,
        limit_ns: limit,
        ratio_to_bpftrace_added: by[v].added_ns_per_call / by.bpftrace.added_ns_per_call,
        met: by[v].added_ns_per_call <= limit,
        per_cpu: Object.fromEntries(cpus.map((c) => {
          const a = by[v].per_cpu[c].added_ns_per_call, b = by.bpftrace.per_cpu[c].added_ns_per_call
          return [c, {added_ns: a, bpftrace_added_ns: b, ratio: a / b, met: a <= b / 2}]
        })),
      })
    }
  }
  const result = {...meta, untraced_median_ns: base, rows, skipped, goals, raw: attempts}
  fs.writeFileSync(outF, JSON.stringify(result, null, 2) + '\n')

  const out = []
  out.push(`${machineLine(meta)} ${meta.rounds} rounds, interleaved; loop pinned to CPU ${meta.loop_cpus ?? 'any'} in turn; fast variants ${meta.n.toLocaleString('en')} calls per run, strace and perf trace ${meta.slow_n.toLocaleString('en')}.`)
  out.push(`(A run is redone, at most ${meta.retries ?? 2} times, when processes outside the benchmark used more than ${meta.foreign_max ?? 0.1} of a CPU during it.)`)
  out.push(foreignNote(meta))
  out.push('| variant | calls/run | runs | median ns/call | min–max | added ns/call | × untraced | per CPU: median ns/call (added) | tracer counted (min) | redone / still disturbed |')
  out.push('|---|---:|---:|---:|---:|---:|---:|---|---:|---:|')
  for (const r of rows) {
    const counted = r.tracer_counted_getppid_min === null ? '–' : r.tracer_counted_getppid_min.toLocaleString('en')
    out.push(`| ${SC_LABEL[r.variant] ?? r.variant} | ${r.calls_per_run.toLocaleString('en')} | ${r.runs} | ${fmt(r.ns_per_call_median)} | ${fmt(r.ns_per_call_min)}–${fmt(r.ns_per_call_max)} | ${r.variant === 'untraced' ? '–' : sign(r.added_ns_per_call)} | ${fmt(r.ratio_to_untraced, 2)} | ${cpus.map((c) => `${c === 'any' ? 'any' : 'CPU' + c}: ${fmt(r.per_cpu[c].ns_per_call_median)}${r.variant === 'untraced' ? '' : ` (${sign(r.per_cpu[c].added_ns_per_call)})`}`).join('; ')} | ${counted} | ${r.redone} / ${r.kept_disturbed} |`)
  }
  for (const s of skipped) out.push(`| ${SC_LABEL[s.variant] ?? s.variant} | – | 0 | skipped: ${s.reason.replace(/\|/g, '\\|')} | | | | | | |`)
  out.push('')
  for (const g of goals) {
    const perCpu = cpus.length > 1 ? ` Per CPU: ${cpus.map((c) => `CPU${c} ${fmt(g.per_cpu[c].added_ns)} vs. ${fmt(g.per_cpu[c].bpftrace_added_ns)} ns (${fmt(100 * g.per_cpu[c].ratio, 0)} %, ${g.per_cpu[c].met ? 'met' : 'not met'})`).join('; ')}.` : ''
    out.push(`- Goal (${g.variant}): added ${fmt(g.added_ns)} ns/syscall vs. bpftrace's ${fmt(by.bpftrace.added_ns_per_call)} ns (medians over all runs); limit (half) ${fmt(g.limit_ns)} ns; ${fmt(100 * g.ratio_to_bpftrace_added, 0)} % of bpftrace's → ${yes(g.met)}.${perCpu}`)
  }
  process.stdout.write(out.join('\n') + '\n')
}

// ---------------------------------------------------------------- http-server
const HTTP_LABEL = {
  stackprof: '`stackprof attach PID --json`',
  'stackprof-tp': '`stackprof attach PID --json --variant tracepoint`',
  'stackprof-nonodejs': '`stackprof attach PID --json --no-nodejs`',
  'stackprof-syscalls': '`stackprof attach PID --json` with the syscall probe alone (`--no-eventloop --no-sched --no-listeners --no-stacks --no-lkl --no-nodejs`)',
  bpftrace: 'bpftrace raw_syscalls count one-liner',
  syscount: '`syscount-bpfcc -p PID`',
  'perf-trace': '`perf trace -s -p PID`',
  strace: '`strace -c -f -p PID`',
}

function httpServer([metaF, rawF, outF]) {
  const meta = JSON.parse(fs.readFileSync(metaF, 'utf8'))
  const lines = readJsonl(rawF)
  const all = lines.filter((r) => !r.kind)
  const counts = lines.filter((r) => r.kind === 'stackprof_count')
  // A disturbed pair was redone; only its last attempt counts.
  const lastAttempt = {}
  for (const r of all) lastAttempt[r.pair_id] = Math.max(lastAttempt[r.pair_id] ?? 0, r.attempt ?? 0)
  const raw = all.filter((r) => (r.attempt ?? 0) === lastAttempt[r.pair_id])
  const servers = [...new Set(raw.map((r) => r.server))]
  const tracers = [...new Set(raw.filter((r) => r.tracer !== 'none').map((r) => r.tracer))]
  const table = []
  for (const server of servers) {
    const baseAll = raw.filter((r) => r.server === server && r.tracer === 'none')
    for (const tracer of tracers) {
      const pairs = []
      for (const t of raw.filter((r) => r.server === server && r.tracer === tracer)) {
        const u = baseAll.find((r) => r.pair_id === t.pair_id)
        if (!u) continue
        pairs.push({
          pair: t.pair,
          rps_untraced: u.rps,
          rps_traced: t.rps,
          rps_ratio: t.rps / u.rps,
          cpu_us_per_resp_untraced: u.cpu_us_per_resp,
          cpu_us_per_resp_traced: t.cpu_us_per_resp,
          cpu_ratio: t.cpu_us_per_resp / u.cpu_us_per_resp,
          errors_traced: t.errors,
          disturbed: Boolean(t.disturbed || u.disturbed),
          attempt: t.attempt ?? 0,
          syscalls_per_resp: (() => {
            const c = counts.find((x) => x.pair_id === t.pair_id && (x.attempt ?? 0) === (t.attempt ?? 0))
            return c && c.syscalls !== null ? c.syscalls / t.requests : null
          })(),
        })
      }
      if (!pairs.length) continue
      table.push({
        server,
        tracer,
        pairs: pairs.length,
        rps_untraced_median: median(pairs.map((p) => p.rps_untraced)),
        rps_traced_median: median(pairs.map((p) => p.rps_traced)),
        rps_ratio_median: median(pairs.map((p) => p.rps_ratio)),
        rps_ratio_min: min(pairs.map((p) => p.rps_ratio)),
        rps_ratio_max: max(pairs.map((p) => p.rps_ratio)),
        cpu_us_untraced_median: median(pairs.map((p) => p.cpu_us_per_resp_untraced)),
        cpu_us_traced_median: median(pairs.map((p) => p.cpu_us_per_resp_traced)),
        cpu_ratio_median: median(pairs.map((p) => p.cpu_ratio)),
        cpu_ratio_min: min(pairs.map((p) => p.cpu_ratio)),
        cpu_ratio_max: max(pairs.map((p) => p.cpu_ratio)),
        syscalls_per_resp_median: pairs.some((p) => p.syscalls_per_resp !== null) ? median(pairs.map((p) => p.syscalls_per_resp).filter((x) => x !== null)) : null,
        redone_pairs: pairs.filter((p) => p.attempt > 0).length,
        kept_disturbed_pairs: pairs.filter((p) => p.disturbed).length,
        pair_detail: pairs,
      })
    }
  }
  // Untraced-vs-untraced spread: how much two untraced windows differ anyway.
  const noise = []
  for (const server of servers) {
    const u = raw.filter((r) => r.server === server && r.tracer === 'none').sort((a, b) => a.seq - b.seq)
    const cpu = u.map((r) => r.cpu_us_per_resp)
    const rps = u.map((r) => r.rps)
    const med = median(cpu)
    noise.push({
      server,
      untraced_windows: u.length,
      cpu_us_median: med,
      cpu_us_min: min(cpu),
      cpu_us_max: max(cpu),
      rps_median: median(rps),
      rps_min: min(rps),
      rps_max: max(rps),
    })
  }
  const goals = table
    .filter((t) => t.tracer === 'stackprof')
    .map((t) => ({goal: `stackprof on ${t.server}: CPU per response <= 1.10x untraced`, server: t.server, cpu_ratio_median: t.cpu_ratio_median, met: t.cpu_ratio_median <= 1.1}))
  const result = {...meta, table, untraced_spread: noise, goals, raw: lines}
  fs.writeFileSync(outF, JSON.stringify(result, null, 2) + '\n')

  const out = []
  out.push(`${machineLine(meta)} Windows of ${meta.window_s} s, ${meta.pairs} pairs per tracer, wrk ${meta.wrk_args} on CPU ${meta.wrk_cpu}, server on CPU ${meta.server_cpu}, tracers unpinned.`)
  out.push(foreignNote(meta))
  out.push(`(Medians over pairs. A pair is redone, at most ${meta.retries ?? 2} times, when processes outside the benchmark used more than ${meta.foreign_max ?? 0.1} of a CPU during either window.)`)
  out.push('')
  out.push('| server | tracer | pairs | untraced req/s | traced req/s | req/s traced/untraced (min–max) | untraced CPU µs/resp | traced CPU µs/resp | CPU/resp traced/untraced (min–max) | redone / still disturbed |')
  out.push('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|')
  for (const t of table) {
    out.push(`| ${t.server} | ${HTTP_LABEL[t.tracer] ?? t.tracer} | ${t.pairs} | ${fmt(t.rps_untraced_median, 0)} | ${fmt(t.rps_traced_median, 0)} | ${fmt(t.rps_ratio_median, 3)} (${fmt(t.rps_ratio_min, 2)}–${fmt(t.rps_ratio_max, 2)}) | ${fmt(t.cpu_us_untraced_median, 2)} | ${fmt(t.cpu_us_traced_median, 2)} | ${fmt(t.cpu_ratio_median, 3)} (${fmt(t.cpu_ratio_min, 2)}–${fmt(t.cpu_ratio_max, 2)}) | ${t.redone_pairs} / ${t.kept_disturbed_pairs} |`)
  }
  for (const t of table.filter((x) => x.syscalls_per_resp_median !== null)) {
    out.push('')
    out.push(`stackprof counted ${fmt(t.syscalls_per_resp_median, 2)} syscalls of the ${t.server} server per response (its count over the attach, which is slightly longer than the window, divided by wrk's requests; median over pairs).`)
  }
  out.push('')
  out.push('Spread of the untraced windows alone (noise floor):')
  out.push('')
  out.push('| server | untraced windows | req/s median (min–max) | CPU µs/resp median (min–max) |')
  out.push('|---|---:|---:|---:|')
  for (const n of noise) {
    out.push(`| ${n.server} | ${n.untraced_windows} | ${fmt(n.rps_median, 0)} (${fmt(n.rps_min, 0)}–${fmt(n.rps_max, 0)}) | ${fmt(n.cpu_us_median, 2)} (${fmt(n.cpu_us_min, 2)}–${fmt(n.cpu_us_max, 2)}) |`)
  }
  out.push('')
  for (const g of goals) out.push(`- Goal (${g.server}): stackprof CPU per response ${fmt(g.cpu_ratio_median, 3)}× untraced (median of pairs); limit 1.10× → ${yes(g.met)}.`)
  process.stdout.write(out.join('\n') + '\n')
}

// ---------------------------------------------------------------- attach-time
function attachTime([metaF, rawF, outF]) {
  const meta = JSON.parse(fs.readFileSync(metaF, 'utf8'))
  const raw = readJsonl(rawF)
  const runs = raw.filter((r) => r.kind === 'attach')
  const busy = raw.find((r) => r.kind === 'busy')
  const wall = runs.map((r) => r.wall_ms)
  const loader = runs.map((r) => r.loader_ms)
  const summary = {
    runs: runs.length,
    wall_ms_median: median(wall),
    wall_ms_max: max(wall),
    wall_ms_min: min(wall),
    loader_ms_median: median(loader),
    loader_ms_max: max(loader),
    variants: [...new Set(runs.map((r) => r.variant))],
  }
  const goals = [{goal: 'attach (command start to probes live) < 300 ms', wall_ms_median: summary.wall_ms_median, wall_ms_max: summary.wall_ms_max, met_median: summary.wall_ms_median < 300, met_max: summary.wall_ms_max < 300}]
  const result = {...meta, summary, busy, goals, raw}
  fs.writeFileSync(outF, JSON.stringify(result, null, 2) + '\n')

  const out = []
  out.push(`${machineLine(meta)} ${runs.length} attaches to an idle \`getppid_loop\` (WAIT_FOR_GO=1).`)
  out.push(foreignNote(meta))
  out.push('| measure | median | min | max |')
  out.push('|---|---:|---:|---:|')
  out.push(`| command start → 'attached' line on stderr (wall, ms) | ${fmt(summary.wall_ms_median, 0)} | ${fmt(summary.wall_ms_min, 0)} | ${fmt(summary.wall_ms_max, 0)} |`)
  out.push(`| loader's own attach time ('in N ms' in that line) | ${fmt(summary.loader_ms_median, 0)} | ${fmt(min(loader), 0)} | ${fmt(summary.loader_ms_max, 0)} |`)
  out.push('')
  out.push(`- Goal: attach < 300 ms: median ${fmt(summary.wall_ms_median, 0)} ms, max ${fmt(summary.wall_ms_max, 0)} ms → ${yes(goals[0].met_median && goals[0].met_max)}${goals[0].met_median && !goals[0].met_max ? ' (median met, max not)' : ''}.`)
  if (busy) {
    out.push('')
    out.push(`Resource use during a ${busy.seconds} s attach to \`syscall_storm ${busy.threads}\` (${busy.storm_total_calls !== null ? (busy.storm_total_calls / busy.storm_seconds / 1e6).toFixed(1) + ' M getppid/s' : 'busy'}; stackprof counted ${busy.stackprof_counted_getppid?.toLocaleString('en') ?? 'n/a'} of its ${busy.storm_total_calls?.toLocaleString('en') ?? 'n/a'} getppid calls), read just before stopping:`)
    out.push('')
    out.push('| process | CPU total (s) | of which after attach (s) | CPU % of the window | max RSS (VmHWM) |')
    out.push('|---|---:|---:|---:|---:|')
    for (const p of busy.processes) {
      out.push(`| ${p.name} | ${fmt(p.cpu_s_total, 2)} | ${fmt(p.cpu_s_after_attach, 2)} | ${fmt((100 * p.cpu_s_after_attach) / busy.seconds, 2)} % | ${fmt(p.vmhwm_kb / 1024, 1)} MiB |`)
    }
  }
  process.stdout.write(out.join('\n') + '\n')
}

// Re-render the markdown of a finished run from its result JSON (which holds
// the run's parameters and every raw measurement):
//   node bench/lib/report.mjs render bench/results/<name>-<stamp>.json
function render([resultF]) {
  const r = JSON.parse(fs.readFileSync(resultF, 'utf8'))
  const dir = fs.mkdtempSync('/tmp/stackprof-report-')
  const {raw, skipped, ...meta} = r
  const w = (name, text) => (fs.writeFileSync(`${dir}/${name}`, text), `${dir}/${name}`)
  const metaF = w('meta.json', JSON.stringify(meta))
  const rawF = w('raw.jsonl', raw.map((x) => JSON.stringify(x)).join('\n') + '\n')
  const outF = `${dir}/out.json`
  try {
    if (r.benchmark === 'syscall-cost') syscallCost([metaF, rawF, w('skipped.jsonl', (skipped ?? []).map((x) => JSON.stringify(x)).join('\n') + '\n'), outF])
    else if (r.benchmark === 'http-server') httpServer([metaF, rawF, outF])
    else if (r.benchmark === 'attach-time') attachTime([metaF, rawF, outF])
    else throw new Error(`${resultF}: unknown benchmark ${r.benchmark}`)
  } finally {
    fs.rmSync(dir, {recursive: true, force: true})
  }
}

if (kind === 'render') render(files)
else if (kind === 'syscall-cost') syscallCost(files)
else if (kind === 'http-server') httpServer(files)
else if (kind === 'attach-time') attachTime(files)
else {
  console.error(`usage: report.mjs syscall-cost|http-server|attach-time ... | render RESULT.json`)
  process.exit(64)
}
