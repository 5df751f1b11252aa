import {createHash} from 'node:crypto'
import {existsSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {join} from 'node:path'
import {packageRoot} from '../lib/paths.js'
import type {FrameKind, Profile} from '../model/stacks.js'
import {cleanText, displayLabel, lostData, stackFrames, threadName, threadsBySamples} from './common.js'

/** A node of the flame graph's tree; short keys because a big profile has many. */
export interface FlameNode {
  /** name */
  n: string
  /** value: samples (on-CPU) or nanoseconds (off-CPU), this node and all below it */
  v: number
  /** kind: p process, t thread, k kernel, n native, j JIT, u unknown */
  k: string
  /** the thread's tid, on thread nodes */
  t?: number
  c?: FlameNode[]
}

export interface FlameData {
  title: string
  cmdline: string
  facts: [string, string][]
  warnings: string[]
  offcpu: boolean
  threads: {tid: number; name: string}[]
  oncpuTree: FlameNode
  offcpuTree?: FlameNode
}

const KIND: Record<FrameKind, string> = {kernel: 'k', native: 'n', jit: 'j', unknown: 'u'}

interface Building {
  node: FlameNode
  children: Map<string, Building>
}

function child(parent: Building, name: string, kind: string): Building {
  const key = `${kind}${name}`
  let b = parent.children.get(key)
  if (!b) parent.children.set(key, (b = {node: {n: name, v: 0, k: kind}, children: new Map()}))
  return b
}

function finish(b: Building): FlameNode {
  if (b.children.size > 0) b.node.c = [...b.children.values()].map(finish)
  return b.node
}

/** The process, its threads, then each thread's stacks root first, weighted by `weight`. */
function tree(profile: Profile, weight: (s: Profile['samples'][number]) => number): FlameNode {
  const root: Building = {node: {n: `${cleanText(profile.target.comm) || '?'} (pid ${profile.target.pid})`, v: 0, k: 'p'}, children: new Map()}
  const labels = new Map<number, string>()
  for (const s of profile.samples) {
    const w = weight(s)
    if (w <= 0) continue
    root.node.v += w
    let at = child(root, `${threadName(profile, s.tid)} (tid ${s.tid})`, 't')
    at.node.t = s.tid
    at.node.v += w
    const frames = stackFrames(profile, profile.stacks.get(s.stackId))
    for (let i = frames.length - 1; i >= 0; i--) {
      const f = frames[i]
      let label = labels.get(f.id)
      if (label === undefined) labels.set(f.id, (label = displayLabel(profile, f, false)))
      at = child(at, label, KIND[f.kind] ?? 'u')
      at.node.v += w
    }
  }
  return finish(root)
}

function seconds(ns: bigint | number): string {
  return `${(Number(ns) / 1e9).toFixed(2)} s`
}

/** What the page shows, as plain data: it is embedded as JSON and every string in it is set as text. */
export function flameData(profile: Profile, options: {toolVersion?: string} = {}): FlameData {
  const c = profile.counters
  const threads = threadsBySamples(profile)
  const onSamples = profile.samples.reduce((a, s) => a + s.samples, 0)
  const offNs = profile.samples.reduce((a, s) => a + s.offcpuNs, 0n)
  let truncated = 0
  for (const s of profile.samples) if (profile.stacks.get(s.stackId)?.userTruncated) truncated += s.samples
  const facts: [string, string][] = [
    ['event', cleanText(c.event) || 'cpu-clock'],
    ['frequency', `${c.frequencyHz} Hz`],
    ['samples', onSamples.toLocaleString('en-US')],
    ['duration', seconds(profile.durationNs)],
    ['threads', String(threads.length)],
  ]
  if (c.offcpu) facts.push(['off-CPU', seconds(offNs)])
  if (c.perfMapStatus) facts.push(['perf map', cleanText(c.perfMapStatus)])
  facts.push(['started', profile.startedAt.toISOString()])
  if (options.toolVersion) facts.push(['stackprof', options.toolVersion])
  const warnings = lostData(profile)
  if (truncated > 0) {
    warnings.push(`${truncated} of ${onSamples} samples (${((100 * truncated) / Math.max(1, onSamples)).toFixed(1)}%) have a user stack that ends before the thread's start (code without frame pointers): they are rooted at the last frame reached`)
  }
  const data: FlameData = {
    title: `${cleanText(profile.target.comm) || '?'} (pid ${profile.target.pid}): stackprof flame graph`,
    cmdline: cleanText(profile.target.cmdline.join(' ')),
    facts,
    warnings,
    offcpu: c.offcpu,
    threads: threads.map((t) => ({tid: t.tid, name: t.name})),
    oncpuTree: tree(profile, (s) => s.samples),
  }
  if (c.offcpu) data.offcpuTree = tree(profile, (s) => Number(s.offcpuNs))
  return data
}

/**
 * JSON that can sit inside <script type="application/json"> whatever the
 * strings hold: "<" never appears raw (so no "</script>" or "<!--"), nor "&"
 * or ">", nor the two line separators older parsers choke on.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

interface InlineScript {
  name: string
  version: string
  license: string
  code: string
}

function packageDir(name: string, from: string): string {
  const require = createRequire(join(from, 'package.json'))
  for (const dir of require.resolve.paths(name) ?? []) {
    if (existsSync(join(dir, name, 'package.json'))) return join(dir, name)
  }
  throw new Error(`the npm package ${name} is missing (needed by ${from}): run \`npm install\``)
}

function readPackage(dir: string): {name: string; version: string; license?: string; exports?: unknown; main?: string} {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
}

/** A d3 module's browser build: its "umd" export ("dist/d3-x.min.js"). */
function umdFile(dir: string): string {
  const pkg = readPackage(dir)
  const exports = pkg.exports as {umd?: string; '.'?: {umd?: string}} | undefined
  const file = exports?.umd ?? exports?.['.']?.umd
  if (!file) throw new Error(`${pkg.name} has no UMD build`)
  return join(dir, file)
}

let scriptsCache: InlineScript[] | undefined

/**
 * d3-flame-graph's browser build and the d3 modules it needs, dependencies
 * first: what each UMD file require()s when loaded by a bundler is what it
 * expects on the global d3 in a page.
 */
export function flameGraphScripts(): InlineScript[] {
  if (scriptsCache) return scriptsCache
  const scripts: InlineScript[] = []
  const seen = new Set<string>()
  const add = (dir: string, file: string) => {
    if (seen.has(dir)) return
    seen.add(dir)
    const code = readFileSync(file, 'utf8')
    // The browser build's loader: the modules it asks for come first.
    const header = code.slice(0, 1000)
    for (const m of header.matchAll(/require\("(d3-[a-z-]+)"\)/g)) {
      const dep = packageDir(m[1], dir)
      add(dep, umdFile(dep))
    }
    // Checked, not escaped: rewriting minified code is riskier than refusing it.
    if (/<\/script|<!--/i.test(code)) throw new Error(`${file} contains "</script" or "<!--": it cannot be inlined`)
    const pkg = readPackage(dir)
    scripts.push({name: pkg.name, version: pkg.version, license: pkg.license ?? 'see its package', code})
  }
  const flame = packageDir('d3-flame-graph', packageRoot)
  add(flame, join(flame, 'dist', 'd3-flamegraph.umd.min.js'))
  scriptsCache = scripts
  return scripts
}

function asset(name: string): string {
  return readFileSync(join(packageRoot, 'assets', name), 'utf8')
}

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
}

