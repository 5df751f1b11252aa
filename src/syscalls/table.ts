import {machine as osMachine} from 'node:os'
import {SYSCALLS_ARM64} from './arm64.gen.js'
import {SYSCALLS_X86_64} from './x86_64.gen.js'

/** Machine names as the kernel's uname reports them, which is what profiles record. */
export type Machine = 'x86_64' | 'aarch64'

// Other tools spell the same machines differently (Node's process.arch, Debian, Go,
// macOS), and a profile may come from any of them.
const MACHINE_ALIASES: Readonly<Record<string, Machine>> = {
  x86_64: 'x86_64',
  amd64: 'x86_64',
  x64: 'x86_64',
  aarch64: 'aarch64',
  arm64: 'aarch64',
}

const TABLES: Readonly<Record<Machine, ReadonlyMap<number, string>>> = {
  x86_64: SYSCALLS_X86_64,
  aarch64: SYSCALLS_ARM64,
}

const reverseTables = new Map<Machine, ReadonlyMap<string, number>>()

/** The canonical Machine for a name, or undefined for architectures without a table. */
export function normalizeMachine(machine: string): Machine | undefined {
  return Object.hasOwn(MACHINE_ALIASES, machine.toLowerCase()) ? MACHINE_ALIASES[machine.toLowerCase()] : undefined
}

/**
 * The syscall's name, or `syscall_<nr>` when it is not known, so a profile from a newer
 * kernel or an unsupported machine still shows every syscall distinctly.
 */
export function syscallName(machine: string, nr: number): string {
  const m = normalizeMachine(machine)
  const name = m === undefined ? undefined : TABLES[m].get(nr)
  return name ?? `syscall_${nr}`
}

/** The syscall's number on this machine, undefined if it has no such syscall. */
export function syscallNumber(machine: string, name: string): number | undefined {
  const m = normalizeMachine(machine)
  if (m === undefined) return undefined
  let reverse = reverseTables.get(m)
  if (reverse === undefined) {
    reverse = new Map([...TABLES[m]].map(([nr, n]) => [n, nr]))
    reverseTables.set(m, reverse)
  }
  return reverse.get(name)
}

/** The machine this process runs on, as uname reports it (e.g. 'x86_64', 'aarch64'). */
export function hostMachine(): string {
  return osMachine()
}
