// GENERATED FILE, DO NOT EDIT. Source: proto/stackprof.proto
// Regenerate with: npm run gen:proto   (test/unit/proto-fresh.test.ts fails when stale)
import * as $protobuf from "protobufjs";
import Long = require("long");
export namespace stackprof {

    namespace v1 {

        interface IFrame {
            hello?: (stackprof.v1.IHello|null);
            snapshot?: (stackprof.v1.ISnapshot|null);
            final?: (stackprof.v1.IFinal|null);
            fatal?: (stackprof.v1.IFatal|null);
            check?: (stackprof.v1.ICheckReport|null);
        }

        class Frame implements IFrame {
            constructor(properties?: stackprof.v1.IFrame);
            public hello?: (stackprof.v1.IHello|null);
            public snapshot?: (stackprof.v1.ISnapshot|null);
            public final?: (stackprof.v1.IFinal|null);
            public fatal?: (stackprof.v1.IFatal|null);
            public check?: (stackprof.v1.ICheckReport|null);
            public kind?: ("hello"|"snapshot"|"final"|"fatal"|"check");
            public static encode(message: stackprof.v1.IFrame, writer?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: stackprof.v1.IFrame, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stackprof.v1.Frame;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): stackprof.v1.Frame;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IHello {
            protocolVersion?: (number|null);
            loaderVersion?: (string|null);
            kernelRelease?: (string|null);
            machine?: (string|null);
            targetTgid?: (number|null);
            attachedMonotonicNs?: (Long|null);
            probes?: (stackprof.v1.IProbeStatus[]|null);
            ncpus?: (number|null);
            attachDurationNs?: (Long|null);
            targetComm?: (Uint8Array|null);
            targetCmdline?: (Uint8Array|null);
        }

        class Hello implements IHello {
            constructor(properties?: stackprof.v1.IHello);
            public protocolVersion: number;
            public loaderVersion: string;
            public kernelRelease: string;
            public machine: string;
            public targetTgid: number;
            public attachedMonotonicNs: Long;
            public probes: stackprof.v1.IProbeStatus[];
            public ncpus: number;
            public attachDurationNs: Long;
            public targetComm: Uint8Array;
            public targetCmdline: Uint8Array;
            public static encode(message: stackprof.v1.IHello, writer?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: stackprof.v1.IHello, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stackprof.v1.Hello;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): stackprof.v1.Hello;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IProbeStatus {
            name?: (string|null);
            attached?: (boolean|null);
            variant?: (string|null);
            error?: (string|null);
        }

        class ProbeStatus implements IProbeStatus {
            constructor(properties?: stackprof.v1.IProbeStatus);
            public name: string;
            public attached: boolean;
            public variant: string;
            public error: string;
            public static encode(message: stackprof.v1.IProbeStatus, writer?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: stackprof.v1.IProbeStatus, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stackprof.v1.ProbeStatus;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): stackprof.v1.ProbeStatus;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface ISnapshot {
            monotonicNs?: (Long|null);
            syscalls?: (stackprof.v1.ISyscallStat[]|null);
            errnos?: (stackprof.v1.IErrnoStat[]|null);
            threads?: (stackprof.v1.IThreadName[]|null);
            counters?: (stackprof.v1.IProbeCounters|null);
            targetAlive?: (boolean|null);
            epolls?: (stackprof.v1.IEpollStat[]|null);
            fdIo?: (stackprof.v1.IFdIoStat[]|null);
            sockopts?: (stackprof.v1.ISockoptStat[]|null);
            epollParams?: (stackprof.v1.IEpollParamsStat[]|null);
            napiPolls?: (stackprof.v1.INapiPollStat[]|null);
            sockets?: (stackprof.v1.ISocketGroup[]|null);
            epollInstances?: (stackprof.v1.IEpollInstance[]|null);
            eventloopCounters?: (stackprof.v1.IEventloopCounters|null);
            threadCpuTimes?: (stackprof.v1.IThreadCpuTime[]|null);
            threadSched?: (stackprof.v1.IThreadSched[]|null);
            preemptions?: (stackprof.v1.IPreemption[]|null);
            schedCounters?: (stackprof.v1.ISchedCounters|null);
            listeners?: (stackprof.v1.IListener[]|null);
            listenersCounters?: (stackprof.v1.IListenersCounters|null);
            newStackModules?: (stackprof.v1.IStackModule[]|null);
            newStackFrames?: (stackprof.v1.IStackFrame[]|null);
            newStacks?: (stackprof.v1.IStack[]|null);
            stackSamples?: (stackprof.v1.IStackSample[]|null);
            stacksCounters?: (stackprof.v1.IStacksCounters|null);
            lkl?: (stackprof.v1.ILklDetection|null);
            lklSyscalls?: (stackprof.v1.ILklSyscallStat[]|null);
            lklCpuWaits?: (stackprof.v1.ILklCpuWait[]|null);
            lklHostCalls?: (stackprof.v1.ILklHostCall[]|null);
            lklCounters?: (stackprof.v1.ILklCounters|null);
            nodejs?: (stackprof.v1.INodejsSnapshot|null);
        }

