// Demo target for `stackprof demo`: a tiny keep-alive HTTP server.
//
//   node server.mjs
//
// Listens on 127.0.0.1 with an ephemeral port and prints one JSON line
// {"port":P,"pid":PID} to stdout once listening. Exits cleanly on SIGTERM,
// SIGINT, and when its stdin (if it is a pipe or socket) reaches EOF, so it
// never outlives the demo that spawned it. Plain ESM, node built-ins only;
// ships as-is without a build step.
import fs from 'node:fs';
import http from 'node:http';

// Deliberately missing. Every request checks for it, so every request makes
// exactly one failing syscall (access/faccessat -> ENOENT). `stackprof demo`
// relies on this to show the findings engine flagging a repeated failing
// syscall on the hot path. Do not "fix" it.
const OVERRIDE_PATH = '/nonexistent-stackprof-demo/override.json';

const startedAt = Date.now();
let served = 0;

const catalog = Array.from({ length: 16 }, (_, i) => ({
  id: i + 1,
  name: `item-${i + 1}`,
  price: Math.round((i + 1) * 1.37 * 100) / 100,
}));

function handle(req, res) {
  served++;
  let overrides = null;
  if (fs.existsSync(OVERRIDE_PATH)) {
    overrides = JSON.parse(fs.readFileSync(OVERRIDE_PATH, 'utf8'));
  }

  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const limit = Math.min(Math.max(Number(url.searchParams.get('limit')) || 5, 1), catalog.length);
  const offset = served % catalog.length;
  const items = [];
  for (let i = 0; i < limit; i++) items.push(catalog[(offset + i) % catalog.length]);
  const total = items.reduce((sum, it) => sum + it.price, 0);

  const body = JSON.stringify({
    path: url.pathname,
    request: served,
    uptimeMs: Date.now() - startedAt,
    items,
    total: Math.round(total * 100) / 100,
    overrides,
  });

  res.writeHead(200, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(body),
    Connection: 'keep-alive',
  });
  res.end(body);
}

const server = http.createServer((req, res) => {
  try {
    handle(req, res);
  } catch (err) {
    res.statusCode = 500;
    res.end(String(err));
  }
});
server.keepAliveTimeout = 10_000;

let stopping = false;
function shutdown(code = 0) {
  if (stopping) return;
  stopping = true;
  server.close(() => process.exit(code));
  server.closeAllConnections();
  // Belt and braces: never hang around if close() stalls.
  setTimeout(() => process.exit(code), 2000).unref();
}

process.on('SIGTERM', () => shutdown(0));
process.on('SIGINT', () => shutdown(0));

// Exit when the parent closes our stdin. Only watched for pipes/sockets: a
// /dev/null or regular-file stdin would hit EOF immediately, and a TTY never
// closes on its own.
function stdinIsPipe() {
  try {
    const st = fs.fstatSync(0);
    return st.isFIFO() || st.isSocket();
  } catch {
    return false;
  }
}
if (stdinIsPipe()) {
  process.stdin.on('end', () => shutdown(0));
  process.stdin.on('close', () => shutdown(0));
  process.stdin.on('error', () => shutdown(0));
  process.stdin.resume();
}

server.on('error', (err) => {
  process.stderr.write(`server: ${err.message}\n`);
  process.exit(1);
});

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  process.stdout.write(JSON.stringify({ port, pid: process.pid }) + '\n');
});
