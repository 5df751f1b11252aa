import {describe, it} from 'node:test'
import assert from 'node:assert/strict'
import {execFileSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {flameData, flameGraphScripts, renderHtml, scriptSafeJson, type FlameNode} from '../../src/export/html.js'
import {packageRoot} from '../../src/lib/paths.js'
import {exportProfile, HOSTILE_QUOTES, HOSTILE_SCRIPT, ONCPU_TOTAL} from './export-fixtures.js'

const DATA_OPEN = '<script type="application/json" id="profile-data">'

/** Every <script>…</script> element as the HTML parser splits them: from each "<script" to the next "</script". */
function scriptElements(html: string): {open: string; body: string}[] {
  const out: {open: string; body: string}[] = []
  const re = /<script\b([^>]*)>/gi
  let m: RegExpExecArray | null
  while ((m = re.exec(html))) {
    const end = html.toLowerCase().indexOf('</script', re.lastIndex)
    assert.ok(end > 0, 'every script is closed')
    out.push({open: m[0], body: html.slice(re.lastIndex, end)})
    re.lastIndex = end
  }
  return out
}

function names(node: FlameNode): string[] {
  return [node.n, ...(node.c ?? []).flatMap(names)]
}

describe('html export', () => {
  const profile = exportProfile()
  const html = renderHtml(profile, {toolVersion: '9.9.9'})

  it('embeds the data so that no name can end the script: the JSON parses back whole', () => {
    const scripts = scriptElements(html)
    const data = scripts.filter((s) => s.open === DATA_OPEN)
    assert.equal(data.length, 1)
    assert.doesNotMatch(data[0].body, /[<>&\u2028\u2029]/)
    assert.deepEqual(JSON.parse(data[0].body), JSON.parse(JSON.stringify(flameData(profile, {toolVersion: '9.9.9'}))))
    // The hostile names are data, whole, and nowhere else in the page.
    const all = names(JSON.parse(data[0].body).oncpuTree)
    assert.ok(all.includes(HOSTILE_SCRIPT) && all.includes(HOSTILE_QUOTES))
    assert.ok(all.includes('line1 line2  end') && all.includes('bad\uFFFDname'))
    assert.ok(!html.includes('</script><img'), 'the markup never appears raw')
    assert.equal(scriptSafeJson({s: '</script><!--\u2028'}), '{"s":"\\u003c/script\\u003e\\u003c!--\\u2028"}')
  })

  it('inlines d3, d3-flame-graph and the page script, each allowed by hash and nothing else, and loads nothing', () => {
    const scripts = scriptElements(html)
    const code = scripts.filter((s) => s.open === '<script>')
    const inlined = flameGraphScripts()
    assert.deepEqual(inlined.map((s) => s.name).slice(-1), ['d3-flame-graph'])
    for (const needed of ['d3-selection', 'd3-array', 'd3-hierarchy', 'd3-scale', 'd3-transition', 'd3-format', 'd3-ease', 'd3-dispatch', 'd3-interpolate', 'd3-timer', 'd3-color']) {
      assert.ok(inlined.some((s) => s.name === needed), needed)
    }
    // Dependencies first: d3-selection before d3-transition, which patches its prototype.
    assert.ok(inlined.findIndex((s) => s.name === 'd3-selection') < inlined.findIndex((s) => s.name === 'd3-transition'))
    assert.equal(code.length, inlined.length + 1)
    assert.equal(scripts.length, code.length + 1, 'no other scripts')
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1]
    assert.ok(csp)
    assert.match(csp, /^default-src 'none'; script-src ('sha256-[A-Za-z0-9+/=]+' ?)+; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'$/)
    const hashes = [...csp.matchAll(/'sha256-([^']+)'/g)].map((m) => m[1])
    assert.deepEqual(hashes, code.map((s) => createHash('sha256').update(s.body).digest('base64')))
    assert.doesNotMatch(html, /<script[^>]+src=|<link\b|<img\b|<iframe\b|@import|url\(/i)
  })

  it('shows threads under the process, busiest first, and totals that match the samples', () => {
    const data = flameData(profile)
    assert.equal(data.oncpuTree.n, 'server (pid 4242)')
    assert.equal(data.oncpuTree.v, ONCPU_TOTAL)
    assert.deepEqual(data.oncpuTree.c!.map((t) => [t.n, t.t, t.v, t.k]).sort(), [['server (tid 4242)', 4242, 80, 't'], ['worker 2 (tid 4244)', 4244, 7, 't'], ['worker-1 (tid 4243)', 4243, 13, 't']])
    assert.deepEqual(data.threads, [{tid: 4242, name: 'server'}, {tid: 4243, name: 'worker-1'}, {tid: 4244, name: 'worker 2'}])
    assert.equal(data.offcpuTree!.v, 1_000_000_000 + 20_202_020 + 5_000_000)
    // Frames merge by name: hot_a at two addresses is one node of 50 under work.
    const server = data.oncpuTree.c!.find((t) => t.t === 4242)!
    const main = server.c!.find((n) => n.n === 'main')!
    assert.equal(main.v, 80)
    assert.deepEqual(main.c!.find((n) => n.n === 'work')!.c, [{n: 'hot_a', v: 50, k: 'n'}])
    // Kinds for the colours: kernel, JIT, unknown.
    const kinds = new Map<string, string>()
    const walk = (n: FlameNode) => { kinds.set(n.n, n.k); n.c?.forEach(walk) }
    walk(data.oncpuTree)
    assert.equal(kinds.get('do_syscall_64'), 'k')
    assert.equal(kinds.get('LazyCompile:*handler /srv/app.js:12'), 'j')
    assert.equal(kinds.get('[unknown]'), 'u')
    assert.equal(kinds.get('[libc.so.6]'), 'n')
    assert.equal(flameData(exportProfile({offcpu: false})).offcpuTree, undefined)
  })

  it('heads the page with the target, event, rate, totals and the counters that warn of lost data', () => {
    const lossy = exportProfile()
    lossy.counters.countTableFull = 4n
    lossy.counters.userStackFailed = 1n
    lossy.stacks.get(3)!.userTruncated = true
    const data = flameData(lossy, {toolVersion: '9.9.9'})
    assert.equal(data.title, 'server (pid 4242): stackprof flame graph')
    assert.equal(data.cmdline, './server --port 8080')
    assert.deepEqual(Object.fromEntries(data.facts), {
      event: 'cpu-clock', frequency: '99 Hz', samples: '100', duration: '10.00 s', threads: '3', 'off-CPU': '1.03 s',
      'perf map': 'read (812 entries)', started: '2026-11-23T12:00:00.000Z', stackprof: '9.9.9',
    })
    assert.deepEqual(data.warnings, [
      'lost data: 4 samples whose (thread, stack) did not fit in the count table',
      'lost data: 1 samples without a user stack (the kernel could not read it)',
      '25 of 100 samples (25.0%) have a user stack that ends before the thread\'s start (code without frame pointers): they are rooted at the last frame reached',
    ])
  })

  it('ships in the npm package: the template, the page script and the d3-flame-graph dependency', () => {
    const pack = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {cwd: packageRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']})) as {files: {path: string}[]}[]
    const files = new Set(pack[0].files.map((f) => f.path))
    for (const f of ['assets/flamegraph.html', 'assets/flamegraph.js', 'dist/src/export/html.js', 'dist/src/proto/pprof.pb.js', 'proto/pprof/profile.proto']) assert.ok(files.has(f), f)
    const pkg = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as {dependencies: Record<string, string>}
    assert.ok(pkg.dependencies['d3-flame-graph'], 'a runtime dependency: its files are read when the HTML is written')
  })
})
