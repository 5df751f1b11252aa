// oclif.manifest.json (scripts/gen-oclif-manifest.mjs) is what `--help` and
// the command list show: a stale one would describe flags that no longer
// exist, or hide new ones. Every command's flags and arguments in it must be
// the compiled command's own.
import {describe, it} from 'node:test'
import assert from 'node:assert/strict'
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {packageRoot} from '../../src/lib/paths.js'

interface CachedCommand {
  flags: Record<string, {type: string; default?: unknown; options?: string[]; description?: string; allowNo?: boolean}>
  args: Record<string, unknown>
  summary?: string
}

const manifestPath = join(packageRoot, 'oclif.manifest.json')
const commandsDir = join(packageRoot, 'dist', 'src', 'commands')

describe('oclif.manifest.json', () => {
  it('exists after the build (setup.sh and npm run build:ts write it)', () => {
    assert.ok(existsSync(manifestPath), `${manifestPath} is missing: run node scripts/gen-oclif-manifest.mjs`)
  })

  it('lists exactly the compiled commands, each with its own flags, arguments and summary', async () => {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {version: string; commands: Record<string, CachedCommand>}
    const pkg = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as {version: string}
    assert.equal(manifest.version, pkg.version)
    const names = readdirSync(commandsDir).filter((f) => f.endsWith('.js')).map((f) => f.replace(/\.js$/, '')).sort()
    assert.deepEqual(Object.keys(manifest.commands).sort(), names)
    for (const name of names) {
      const mod = await import(pathToFileURL(join(commandsDir, `${name}.js`)).href) as {default: {flags?: Record<string, {type: string; default?: unknown; options?: string[]; description?: string; allowNo?: boolean}>; args?: Record<string, unknown>; summary?: string}}
      const cmd = mod.default
      const cached = manifest.commands[name]
      // BaseCommand may add global flags; the command's own must all be there, with the same shape.
      const own = Object.keys(cmd.flags ?? {}).sort()
      assert.deepEqual(Object.keys(cached.flags).filter((f) => own.includes(f)).sort(), own, `${name}: flags`)
      for (const flag of own) {
        const live = cmd.flags![flag]
        assert.equal(cached.flags[flag].type, live.type, `${name} --${flag}: type`)
        assert.deepEqual(cached.flags[flag].options, live.options, `${name} --${flag}: options`)
        assert.equal(cached.flags[flag].description, live.description, `${name} --${flag}: description`)
        // oclif caches the defaults of option flags only (a boolean's is its absence).
        if (live.type === 'option' && typeof live.default !== 'function') assert.deepEqual(cached.flags[flag].default, live.default, `${name} --${flag}: default`)
        else assert.equal(cached.flags[flag].allowNo, live.allowNo, `${name} --${flag}: allowNo`)
      }
      assert.deepEqual(Object.keys(cached.args).sort(), Object.keys(cmd.args ?? {}).sort(), `${name}: arguments`)
      assert.equal(cached.summary, cmd.summary, `${name}: summary`)
    }
  })
})