        class Snapshot implements ISnapshot {
            constructor(properties?: stackprof.v1.ISnapshot);
            public monotonicNs: Long;
            public syscalls: stackprof.v1.ISyscallStat[];
            public errnos: stackprof.v1.IErrnoStat[];
            public threads: stackprof.v1.IThreadName[];
            public counters?: (stackprof.v1.IProbeCounters|null);
            public targetAlive: boolean;
            public epolls: stackprof.v1.IEpollStat[];
            public fdIo: stackprof.v1.IFdIoStat[];
            public sockopts: stackprof.v1.ISockoptStat[];
            public epollParams: stackprof.v1.IEpollParamsStat[];
            public napiPolls: stackprof.v1.INapiPollStat[];
            public sockets: stackprof.v1.ISocketGroup[];
            public epollInstances: stackprof.v1.IEpollInstance[];
            public eventloopCounters?: (stackprof.v1.IEventloopCounters|null);
            public threadCpuTimes: stackprof.v1.IThreadCpuTime[];
            public threadSched: stackprof.v1.IThreadSched[];
            public preemptions: stackprof.v1.IPreemption[];
            public schedCounters?: (stackprof.v1.ISchedCounters|null);
            public listeners: stackprof.v1.IListener[];
            public listenersCounters?: (stackprof.v1.IListenersCounters|null);
            public newStackModules: stackprof.v1.IStackModule[];
            public newStackFrames: stackprof.v1.IStackFrame[];
            public newStacks: stackprof.v1.IStack[];
            public stackSamples: stackprof.v1.IStackSample[];
            public stacksCounters?: (stackprof.v1.IStacksCounters|null);
            public lkl?: (stackprof.v1.ILklDetection|null);
            public lklSyscalls: stackprof.v1.ILklSyscallStat[];
            public lklCpuWaits: stackprof.v1.ILklCpuWait[];
            public lklHostCalls: stackprof.v1.ILklHostCall[];
            public lklCounters?: (stackprof.v1.ILklCounters|null);
            public nodejs?: (stackprof.v1.INodejsSnapshot|null);
            public static encode(message: stackprof.v1.ISnapshot, writer?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: stackprof.v1.ISnapshot, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stackprof.v1.Snapshot;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): stackprof.v1.Snapshot;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface INodejsSnapshot {
            found?: (boolean|null);
            path?: (string|null);
            foundBy?: (string|null);
            nodeVersion?: (string|null);
            libuvVersion?: (string|null);
            threadpoolSizeEnv?: (string|null);
            useIoUringEnv?: (string|null);
            perfBasicProf?: (boolean|null);
            environReadable?: (boolean|null);
            uprobes?: (string[]|null);
            error?: (string|null);
            stallThresholdNs?: (Long|null);
            ioUringAvailable?: (boolean|null);
            kinds?: (stackprof.v1.INodejsWorkKind[]|null);
            workers?: (stackprof.v1.INodejsWorker[]|null);
            submitted?: (Long|null);
            started?: (Long|null);
            maxDepth?: (Long|null);
            loop?: (stackprof.v1.INodejsLoop|null);
            rings?: (stackprof.v1.INodejsRing[]|null);
            uringSubmits?: (stackprof.v1.INodejsOpcodeCount[]|null);
            sqpollTids?: (number[]|null);
            counters?: (stackprof.v1.INodejsCounters|null);
            depthPeak?: (Long|null);
        }

        class NodejsSnapshot implements INodejsSnapshot {
            constructor(properties?: stackprof.v1.INodejsSnapshot);
            public found: boolean;
            public path: string;
            public foundBy: string;
            public nodeVersion: string;
            public libuvVersion: string;
            public threadpoolSizeEnv: string;
            public useIoUringEnv: string;
            public perfBasicProf: boolean;
            public environReadable: boolean;
            public uprobes: string[];
            public error: string;
            public stallThresholdNs: Long;
            public ioUringAvailable: boolean;
            public kinds: stackprof.v1.INodejsWorkKind[];
            public workers: stackprof.v1.INodejsWorker[];
            public submitted: Long;
            public started: Long;
            public maxDepth: Long;
            public loop?: (stackprof.v1.INodejsLoop|null);
            public rings: stackprof.v1.INodejsRing[];
            public uringSubmits: stackprof.v1.INodejsOpcodeCount[];
            public sqpollTids: number[];
            public counters?: (stackprof.v1.INodejsCounters|null);
            public depthPeak: Long;
            public static encode(message: stackprof.v1.INodejsSnapshot, writer?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: stackprof.v1.INodejsSnapshot, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stackprof.v1.NodejsSnapshot;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): stackprof.v1.NodejsSnapshot;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface INodejsWorkKind {
            kind?: (string|null);
            count?: (Long|null);
            waited?: (Long|null);
            waitTotalNs?: (Long|null);
            waitMaxNs?: (Long|null);
            waitLog2Ns?: (Long[]|null);
            runCount?: (Long|null);
            runTotalNs?: (Long|null);
            runMaxNs?: (Long|null);
            runLog2Ns?: (Long[]|null);
        }

        class NodejsWorkKind implements INodejsWorkKind {
            constructor(properties?: stackprof.v1.INodejsWorkKind);
            public kind: string;
            public count: Long;
            public waited: Long;
            public waitTotalNs: Long;
            public waitMaxNs: Long;
            public waitLog2Ns: Long[];
            public runCount: Long;
            public runTotalNs: Long;
            public runMaxNs: Long;
            public runLog2Ns: Long[];
            public static encode(message: stackprof.v1.INodejsWorkKind, writer?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: stackprof.v1.INodejsWorkKind, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stackprof.v1.NodejsWorkKind;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): stackprof.v1.NodejsWorkKind;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface INodejsWorker {
            tid?: (number|null);
            items?: (Long|null);
            busyNs?: (Long|null);
            runningSinceNs?: (Long|null);
        }

