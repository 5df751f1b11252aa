import type {Session} from '../model/session.js'
import {severityRank, type Finding, type Rule} from './finding.js'
import {failingSyscalls} from './rules/failing-syscalls.js'
import {probeDataLost} from './rules/probe-data-lost.js'
import {zeroTimeoutEpoll} from './rules/zero-timeout-epoll.js'
import {epollSpinning} from './rules/epoll-spinning.js'
import {busyPollNotRunning} from './rules/busy-poll-not-running.js'
import {preferBusyPollWithoutDeferral} from './rules/prefer-busy-poll-without-deferral.js'
import {readWriteOnSockets} from './rules/read-write-on-sockets.js'
import {reactorPreempted} from './rules/reactor-preempted.js'
import {highMigrationRate} from './rules/high-migration-rate.js'
import {reuseportLocality} from './rules/reuseport-locality.js'
import {steeringWithoutPinning} from './rules/steering-without-pinning.js'
import {crossCpuReceive} from './rules/cross-cpu-receive.js'
import {jitWithoutPerfMap} from './rules/jit-without-perf-map.js'
import {truncatedStacks} from './rules/truncated-stacks.js'
import {userspaceNetworkStack} from './rules/userspace-network-stack.js'
import {lklUnhookedWait} from './rules/lkl-unhooked-wait.js'
import {lklHostFdLimit} from './rules/lkl-host-fd-limit.js'
import {lklEpollChurn} from './rules/lkl-epoll-churn.js'
import {lklCpuContention} from './rules/lkl-cpu-contention.js'
import {lklPollSleeps} from './rules/lkl-poll-sleeps.js'
import {threadpoolSaturated} from './rules/threadpool-saturated.js'
import {eventLoopStall} from './rules/event-loop-stall.js'
import {fsThreadpoolWithoutIoUring} from './rules/fs-threadpool-without-io-uring.js'
import {dpdkPollMode} from './rules/dpdk-poll-mode.js'

/** Every rule stackprof knows; later probes add theirs here. */
export const rules: readonly Rule[] = [
  probeDataLost,
  zeroTimeoutEpoll,
  epollSpinning,
  busyPollNotRunning,
  preferBusyPollWithoutDeferral,
  readWriteOnSockets,
  reactorPreempted,
  highMigrationRate,
  reuseportLocality,
  steeringWithoutPinning,
  crossCpuReceive,
  jitWithoutPerfMap,
  truncatedStacks,
  userspaceNetworkStack,
  lklUnhookedWait,
  lklHostFdLimit,
  lklEpollChurn,
  lklCpuContention,
  lklPollSleeps,
  threadpoolSaturated,
  eventLoopStall,
  fsThreadpoolWithoutIoUring,
  dpdkPollMode,
  failingSyscalls,
]

/** Findings of every rule, most severe first. */
export function diagnose(session: Session, ruleSet: readonly Rule[] = rules): Finding[] {
  return ruleSet
    .flatMap((rule) => rule.evaluate(session))
    .sort((a, b) => severityRank[b.severity] - severityRank[a.severity])
}

export function worstSeverity(findings: readonly Finding[]): Finding['severity'] | undefined {
  return findings.reduce<Finding['severity'] | undefined>(
    (worst, f) => (worst === undefined || severityRank[f.severity] > severityRank[worst] ? f.severity : worst),
    undefined,
  )
}
