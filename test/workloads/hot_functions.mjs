// hot_functions: a Node.js process whose CPU time goes to two uniquely named
// JavaScript functions, for the stacks probe's JIT frames (V8 perf map).
//
//   node --perf-basic-prof hot_functions.mjs <seconds>
//
// Protocol (as the C workloads, test/workloads/README.md): stdout
// "ready <pid>"; a stdin line = go (EOF first: exit 2); then for <seconds>
// of wall time the main thread alternates slices of the process's CPU time,
// 15 ms in stackprofHotAlpha and 5 ms in stackprofHotBeta, each slice called
// from its own macrotask (setImmediate), with cumulative targets so that the
// split stays 75/25 whatever else the machine runs; stdout: one JSON line
// {"pid":P,"alphaCpuMs":N,"betaCpuMs":N,"share":S,"slices":N} (the CPU time
// each function measured, by process.cpuUsage()), then "done"; a second
// stdin line or EOF: exit 0.
//
// Why slices of milliseconds from separate macrotasks: a hot function stays
// a frame of its own only if V8 does not inline it into an optimized caller.
// The callers here (runSlice, Node's immediate queue) run a few hundred
// times a second with little bytecode each, far below what makes V8 optimize
// them, while the loops inside the two hot functions get optimized (OSR)
// within milliseconds: their code is JIT code, named in /tmp/perf-<pid>.map.
// process.cpuUsage() counts all of the process's threads; the others (GC,
// compiler) use well under 1% here.
import {createInterface} from 'node:readline'

const seconds = Number(process.argv[2])
if (!(seconds > 0) || process.argv.length !== 3) {
  process.stderr.write('usage: node --perf-basic-prof hot_functions.mjs <seconds>\n')
  process.exit(64)
}

const SLICE_MS = 5
let sink = 0
const cpuMs = () => {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1000
}

// Spin until the process's CPU time reaches untilMs; return it then.
function stackprofHotAlpha(untilMs) {
  let x = sink | 1
  let now
  do {
    for (let i = 0; i < 20000; i++) {
      x ^= x << 13
      x ^= x >>> 17
      x ^= x << 5
    }
    now = cpuMs()
  } while (now < untilMs)
  sink = x
  return now
}

function stackprofHotBeta(untilMs) {
  let x = sink + 7
  let now
  do {
    for (let i = 0; i < 20000; i++) x = (Math.imul(x, 1103515245) + 12345) | 0
    now = cpuMs()
  } while (now < untilMs)
  sink = x
  return now
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

let alphaCpuMs = 0
let betaCpuMs = 0
let slices = 0
const deadline = performance.now() + seconds * 1000
await new Promise((resolve) => {
  const runSlice = () => {
    if (performance.now() >= deadline) return resolve()
    const k = (slices >> 1) + 1
    const t = cpuMs()
    // Cumulative targets: 3k and k slices of CPU time.
    if (slices % 2 === 0) alphaCpuMs += stackprofHotAlpha(t + 3 * k * SLICE_MS - alphaCpuMs) - t
    else betaCpuMs += stackprofHotBeta(t + k * SLICE_MS - betaCpuMs) - t
    slices++
    setImmediate(runSlice)
  }
  setImmediate(runSlice)
})
const share = alphaCpuMs / (alphaCpuMs + betaCpuMs)
process.stdout.write(JSON.stringify({pid: process.pid, alphaCpuMs: Math.round(alphaCpuMs), betaCpuMs: Math.round(betaCpuMs), share: Math.round(share * 1e4) / 1e4, slices}) + '\n')
process.stdout.write('done\n')
await next()
lines.close()
process.stdin.destroy()
