// Load generator for `stackprof demo`.
//
//   node load.mjs <port> <seconds> [connections=8]
//
// Talks to 127.0.0.1:<port> only, over a keep-alive http.Agent with
// maxSockets=connections. Each connection issues requests back-to-back until
// <seconds> have elapsed or MAX_REQUESTS requests have been started in total
// (in-flight requests get at most 2 s extra), then prints
// {"requests":N,"errors":E,"seconds":S} and exits 0. requests counts 2xx
// responses; errors counts transport errors and non-2xx responses.
// Also stops (printing the summary so far) when its stdin, if it is a pipe or
// socket, reaches EOF. Plain ESM, node built-ins only.
import fs from 'node:fs';
import http from 'node:http';

const MAX_REQUESTS = 2_000_000;
const ERROR_BACKOFF_MS = 10;

function usage(msg) {
  process.stderr.write(`load: ${msg}\nusage: node load.mjs <port> <seconds> [connections=8]\n`);
  process.exit(64);
}

const [portArg, secondsArg, connArg = '8'] = process.argv.slice(2);
const port = Number(portArg);
const seconds = Number(secondsArg);
const connections = Number(connArg);
if (!Number.isInteger(port) || port < 1 || port > 65535) usage(`bad port '${portArg}'`);
if (!Number.isFinite(seconds) || seconds <= 0) usage(`bad seconds '${secondsArg}'`);
if (!Number.isInteger(connections) || connections < 1 || connections > 1024) {
  usage(`bad connections '${connArg}'`);
}

const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
const start = process.hrtime.bigint();
const deadline = start + BigInt(Math.round(seconds * 1e9));

let started = 0;
let requests = 0; // completed with a 2xx response
let errors = 0; // transport errors and non-2xx responses
let running = connections;
let finished = false;

function finish() {
  if (finished) return;
  finished = true;
  const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  agent.destroy();
  process.stdout.write(
    JSON.stringify({ requests, errors, seconds: Math.round(elapsed * 1000) / 1000 }) + '\n',
    () => process.exit(0),
  );
}

function timeUp() {
  return process.hrtime.bigint() >= deadline;
}

function loop(worker) {
  if (finished) return;
  if (timeUp() || started >= MAX_REQUESTS) {
    if (--running === 0) finish();
    return;
  }
  started++;
  let settled = false;
  const next = (failed) => {
    if (settled) return;
    settled = true;
    if (failed) {
      errors++;
      setTimeout(() => loop(worker), ERROR_BACKOFF_MS);
    } else {
      setImmediate(() => loop(worker));
    }
  };
  const req = http.request(
    {
      host: '127.0.0.1',
      port,
      path: `/api/items?limit=${1 + (started % 8)}&w=${worker}`,
      method: 'GET',
      agent,
    },
    (res) => {
      res.on('data', () => {});
      res.on('end', () => {
        const ok = res.statusCode >= 200 && res.statusCode < 300;
        if (ok) requests++;
        next(!ok);
      });
      res.on('error', () => next(true));
    },
  );
  req.on('error', () => next(true));
  req.end();
}

// Stop early when the parent closes our stdin (pipes/sockets only: /dev/null
// or a file would hit EOF at once, a TTY never closes).
function stdinIsPipe() {
  try {
    const st = fs.fstatSync(0);
    return st.isFIFO() || st.isSocket();
  } catch {
    return false;
  }
}
if (stdinIsPipe()) {
  process.stdin.on('end', finish);
  process.stdin.on('close', finish);
  process.stdin.on('error', finish);
  process.stdin.resume();
}
process.on('SIGTERM', finish);
process.on('SIGINT', finish);

// A request stuck past the deadline must not keep us alive forever.
setTimeout(finish, Math.ceil(seconds * 1000) + 2000).unref();

for (let w = 0; w < connections; w++) loop(w);
