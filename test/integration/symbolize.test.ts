// The loader's symbolizer (native/symbolize.c) against live processes, through
// `stackprof-loader symbolize`: native names (C, demangled C++, libc, the
// vdso, a deleted binary) with their modules, offsets and source lines; PLT
// stubs as <function>@plt, classic and IBT layouts; a library dlopen'ed later
// (maps re-read on a miss, once per refresh); kernel names from kallsyms; and
// the perf map V8 writes: last entry wins, lines appended later are read, and
// a map owned by someone else than the target's user, a symlink or a FIFO is
// refused.
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {appendFileSync, chownSync, copyFileSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {after, describe, it} from 'node:test'
import {loaderPath} from '../../src/lib/paths.js'
import {Proc, root, waitUntil, workload} from './helpers.js'

// Symbolizing needs no BPF, only root's view of other processes
// (/proc/<pid>/map_files, /proc/<pid>/mem, /proc/kallsyms addresses).
const skip = process.getuid?.() !== 0 ? 'needs root (CI runs as root)' : undefined

const NOBODY = 65534

interface Sym {address: bigint; kind: string; function: string; module: string; moduleOffset: bigint; source: string; reason: string}

function parseLine(line: string): Sym {
  const f = line.split('\t')
  assert.equal(f.length, 7, `bad line: ${JSON.stringify(line)}`)
  return {address: BigInt(f[0]), kind: f[1], function: f[2], module: f[3], moduleOffset: BigInt(f[4]), source: f[5], reason: f[6]}
}

const hex = (a: bigint) => `0x${a.toString(16)}`

/** One `stackprof-loader symbolize` run; stderr's summary holds the perf map status. */
function symbolize(pid: number, addrs: bigint[], kernel = false): {syms: Sym[]; perfMap: string; perfMapEntries: number} {
  const r = spawnSync(loaderPath(), ['symbolize', '--pid', String(pid), ...(kernel ? ['--kernel'] : []), ...addrs.map(hex)], {encoding: 'utf8'})
  assert.equal(r.status, 0, r.stderr)
  const syms = r.stdout.split('\n').filter(Boolean).map(parseLine)
  assert.equal(syms.length, addrs.length, r.stdout)
  syms.forEach((s, i) => assert.equal(s.address, addrs[i]))
  const m = /perf map (.*) \((\d+) entries\)/.exec(r.stderr)
  assert.ok(m, r.stderr)
  return {syms, perfMap: m[1], perfMapEntries: Number(m[2])}
}

interface Target {proc: Proc; pid: number; addr: Record<string, bigint>}

/** sym_target (or a copy of it), optionally run as another user through setpriv. */
async function startTarget(path = workload('sym_target'), uid?: number): Promise<Target> {
  const proc = uid === undefined ? new Proc(path, []) : new Proc('setpriv', [`--reuid=${uid}`, `--regid=${uid}`, '--clear-groups', path])
  const pid = Number((await proc.waitFor('stdout', /^ready (\d+)$/))[1])
  const addr: Record<string, bigint> = {}
  for (const line of proc.stdoutLines) {
    const m = /^sym (\S+) ([0-9a-f]+)$/.exec(line)
    if (m) addr[m[1]] = BigInt(`0x${m[2]}`)
  }
  return {proc, pid, addr}
}

async function stop(t: Target) {
  t.proc.end()
  await t.proc.exit()
}

/** The executable mapping of pid holding addr, from /proc/<pid>/maps. */
function mappingOf(pid: number, addr: bigint): {start: bigint; offset: bigint; path: string} {
  for (const line of readFileSync(`/proc/${pid}/maps`, 'utf8').split('\n')) {
    const m = /^([0-9a-f]+)-([0-9a-f]+) (\S+) ([0-9a-f]+) \S+ \d+\s*(.*)$/.exec(line)
    if (m && BigInt(`0x${m[1]}`) <= addr && addr < BigInt(`0x${m[2]}`)) return {start: BigInt(`0x${m[1]}`), offset: BigInt(`0x${m[4]}`), path: m[5]}
  }
  throw new Error(`${hex(addr)} is in no mapping of ${pid}`)
}

/** The line of `needle` in a source file (1-based). */
function lineOf(file: string, needle: string): number {
  const i = readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes(needle))
  assert.ok(i >= 0, `${needle} not in ${file}`)
  return i + 1
}

