import {once} from 'node:events'
import {mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {createInterface} from 'node:readline'
import {execa} from 'execa'
import {collect} from '../collector/collect.js'
import {diagnose} from '../diagnose/engine.js'
import {BaseCommand, durationFlag} from '../lib/base-command.js'
import {UserError} from '../lib/errors.js'
import {demoScript} from '../lib/paths.js'
import {renderLiveScreen, renderSummary} from '../render/text.js'
import {writeExports} from '../export/index.js'

export default class Demo extends BaseCommand {
  static summary = 'See stackprof work in one command: a built-in server under its own load, attached and explained.'
  static description = `Starts a small Node.js HTTP server on 127.0.0.1 and a load generator that keeps it busy over loopback, attaches to the server, shows the live syscall table, then the summary and findings. Everything it started is stopped when it ends, on Ctrl-C too.

The demo server deliberately checks for a missing file on every request, so you will see one finding: a syscall that keeps failing. It runs with --perf-basic-prof-only-functions, so its JavaScript functions have names in the stacks; the flame graph of the session is written to a new directory under the system's temporary directory, and its path printed.`
  static examples = ['<%= config.bin %> demo', '<%= config.bin %> demo --duration 20s']
  static flags = {
    duration: durationFlag({description: 'how long to watch the server [default: 8s]'}),
  }

  async run(): Promise<void> {
    const {flags: parsed} = await this.parse(Demo)
    const flags = {...parsed, duration: parsed.duration ?? 8000}
    // Named JavaScript frames in the stacks: V8 writes /tmp/perf-<pid>.map.
    const server = execa(process.execPath, ['--perf-basic-prof-only-functions', demoScript('server')], {stdin: 'pipe', stdout: 'pipe', stderr: 'inherit', reject: false})
    let load: ReturnType<typeof execa> | undefined
    try {
      const lines = createInterface({input: server.stdout!})
      const first = (await Promise.race([once(lines, 'line'), server.then(() => [undefined])])) as [string | undefined]
      if (!first[0]) throw new UserError('the demo server did not start')
      const {port, pid} = JSON.parse(first[0]) as {port: number; pid: number}
      process.stderr.write(`demo: server pid ${pid} on 127.0.0.1:${port}; load for ${(flags.duration / 1000).toFixed(0)} s\n`)
      load = execa(process.execPath, [demoScript('load'), String(port), String(Math.ceil(flags.duration / 1000) + 2)], {stdin: 'pipe', stdout: 'ignore', stderr: 'inherit', reject: false})
      const live = Boolean(process.stdout.isTTY)
      const session = await collect({
        pid,
        intervalMs: 1000,
        durationMs: flags.duration,
        onSnapshot: (s) => {
          if (live) process.stdout.write(renderLiveScreen(s, {maxSyscallsPerThread: 10, maxThreads: 2}))
        },
      })
      if (live) process.stdout.write('\u001B[H\u001B[2J')
      const findings = diagnose(session)
      process.stdout.write(renderSummary(session, findings))
      if (session.stacks) {
        // A directory of our own: a fixed name in a shared /tmp could be taken by someone else first.
        const flame = join(mkdtempSync(join(tmpdir(), 'stackprof-demo-')), 'flamegraph.html')
        writeExports([{path: flame, format: 'html'}], session, findings, {intervalMs: 1000, requestedDurationMs: flags.duration})
      }
      process.stdout.write('\nThat was `stackprof attach` on the demo server. Try it on your own: sudo stackprof attach <pid>\n')
    } finally {
      // Closing stdin is the demo processes' signal to exit; SIGTERM backs it up.
      for (const child of [load, server]) {
        if (!child) continue
        child.stdin?.end()
        child.kill('SIGTERM')
      }
      await Promise.allSettled([server, load].filter(Boolean))
    }
  }
}