        class NodejsWorker implements INodejsWorker {
            constructor(properties?: stackprof.v1.INodejsWorker);
            public tid: number;
            public items: Long;
            public busyNs: Long;
            public runningSinceNs: Long;
            public static encode(message: stackprof.v1.INodejsWorker, writer?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: stackprof.v1.INodejsWorker, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stackprof.v1.NodejsWorker;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): stackprof.v1.NodejsWorker;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface INodejsStall {
            startNs?: (Long|null);
            lengthNs?: (Long|null);
        }

        class NodejsStall implements INodejsStall {
            constructor(properties?: stackprof.v1.INodejsStall);
            public startNs: Long;
            public lengthNs: Long;
            public static encode(message: stackprof.v1.INodejsStall, writer?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: stackprof.v1.INodejsStall, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stackprof.v1.NodejsStall;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): stackprof.v1.NodejsStall;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface INodejsLoop {
            waits?: (Long|null);
            waitNs?: (Long|null);
            runNs?: (Long|null);
            ticks?: (Long|null);
            stalls?: (Long|null);
            stallTotalNs?: (Long|null);
            stallMaxNs?: (Long|null);
            stallLog2Ns?: (Long[]|null);
            recentStalls?: (stackprof.v1.INodejsStall[]|null);
            inWait?: (boolean|null);
            lastExitNs?: (Long|null);
        }

        class NodejsLoop implements INodejsLoop {
            constructor(properties?: stackprof.v1.INodejsLoop);
            public waits: Long;
            public waitNs: Long;
            public runNs: Long;
            public ticks: Long;
            public stalls: Long;
            public stallTotalNs: Long;
            public stallMaxNs: Long;
            public stallLog2Ns: Long[];
            public recentStalls: stackprof.v1.INodejsStall[];
            public inWait: boolean;
            public lastExitNs: Long;
            public static encode(message: stackprof.v1.INodejsLoop, writer?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: stackprof.v1.INodejsLoop, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stackprof.v1.NodejsLoop;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): stackprof.v1.NodejsLoop;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface INodejsRing {
            fd?: (number|null);
            sqEntries?: (number|null);
            cqEntries?: (number|null);
            flags?: (number|null);
            submitted?: (Long|null);
            completed?: (Long|null);
            sqThreadSubmitted?: (Long|null);
        }

        class NodejsRing implements INodejsRing {
            constructor(properties?: stackprof.v1.INodejsRing);
            public fd: number;
            public sqEntries: number;
            public cqEntries: number;
            public flags: number;
            public submitted: Long;
            public completed: Long;
            public sqThreadSubmitted: Long;
            public static encode(message: stackprof.v1.INodejsRing, writer?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: stackprof.v1.INodejsRing, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stackprof.v1.NodejsRing;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): stackprof.v1.NodejsRing;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface INodejsOpcodeCount {
            opcode?: (number|null);
            name?: (string|null);
            count?: (Long|null);
        }

        class NodejsOpcodeCount implements INodejsOpcodeCount {
            constructor(properties?: stackprof.v1.INodejsOpcodeCount);
            public opcode: number;
            public name: string;
            public count: Long;
            public static encode(message: stackprof.v1.INodejsOpcodeCount, writer?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: stackprof.v1.INodejsOpcodeCount, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stackprof.v1.NodejsOpcodeCount;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): stackprof.v1.NodejsOpcodeCount;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface INodejsCounters {
            pendingMapFull?: (Long|null);
            workersMapFull?: (Long|null);
            ringsMapFull?: (Long|null);
            unsubmittedStarts?: (Long|null);
            syncCalls?: (Long|null);
            unmatchedReturns?: (Long|null);
            nested?: (Long|null);
        }

        class NodejsCounters implements INodejsCounters {
            constructor(properties?: stackprof.v1.INodejsCounters);
            public pendingMapFull: Long;
            public workersMapFull: Long;
            public ringsMapFull: Long;
            public unsubmittedStarts: Long;
            public syncCalls: Long;
            public unmatchedReturns: Long;
            public nested: Long;
            public static encode(message: stackprof.v1.INodejsCounters, writer?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: stackprof.v1.INodejsCounters, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stackprof.v1.NodejsCounters;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): stackprof.v1.NodejsCounters;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface ILklDetection {
            libraries?: (stackprof.v1.ILklLibrary[]|null);
            ldPreload?: (Uint8Array|null);
            env?: (stackprof.v1.ILklEnvVar[]|null);
            environReadable?: (boolean|null);
            environTruncated?: (boolean|null);
            ldSoPreload?: (Uint8Array|null);
            scanError?: (string|null);
            mappedObjects?: (number|null);
            scans?: (number|null);
            uprobeLibrary?: (string|null);
            uprobes?: (string[]|null);
            uprobeError?: (string|null);
            uprobesMonotonicNs?: (Long|null);
            hostCallsCounted?: (boolean|null);
            hostFds?: (number|null);
            maxHostFd?: (number|null);
            fdTableSize?: (number|null);
            threads?: (number[]|null);
            cpuWaitOff?: (boolean|null);
        }

