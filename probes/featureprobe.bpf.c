// SPDX-License-Identifier: GPL-2.0
/*
 * Feature probes for `stackprof check`.
 *
 * Each program is the smallest thing the kernel will accept for one attach
 * type; whether it loads and attaches is the answer, so none of them does any
 * work. The loader (native/featureprobe.c) enables exactly one program per
 * load, so a refusal can be pinned on that attach type and not on a sibling.
 *
 * do_nanosleep is the kprobe/fentry target because it is a plain, non-inlined
 * function present in every configuration that has hrtimers, i.e. everywhere.
 */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

char LICENSE[] SEC("license") = "GPL";

SEC("tracepoint/raw_syscalls/sys_enter")
int fp_tracepoint(void *ctx)
{
	return 0;
}

SEC("tp_btf/sys_enter")
int BPF_PROG(fp_tp_btf, struct pt_regs *regs, long id)
{
	return 0;
}

SEC("raw_tp/sys_enter")
int BPF_PROG(fp_raw_tp, struct pt_regs *regs, long id)
{
	return 0;
}

SEC("perf_event")
int fp_perf_event(struct bpf_perf_event_data *ctx)
{
	return 0;
}

/* No target in the section name: the loader picks its own binary at runtime. */
SEC("uprobe")
int BPF_KPROBE(fp_uprobe)
{
	return 0;
}

/* Emits nothing, so reading the iterator hits EOF at once. */
SEC("iter/task")
int fp_iter(struct bpf_iter__task *ctx)
{
	return 0;
}

SEC("kprobe/do_nanosleep")
int BPF_KPROBE(fp_kprobe)
{
	return 0;
}

SEC("fentry/do_nanosleep")
int BPF_PROG(fp_fentry)
{
	return 0;
}
