// node_quiet: an idle Node.js HTTP server, the control case for the nodejs
// probe (no threadpool work, no loop stalls: no finding).
//
//   node node_quiet.mjs
//
// Listens on 127.0.0.1, port chosen by the kernel, then stdout
// "ready <pid> <port>". Answers every request with 200 "ok\n" (no
// threadpool work: no fs, dns, crypto or zlib), and otherwise does nothing:
// no timers, so the main thread sleeps in epoll_wait. stdin lines are
// ignored; stdin EOF: stdout "served <requests>", exit 0.
import http from 'node:http'

let served = 0
// Node's server checks request timeouts from an interval timer (every 30 s by
// default); pushed out of any test's reach so that idle means no wakeups.
const server = http.createServer({connectionsCheckingInterval: 2 ** 31 - 1, requestTimeout: 0}, (req, res) => {
  served++
  req.resume()
  res.writeHead(200, {'content-type': 'text/plain', 'content-length': '3'})
  res.end('ok\n')
})
// No keep-alive timer lingering after a client goes away.
server.keepAliveTimeout = 0
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`ready ${process.pid} ${server.address().port}\n`)
})
process.stdin.resume()
process.stdin.on('end', () => {
  process.stdout.write(`served ${served}\n`)
  server.close()
  server.closeAllConnections()
  process.exit(0)
})