        class LklDetection implements ILklDetection {
            constructor(properties?: stackprof.v1.ILklDetection);
            public libraries: stackprof.v1.ILklLibrary[];
            public ldPreload: Uint8Array;
            public env: stackprof.v1.ILklEnvVar[];
            public environReadable: boolean;
            public environTruncated: boolean;
            public ldSoPreload: Uint8Array;
            public scanError: string;
            public mappedObjects: number;
            public scans: number;
            public uprobeLibrary: string;
            public uprobes: string[];
            public uprobeError: string;
            public uprobesMonotonicNs: Long;
            public hostCallsCounted: boolean;
            public hostFds: number;
            public maxHostFd: number;
            public fdTableSize: number;
            public threads: number[];
            public cpuWaitOff: boolean;
            public static encode(message: stackprof.v1.ILklDetection, writer?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: stackprof.v1.ILklDetection, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stackprof.v1.LklDetection;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): stackprof.v1.LklDetection;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface ILklLibrary {
            path?: (string|null);
            preloaded?: (boolean|null);
            neededBeforeLibc?: (boolean|null);
            executable?: (boolean|null);
            lklName?: (boolean|null);
            lklSymbols?: (string[]|null);
            libcOverrides?: (string[]|null);
            dpdk?: (boolean|null);
            symbolsError?: (string|null);
        }

        class LklLibrary implements ILklLibrary {
            constructor(properties?: stackprof.v1.ILklLibrary);
            public path: string;
            public preloaded: boolean;
            public neededBeforeLibc: boolean;
            public executable: boolean;
            public lklName: boolean;
            public lklSymbols: string[];
            public libcOverrides: string[];
            public dpdk: boolean;
            public symbolsError: string;
            public static encode(message: stackprof.v1.ILklLibrary, writer?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: stackprof.v1.ILklLibrary, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stackprof.v1.LklLibrary;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): stackprof.v1.LklLibrary;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface ILklEnvVar {
            name?: (string|null);
            value?: (Uint8Array|null);
        }

        class LklEnvVar implements ILklEnvVar {
            constructor(properties?: stackprof.v1.ILklEnvVar);
            public name: string;
            public value: Uint8Array;
            public static encode(message: stackprof.v1.ILklEnvVar, writer?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: stackprof.v1.ILklEnvVar, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stackprof.v1.LklEnvVar;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): stackprof.v1.LklEnvVar;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface ILklSyscallStat {
            tid?: (number|null);
            nr?: (number|null);
            count?: (Long|null);
            errors?: (Long|null);
            totalNs?: (Long|null);
            maxNs?: (Long|null);
            latencyLog2Ns?: (Long[]|null);
        }

        class LklSyscallStat implements ILklSyscallStat {
            constructor(properties?: stackprof.v1.ILklSyscallStat);
            public tid: number;
            public nr: number;
            public count: Long;
            public errors: Long;
            public totalNs: Long;
            public maxNs: Long;
            public latencyLog2Ns: Long[];
            public static encode(message: stackprof.v1.ILklSyscallStat, writer?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: stackprof.v1.ILklSyscallStat, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stackprof.v1.LklSyscallStat;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): stackprof.v1.LklSyscallStat;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface ILklCpuWait {
            tid?: (number|null);
            count?: (Long|null);
            totalNs?: (Long|null);
            maxNs?: (Long|null);
            waitLog2Ns?: (Long[]|null);
        }

        class LklCpuWait implements ILklCpuWait {
            constructor(properties?: stackprof.v1.ILklCpuWait);
            public tid: number;
            public count: Long;
            public totalNs: Long;
            public maxNs: Long;
            public waitLog2Ns: Long[];
            public static encode(message: stackprof.v1.ILklCpuWait, writer?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: stackprof.v1.ILklCpuWait, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stackprof.v1.LklCpuWait;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): stackprof.v1.LklCpuWait;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface ILklHostCall {
            tid?: (number|null);
            nr?: (number|null);
            count?: (Long|null);
        }

        class LklHostCall implements ILklHostCall {
            constructor(properties?: stackprof.v1.ILklHostCall);
            public tid: number;
            public nr: number;
            public count: Long;
            public static encode(message: stackprof.v1.ILklHostCall, writer?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: stackprof.v1.ILklHostCall, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stackprof.v1.LklHostCall;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): stackprof.v1.LklHostCall;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface ILklCounters {
            statsMapFull?: (Long|null);
            cpuMapFull?: (Long|null);
            hostMapFull?: (Long|null);
            stateStoreFailed?: (Long|null);
            tooDeep?: (Long|null);
            unmatchedReturns?: (Long|null);
        }

        class LklCounters implements ILklCounters {
            constructor(properties?: stackprof.v1.ILklCounters);
            public statsMapFull: Long;
            public cpuMapFull: Long;
            public hostMapFull: Long;
            public stateStoreFailed: Long;
            public tooDeep: Long;
            public unmatchedReturns: Long;
            public static encode(message: stackprof.v1.ILklCounters, writer?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: stackprof.v1.ILklCounters, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stackprof.v1.LklCounters;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): stackprof.v1.LklCounters;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IStackModule {
            id?: (number|null);
            kind?: (stackprof.v1.StackModule.Kind|null);
            path?: (string|null);
            buildId?: (string|null);
            start?: (Long|null);
            limit?: (Long|null);
            fileOffset?: (Long|null);
            symbols?: (string|null);
        }

        class StackModule implements IStackModule {
            constructor(properties?: stackprof.v1.IStackModule);
            public id: number;
            public kind: stackprof.v1.StackModule.Kind;
            public path: string;
            public buildId: string;
            public start: Long;
            public limit: Long;
            public fileOffset: Long;
            public symbols: string;
            public static encode(message: stackprof.v1.IStackModule, writer?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: stackprof.v1.IStackModule, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stackprof.v1.StackModule;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): stackprof.v1.StackModule;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        namespace StackModule {

            enum Kind {
                KIND_UNSPECIFIED = 0,
                KERNEL = 1,
                ELF = 2,
                PERF_MAP = 3,
                ANONYMOUS = 4,
                OTHER = 5
            }
        }