const perfMapPath = (pid: number) => `/tmp/perf-${pid}.map`
const cleanup: string[] = []
after(() => { for (const f of cleanup) rmSync(f, {force: true}) })

describe('symbolizer: native frames', {skip}, () => {
  it('names C, C++ and libc functions with their modules, offsets and lines, and the vdso', async () => {
    const t = await startTarget()
    try {
      const src = join(root, 'test', 'workloads', 'sym_target.c')
      const cxx = join(root, 'test', 'workloads', 'sym_target_cxx.cc')
      const want: [string, string, string | null, number | null][] = [
        ['static_fn', 'sym_static_work', src, lineOf(src, 'int sym_static_work(int n)')],
        ['main', 'main', src, lineOf(src, 'int main(void)')],
        ['cxx_static', 'stackprof_test::Widget::tally(int)', cxx, lineOf(cxx, 'int Widget::tally(int n)')],
        ['cxx_template', 'int stackprof_test::twice<int>(int)', cxx, lineOf(cxx, 'T twice(T v)')],
        ['getppid', 'getppid', null, null],
      ]
      const addrs = want.map(([label]) => t.addr[label])
      const {syms} = symbolize(t.pid, addrs)
      want.forEach(([label, name, file, line], i) => {
        const s = syms[i]
        const map = mappingOf(t.pid, addrs[i])
        assert.equal(s.kind, 'native', label)
        assert.equal(s.function, name, label)
        assert.equal(s.module, map.path, label)
        assert.equal(s.reason, '', label)
        // gcc and Debian's libc put code at file offset == vaddr
        assert.equal(s.moduleOffset, addrs[i] - map.start + map.offset, label)
        if (file) {
          // the entry address belongs to the declaration or its opening brace
          const m = /^(.*):(\d+)$/.exec(s.source)
          assert.ok(m, `${label}: no source line: ${s.source}`)
          assert.equal(m[1], file, label)
          assert.ok(Number(m[2]) >= line! && Number(m[2]) <= line! + 1, `${label}: ${s.source}, declared at line ${line}`)
        }
      })
      assert.match(syms[4].module, /\/libc\.so\.6$/)

      // The vdso comes from the target's memory; both names are aliases there.
      assert.ok(t.addr.vdso_gettime, 'the workload found no vdso')
      const [vdso] = symbolize(t.pid, [t.addr.vdso_gettime + 1n]).syms
      assert.equal(vdso.kind, 'native')
      assert.equal(vdso.function, 'clock_gettime')
      assert.equal(vdso.module, '[vdso]')

      const [nowhere] = symbolize(t.pid, [0x10n]).syms
      assert.deepEqual([nowhere.kind, nowhere.function, nowhere.module, nowhere.reason], ['unknown', '', '', 'not in any mapping'])
    } finally {
      await stop(t)
    }
  })

  it('reads a deleted binary through /proc/<pid>/map_files', async () => {
    const copy = join(tmpdir(), `sym_target_deleted_${process.pid}`)
    copyFileSync(workload('sym_target'), copy)
    cleanup.push(copy)
    const t = await startTarget(copy)
    try {
      unlinkSync(copy)
      const {syms} = symbolize(t.pid, [t.addr.static_fn, t.addr.cxx_static])
      assert.deepEqual(syms.map((s) => [s.kind, s.function, s.module]), [
        ['native', 'sym_static_work', `${copy} (deleted)`],
        ['native', 'stackprof_test::Widget::tally(int)', `${copy} (deleted)`],
      ])
    } finally {
      await stop(t)
    }
  })
})

/** Section name → [vaddr, size] of an ELF file, from `readelf -SW`. */
function sections(file: string): Map<string, [bigint, bigint]> {
  const r = spawnSync('readelf', ['-SW', file], {encoding: 'utf8'})
  assert.equal(r.status, 0, r.stderr)
  const out = new Map<string, [bigint, bigint]>()
  for (const m of r.stdout.matchAll(/\]\s+(\S+)\s+\S+\s+([0-9a-f]{16})\s+[0-9a-f]+\s+([0-9a-f]+)\s/g)) {
    out.set(m[1], [BigInt(`0x${m[2]}`), BigInt(`0x${m[3]}`)])
  }
  return out
}

