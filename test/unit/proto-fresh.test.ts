import {after, before, describe, it} from 'node:test'
import assert from 'node:assert/strict'
import {execFileSync} from 'node:child_process'
import {cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {packageRoot} from '../../src/lib/paths.js'

/** Runs `node scripts/gen-proto.mjs --check` in `root`: its exit status and stderr. */
function check(root: string): {status: number; stderr: string} {
  try {
    execFileSync(process.execPath, [join(root, 'scripts', 'gen-proto.mjs'), '--check'], {cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000})
    return {status: 0, stderr: ''}
  } catch (error) {
    const e = error as {status: number | null; stderr: string; message: string}
    assert.equal(typeof e.status, 'number', `gen-proto did not exit normally: ${e.message}`)
    return {status: e.status as number, stderr: e.stderr}
  }
}

describe('generated protobuf code (src/proto/stackprof.pb.*, src/proto/pprof.pb.*)', () => {
  it('is fresh: gen-proto --check exits 0 in the repository', () => {
    assert.deepEqual(check(packageRoot), {status: 0, stderr: ''})
  })

  describe('gen-proto --check on a copy', () => {
    let work: string
    const generated = (ext: string) => join(work, 'src', 'proto', `stackprof.pb.${ext}`)

    before(() => {
      work = mkdtempSync(join(tmpdir(), 'stackprof-proto-fresh-'))
      cpSync(join(packageRoot, 'proto'), join(work, 'proto'), {recursive: true})
      mkdirSync(join(work, 'scripts'))
      cpSync(join(packageRoot, 'scripts', 'gen-proto.mjs'), join(work, 'scripts', 'gen-proto.mjs'))
      cpSync(join(packageRoot, 'src', 'proto'), join(work, 'src', 'proto'), {recursive: true})
      symlinkSync(join(packageRoot, 'node_modules'), join(work, 'node_modules'), 'dir')
    })
    after(() => rmSync(work, {recursive: true, force: true}))

    it('passes on the unchanged copy (so a failure below is the change, not the copy)', () => {
      assert.deepEqual(check(work), {status: 0, stderr: ''})
    })

    it('fails with "stale" when one character of stackprof.pb.js changed, and leaves the file alone', () => {
      const original = readFileSync(generated('js'), 'utf8')
      const at = original.indexOf('Frame')
      assert.ok(at > 0)
      const changed = original.slice(0, at) + 'G' + original.slice(at + 1)
      writeFileSync(generated('js'), changed)
      try {
        const {status, stderr} = check(work)
        assert.equal(status, 1)
        assert.match(stderr, /stale/)
        assert.equal(readFileSync(generated('js'), 'utf8'), changed, '--check must not rewrite the file')
      } finally {
        writeFileSync(generated('js'), original)
      }
    })

    it('fails when the .d.ts is stale', () => {
      const original = readFileSync(generated('d.ts'), 'utf8')
      writeFileSync(generated('d.ts'), original.replace('protocolVersion', 'protocolVersions'))
      try {
        const {status, stderr} = check(work)
        assert.equal(status, 1)
        assert.match(stderr, /stale/)
      } finally {
        writeFileSync(generated('d.ts'), original)
      }
    })

    it('fails when the .proto changed but the code was not regenerated', () => {
      const proto = join(work, 'proto', 'stackprof.proto')
      const original = readFileSync(proto, 'utf8')
      writeFileSync(proto, original.replace('uint32 ncpus = 8;', 'uint32 ncpus = 8;\n  uint32 page_size = 12;'))
      try {
        assert.equal(check(work).status, 1)
      } finally {
        writeFileSync(proto, original)
      }
    })

    it('fails naming pprof.pb.* when the pprof code is stale, and only it', () => {
      const path = join(work, 'src', 'proto', 'pprof.pb.js')
      const original = readFileSync(path, 'utf8')
      writeFileSync(path, original.replace('stringTable', 'stringTables'))
      try {
        const {status, stderr} = check(work)
        assert.equal(status, 1)
        assert.equal(stderr.trim(), 'src/proto/pprof.pb.* is stale: run `npm run gen:proto`')
      } finally {
        writeFileSync(path, original)
      }
    })

    it('fails when proto/pprof/profile.proto changed but the code was not regenerated', () => {
      const proto = join(work, 'proto', 'pprof', 'profile.proto')
      const original = readFileSync(proto, 'utf8')
      writeFileSync(proto, original.replace('int64 column = 3;', 'int64 column = 3;\n  int64 end_line = 4;'))
      try {
        const {status, stderr} = check(work)
        assert.equal(status, 1)
        assert.match(stderr, /pprof\.pb\.\* is stale/)
      } finally {
        writeFileSync(proto, original)
      }
    })

    it('fails when a generated file is missing', () => {
      const original = readFileSync(generated('js'), 'utf8')
      unlinkSync(generated('js'))
      try {
        const {status, stderr} = check(work)
        assert.equal(status, 1)
        assert.match(stderr, /stale/)
      } finally {
        writeFileSync(generated('js'), original)
      }
    })
  })
})