        interface IStackFrame {
            id?: (number|null);
            kind?: (stackprof.v1.StackFrame.Kind|null);
            "function"?: (string|null);
            moduleId?: (number|null);
            address?: (Long|null);
            moduleOffset?: (Long|null);
            file?: (string|null);
            line?: (number|null);
            unknownReason?: (string|null);
        }

        class StackFrame implements IStackFrame {
            constructor(properties?: stackprof.v1.IStackFrame);
            public id: number;
            public kind: stackprof.v1.StackFrame.Kind;
            public function: string;
            public moduleId: number;
            public address: Long;
            public moduleOffset: Long;
            public file: string;
            public line: number;
            public unknownReason: string;
            public static encode(message: stackprof.v1.IStackFrame, writer?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: stackprof.v1.IStackFrame, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stackprof.v1.StackFrame;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): stackprof.v1.StackFrame;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        namespace StackFrame {

            enum Kind {
                KIND_UNSPECIFIED = 0,
                KERNEL = 1,
                NATIVE = 2,
                JIT = 3,
                UNKNOWN = 4
            }
        }

        interface IStack {
            id?: (number|null);
            frameIds?: (number[]|null);
            userTruncated?: (boolean|null);
            truncatedModuleId?: (number|null);
            depthLimited?: (boolean|null);
            userMissing?: (boolean|null);
        }

        class Stack implements IStack {
            constructor(properties?: stackprof.v1.IStack);
            public id: number;
            public frameIds: number[];
            public userTruncated: boolean;
            public truncatedModuleId: number;
            public depthLimited: boolean;
            public userMissing: boolean;
            public static encode(message: stackprof.v1.IStack, writer?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: stackprof.v1.IStack, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stackprof.v1.Stack;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): stackprof.v1.Stack;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IStackSample {
            tid?: (number|null);
            stackId?: (number|null);
            samples?: (Long|null);
            offcpuNs?: (Long|null);
            offcpuSwitches?: (Long|null);
        }

        class StackSample implements IStackSample {
            constructor(properties?: stackprof.v1.IStackSample);
            public tid: number;
            public stackId: number;
            public samples: Long;
            public offcpuNs: Long;
            public offcpuSwitches: Long;
            public static encode(message: stackprof.v1.IStackSample, writer?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: stackprof.v1.IStackSample, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stackprof.v1.StackSample;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): stackprof.v1.StackSample;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IStacksCounters {
            event?: (string|null);
            frequencyHz?: (number|null);
            offcpu?: (boolean|null);
            samples?: (Long|null);
            stackTableFull?: (Long|null);
            countTableFull?: (Long|null);
            userStackFailed?: (Long|null);
            offcpuLost?: (Long|null);
            symbolizeNs?: (Long|null);
            finalSymbolizeNs?: (Long|null);
            perfMapEntries?: (number|null);
            perfMapStatus?: (string|null);
            missedEvents?: (Long|null);
        }

        class StacksCounters implements IStacksCounters {
            constructor(properties?: stackprof.v1.IStacksCounters);
            public event: string;
            public frequencyHz: number;
            public offcpu: boolean;
            public samples: Long;
            public stackTableFull: Long;
            public countTableFull: Long;
            public userStackFailed: Long;
            public offcpuLost: Long;
            public symbolizeNs: Long;
            public finalSymbolizeNs: Long;
            public perfMapEntries: number;
            public perfMapStatus: string;
            public missedEvents: Long;
            public static encode(message: stackprof.v1.IStacksCounters, writer?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: stackprof.v1.IStacksCounters, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stackprof.v1.StacksCounters;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): stackprof.v1.StacksCounters;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IThreadCpuTime {
            tid?: (number|null);
            cpu?: (number|null);
            oncpuNs?: (Long|null);
            slices?: (Long|null);
        }

        class ThreadCpuTime implements IThreadCpuTime {
            constructor(properties?: stackprof.v1.IThreadCpuTime);
            public tid: number;
            public cpu: number;
            public oncpuNs: Long;
            public slices: Long;
            public static encode(message: stackprof.v1.IThreadCpuTime, writer?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: stackprof.v1.IThreadCpuTime, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stackprof.v1.ThreadCpuTime;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): stackprof.v1.ThreadCpuTime;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IThreadSched {
            tid?: (number|null);
            voluntary?: (Long|null);
            involuntary?: (Long|null);
            migrations?: (Long|null);
            wakeups?: (Long|null);
            runqLatencyLog2Ns?: (Long[]|null);
            runqLatencyTotalNs?: (Long|null);
            runqLatencyMaxNs?: (Long|null);
            preemptedWaitNs?: (Long|null);
            lastCpu?: (number|null);
        }

        class ThreadSched implements IThreadSched {
            constructor(properties?: stackprof.v1.IThreadSched);
            public tid: number;
            public voluntary: Long;
            public involuntary: Long;
            public migrations: Long;
            public wakeups: Long;
            public runqLatencyLog2Ns: Long[];
            public runqLatencyTotalNs: Long;
            public runqLatencyMaxNs: Long;
            public preemptedWaitNs: Long;
            public lastCpu: number;
            public static encode(message: stackprof.v1.IThreadSched, writer?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: stackprof.v1.IThreadSched, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stackprof.v1.ThreadSched;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): stackprof.v1.ThreadSched;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IPreemption {
            tid?: (number|null);
            byTid?: (number|null);
            byTgid?: (number|null);
            byComm?: (Uint8Array|null);
            count?: (Long|null);
        }

