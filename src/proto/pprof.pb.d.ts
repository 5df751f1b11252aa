// GENERATED FILE, DO NOT EDIT. Source: proto/pprof/profile.proto
// Regenerate with: npm run gen:proto   (test/unit/proto-fresh.test.ts fails when stale)
import * as $protobuf from "protobufjs";
import Long = require("long");
export namespace perftools {

    namespace profiles {

        interface IProfile {
            sampleType?: (perftools.profiles.IValueType[]|null);
            sample?: (perftools.profiles.ISample[]|null);
            mapping?: (perftools.profiles.IMapping[]|null);
            location?: (perftools.profiles.ILocation[]|null);
            "function"?: (perftools.profiles.IFunction[]|null);
            stringTable?: (string[]|null);
            dropFrames?: (Long|null);
            keepFrames?: (Long|null);
            timeNanos?: (Long|null);
            durationNanos?: (Long|null);
            periodType?: (perftools.profiles.IValueType|null);
            period?: (Long|null);
            comment?: (Long[]|null);
            defaultSampleType?: (Long|null);
        }

        class Profile implements IProfile {
            constructor(properties?: perftools.profiles.IProfile);
            public sampleType: perftools.profiles.IValueType[];
            public sample: perftools.profiles.ISample[];
            public mapping: perftools.profiles.IMapping[];
            public location: perftools.profiles.ILocation[];
            public function: perftools.profiles.IFunction[];
            public stringTable: string[];
            public dropFrames: Long;
            public keepFrames: Long;
            public timeNanos: Long;
            public durationNanos: Long;
            public periodType?: (perftools.profiles.IValueType|null);
            public period: Long;
            public comment: Long[];
            public defaultSampleType: Long;
            public static encode(message: perftools.profiles.IProfile, writer?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: perftools.profiles.IProfile, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): perftools.profiles.Profile;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): perftools.profiles.Profile;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IValueType {
            type?: (Long|null);
            unit?: (Long|null);
        }

        class ValueType implements IValueType {
            constructor(properties?: perftools.profiles.IValueType);
            public type: Long;
            public unit: Long;
            public static encode(message: perftools.profiles.IValueType, writer?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: perftools.profiles.IValueType, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): perftools.profiles.ValueType;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): perftools.profiles.ValueType;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface ISample {
            locationId?: (Long[]|null);
            value?: (Long[]|null);
            label?: (perftools.profiles.ILabel[]|null);
        }

        class Sample implements ISample {
            constructor(properties?: perftools.profiles.ISample);
            public locationId: Long[];
            public value: Long[];
            public label: perftools.profiles.ILabel[];
            public static encode(message: perftools.profiles.ISample, writer?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: perftools.profiles.ISample, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): perftools.profiles.Sample;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): perftools.profiles.Sample;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface ILabel {
            key?: (Long|null);
            str?: (Long|null);
            num?: (Long|null);
            numUnit?: (Long|null);
        }

        class Label implements ILabel {
            constructor(properties?: perftools.profiles.ILabel);
            public key: Long;
            public str: Long;
            public num: Long;
            public numUnit: Long;
            public static encode(message: perftools.profiles.ILabel, writer?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: perftools.profiles.ILabel, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): perftools.profiles.Label;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): perftools.profiles.Label;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IMapping {
            id?: (Long|null);
            memoryStart?: (Long|null);
            memoryLimit?: (Long|null);
            fileOffset?: (Long|null);
            filename?: (Long|null);
            buildId?: (Long|null);
            hasFunctions?: (boolean|null);
            hasFilenames?: (boolean|null);
            hasLineNumbers?: (boolean|null);
            hasInlineFrames?: (boolean|null);
        }

        class Mapping implements IMapping {
            constructor(properties?: perftools.profiles.IMapping);
            public id: Long;
            public memoryStart: Long;
            public memoryLimit: Long;
            public fileOffset: Long;
            public filename: Long;
            public buildId: Long;
            public hasFunctions: boolean;
            public hasFilenames: boolean;
            public hasLineNumbers: boolean;
            public hasInlineFrames: boolean;
            public static encode(message: perftools.profiles.IMapping, writer?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: perftools.profiles.IMapping, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): perftools.profiles.Mapping;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): perftools.profiles.Mapping;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface ILocation {
            id?: (Long|null);
            mappingId?: (Long|null);
            address?: (Long|null);
            line?: (perftools.profiles.ILine[]|null);
            isFolded?: (boolean|null);
        }

        class Location implements ILocation {
            constructor(properties?: perftools.profiles.ILocation);
            public id: Long;
            public mappingId: Long;
            public address: Long;
            public line: perftools.profiles.ILine[];
            public isFolded: boolean;
            public static encode(message: perftools.profiles.ILocation, writer?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: perftools.profiles.ILocation, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): perftools.profiles.Location;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): perftools.profiles.Location;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface ILine {
            functionId?: (Long|null);
            line?: (Long|null);
            column?: (Long|null);
        }

        class Line implements ILine {
            constructor(properties?: perftools.profiles.ILine);
            public functionId: Long;
            public line: Long;
            public column: Long;
            public static encode(message: perftools.profiles.ILine, writer?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: perftools.profiles.ILine, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): perftools.profiles.Line;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): perftools.profiles.Line;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IFunction {
            id?: (Long|null);
            name?: (Long|null);
            systemName?: (Long|null);
            filename?: (Long|null);
            startLine?: (Long|null);
        }

        class Function implements IFunction {
            constructor(properties?: perftools.profiles.IFunction);
            public id: Long;
            public name: Long;
            public systemName: Long;
            public filename: Long;
            public startLine: Long;
            public static encode(message: perftools.profiles.IFunction, writer?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: perftools.profiles.IFunction, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): perftools.profiles.Function;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): perftools.profiles.Function;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
    }
}
