#!/usr/bin/env node
// Runs the compiled tests with node's test runner: unit tests in parallel,
// then the integration tests one file at a time, because they load BPF
// programs and check that none are left behind (parallel runs would see
// each other's programs).
import {spawnSync} from 'node:child_process'
import {readdirSync, existsSync} from 'node:fs'
import {join, dirname} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const list = (dir) => existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.test.js')).sort().map((f) => join(dir, f)) : []
const only = process.argv.slice(2)
const pick = (files) => only.length ? files.filter((f) => only.some((o) => f.includes(o))) : files

const unit = pick(list(join(root, 'dist', 'test', 'unit')))
const integration = pick(list(join(root, 'dist', 'test', 'integration')))
const files = [...unit, ...integration]
if (files.length === 0) {
  console.error('no test files found: run `npm run build` first')
  process.exit(1)
}
const r = spawnSync(process.execPath, ['--test', '--test-concurrency=1', ...files], {stdio: 'inherit', cwd: root})
process.exit(r.status ?? 1)