        class Preemption implements IPreemption {
            constructor(properties?: stackprof.v1.IPreemption);
            public tid: number;
            public byTid: number;
            public byTgid: number;
            public byComm: Uint8Array;
            public count: Long;
            public static encode(message: stackprof.v1.IPreemption, writer?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: stackprof.v1.IPreemption, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stackprof.v1.Preemption;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): stackprof.v1.Preemption;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface ISchedCounters {
            cpuTimeMapFull?: (Long|null);
            threadMapFull?: (Long|null);
            preemptionMapFull?: (Long|null);
            stateStoreFailed?: (Long|null);
            iteratorFailed?: (Long|null);
        }

        class SchedCounters implements ISchedCounters {
            constructor(properties?: stackprof.v1.ISchedCounters);
            public cpuTimeMapFull: Long;
            public threadMapFull: Long;
            public preemptionMapFull: Long;
            public stateStoreFailed: Long;
            public iteratorFailed: Long;
            public static encode(message: stackprof.v1.ISchedCounters, writer?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: stackprof.v1.ISchedCounters, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stackprof.v1.SchedCounters;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): stackprof.v1.SchedCounters;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        enum Steering {
            STEERING_NONE = 0,
            STEERING_CBPF_CPU = 1,
            STEERING_CBPF_OTHER = 2,
            STEERING_EBPF = 3
        }

        interface IListener {
            fd?: (number|null);
            inode?: (Long|null);
            family?: (number|null);
            protocol?: (number|null);
            localPort?: (number|null);
            localAddr?: (Uint8Array|null);
            reuseport?: (boolean|null);
            groupId?: (number|null);
            groupSize?: (number|null);
            groupIndex?: (number|null);
            steering?: (stackprof.v1.Steering|null);
            steeringProgId?: (number|null);
            steeringProgName?: (string|null);
            steeringInsns?: (number|null);
            incomingCpu?: (number|null);
            busyPollUsecs?: (number|null);
            listenSeen?: (boolean|null);
            listenTid?: (number|null);
            listenCpu?: (number|null);
            listenOrder?: (number|null);
            listenMonotonicNs?: (Long|null);
            accepts?: (stackprof.v1.IAcceptStat[]|null);
            sockType?: (number|null);
        }

        class Listener implements IListener {
            constructor(properties?: stackprof.v1.IListener);
            public fd: number;
            public inode: Long;
            public family: number;
            public protocol: number;
            public localPort: number;
            public localAddr: Uint8Array;
            public reuseport: boolean;
            public groupId: number;
            public groupSize: number;
            public groupIndex: number;
            public steering: stackprof.v1.Steering;
            public steeringProgId: number;
            public steeringProgName: string;
            public steeringInsns: number;
            public incomingCpu: number;
            public busyPollUsecs: number;
            public listenSeen: boolean;
            public listenTid: number;
            public listenCpu: number;
            public listenOrder: number;
            public listenMonotonicNs: Long;
            public accepts: stackprof.v1.IAcceptStat[];
            public sockType: number;
            public static encode(message: stackprof.v1.IListener, writer?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: stackprof.v1.IListener, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stackprof.v1.Listener;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): stackprof.v1.Listener;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IAcceptStat {
            tid?: (number|null);
            calls?: (Long|null);
            accepted?: (Long|null);
        }

        class AcceptStat implements IAcceptStat {
            constructor(properties?: stackprof.v1.IAcceptStat);
            public tid: number;
            public calls: Long;
            public accepted: Long;
            public static encode(message: stackprof.v1.IAcceptStat, writer?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: stackprof.v1.IAcceptStat, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stackprof.v1.AcceptStat;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): stackprof.v1.AcceptStat;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IListenersCounters {
            eventMapFull?: (Long|null);
            iteratorFailed?: (Long|null);
            groupScanTruncated?: (Long|null);
        }

        class ListenersCounters implements IListenersCounters {
            constructor(properties?: stackprof.v1.IListenersCounters);
            public eventMapFull: Long;
            public iteratorFailed: Long;
            public groupScanTruncated: Long;
            public static encode(message: stackprof.v1.IListenersCounters, writer?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: stackprof.v1.IListenersCounters, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stackprof.v1.ListenersCounters;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): stackprof.v1.ListenersCounters;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IEpollStat {
            tid?: (number|null);
            epfd?: (number|null);
            nr?: (number|null);
            calls?: (Long|null);
            errors?: (Long|null);
            events?: (Long|null);
            empty?: (Long|null);
            timeouts?: (Long[]|null);
            zeroEmpty?: (Long|null);
            zeroEmptyThenWait?: (Long|null);
            totalNs?: (Long|null);
            offcpuNs?: (Long|null);
            eventsLog2?: (Long[]|null);
        }

        class EpollStat implements IEpollStat {
            constructor(properties?: stackprof.v1.IEpollStat);
            public tid: number;
            public epfd: number;
            public nr: number;
            public calls: Long;
            public errors: Long;
            public events: Long;
            public empty: Long;
            public timeouts: Long[];
            public zeroEmpty: Long;
            public zeroEmptyThenWait: Long;
            public totalNs: Long;
            public offcpuNs: Long;
            public eventsLog2: Long[];
            public static encode(message: stackprof.v1.IEpollStat, writer?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: stackprof.v1.IEpollStat, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stackprof.v1.EpollStat;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): stackprof.v1.EpollStat;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        enum FdKind {
            FD_OTHER = 0,
            FD_INET_SOCKET = 1,
            FD_OTHER_SOCKET = 2,
            FD_UNKNOWN = 3
        }

