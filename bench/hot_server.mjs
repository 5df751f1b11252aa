// The Node.js target of bench/symbolize.sh: a keep-alive HTTP server whose
// CPU time goes mostly to a few named JavaScript functions, so a profile of
// it is full of V8 JIT frames (named from /tmp/perf-<pid>.map when started
// with --perf-basic-prof) on top of the node binary's own frames.
//
//   node --perf-basic-prof bench/hot_server.mjs
//
// Listens on 127.0.0.1 with an ephemeral port and prints one JSON line
// {"port":P,"pid":PID} once listening. Per request, benchHotHandle calls
// benchHotParse (the query string, by hand), benchHotScore (a numeric loop,
// the hottest) and benchHotRender (a JSON body). Exits on SIGTERM, SIGINT, or stdin EOF when
// stdin is a pipe or socket (not /dev/null).
import {fstatSync} from 'node:fs'
import http from 'node:http'

function benchHotParse(url) {
  const params = new Map()
  const q = url.indexOf('?')
  if (q >= 0) {
    for (const pair of url.slice(q + 1).split('&')) {
      const eq = pair.indexOf('=')
      if (eq > 0) params.set(pair.slice(0, eq), pair.slice(eq + 1))
    }
  }
  let h = 2166136261
  for (let i = 0; i < url.length; i++) h = Math.imul(h ^ url.charCodeAt(i), 16777619)
  return {path: q >= 0 ? url.slice(0, q) : url, params, hash: h >>> 0}
}

function benchHotScore(seed) {
  let x = seed | 1
  let acc = 0
  for (let i = 0; i < 4000; i++) {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    acc += (x & 0xffff) / 65536
  }
  return acc
}

function benchHotRender(parsed, score, served) {
  const items = []
  for (let i = 0; i < 8; i++) items.push({id: (parsed.hash + i) % 1000, weight: Math.round(score * (i + 1)) / 100})
  return JSON.stringify({path: parsed.path, served, score, items})
}

let served = 0
// Named: V8 inlines the three above into it once it optimizes it, and its
// JIT code is then named after it alone.
function benchHotHandle(req, res) {
  served++
  const parsed = benchHotParse(req.url ?? '/')
  const score = benchHotScore(parsed.hash + served)
  const body = benchHotRender(parsed, score, served)
  res.writeHead(200, {'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body)})
  res.end(body)
}
const server = http.createServer(benchHotHandle)
server.keepAliveTimeout = 60_000
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(JSON.stringify({port: server.address().port, pid: process.pid}) + '\n')
})
// Keep-alive connections would hold server.close() open: just go.
const stop = () => process.exit(0)
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
const stdin = fstatSync(0)
if (stdin.isFIFO() || stdin.isSocket()) {
  process.stdin.on('end', stop)
  process.stdin.resume()
}
