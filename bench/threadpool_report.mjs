// Reads a `stackprof attach --json` report and prints, as one JSON line, what
// bench/threadpool-cost.sh keeps of it: the probes attached and the nodejs
// probe's counts (null when the report has no nodejs section).
//
//   node bench/threadpool_report.mjs REPORT.json
//
// Hits: every pool item the probe sees is a uprobe on its work function and a
// uretprobe on its return (kinds[].count, kinds[].runCount), fs items also a
// uprobe on uv__work_submit, uv_queue_work items on uv_queue_work (submitted,
// where libuv inlines the former into the latter); synchronous fs calls on the main
// thread enter and return from uv__fs_work too (counters.syncCalls).
import fs from 'node:fs'

const r = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'))
const num = (x) => (x === undefined || x === null || x === '' ? 0 : Number(x))
const probes = (r.probes ?? []).filter((p) => p.attached).map((p) => p.name)
const n = r.nodejs ?? null
let nodejs = null
if (n) {
  // The report nests the pool's counts under "threadpool" and the probe's
  // own counters under "dropped"; older shapes had them at the top.
  const tp = n.threadpool ?? n
  const ctr = n.dropped ?? n.counters ?? {}
  const kl = tp.kinds ?? []
  const kinds = Object.fromEntries(kl.map((k) => [k.kind, {count: num(k.count), runCount: num(k.runCount), waitMaxNs: num(k.waitMaxNs)}]))
  const started = kl.reduce((s, k) => s + num(k.count), 0)
  const returned = kl.reduce((s, k) => s + num(k.runCount), 0)
  const sync = num(ctr.syncCalls)
  nodejs = {
    uprobes: n.uprobes ?? [], error: n.error ?? '',
    submitted: num(tp.submitted), started: num(tp.started), poolItems: started, returned, kinds,
    maxDepth: num(tp.maxDepth), waitP99NsAtMost: tp.waitP99NsAtMost ?? null,
    unsubmittedStarts: num(ctr.unsubmittedStarts), syncCalls: sync,
    // Submission: entry and return (the return dates the item); the work function: entry and return.
    uprobeHits: 2 * num(tp.submitted) + started + returned + 2 * sync,
  }
}
const durationS = num(r.session?.durationNs) / 1e9
console.log(JSON.stringify({probes, durationS, nodejs}))
