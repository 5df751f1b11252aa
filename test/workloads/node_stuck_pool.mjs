// node_stuck_pool: libuv's threadpool stuck rather than busy, for the
// threadpool-saturated rule's "stuck" half: every pool thread blocks in an
// fs call that never returns, and more fs work queues behind them. No item
// finishes, so no queue wait is ever measured (waits are counted when an item
// starts); only the items running and the queue say what is wrong.
//
//   node node_stuck_pool.mjs [queued=10]
//
// Protocol (test/workloads/README.md): stdout "ready <pid>" once a FIFO
// exists in a fresh temp directory; a stdin line = go (EOF first: exit 2).
// Then UV_THREADPOOL_SIZE (or 4) fs.readFile calls of the FIFO: each holds a
// pool thread in open(2), which waits for a writer that never comes; then
// `queued` fs.stat calls, which wait in libuv's queue. stdout: one JSON line
// {"pid":P,"poolSize":N,"hung":N,"queued":Q}, then "stuck". A second stdin
// line or EOF: the FIFO is opened and closed once, which ends every blocked
// open(); once the queue drains, exit 0.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {createInterface} from 'node:readline'
import {execFileSync} from 'node:child_process'

const queued = Number(process.argv[2] ?? '10')
if (!Number.isInteger(queued) || queued < 1 || queued > 10000 || process.argv.length > 3) {
  process.stderr.write('usage: node node_stuck_pool.mjs [queued=10]\n')
  process.exit(64)
}
const poolSize = Number(process.env.UV_THREADPOOL_SIZE || 4)
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stackprof-stuck-'))
const fifo = path.join(dir, 'never-written')
// Before "ready" and outside the pool: mkfifo(1) is a child process, not a pool item.
execFileSync('mkfifo', ['-m', '600', fifo])
const cleanup = () => fs.rmSync(dir, {recursive: true, force: true})
process.on('exit', cleanup)
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(130))

const lines = createInterface({input: process.stdin})
let state = 'waiting'
lines.on('line', () => {
  if (state === 'waiting') {
    state = 'stuck'
    for (let i = 0; i < poolSize; i++) fs.readFile(fifo, () => {})
    for (let i = 0; i < queued; i++) fs.stat(dir, () => {})
    process.stdout.write(`${JSON.stringify({pid: process.pid, poolSize, hung: poolSize, queued})}\nstuck\n`)
  } else {
    release()
  }
})
lines.on('close', () => (state === 'waiting' ? process.exit(2) : release()))

// libuv joins its pool threads at exit: let them go first. A writer that
// opens and closes the FIFO ends every reader's open(), and their reads see EOF.
function release() {
  if (state === 'released') return
  state = 'released'
  fs.closeSync(fs.openSync(fifo, fs.constants.O_RDWR | fs.constants.O_NONBLOCK))
  let left = poolSize
  for (let i = 0; i < poolSize; i++) fs.stat(dir, () => { if (--left === 0) process.exit(0) })
}
process.stdout.write(`ready ${process.pid}\n`)