/**
 * The interactive flame graph: one HTML file with d3, d3-flame-graph and
 * the page's script inlined, which opens offline from a file:// URL. Its
 * Content-Security-Policy allows exactly those scripts (by hash) and no
 * network, so even a name that slipped through as markup could run nothing.
 */
export function renderHtml(profile: Profile, options: {toolVersion?: string} = {}): string {
  return renderFlamePage(flameData(profile, options), options)
}

/** The page around any flame graph data: the profile's, or a differential one (src/diff/flame-diff.ts). */
export function renderFlamePage(flame: FlameData, options: {toolVersion?: string} = {}): string {
  const scripts = [...flameGraphScripts(), {name: 'stackprof flame graph page', version: options.toolVersion ?? '', license: 'MIT', code: asset('flamegraph.js')}]
  const csp = [
    "default-src 'none'",
    `script-src ${scripts.map((s) => sha256(s.code)).join(' ')}`,
    "style-src 'unsafe-inline'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ')
  const css = readFileSync(join(packageDir('d3-flame-graph', packageRoot), 'dist', 'd3-flamegraph.css'), 'utf8')
  const scriptTags = scripts.map((s) => `<!-- ${s.name}${s.version ? ` ${s.version}` : ''} (${s.license}) -->\n<script>${s.code}</script>`).join('\n')
  const data = `<script type="application/json" id="profile-data">${scriptSafeJson(flame)}</script>`
  // Function replacers: the inlined code is full of "$" sequences that a replacement string would expand.
  return asset('flamegraph.html')
    .replace('@STACKPROF_CSP@', () => csp)
    .replace('@STACKPROF_GENERATOR@', () => `stackprof${options.toolVersion ? ` ${options.toolVersion}` : ''}`)
    .replace('/*@STACKPROF_CSS@*/', () => css.replace(/<\//g, '<\\/'))
    .replace('<!--@STACKPROF_DATA@-->', () => data)
    .replace('<!--@STACKPROF_SCRIPTS@-->', () => scriptTags)
}
