import {SYSCALLS_ARM64} from './arm64.gen.js'

/**
 * LKL's syscall numbers, as lkl_syscall(no, params) receives them: the
 * asm-generic table (include/uapi/asm-generic/unistd.h), on every host.
 *
 * Below 1024 this is the arm64 table: arm64 has no table of its own, it is
 * asm-generic with a few switches (scripts/gen-syscall-table.mjs), which
 * differ from LKL's only in calls no network path makes. From 1024 on, the
 * deprecated numbers older LKL revisions still used (epoll_wait 1069, poll
 * 1068, select 1067: domain notes §1), from the asm-generic header before
 * they were removed; only the ones a 64-bit LKL had.
 */
const DEPRECATED: ReadonlyMap<number, string> = new Map([
  [1024, 'open'], [1025, 'link'], [1026, 'unlink'], [1027, 'mknod'], [1028, 'chmod'], [1029, 'chown'],
  [1030, 'mkdir'], [1031, 'rmdir'], [1032, 'lchown'], [1033, 'access'], [1034, 'rename'], [1035, 'readlink'],
  [1036, 'symlink'], [1037, 'utimes'], [1038, 'stat'], [1039, 'lstat'],
  [1040, 'pipe'], [1041, 'dup2'], [1042, 'epoll_create'], [1043, 'inotify_init'], [1044, 'eventfd'], [1045, 'signalfd'],
  [1059, 'alarm'], [1060, 'getpgrp'], [1061, 'pause'], [1062, 'time'], [1063, 'utime'], [1064, 'creat'],
  [1065, 'getdents'], [1066, 'futimesat'], [1067, 'select'], [1068, 'poll'], [1069, 'epoll_wait'], [1070, 'ustat'],
  [1071, 'vfork'], [1072, 'oldwait4'], [1073, 'recv'], [1074, 'send'], [1075, 'bdflush'], [1076, 'umount'],
  [1077, 'uselib'], [1078, '_sysctl'], [1079, 'fork'],
])

/** The name of an LKL syscall number, or `lkl_syscall_<nr>` when it is not known. */
export function lklSyscallName(nr: number): string {
  return SYSCALLS_ARM64.get(nr) ?? DEPRECATED.get(nr) ?? `lkl_syscall_${nr}`
}
