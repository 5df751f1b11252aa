#!/usr/bin/env node
// Writes oclif.manifest.json: the commands' names, flags and help, cached.
// Without it oclif imports every command module at each start to list them
// (blessed, execa and all of dist/, about 0.1 s of every `stackprof attach`
// on a 2-vCPU machine); with it, only the command that runs is imported.
// A build output (gitignored), regenerated whenever a compiled command or
// package.json is newer than it; test/unit/oclif-manifest.test.ts fails
// when it is stale.
import {existsSync, readdirSync, renameSync, statSync, unlinkSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const manifestPath = join(root, 'oclif.manifest.json')
const commandsDir = join(root, 'dist', 'src', 'commands')
// Everything a command's flags and help come from: its own module and what it imports (flag helpers, format names).
const inputs = [join(root, 'package.json'), ...['commands', 'lib', 'export'].flatMap((d) => {
  const dir = join(root, 'dist', 'src', d)
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.js')).map((f) => join(dir, f)) : []
})]

if (!existsSync(commandsDir)) {
  console.error('gen-oclif-manifest: dist/src/commands is missing: build the TypeScript first')
  process.exit(1)
}
const force = process.argv.includes('--force')
if (!force && existsSync(manifestPath)) {
  const made = statSync(manifestPath).mtimeMs
  if (inputs.every((f) => statSync(f).mtimeMs <= made)) process.exit(0)
}
// Load the plugin without the old manifest, or oclif would read it back
// (without one, stackprof still works, only starts slower).
if (existsSync(manifestPath)) unlinkSync(manifestPath)
const {Config} = await import('@oclif/core')
const config = await Config.load({root})
const plugin = config.plugins.get(config.pjson.name)
if (!plugin || Object.keys(plugin.manifest.commands).length === 0) {
  console.error('gen-oclif-manifest: oclif found no commands')
  process.exit(1)
}
const tmp = manifestPath + '.tmp'
writeFileSync(tmp, JSON.stringify(plugin.manifest, null, 2) + '\n')
renameSync(tmp, manifestPath)