/** PLT stub vaddr → binutils' name for it ("getpid@plt"), from `objdump -d`. */
function objdumpPltStubs(file: string): Map<bigint, string> {
  const r = spawnSync('objdump', ['-d', '-j', '.plt', '-j', '.plt.sec', '-j', '.plt.got', file], {encoding: 'utf8'})
  assert.equal(r.status, 0, r.stderr)
  return new Map([...r.stdout.matchAll(/^([0-9a-f]+) <([^>+]+@plt)>:$/gm)].map((m) => [BigInt(`0x${m[1]}`), m[2]]))
}

describe('symbolizer: PLT stubs', {skip}, () => {
  /** Names every stub of the target's PLT sections as binutils does, and the code around them as before. */
  async function checkPlt(path: string, stubSections: string[]) {
    const secs = sections(path)
    for (const name of ['.init', '.plt', ...stubSections]) assert.ok(secs.has(name), `${path} has no ${name}`)
    const stubs = objdumpPltStubs(path)
    const getpid = [...stubs].filter(([, name]) => name === 'getpid@plt').map(([vaddr]) => vaddr)
    // the call goes through .plt.sec when there is one
    assert.equal(getpid.length, 1, `getpid@plt stubs: ${getpid.map(hex)}`)
    const t = await startTarget(path)
    try {
      const text = mappingOf(t.pid, t.addr.main)
      const at = (vaddr: bigint) => text.start - text.offset + vaddr
      const [init, initSize] = secs.get('.init')!
      const [plt] = secs.get('.plt')!
      const probes: [bigint, string][] = [
        [getpid[0], 'getpid@plt'],
        [getpid[0] + 15n, 'getpid@plt'],   // last byte of its 16
        [init + initSize - 1n, '_init'],    // just before the PLT
        [plt, '[plt]'],                     // PLT0, the lazy binder's entry
        [plt + 15n, '[plt]'],
      ]
      // every stub binutils names, 4 bytes in (inside even an 8-byte .plt.got stub)
      for (const [vaddr, name] of stubs) probes.push([vaddr + 4n, name])
      const {syms} = symbolize(t.pid, probes.map(([vaddr]) => at(vaddr)))
      assert.deepEqual(syms.map((s) => [hex(s.moduleOffset), s.kind, s.function, s.module, s.reason]),
        probes.map(([vaddr, name]) => [hex(vaddr), 'native', name, path, '']))
    } finally {
      await stop(t)
    }
  }

  it('names .plt and .plt.got stubs <function>@plt, PLT0 [plt], and leaves _init before them alone', async () => {
    const path = workload('sym_target')
    await checkPlt(path, ['.plt.got'])
    // the workload's own build has the classic layout (the IBT one is the next test)
    assert.ok(!sections(path).has('.plt.sec'))
  })

  it('names the .plt.sec stubs of an IBT binary and its lazy .plt entries', async () => {
    // sym_target linked with IBT stubs (Ubuntu's gcc default, -fcf-protection):
    // calls go through .plt.sec, .plt holds the lazy-binding entries.
    const src = join(root, 'test', 'workloads')
    const ibt = join(tmpdir(), `sym_target_ibt_${process.pid}`)
    cleanup.push(ibt)
    const cc = spawnSync('gcc', ['-O2', '-g', '-pthread', '-fno-omit-frame-pointer', '-fcf-protection=full', '-Wl,-z,ibtplt',
      '-o', ibt, join(src, 'sym_target.c'), join(src, 'build', 'sym_target_cxx.o'), '-ldl'], {encoding: 'utf8'})
    assert.equal(cc.status, 0, cc.stderr)
    await checkPlt(ibt, ['.plt.sec'])
    // .plt's entries after PLT0 are the lazy path of the same functions, in .rela.plt order
    const secs = sections(ibt)
    const [plt] = secs.get('.plt')!
    const [pltSec, pltSecSize] = secs.get('.plt.sec')!
    const secStubs = objdumpPltStubs(ibt)
    const lazy = Array.from({length: Number(pltSecSize / 16n)}, (_, i) => plt + 16n * BigInt(i + 1) + 4n)
    const t = await startTarget(ibt)
    try {
      const text = mappingOf(t.pid, t.addr.main)
      const {syms} = symbolize(t.pid, lazy.map((vaddr) => text.start - text.offset + vaddr))
      assert.deepEqual(syms.map((s) => s.function),
        Array.from({length: lazy.length}, (_, i) => secStubs.get(pltSec + 16n * BigInt(i))))
    } finally {
      await stop(t)
    }
  })
})

