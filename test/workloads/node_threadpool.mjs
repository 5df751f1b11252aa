// node_threadpool: a Node.js process that keeps libuv's threadpool busy with
// a known number of work items, for the nodejs probe (queue wait, run time,
// saturation) and bench/threadpool-cost.sh.
//
//   node node_threadpool.mjs readfile|pbkdf2|mixed|read N [rounds]   # rounds default 3
//
// Protocol (as the C workloads, test/workloads/README.md): stdout
// "ready <pid>" once the file to read exists; a stdin line = go (EOF first:
// exit 2); then `rounds` rounds, one after the other, of N operations started
// at once (the next round starts when the last callback of the previous one
// ran); every operation's latency is its own call -> callback time. stdout:
// one JSON line (see the README), then "done"; a second stdin line or EOF:
// exit 0. Bad arguments: exit 64.
//
// What reaches the threadpool, per operation (libuv 1.46 in Node 20; the
// function a worker runs for the item in brackets):
//   pbkdf2    crypto.pbkdf2 = one uv_queue_work item [uv__queue_work], which
//             runs the whole derivation (sha512, PBKDF2_ITERATIONS: ~30 ms of
//             one core on the test machine).
//   readfile  fs.readFile of FILE_BYTES = open, fstat, one read per 512 KiB
//             (Node's kReadFileBufferLength; the size is known, so no final
//             empty read) and close: 3 + FILE_BYTES / 512 KiB fs requests, each
//             one item [uv__fs_work]. The requests of one readFile are chained
//             (each is submitted from the previous one's callback), so N
//             readFiles keep at most N items in flight.
//   mixed     operation i is pbkdf2 when i is even, readfile when odd.
//   read      fs.read of READ_BYTES at its own offset from a descriptor opened
//             before "ready": exactly one item [uv__fs_work] per operation.
// The "work" field of the result counts these items; nothing else in the
// process uses the pool between go and "done" (stdin and stdout are libuv
// streams when they are pipes; a file as stdin would be read through the pool).
// If libuv sends fs requests to io_uring instead (UV_USE_IO_URING where
// libuv supports it), the fs items do not reach the pool at all.
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {createInterface} from 'node:readline'

const PBKDF2_ITERATIONS = 25000
const FILE_BYTES = 8 * 1024 * 1024
const READFILE_CHUNK = 512 * 1024
const READ_BYTES = 1024 * 1024
const READFILE_REQUESTS = 3 + Math.ceil(FILE_BYTES / READFILE_CHUNK)

const usage = () => {
  process.stderr.write('usage: node node_threadpool.mjs readfile|pbkdf2|mixed|read N [rounds]\n')
  process.exit(64)
}
const [mode, nArg, roundsArg = '3'] = process.argv.slice(2)
const n = Number(nArg)
const rounds = Number(roundsArg)
if (!['readfile', 'pbkdf2', 'mixed', 'read'].includes(mode) || process.argv.length > 5 ||
    !Number.isInteger(n) || n < 1 || n > 10000 || !Number.isInteger(rounds) || rounds < 1) usage()

const file = path.join(os.tmpdir(), `stackprof-threadpool-${process.pid}.bin`)
let fd = -1
const cleanup = () => {
  if (fd >= 0) { try { fs.closeSync(fd) } catch {} fd = -1 }
  try { fs.unlinkSync(file) } catch {}
}
process.on('exit', cleanup)
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(130))

// Written synchronously (no pool) and read back once so the pages are cached:
// every later read is a memory copy, not a disk wait.
const needsFile = mode !== 'pbkdf2'
if (needsFile) {
  const bytes = mode === 'read' ? n * READ_BYTES : FILE_BYTES
  const buf = Buffer.alloc(Math.min(bytes, FILE_BYTES))
  crypto.randomFillSync(buf)
  const w = fs.openSync(file, 'w', 0o600)
  for (let off = 0; off < bytes; off += buf.length) fs.writeSync(w, buf, 0, Math.min(buf.length, bytes - off), off)
  fs.closeSync(w)
  fs.readFileSync(file)
  if (mode === 'read') fd = fs.openSync(file, 'r')
}
const readBufs = mode === 'read' ? Array.from({length: n}, () => Buffer.allocUnsafe(READ_BYTES)) : []

const lines = createInterface({input: process.stdin})
const next = () => new Promise((resolve) => {
  const onLine = () => { lines.off('close', onClose); resolve(true) }
  const onClose = () => { lines.off('line', onLine); resolve(false) }
  lines.once('line', onLine)
  lines.once('close', onClose)
})

const work = {fs: 0, crypto: 0}
const one = (i) => new Promise((resolve, reject) => {
  const t0 = performance.now()
  const cb = (err) => (err ? reject(err) : resolve(performance.now() - t0))
  if (mode === 'pbkdf2' || (mode === 'mixed' && i % 2 === 0)) {
    work.crypto++
    crypto.pbkdf2('stackprof', `salt-${i}`, PBKDF2_ITERATIONS, 64, 'sha512', cb)
  } else if (mode === 'read') {
    work.fs++
    fs.read(fd, readBufs[i], 0, READ_BYTES, i * READ_BYTES, (err, got) =>
      cb(err ?? (got === READ_BYTES ? null : new Error(`short read: ${got}`))))
  } else {
    work.fs += READFILE_REQUESTS
    fs.readFile(file, (err, data) =>
      cb(err ?? (data.length === FILE_BYTES ? null : new Error(`readFile got ${data.length} bytes`))))
  }
})

process.stdout.write(`ready ${process.pid}\n`)
if (!(await next())) { cleanup(); process.exit(2) }

const latencies = []
const t0 = performance.now()
for (let r = 0; r < rounds; r++) {
  latencies.push(...await Promise.all(Array.from({length: n}, (_, i) => one(i))))
}
const wallMs = performance.now() - t0

latencies.sort((a, b) => a - b)
// Nearest rank.
const pct = (p) => latencies[Math.min(latencies.length - 1, Math.ceil(p / 100 * latencies.length) - 1)]
const ms = (x) => Math.round(x * 100) / 100
const poolSize = Number(process.env.UV_THREADPOOL_SIZE ?? 4)
process.stdout.write(JSON.stringify({
  pid: process.pid, mode, n, rounds, ops: n * rounds, poolSize,
  latencyMs: {p50: ms(pct(50)), p99: ms(pct(99)), max: ms(latencies[latencies.length - 1])},
  wallMs: ms(wallMs),
  work: {...work, total: work.fs + work.crypto},
  perOp: {readfileRequests: READFILE_REQUESTS, fileBytes: FILE_BYTES, readBytes: READ_BYTES, pbkdf2Iterations: PBKDF2_ITERATIONS},
}) + '\n')
process.stdout.write('done\n')
await next()
lines.close()
process.stdin.destroy()
cleanup()
