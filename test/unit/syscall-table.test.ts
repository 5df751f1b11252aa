import {spawnSync} from 'node:child_process'
import {copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {machine, tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, it} from 'node:test'
import assert from 'node:assert/strict'
import {SYSCALLS_ARM64} from '../../src/syscalls/arm64.gen.js'
import {SYSCALLS_X86_64} from '../../src/syscalls/x86_64.gen.js'
import {hostMachine, normalizeMachine, syscallName, syscallNumber} from '../../src/syscalls/table.js'

// Compiled to dist/test/unit/, so the repository root is three levels up.
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..')
const script = join(root, 'scripts', 'gen-syscall-table.mjs')

const X86_64_FACTS: Record<string, number> = {
  read: 0, write: 1, close: 3, exit: 60, getppid: 110, exit_group: 231, epoll_wait: 232,
  epoll_pwait: 281, io_uring_enter: 426, epoll_pwait2: 441,
}
const ARM64_FACTS: Record<string, number> = {
  epoll_pwait: 22, fcntl: 25, close: 57, read: 63, write: 64, newfstatat: 79, fstat: 80,
  exit: 93, exit_group: 94, getppid: 173, mmap: 222, epoll_pwait2: 441,
}

describe('syscallName', () => {
  for (const [name, nr] of Object.entries(X86_64_FACTS)) {
    it(`x86_64 ${nr} is ${name}`, () => assert.equal(syscallName('x86_64', nr), name))
  }
  for (const [name, nr] of Object.entries(ARM64_FACTS)) {
    it(`aarch64 ${nr} is ${name}`, () => assert.equal(syscallName('aarch64', nr), name))
  }

  it('names numbers it does not know syscall_<n>', () => {
    assert.equal(syscallName('x86_64', 999), 'syscall_999')
    assert.equal(syscallName('aarch64', 999), 'syscall_999')
    // Holes inside the range are unknown too: arm64 reserves 244-259 for arch-specific calls.
    assert.equal(syscallName('aarch64', 250), 'syscall_250')
  })

  it('names every syscall syscall_<n> on machines without a table', () => {
    assert.equal(syscallName('riscv64', 64), 'syscall_64')
    assert.equal(syscallName('', 1), 'syscall_1')
  })

  it('accepts other spellings of the same machines', () => {
    assert.equal(syscallName('arm64', 64), 'write')
    assert.equal(syscallName('amd64', 1), 'write')
    assert.equal(syscallName('x64', 110), 'getppid')
    assert.equal(normalizeMachine('AARCH64'), 'aarch64')
    assert.equal(normalizeMachine('toString'), undefined)
  })

  it('includes syscalls newer than the 6.1 headers', () => {
    assert.equal(syscallName('x86_64', 451), 'cachestat')
    assert.equal(syscallName('aarch64', 462), 'mseal')
    assert.equal(syscallName('x86_64', 467), 'open_tree_attr')
    assert.equal(syscallName('aarch64', 467), 'open_tree_attr')
    assert.equal(syscallName('x86_64', 453), 'map_shadow_stack')
    assert.equal(syscallName('aarch64', 453), 'syscall_453')
  })
})

describe('syscallNumber', () => {
  it('inverts syscallName', () => {
    for (const [name, nr] of Object.entries(X86_64_FACTS)) assert.equal(syscallNumber('x86_64', name), nr, name)
    for (const [name, nr] of Object.entries(ARM64_FACTS)) assert.equal(syscallNumber('aarch64', name), nr, name)
  })

  it('knows that arm64 has no epoll_wait, open or stat', () => {
    assert.equal(syscallNumber('aarch64', 'epoll_wait'), undefined)
    assert.equal(syscallNumber('aarch64', 'open'), undefined)
    assert.equal(syscallNumber('aarch64', 'stat'), undefined)
    assert.equal(syscallNumber('x86_64', 'epoll_wait'), 232)
  })

  it('gives undefined for unknown names and machines', () => {
    assert.equal(syscallNumber('x86_64', 'no_such_syscall'), undefined)
    assert.equal(syscallNumber('riscv64', 'write'), undefined)
  })
})

describe('generated tables', () => {
  for (const [label, table] of [['x86_64', SYSCALLS_X86_64], ['arm64', SYSCALLS_ARM64]] as const) {
    it(`${label}: names are unique, plain identifiers, and numbers are small non-negative integers`, () => {
      assert.ok(table.size > 300, `only ${table.size} entries`)
      const names = new Set<string>()
      for (const [nr, name] of table) {
        assert.ok(Number.isInteger(nr) && nr >= 0 && nr < 1024, `bad number ${nr}`)
        assert.match(name, /^[a-z_][a-z0-9_]*$/) // x86_64 has _sysctl
        assert.ok(!names.has(name), `${name} appears twice`)
        names.add(name)
      }
      // Markers from the generic header must not pose as syscalls.
      assert.ok(!names.has('syscalls') && !names.has('arch_specific_syscall'))
    })
  }

  it('carry the generated-file header', () => {
    for (const file of ['x86_64.gen.ts', 'arm64.gen.ts']) {
      const first = readFileSync(join(root, 'src', 'syscalls', file), 'utf8').split('\n')[0]
      assert.equal(first, '// GENERATED FILE, DO NOT EDIT. Regenerate with: npm run gen:syscalls (recipe: scripts/gen-syscall-table.mjs)')
    }
  })
})

it('hostMachine reports the machine uname does', () => {
  assert.equal(hostMachine(), machine())
  assert.ok(hostMachine().length > 0)
})

// The generator needs the kernel headers and cc; without them it cannot say whether the
// committed tables are fresh, and it exits 2 to say so.
const headersMissing = ['/usr/include/asm-generic/unistd.h'].some((p) => !existsSync(p)) ||
  !['/usr/include/x86_64-linux-gnu/asm/unistd_64.h', '/usr/x86_64-linux-gnu/include/asm/unistd_64.h'].some(existsSync)
const skip = headersMissing ? 'kernel headers missing: install linux-libc-dev (and linux-libc-dev-amd64-cross off x86_64)' : false

describe('gen-syscall-table.mjs --check', {skip}, () => {
  it('passes on the committed tables', () => {
    const r = spawnSync(process.execPath, [script, '--check'], {encoding: 'utf8'})
    assert.equal(r.status, 0, `stdout: ${r.stdout}\nstderr: ${r.stderr}`)
  })

  it('fails with a clear message when a committed table is edited', () => {
    // The script finds its outputs relative to itself, so a copy checks a copy of the tree.
    const work = mkdtempSync(join(tmpdir(), 'stackprof-gen-'))
    try {
      mkdirSync(join(work, 'scripts'))
      mkdirSync(join(work, 'src', 'syscalls'), {recursive: true})
      copyFileSync(script, join(work, 'scripts', 'gen-syscall-table.mjs'))
      copyFileSync(join(root, 'src', 'syscalls', 'x86_64.gen.ts'), join(work, 'src', 'syscalls', 'x86_64.gen.ts'))
      const arm = readFileSync(join(root, 'src', 'syscalls', 'arm64.gen.ts'), 'utf8')
      writeFileSync(join(work, 'src', 'syscalls', 'arm64.gen.ts'), arm.replace("[64, 'write']", "[64, 'wrote']"))
      const r = spawnSync(process.execPath, [join(work, 'scripts', 'gen-syscall-table.mjs'), '--check'], {encoding: 'utf8'})
      assert.equal(r.status, 1, `stdout: ${r.stdout}\nstderr: ${r.stderr}`)
      assert.match(r.stderr, /src\/syscalls\/arm64\.gen\.ts is stale/)
      assert.match(r.stderr, /wrote/)
      assert.match(r.stderr, /npm run gen:syscalls/)
      assert.doesNotMatch(r.stderr, /x86_64\.gen\.ts/)

      rmSync(join(work, 'src', 'syscalls', 'x86_64.gen.ts'))
      const missing = spawnSync(process.execPath, [join(work, 'scripts', 'gen-syscall-table.mjs'), '--check'], {encoding: 'utf8'})
      assert.equal(missing.status, 1)
      assert.match(missing.stderr, /x86_64\.gen\.ts is missing/)

      // Without --check it rewrites both files to exactly what the repository holds.
      const gen = spawnSync(process.execPath, [join(work, 'scripts', 'gen-syscall-table.mjs')], {encoding: 'utf8'})
      assert.equal(gen.status, 0, gen.stderr)
      for (const file of ['x86_64.gen.ts', 'arm64.gen.ts']) {
        assert.equal(readFileSync(join(work, 'src', 'syscalls', file), 'utf8'),
          readFileSync(join(root, 'src', 'syscalls', file), 'utf8'), file)
      }
    } finally {
      rmSync(work, {recursive: true, force: true})
    }
  })
})