        interface IFdIoStat {
            tid?: (number|null);
            nr?: (number|null);
            fdKind?: (stackprof.v1.FdKind|null);
            calls?: (Long|null);
            errors?: (Long|null);
            eagain?: (Long|null);
            bytes?: (Long|null);
            sizeLog2?: (Long[]|null);
        }

        class FdIoStat implements IFdIoStat {
            constructor(properties?: stackprof.v1.IFdIoStat);
            public tid: number;
            public nr: number;
            public fdKind: stackprof.v1.FdKind;
            public calls: Long;
            public errors: Long;
            public eagain: Long;
            public bytes: Long;
            public sizeLog2: Long[];
            public static encode(message: stackprof.v1.IFdIoStat, writer?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: stackprof.v1.IFdIoStat, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stackprof.v1.FdIoStat;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): stackprof.v1.FdIoStat;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface ISockoptStat {
            optname?: (number|null);
            value?: (number|null);
            valueReadable?: (boolean|null);
            calls?: (Long|null);
            failed?: (Long|null);
            lastTid?: (number|null);
        }

        class SockoptStat implements ISockoptStat {
            constructor(properties?: stackprof.v1.ISockoptStat);
            public optname: number;
            public value: number;
            public valueReadable: boolean;
            public calls: Long;
            public failed: Long;
            public lastTid: number;
            public static encode(message: stackprof.v1.ISockoptStat, writer?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: stackprof.v1.ISockoptStat, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stackprof.v1.SockoptStat;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): stackprof.v1.SockoptStat;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IEpollParamsStat {
            epfd?: (number|null);
            busyPollUsecs?: (number|null);
            busyPollBudget?: (number|null);
            preferBusyPoll?: (boolean|null);
            accepted?: (boolean|null);
            calls?: (Long|null);
            failed?: (Long|null);
            lastTid?: (number|null);
        }

        class EpollParamsStat implements IEpollParamsStat {
            constructor(properties?: stackprof.v1.IEpollParamsStat);
            public epfd: number;
            public busyPollUsecs: number;
            public busyPollBudget: number;
            public preferBusyPoll: boolean;
            public accepted: boolean;
            public calls: Long;
            public failed: Long;
            public lastTid: number;
            public static encode(message: stackprof.v1.IEpollParamsStat, writer?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: stackprof.v1.IEpollParamsStat, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stackprof.v1.EpollParamsStat;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): stackprof.v1.EpollParamsStat;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface INapiPollStat {
            tid?: (number|null);
            budget?: (number|null);
            device?: (Uint8Array|null);
            polls?: (Long|null);
            work?: (Long|null);
        }

        class NapiPollStat implements INapiPollStat {
            constructor(properties?: stackprof.v1.INapiPollStat);
            public tid: number;
            public budget: number;
            public device: Uint8Array;
            public polls: Long;
            public work: Long;
            public static encode(message: stackprof.v1.INapiPollStat, writer?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: stackprof.v1.INapiPollStat, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stackprof.v1.NapiPollStat;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): stackprof.v1.NapiPollStat;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface ISocketGroup {
            family?: (number|null);
            type?: (number|null);
            protocol?: (number|null);
            listening?: (boolean|null);
            localPort?: (number|null);
            reuseport?: (boolean|null);
            busyPollUsecs?: (number|null);
            preferBusyPoll?: (boolean|null);
            busyPollBudget?: (number|null);
            napiId?: (number|null);
            count?: (Long|null);
            exampleFds?: (number[]|null);
        }

        class SocketGroup implements ISocketGroup {
            constructor(properties?: stackprof.v1.ISocketGroup);
            public family: number;
            public type: number;
            public protocol: number;
            public listening: boolean;
            public localPort: number;
            public reuseport: boolean;
            public busyPollUsecs: number;
            public preferBusyPoll: boolean;
            public busyPollBudget: number;
            public napiId: number;
            public count: Long;
            public exampleFds: number[];
            public static encode(message: stackprof.v1.ISocketGroup, writer?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: stackprof.v1.ISocketGroup, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stackprof.v1.SocketGroup;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): stackprof.v1.SocketGroup;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IEpollInstance {
            fd?: (number|null);
            napiId?: (number|null);
            paramsKnown?: (boolean|null);
            busyPollUsecs?: (number|null);
            busyPollBudget?: (number|null);
            preferBusyPoll?: (boolean|null);
        }

        class EpollInstance implements IEpollInstance {
            constructor(properties?: stackprof.v1.IEpollInstance);
            public fd: number;
            public napiId: number;
            public paramsKnown: boolean;
            public busyPollUsecs: number;
            public busyPollBudget: number;
            public preferBusyPoll: boolean;
            public static encode(message: stackprof.v1.IEpollInstance, writer?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: stackprof.v1.IEpollInstance, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stackprof.v1.EpollInstance;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): stackprof.v1.EpollInstance;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IEventloopCounters {
            epollMapFull?: (Long|null);
            fdIoMapFull?: (Long|null);
            sockoptMapFull?: (Long|null);
            napiMapFull?: (Long|null);
            stateStoreFailed?: (Long|null);
            iteratorFailed?: (Long|null);
        }