describe('symbolizer: libraries loaded later', {skip}, () => {
  it('re-reads the maps for an unknown address, at most once per refresh', async () => {
    const t = await startTarget()
    const loader = new Proc(loaderPath(), ['symbolize', '--pid', String(t.pid)])
    let answers = 0
    const ask = async (addr: bigint): Promise<Sym> => {
      loader.send(hex(addr))
      answers++
      assert.ok(await waitUntil(() => loader.stdoutLines.length >= answers, 10_000), `no answer: ${loader.stderr}`)
      return parseLine(loader.stdoutLines[answers - 1])
    }
    try {
      assert.equal((await ask(t.addr.static_fn)).function, 'sym_static_work')
      // the one re-read this refresh allows goes to a stray address...
      assert.equal((await ask(0x10n)).reason, 'not in any mapping')
      t.proc.send('dlopen')
      const cbrt = BigInt(`0x${(await t.proc.waitFor('stdout', /^sym cbrt ([0-9a-f]+)$/))[1]}`)
      assert.equal((await ask(cbrt)).reason, 'not in any mapping')
      // ...and a refresh allows the next one
      loader.send('refresh')
      const s = await ask(cbrt)
      assert.deepEqual([s.kind, s.function, s.module], ['native', 'cbrt', mappingOf(t.pid, cbrt).path])
      assert.match(s.module, /\/libm\.so\.6$/)
      loader.end()
      assert.equal((await loader.exit()).code, 0)
    } finally {
      loader.child.kill()
      await stop(t)
    }
  })
})

describe('symbolizer: kernel frames', {skip}, () => {
  it('names an address inside __x64_sys_getppid from /proc/kallsyms', () => {
    const line = readFileSync('/proc/kallsyms', 'utf8').split('\n').find((l) => / [Tt] __x64_sys_getppid$/.test(l))
    assert.ok(line, '__x64_sys_getppid is not in /proc/kallsyms')
    const addr = BigInt(`0x${line.split(' ')[0]}`)
    assert.notEqual(addr, 0n, 'kallsyms addresses are hidden even from root')
    const {syms} = symbolize(process.pid, [addr, addr + 1n], true)
    for (const s of syms) assert.deepEqual([s.kind, s.function, s.module, s.reason], ['kernel', '__x64_sys_getppid', '[kernel.kallsyms]', ''])
  })
})

