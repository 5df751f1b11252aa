import {existsSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

/** The checkout or installed package root (this file is dist/src/lib/paths.js). */
export const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..')

/** STACKPROF_LOADER overrides where the privileged loader is, e.g. a copy with file capabilities. */
export function loaderPath(): string {
  return process.env.STACKPROF_LOADER ?? join(packageRoot, 'native', 'build', 'stackprof-loader')
}

/** The unprivileged helper that holds a command until the probes are live (`stackprof run`). */
export function execGatePath(): string {
  return join(packageRoot, 'native', 'build', 'stackprof-exec-gate')
}

export function demoScript(name: 'server' | 'load'): string {
  const script = join(packageRoot, 'src', 'demo', `${name}.mjs`)
  if (!existsSync(script)) throw new Error(`demo script missing: ${script}`)
  return script
}
