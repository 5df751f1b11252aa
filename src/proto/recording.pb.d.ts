// GENERATED FILE, DO NOT EDIT. Source: proto/recording.proto
// Regenerate with: npm run gen:proto   (test/unit/proto-fresh.test.ts fails when stale)
import * as $protobuf from "protobufjs";
import Long = require("long");
export namespace stackprof {

    namespace recording {

        namespace v1 {

            interface IRecord {
                loaderFrame?: (Uint8Array|null);
                header?: (stackprof.recording.v1.IHeader|null);
                hostState?: (stackprof.recording.v1.IHostState|null);
                end?: (stackprof.recording.v1.IEnd|null);
            }

            class Record implements IRecord {
                constructor(properties?: stackprof.recording.v1.IRecord);
                public loaderFrame?: (Uint8Array|null);
                public header?: (stackprof.recording.v1.IHeader|null);
                public hostState?: (stackprof.recording.v1.IHostState|null);
                public end?: (stackprof.recording.v1.IEnd|null);
                public kind?: ("loaderFrame"|"header"|"hostState"|"end");
                public static encode(message: stackprof.recording.v1.IRecord, writer?: $protobuf.Writer): $protobuf.Writer;
                public static encodeDelimited(message: stackprof.recording.v1.IRecord, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stackprof.recording.v1.Record;
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): stackprof.recording.v1.Record;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IHeader {
                formatVersion?: (number|null);
                minReaderVersion?: (number|null);
                toolVersion?: (string|null);
                createdUnixMs?: (Long|null);
                hostKernel?: (string|null);
                hostMachine?: (string|null);
                targetPid?: (number|null);
                targetComm?: (string|null);
                targetCmdline?: (string[]|null);
                intervalMs?: (number|null);
                requestedDurationMs?: (number|null);
                command?: (string|null);
            }

            class Header implements IHeader {
                constructor(properties?: stackprof.recording.v1.IHeader);
                public formatVersion: number;
                public minReaderVersion: number;
                public toolVersion: string;
                public createdUnixMs: Long;
                public hostKernel: string;
                public hostMachine: string;
                public targetPid: number;
                public targetComm: string;
                public targetCmdline: string[];
                public intervalMs: number;
                public requestedDurationMs: number;
                public command: string;
                public static encode(message: stackprof.recording.v1.IHeader, writer?: $protobuf.Writer): $protobuf.Writer;
                public static encodeDelimited(message: stackprof.recording.v1.IHeader, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stackprof.recording.v1.Header;
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): stackprof.recording.v1.Header;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IHostState {
                identity?: (stackprof.recording.v1.IIdentity|null);
                netKnobsAtStart?: (string|null);
                netKnobsLatest?: (string|null);
                nic?: (string|null);
            }

            class HostState implements IHostState {
                constructor(properties?: stackprof.recording.v1.IHostState);
                public identity?: (stackprof.recording.v1.IIdentity|null);
                public netKnobsAtStart: string;
                public netKnobsLatest: string;
                public nic: string;
                public static encode(message: stackprof.recording.v1.IHostState, writer?: $protobuf.Writer): $protobuf.Writer;
                public static encodeDelimited(message: stackprof.recording.v1.IHostState, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stackprof.recording.v1.HostState;
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): stackprof.recording.v1.HostState;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IIdentity {
                comm?: (string|null);
                cmdline?: (string[]|null);
            }

            class Identity implements IIdentity {
                constructor(properties?: stackprof.recording.v1.IIdentity);
                public comm: string;
                public cmdline: string[];
                public static encode(message: stackprof.recording.v1.IIdentity, writer?: $protobuf.Writer): $protobuf.Writer;
                public static encodeDelimited(message: stackprof.recording.v1.IIdentity, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stackprof.recording.v1.Identity;
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): stackprof.recording.v1.Identity;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IEnd {
                reason?: (string|null);
                endedUnixMs?: (Long|null);
            }

            class End implements IEnd {
                constructor(properties?: stackprof.recording.v1.IEnd);
                public reason: string;
                public endedUnixMs: Long;
                public static encode(message: stackprof.recording.v1.IEnd, writer?: $protobuf.Writer): $protobuf.Writer;
                public static encodeDelimited(message: stackprof.recording.v1.IEnd, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stackprof.recording.v1.End;
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): stackprof.recording.v1.End;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }
        }
    }
}