describe('symbolizer: perf maps', {skip}, () => {
  it('names JIT code from the perf map, the last entry winning on overlap', async () => {
    const t = await startTarget()
    const map = perfMapPath(t.pid)
    cleanup.push(map)
    try {
      const rx = t.addr.anon_rx
      const rwx = t.addr.anon_rwx
      const before = symbolize(t.pid, [rx + 0x10n, rwx])
      assert.equal(before.perfMap, 'absent')
      for (const s of before.syms) {
        assert.deepEqual([s.kind, s.function, s.module, s.reason], ['unknown', '', '[anon]', 'anonymous executable memory and no perf map (JIT code?)'])
      }

      // first: [rx, rx+0x100); overlap: [rx+0x80, rx+0xc0) replaces part of
      // it; replaced: [rx, rx+0x20) replaces its start. Mixed 0x / no 0x,
      // like real writers.
      writeFileSync(map, [
        `${rx.toString(16)} 100 JS:*sym_jit_first /app/a.js:1:1`,
        `0x${(rx + 0x80n).toString(16)} 40 sym_jit_overlap`,
        `${rx.toString(16)} 0x20 sym_jit_replaced`,
        'not a line',
        '',
      ].join('\n'))
      const probes = [rx + 0x10n, rx + 0x30n, rx + 0x90n, rx + 0xd0n, rx + 0x100n, rwx]
      const after = symbolize(t.pid, probes)
      assert.equal(after.perfMap, 'read')
      assert.equal(after.perfMapEntries, 3)
      assert.deepEqual(after.syms.map((s) => [s.kind, s.function, s.reason]), [
        ['jit', 'sym_jit_replaced', ''],
        ['jit', 'JS:*sym_jit_first /app/a.js:1:1', ''],
        ['jit', 'sym_jit_overlap', ''],
        ['jit', 'JS:*sym_jit_first /app/a.js:1:1', ''],
        ['unknown', '', 'anonymous executable memory not in the perf map'],
        ['unknown', '', 'anonymous executable memory not in the perf map'],
      ])
      for (const s of after.syms.slice(0, 4)) {
        assert.equal(s.module, map)
        assert.equal(s.moduleOffset, s.address)
      }
      assert.equal(after.syms[4].module, '[anon]')
    } finally {
      await stop(t)
    }
  })

  it('reads lines appended later, waits for a line to end, and skips overlong lines', async () => {
    const t = await startTarget()
    const map = perfMapPath(t.pid)
    cleanup.push(map)
    const rx = t.addr.anon_rx
    writeFileSync(map, `${rx.toString(16)} 10 sym_jit_early\n`)
    const loader = new Proc(loaderPath(), ['symbolize', '--pid', String(t.pid)])
    let answers = 0
    const ask = async (addr: bigint): Promise<Sym> => {
      loader.send(hex(addr))
      answers++
      assert.ok(await waitUntil(() => loader.stdoutLines.length >= answers, 10_000), `no answer: ${loader.stderr}`)
      return parseLine(loader.stdoutLines[answers - 1])
    }
    try {
      assert.equal((await ask(rx)).function, 'sym_jit_early')
      assert.equal((await ask(rx + 0x100n)).reason, 'anonymous executable memory not in the perf map')

      // half a line: not an entry until its newline arrives
      appendFileSync(map, `${(rx + 0x100n).toString(16)} 10 sym_jit_par`)
      loader.send('refresh')
      assert.equal((await ask(rx + 0x100n)).function, '')
      appendFileSync(map, `tial\n${(rx + 0x200n).toString(16)} 10 ${'x'.repeat(5000)}\n${(rx + 0x300n).toString(16)} 10 sym_jit_after_long\n`)
      loader.send('refresh')
      assert.equal((await ask(rx + 0x100n)).function, 'sym_jit_partial')
      assert.equal((await ask(rx + 0x200n)).function, '')
      assert.equal((await ask(rx + 0x300n)).function, 'sym_jit_after_long')
      // a new entry over an old one wins from then on
      appendFileSync(map, `${rx.toString(16)} 8 sym_jit_late\n`)
      loader.send('refresh')
      assert.equal((await ask(rx + 4n)).function, 'sym_jit_late')
      assert.equal((await ask(rx + 9n)).function, 'sym_jit_early')
      loader.end()
      assert.equal((await loader.exit()).code, 0)
      assert.match(loader.stderr, /perf map read \(4 entries\)/)
    } finally {
      loader.child.kill()
      await stop(t)
    }
  })

  it('refuses a perf map owned by another user than the target\'s', async () => {
    const t = await startTarget()   // runs as root
    const map = perfMapPath(t.pid)
    cleanup.push(map)
    try {
      writeFileSync(map, `${t.addr.anon_rx.toString(16)} 100 sym_jit_forged\n`)
      chownSync(map, NOBODY, NOBODY)
      const r = symbolize(t.pid, [t.addr.anon_rx])
      assert.equal(r.perfMap, `owned by uid ${NOBODY}, not the target's uid 0`)
      assert.equal(r.perfMapEntries, 0)
      assert.deepEqual([r.syms[0].kind, r.syms[0].function], ['unknown', ''])
    } finally {
      await stop(t)
    }
  })

  it('for a target running as nobody: refuses root\'s perf map, reads its own', async () => {
    const t = await startTarget(workload('sym_target'), NOBODY)
    const map = perfMapPath(t.pid)
    cleanup.push(map)
    try {
      writeFileSync(map, `${t.addr.anon_rx.toString(16)} 100 sym_jit_nobody\n`)
      const refused = symbolize(t.pid, [t.addr.anon_rx])
      assert.equal(refused.perfMap, `owned by uid 0, not the target's uid ${NOBODY}`)
      assert.equal(refused.syms[0].function, '')
      chownSync(map, NOBODY, NOBODY)
      const read = symbolize(t.pid, [t.addr.anon_rx, t.addr.static_fn])
      assert.equal(read.perfMap, 'read')
      assert.deepEqual(read.syms.map((s) => [s.kind, s.function]), [['jit', 'sym_jit_nobody'], ['native', 'sym_static_work']])
    } finally {
      await stop(t)
    }
  })

  it('does not follow a symlinked perf map, nor open a FIFO', async () => {
    const t = await startTarget()
    const map = perfMapPath(t.pid)
    const real = join(tmpdir(), `sym-real-${t.pid}.map`)
    cleanup.push(map, real)
    try {
      writeFileSync(real, `${t.addr.anon_rx.toString(16)} 100 sym_jit_via_link\n`)
      symlinkSync(real, map)
      const r = symbolize(t.pid, [t.addr.anon_rx])
      assert.equal(r.perfMap, 'a symbolic link, not followed')
      assert.equal(r.syms[0].function, '')
      // nor a FIFO, which would block the reader (never opened, only looked at)
      rmSync(map)
      assert.equal(spawnSync('mkfifo', [map]).status, 0)
      assert.equal(symbolize(t.pid, [t.addr.anon_rx]).perfMap, 'not a regular file')
    } finally {
      await stop(t)
    }
  })
})