        class EventloopCounters implements IEventloopCounters {
            constructor(properties?: stackprof.v1.IEventloopCounters);
            public epollMapFull: Long;
            public fdIoMapFull: Long;
            public sockoptMapFull: Long;
            public napiMapFull: Long;
            public stateStoreFailed: Long;
            public iteratorFailed: Long;
            public static encode(message: stackprof.v1.IEventloopCounters, writer?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: stackprof.v1.IEventloopCounters, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stackprof.v1.EventloopCounters;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): stackprof.v1.EventloopCounters;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface ISyscallStat {
            tid?: (number|null);
            nr?: (number|null);
            count?: (Long|null);
            errors?: (Long|null);
            totalNs?: (Long|null);
            maxNs?: (Long|null);
            latencyLog2Ns?: (Long[]|null);
        }

        class SyscallStat implements ISyscallStat {
            constructor(properties?: stackprof.v1.ISyscallStat);
            public tid: number;
            public nr: number;
            public count: Long;
            public errors: Long;
            public totalNs: Long;
            public maxNs: Long;
            public latencyLog2Ns: Long[];
            public static encode(message: stackprof.v1.ISyscallStat, writer?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: stackprof.v1.ISyscallStat, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stackprof.v1.SyscallStat;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): stackprof.v1.SyscallStat;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IErrnoStat {
            tid?: (number|null);
            nr?: (number|null);
            errorNumber?: (number|null);
            count?: (Long|null);
        }

        class ErrnoStat implements IErrnoStat {
            constructor(properties?: stackprof.v1.IErrnoStat);
            public tid: number;
            public nr: number;
            public errorNumber: number;
            public count: Long;
            public static encode(message: stackprof.v1.IErrnoStat, writer?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: stackprof.v1.IErrnoStat, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stackprof.v1.ErrnoStat;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): stackprof.v1.ErrnoStat;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IThreadName {
            tid?: (number|null);
            name?: (Uint8Array|null);
            exited?: (boolean|null);
            oncpuNs?: (Long|null);
            oncpuKnown?: (boolean|null);
            cpusAllowedList?: (string|null);
            lastCpu?: (number|null);
        }

        class ThreadName implements IThreadName {
            constructor(properties?: stackprof.v1.IThreadName);
            public tid: number;
            public name: Uint8Array;
            public exited: boolean;
            public oncpuNs: Long;
            public oncpuKnown: boolean;
            public cpusAllowedList: string;
            public lastCpu: number;
            public static encode(message: stackprof.v1.IThreadName, writer?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: stackprof.v1.IThreadName, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stackprof.v1.ThreadName;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): stackprof.v1.ThreadName;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IProbeCounters {
            statsMapFull?: (Long|null);
            errnoMapFull?: (Long|null);
            startStoreFailed?: (Long|null);
            unmatchedExits?: (Long|null);
            threadMapFull?: (Long|null);
        }

        class ProbeCounters implements IProbeCounters {
            constructor(properties?: stackprof.v1.IProbeCounters);
            public statsMapFull: Long;
            public errnoMapFull: Long;
            public startStoreFailed: Long;
            public unmatchedExits: Long;
            public threadMapFull: Long;
            public static encode(message: stackprof.v1.IProbeCounters, writer?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: stackprof.v1.IProbeCounters, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stackprof.v1.ProbeCounters;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): stackprof.v1.ProbeCounters;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IFinal {
            snapshot?: (stackprof.v1.ISnapshot|null);
            reason?: (string|null);
        }

        class Final implements IFinal {
            constructor(properties?: stackprof.v1.IFinal);
            public snapshot?: (stackprof.v1.ISnapshot|null);
            public reason: string;
            public static encode(message: stackprof.v1.IFinal, writer?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: stackprof.v1.IFinal, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stackprof.v1.Final;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): stackprof.v1.Final;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IFatal {
            code?: (string|null);
            message?: (string|null);
            hint?: (string|null);
        }

        class Fatal implements IFatal {
            constructor(properties?: stackprof.v1.IFatal);
            public code: string;
            public message: string;
            public hint: string;
            public static encode(message: stackprof.v1.IFatal, writer?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: stackprof.v1.IFatal, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stackprof.v1.Fatal;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): stackprof.v1.Fatal;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IFeatureResult {
            name?: (string|null);
            status?: (stackprof.v1.FeatureResult.Status|null);
            detail?: (string|null);
        }

        class FeatureResult implements IFeatureResult {
            constructor(properties?: stackprof.v1.IFeatureResult);
            public name: string;
            public status: stackprof.v1.FeatureResult.Status;
            public detail: string;
            public static encode(message: stackprof.v1.IFeatureResult, writer?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: stackprof.v1.IFeatureResult, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stackprof.v1.FeatureResult;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): stackprof.v1.FeatureResult;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        namespace FeatureResult {

            enum Status {
                UNKNOWN = 0,
                AVAILABLE = 1,
                MISSING = 2,
                INCONCLUSIVE = 3
            }
        }

        interface ICheckReport {
            features?: (stackprof.v1.IFeatureResult[]|null);
            root?: (boolean|null);
            capBpf?: (boolean|null);
            capPerfmon?: (boolean|null);
            capSysAdmin?: (boolean|null);
            kernelRelease?: (string|null);
            machine?: (string|null);
        }

        class CheckReport implements ICheckReport {
            constructor(properties?: stackprof.v1.ICheckReport);
            public features: stackprof.v1.IFeatureResult[];
            public root: boolean;
            public capBpf: boolean;
            public capPerfmon: boolean;
            public capSysAdmin: boolean;
            public kernelRelease: string;
            public machine: string;
            public static encode(message: stackprof.v1.ICheckReport, writer?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: stackprof.v1.ICheckReport, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stackprof.v1.CheckReport;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): stackprof.v1.CheckReport;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
    }
}
