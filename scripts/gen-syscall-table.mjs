#!/usr/bin/env node
// Regenerates src/syscalls/{x86_64,arm64}.gen.ts from the Linux UAPI headers.
//   node scripts/gen-syscall-table.mjs          write the files
//   node scripts/gen-syscall-table.mjs --check  exit 1 if the committed files are stale
// Needs a C preprocessor (cc) and the headers of Debian's linux-libc-dev; on a host
// that is not x86_64, the x86_64 header comes from linux-libc-dev-amd64-cross.
// Exit codes: 0 ok, 1 stale (--check) or inconsistent tables, 2 missing tool or header.
import {execFileSync} from 'node:child_process'
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {dirname, join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

const X86_64_HEADERS = [
  '/usr/include/x86_64-linux-gnu/asm/unistd_64.h',
  '/usr/x86_64-linux-gnu/include/asm/unistd_64.h',
]
const GENERIC_HEADER = '/usr/include/asm-generic/unistd.h'

// The same switches arch/arm64/include/uapi/asm/unistd.h sets before it includes the
// generic table; arm64 has no syscall table of its own.
const ARM64_DEFINES = [
  '-D__BITS_PER_LONG=64',
  '-D__ARCH_WANT_RENAMEAT',
  '-D__ARCH_WANT_NEW_STAT',
  '-D__ARCH_WANT_SET_GET_RLIMIT',
  '-D__ARCH_WANT_TIME32_SYSCALLS',
  '-D__ARCH_WANT_SYS_CLONE3',
  '-D__ARCH_WANT_MEMFD_SECRET',
]

// Markers in the generic header, not syscalls.
const NOT_SYSCALLS = new Set(['syscalls', 'arch_specific_syscall'])

// Debian 12 ships 6.1 headers, but profiled hosts run newer kernels. Since 424 every
// architecture uses the same numbers, so one list serves both tables. Entries the
// headers already have are checked against this list rather than duplicated.
const NEWER_SYSCALLS = [
  // x86_64 only, before 424's common numbering: the calls a uretprobe's
  // trampoline (6.11) and an optimized uprobe (6.18) make in the traced
  // process, so they show up wherever stackprof's lkl probe has uprobes.
  [335, 'uretprobe', ['x86_64']],
  [336, 'uprobe', ['x86_64']],
  [451, 'cachestat'],
  [452, 'fchmodat2'],
  [453, 'map_shadow_stack', ['x86_64']], // shadow stacks are an x86 CET feature
  [454, 'futex_wake'],
  [455, 'futex_wait'],
  [456, 'futex_requeue'],
  [457, 'statmount'],
  [458, 'listmount'],
  [459, 'lsm_get_self_attr'],
  [460, 'lsm_set_self_attr'],
  [461, 'lsm_list_modules'],
  [462, 'mseal'],
  [463, 'setxattrat'],
  [464, 'getxattrat'],
  [465, 'listxattrat'],
  [466, 'removexattrat'],
  [467, 'open_tree_attr'],
]

class GenError extends Error {
  constructor(message, exitCode = 1) {
    super(message)
    this.exitCode = exitCode
  }
}

function addSyscall(table, nr, name, where) {
  const had = table.get(nr)
  if (had !== undefined && had !== name) {
    throw new GenError(`${where}: syscall ${nr} is both "${had}" and "${name}"`)
  }
  table.set(nr, name)
}

function x86_64Table() {
  const header = X86_64_HEADERS.find((p) => existsSync(p))
  if (header === undefined) {
    throw new GenError(`missing x86_64 syscall header (looked for ${X86_64_HEADERS.join(', ')}): ` +
      'install linux-libc-dev on x86_64, or linux-libc-dev-amd64-cross elsewhere', 2)
  }
  const table = new Map()
  for (const line of readFileSync(header, 'utf8').split('\n')) {
    const m = /^#define\s+__NR_(\w+)\s+(\d+)\s*$/.exec(line)
    if (m) addSyscall(table, Number(m[2]), m[1], header)
  }
  if (table.size < 300) throw new GenError(`${header}: only ${table.size} syscalls found, is it the right file?`)
  return table
}

function preprocessGeneric() {
  if (!existsSync(GENERIC_HEADER)) {
    throw new GenError(`missing ${GENERIC_HEADER}: install linux-libc-dev`, 2)
  }
  try {
    return execFileSync('cc', ['-E', '-dM', ...ARM64_DEFINES, GENERIC_HEADER],
      {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']})
  } catch (err) {
    if (err.code === 'ENOENT') throw new GenError('no C preprocessor: install gcc (it provides cc)', 2)
    throw new GenError(`cc -E failed on ${GENERIC_HEADER}:\n${err.stderr ?? err.message}`)
  }
}

function arm64Table() {
  const macros = new Map()
  for (const line of preprocessGeneric().split('\n')) {
    const m = /^#define\s+(__NR(?:3264)?_\w+)\s+(.+?)\s*$/.exec(line)
    if (m) macros.set(m[1], m[2])
  }
  // The 32/64-bit split names the number __NR3264_x and the 64-bit name an alias of it
  // (__NR_fcntl -> __NR3264_fcntl), sometimes under a different name
  // (__NR_newfstatat -> __NR3264_fstatat), so aliases are followed, not assumed.
  const resolve = (name, seen = new Set()) => {
    const value = macros.get(name)
    if (value === undefined || seen.has(name)) return undefined
    if (/^\d+$/.test(value)) return Number(value)
    seen.add(name)
    return /^__NR\w*$/.test(value) ? resolve(value, seen) : undefined
  }
  const table = new Map()
  const fallbacks = []
  for (const macro of macros.keys()) {
    const nr = resolve(macro)
    const is3264 = macro.startsWith('__NR3264_')
    const name = macro.slice(is3264 ? '__NR3264_'.length : '__NR_'.length)
    if (NOT_SYSCALLS.has(name)) continue
    if (nr === undefined) {
      // Shouting beats silently dropping a syscall when the header grows a new macro shape.
      console.error(`warning: ${macro} = ${macros.get(macro)} does not resolve to a number, skipped`)
      continue
    }
    if (is3264) fallbacks.push([nr, name])
    else addSyscall(table, nr, name, GENERIC_HEADER)
  }
  // A __NR3264_ number without a 64-bit alias would still be a real syscall; keep it
  // under its generic name rather than leave a hole.
  for (const [nr, name] of fallbacks) if (!table.has(nr)) table.set(nr, name)
  if (table.size < 250) throw new GenError(`${GENERIC_HEADER}: only ${table.size} syscalls found`)
  return table
}

function addNewer(table, arch) {
  const byName = new Map([...table].map(([nr, name]) => [name, nr]))
  for (const [nr, name, arches] of NEWER_SYSCALLS) {
    if (arches !== undefined && !arches.includes(arch)) continue
    if (byName.has(name) && byName.get(name) !== nr) {
      throw new GenError(`${arch}: hand-kept ${name}=${nr} but the header says ${name}=${byName.get(name)}`)
    }
    addSyscall(table, nr, name, `${arch} hand-kept list`)
  }
  return table
}

function render(constName, table) {
  const rows = [...table].sort((a, b) => a[0] - b[0]).map(([nr, name]) => `  [${nr}, '${name}'],`)
  return [
    '// GENERATED FILE, DO NOT EDIT. Regenerate with: npm run gen:syscalls (recipe: scripts/gen-syscall-table.mjs)',
    `export const ${constName}: ReadonlyMap<number, string> = new Map<number, string>([`,
    ...rows,
    '])',
    '',
  ].join('\n')
}

function generate() {
  return [
    {path: join(root, 'src', 'syscalls', 'x86_64.gen.ts'), text: render('SYSCALLS_X86_64', addNewer(x86_64Table(), 'x86_64'))},
    {path: join(root, 'src', 'syscalls', 'arm64.gen.ts'), text: render('SYSCALLS_ARM64', addNewer(arm64Table(), 'arm64'))},
  ]
}

function firstDifference(a, b) {
  const al = a.split('\n')
  const bl = b.split('\n')
  for (let i = 0; i < Math.max(al.length, bl.length); i++) {
    if (al[i] !== bl[i]) return `line ${i + 1}: committed ${JSON.stringify(al[i] ?? '<end of file>')}, expected ${JSON.stringify(bl[i] ?? '<end of file>')}`
  }
  return ''
}

try {
  const files = generate()
  if (process.argv.includes('--check')) {
    const stale = []
    for (const {path, text} of files) {
      let committed
      try { committed = readFileSync(path, 'utf8') } catch { committed = undefined }
      if (committed === undefined) stale.push(`${relative(root, path)} is missing`)
      else if (committed !== text) stale.push(`${relative(root, path)} is stale (${firstDifference(committed, text)})`)
    }
    if (stale.length > 0) {
      console.error(`${stale.join('\n')}\nrun \`npm run gen:syscalls\` and commit the result`)
      process.exit(1)
    }
    console.log('syscall tables are up to date')
  } else {
    for (const {path, text} of files) {
      writeFileSync(path, text)
      console.log(`wrote ${relative(root, path)}`)
    }
  }
} catch (err) {
  if (!(err instanceof GenError)) throw err
  console.error(`gen-syscall-table: ${err.message}`)
  process.exit(err.exitCode)
}