describe('symbolizer: node --perf-basic-prof', {skip}, () => {
  it('names a hot JavaScript function from node\'s own perf map as a JIT frame', async () => {
    const script = `
      function symHotLoop (n) { let s = 0; for (let i = 0; i < n; i++) s += Math.sqrt(i) * (i % 7); return s }
      const end = Date.now() + 1000; let x = 0
      while (Date.now() < end) x += symHotLoop(1e5)
      console.log('ready', process.pid, x > 0)
      process.stdin.resume(); process.stdin.on('end', () => process.exit(0))`
    // -only-functions: the same perf map for functions, and no isolate-*-v8.log left in the working directory (the checkout).
    const node = new Proc(process.execPath, ['--perf-basic-prof-only-functions', '-e', script])
    const pid = Number((await node.waitFor('stdout', /^ready (\d+) true$/))[1])
    cleanup.push(perfMapPath(pid))
    try {
      const entries = readFileSync(perfMapPath(pid), 'utf8').split('\n').filter(Boolean).map((l) => {
        const m = /^(?:0x)?([0-9a-f]+) (?:0x)?([0-9a-f]+) (.*)$/.exec(l)
        assert.ok(m, l)
        return {start: BigInt(`0x${m[1]}`), size: BigInt(`0x${m[2]}`), name: m[3]}
      })
      const newest = (a: bigint) => [...entries].reverse().find((e) => e.start <= a && a < e.start + e.size)
      const exec = readFileSync(`/proc/${pid}/maps`, 'utf8').split('\n').filter((l) => / ..x. /.test(l)).map((l) => l.split(' ')[0].split('-').map((h) => BigInt(`0x${h}`)))
      // compiled code of symHotLoop still named by its own entry
      const hot = entries.filter((e) => /symHotLoop/.test(e.name) && exec.some(([s, end]) => s <= e.start && e.start < end) && newest(e.start + e.size / 2n) === e)
      assert.ok(hot.length > 0, 'node wrote no perf map entry for symHotLoop in executable memory')
      const addrs = hot.map((e) => e.start + e.size / 2n)
      const r = symbolize(pid, addrs)
      assert.equal(r.perfMap, 'read')
      assert.ok(r.perfMapEntries >= entries.length, `${r.perfMapEntries} < ${entries.length}`)
      r.syms.forEach((s, i) => {
        assert.deepEqual([s.kind, s.function, s.module, s.reason], ['jit', hot[i].name, perfMapPath(pid), ''])
      })
    } finally {
      node.end()
      await node.exit()
    }
  })
})
