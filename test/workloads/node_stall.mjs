// node_stall: a Node.js process that blocks its event loop for a known time
// in a named function, once a second, for the nodejs probe's loop stalls.
//
//   node node_stall.mjs <count> [stall_ms=300] [period_ms=1000]
//
// Protocol (as the C workloads, test/workloads/README.md): stdout
// "ready <pid>"; a stdin line = go (EOF first: exit 2). Stall i (0-based)
// starts at go + i × period_ms, from a timer: the main thread spins in
// stackprofStallHere, reading performance.now() until stall_ms have passed,
// never yielding to the loop. After each stall one JSON line
//   {"stall":i,"ms":M,"startMs":S,"epochMs":E}
// (M: the measured length; S: its start relative to go; E: its start as
// Date.now()). Between stalls the loop is idle, waiting in epoll_wait for the
// next timer. After the last stall: "done"; a second stdin line or EOF: exit
// 0. Bad arguments: exit 64.
//
// stackprofStallHere runs count times from a timer callback that is itself
// cold, so V8 compiles its loop (OSR, named with --perf-basic-prof) but never
// inlines it into a caller: sampled stacks during a stall show it by name.
import {createInterface} from 'node:readline'

const args = process.argv.slice(2).map(Number)
const [count, stallMs = 300, periodMs = 1000] = args
if (args.length < 1 || args.length > 3 || !Number.isInteger(count) || count < 1 ||
    !(stallMs > 0) || !(periodMs > stallMs)) {
  process.stderr.write('usage: node node_stall.mjs <count> [stall_ms=300] [period_ms=1000]\n')
  process.exit(64)
}

let sink = 0
// Returns the measured length of the stall in ms.
function stackprofStallHere(ms) {
  const t0 = performance.now()
  let x = sink | 1
  let now
  do {
    for (let i = 0; i < 1000; i++) {
      x ^= x << 13
      x ^= x >>> 17
      x ^= x << 5
    }
    now = performance.now()
  } while (now - t0 < ms)
  sink = x
  return now - t0
}

const lines = createInterface({input: process.stdin})
const next = () => new Promise((resolve) => {
  const onLine = () => { lines.off('close', onClose); resolve(true) }
  const onClose = () => { lines.off('line', onLine); resolve(false) }
  lines.once('line', onLine)
  lines.once('close', onClose)
})

process.stdout.write(`ready ${process.pid}\n`)
if (!(await next())) process.exit(2)

const go = performance.now()
const round = (x) => Math.round(x * 100) / 100
await new Promise((resolve) => {
  let i = 0
  const stall = () => {
    const startMs = performance.now() - go
    const epochMs = Date.now()
    const ms = stackprofStallHere(stallMs)
    process.stdout.write(JSON.stringify({stall: i, ms: round(ms), startMs: round(startMs), epochMs}) + '\n')
    if (++i === count) return resolve()
    // Absolute schedule: lateness of one timer does not shift the others.
    setTimeout(stall, Math.max(0, go + i * periodMs - performance.now()))
  }
  setTimeout(stall, 0)
})
process.stdout.write('done\n')
await next()
lines.close()
process.stdin.destroy()
