/* eslint-disable */
// GENERATED FILE, DO NOT EDIT. Source: proto/stackprof.proto
// Regenerate with: npm run gen:proto   (test/unit/proto-fresh.test.ts fails when stale)
/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const stackprof = $root.stackprof = (() => {

    /**
     * Namespace stackprof.
     * @exports stackprof
     * @namespace
     */
    const stackprof = {};

    stackprof.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof stackprof
         * @namespace
         */
        const v1 = {};

        v1.Frame = (function() {

            /**
             * Properties of a Frame.
             * @memberof stackprof.v1
             * @interface IFrame
             * @property {stackprof.v1.IHello|null} [hello] Frame hello
             * @property {stackprof.v1.ISnapshot|null} [snapshot] Frame snapshot
             * @property {stackprof.v1.IFinal|null} [final] Frame final
             * @property {stackprof.v1.IFatal|null} [fatal] Frame fatal
             * @property {stackprof.v1.ICheckReport|null} [check] Frame check
             */

            /**
             * Constructs a new Frame.
             * @memberof stackprof.v1
             * @classdesc Represents a Frame.
             * @implements IFrame
             * @constructor
             * @param {stackprof.v1.IFrame=} [properties] Properties to set
             */
            function Frame(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Frame hello.
             * @member {stackprof.v1.IHello|null|undefined} hello
             * @memberof stackprof.v1.Frame
             * @instance
             */
            Frame.prototype.hello = null;

            /**
             * Frame snapshot.
             * @member {stackprof.v1.ISnapshot|null|undefined} snapshot
             * @memberof stackprof.v1.Frame
             * @instance
             */
            Frame.prototype.snapshot = null;

            /**
             * Frame final.
             * @member {stackprof.v1.IFinal|null|undefined} final
             * @memberof stackprof.v1.Frame
             * @instance
             */
            Frame.prototype.final = null;

            /**
             * Frame fatal.
             * @member {stackprof.v1.IFatal|null|undefined} fatal
             * @memberof stackprof.v1.Frame
             * @instance
             */
            Frame.prototype.fatal = null;

            /**
             * Frame check.
             * @member {stackprof.v1.ICheckReport|null|undefined} check
             * @memberof stackprof.v1.Frame
             * @instance
             */
            Frame.prototype.check = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Frame kind.
             * @member {"hello"|"snapshot"|"final"|"fatal"|"check"|undefined} kind
             * @memberof stackprof.v1.Frame
             * @instance
             */
            Object.defineProperty(Frame.prototype, "kind", {
                get: $util.oneOfGetter($oneOfFields = ["hello", "snapshot", "final", "fatal", "check"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified Frame message. Does not implicitly {@link stackprof.v1.Frame.verify|verify} messages.
             * @function encode
             * @memberof stackprof.v1.Frame
             * @static
             * @param {stackprof.v1.IFrame} message Frame message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Frame.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.hello != null && Object.hasOwnProperty.call(message, "hello"))
                    $root.stackprof.v1.Hello.encode(message.hello, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (message.snapshot != null && Object.hasOwnProperty.call(message, "snapshot"))
                    $root.stackprof.v1.Snapshot.encode(message.snapshot, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (message.final != null && Object.hasOwnProperty.call(message, "final"))
                    $root.stackprof.v1.Final.encode(message.final, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (message.fatal != null && Object.hasOwnProperty.call(message, "fatal"))
                    $root.stackprof.v1.Fatal.encode(message.fatal, writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (message.check != null && Object.hasOwnProperty.call(message, "check"))
                    $root.stackprof.v1.CheckReport.encode(message.check, writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Encodes the specified Frame message, length delimited. Does not implicitly {@link stackprof.v1.Frame.verify|verify} messages.
             * @function encodeDelimited
             * @memberof stackprof.v1.Frame
             * @static
             * @param {stackprof.v1.IFrame} message Frame message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Frame.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a Frame message from the specified reader or buffer.
             * @function decode
             * @memberof stackprof.v1.Frame
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {stackprof.v1.Frame} Frame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Frame.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.stackprof.v1.Frame();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.hello = $root.stackprof.v1.Hello.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 2: {
                            message.snapshot = $root.stackprof.v1.Snapshot.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 3: {
                            message.final = $root.stackprof.v1.Final.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 4: {
                            message.fatal = $root.stackprof.v1.Fatal.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 5: {
                            message.check = $root.stackprof.v1.CheckReport.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a Frame message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof stackprof.v1.Frame
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {stackprof.v1.Frame} Frame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Frame.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Gets the default type url for Frame
             * @function getTypeUrl
             * @memberof stackprof.v1.Frame
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Frame.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/stackprof.v1.Frame";
            };

            return Frame;
        })();

        v1.Hello = (function() {

            /**
             * Properties of a Hello.
             * @memberof stackprof.v1
             * @interface IHello
             * @property {number|null} [protocolVersion] Hello protocolVersion
             * @property {string|null} [loaderVersion] Hello loaderVersion
             * @property {string|null} [kernelRelease] Hello kernelRelease
             * @property {string|null} [machine] Hello machine
             * @property {number|null} [targetTgid] Hello targetTgid
             * @property {Long|null} [attachedMonotonicNs] Hello attachedMonotonicNs
             * @property {Array.<stackprof.v1.IProbeStatus>|null} [probes] Hello probes
             * @property {number|null} [ncpus] Hello ncpus
             * @property {Long|null} [attachDurationNs] Hello attachDurationNs
             * @property {Uint8Array|null} [targetComm] Hello targetComm
             * @property {Uint8Array|null} [targetCmdline] Hello targetCmdline
             */

            /**
             * Constructs a new Hello.
             * @memberof stackprof.v1
             * @classdesc Represents a Hello.
             * @implements IHello
             * @constructor
             * @param {stackprof.v1.IHello=} [properties] Properties to set
             */
            function Hello(properties) {
                this.probes = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Hello protocolVersion.
             * @member {number} protocolVersion
             * @memberof stackprof.v1.Hello
             * @instance
             */
            Hello.prototype.protocolVersion = 0;

            /**
             * Hello loaderVersion.
             * @member {string} loaderVersion
             * @memberof stackprof.v1.Hello
             * @instance
             */
            Hello.prototype.loaderVersion = "";

            /**
             * Hello kernelRelease.
             * @member {string} kernelRelease
             * @memberof stackprof.v1.Hello
             * @instance
             */
            Hello.prototype.kernelRelease = "";

            /**
             * Hello machine.
             * @member {string} machine
             * @memberof stackprof.v1.Hello
             * @instance
             */
            Hello.prototype.machine = "";

            /**
             * Hello targetTgid.
             * @member {number} targetTgid
             * @memberof stackprof.v1.Hello
             * @instance
             */
            Hello.prototype.targetTgid = 0;

            /**
             * Hello attachedMonotonicNs.
             * @member {Long} attachedMonotonicNs
             * @memberof stackprof.v1.Hello
             * @instance
             */
            Hello.prototype.attachedMonotonicNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Hello probes.
             * @member {Array.<stackprof.v1.IProbeStatus>} probes
             * @memberof stackprof.v1.Hello
             * @instance
             */
            Hello.prototype.probes = $util.emptyArray;

            /**
             * Hello ncpus.
             * @member {number} ncpus
             * @memberof stackprof.v1.Hello
             * @instance
             */
            Hello.prototype.ncpus = 0;

            /**
             * Hello attachDurationNs.
             * @member {Long} attachDurationNs
             * @memberof stackprof.v1.Hello
             * @instance
             */
            Hello.prototype.attachDurationNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Hello targetComm.
             * @member {Uint8Array} targetComm
             * @memberof stackprof.v1.Hello
             * @instance
             */
            Hello.prototype.targetComm = $util.newBuffer([]);

            /**
             * Hello targetCmdline.
             * @member {Uint8Array} targetCmdline
             * @memberof stackprof.v1.Hello
             * @instance
             */
            Hello.prototype.targetCmdline = $util.newBuffer([]);

            /**
             * Encodes the specified Hello message. Does not implicitly {@link stackprof.v1.Hello.verify|verify} messages.
             * @function encode
             * @memberof stackprof.v1.Hello
             * @static
             * @param {stackprof.v1.IHello} message Hello message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Hello.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.protocolVersion != null && Object.hasOwnProperty.call(message, "protocolVersion"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.protocolVersion);
                if (message.loaderVersion != null && Object.hasOwnProperty.call(message, "loaderVersion"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.loaderVersion);
                if (message.kernelRelease != null && Object.hasOwnProperty.call(message, "kernelRelease"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.kernelRelease);
                if (message.machine != null && Object.hasOwnProperty.call(message, "machine"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.machine);
                if (message.targetTgid != null && Object.hasOwnProperty.call(message, "targetTgid"))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.targetTgid);
                if (message.attachedMonotonicNs != null && Object.hasOwnProperty.call(message, "attachedMonotonicNs"))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.attachedMonotonicNs);
                if (message.probes != null && message.probes.length)
                    for (let i = 0; i < message.probes.length; ++i)
                        $root.stackprof.v1.ProbeStatus.encode(message.probes[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                if (message.ncpus != null && Object.hasOwnProperty.call(message, "ncpus"))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.ncpus);
                if (message.attachDurationNs != null && Object.hasOwnProperty.call(message, "attachDurationNs"))
                    writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.attachDurationNs);
                if (message.targetComm != null && Object.hasOwnProperty.call(message, "targetComm"))
                    writer.uint32(/* id 10, wireType 2 =*/82).bytes(message.targetComm);
                if (message.targetCmdline != null && Object.hasOwnProperty.call(message, "targetCmdline"))
                    writer.uint32(/* id 11, wireType 2 =*/90).bytes(message.targetCmdline);
                return writer;
            };

            /**
             * Encodes the specified Hello message, length delimited. Does not implicitly {@link stackprof.v1.Hello.verify|verify} messages.
             * @function encodeDelimited
             * @memberof stackprof.v1.Hello
             * @static
             * @param {stackprof.v1.IHello} message Hello message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Hello.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a Hello message from the specified reader or buffer.
             * @function decode
             * @memberof stackprof.v1.Hello
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {stackprof.v1.Hello} Hello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Hello.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.stackprof.v1.Hello();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.protocolVersion = reader.uint32();
                            break;
                        }
                    case 2: {
                            message.loaderVersion = reader.string();
                            break;
                        }
                    case 3: {
                            message.kernelRelease = reader.string();
                            break;
                        }
                    case 4: {
                            message.machine = reader.string();
                            break;
                        }
                    case 5: {
                            message.targetTgid = reader.uint32();
                            break;
                        }
                    case 6: {
                            message.attachedMonotonicNs = reader.uint64();
                            break;
                        }
                    case 7: {
                            if (!(message.probes && message.probes.length))
                                message.probes = [];
                            message.probes.push($root.stackprof.v1.ProbeStatus.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 8: {
                            message.ncpus = reader.uint32();
                            break;
                        }
                    case 9: {
                            message.attachDurationNs = reader.uint64();
                            break;
                        }
                    case 10: {
                            message.targetComm = reader.bytes();
                            break;
                        }
                    case 11: {
                            message.targetCmdline = reader.bytes();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a Hello message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof stackprof.v1.Hello
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {stackprof.v1.Hello} Hello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Hello.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Gets the default type url for Hello
             * @function getTypeUrl
             * @memberof stackprof.v1.Hello
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Hello.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/stackprof.v1.Hello";
            };

            return Hello;
        })();

        v1.ProbeStatus = (function() {

            /**
             * Properties of a ProbeStatus.
             * @memberof stackprof.v1
             * @interface IProbeStatus
             * @property {string|null} [name] ProbeStatus name
             * @property {boolean|null} [attached] ProbeStatus attached
             * @property {string|null} [variant] ProbeStatus variant
             * @property {string|null} [error] ProbeStatus error
             */

            /**
             * Constructs a new ProbeStatus.
             * @memberof stackprof.v1
             * @classdesc Represents a ProbeStatus.
             * @implements IProbeStatus
             * @constructor
             * @param {stackprof.v1.IProbeStatus=} [properties] Properties to set
             */
            function ProbeStatus(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ProbeStatus name.
             * @member {string} name
             * @memberof stackprof.v1.ProbeStatus
             * @instance
             */
            ProbeStatus.prototype.name = "";

            /**
             * ProbeStatus attached.
             * @member {boolean} attached
             * @memberof stackprof.v1.ProbeStatus
             * @instance
             */
            ProbeStatus.prototype.attached = false;

            /**
             * ProbeStatus variant.
             * @member {string} variant
             * @memberof stackprof.v1.ProbeStatus
             * @instance
             */
            ProbeStatus.prototype.variant = "";

            /**
             * ProbeStatus error.
             * @member {string} error
             * @memberof stackprof.v1.ProbeStatus
             * @instance
             */
            ProbeStatus.prototype.error = "";

            /**
             * Encodes the specified ProbeStatus message. Does not implicitly {@link stackprof.v1.ProbeStatus.verify|verify} messages.
             * @function encode
             * @memberof stackprof.v1.ProbeStatus
             * @static
             * @param {stackprof.v1.IProbeStatus} message ProbeStatus message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProbeStatus.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.attached != null && Object.hasOwnProperty.call(message, "attached"))
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.attached);
                if (message.variant != null && Object.hasOwnProperty.call(message, "variant"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.variant);
                if (message.error != null && Object.hasOwnProperty.call(message, "error"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.error);
                return writer;
            };

            /**
             * Encodes the specified ProbeStatus message, length delimited. Does not implicitly {@link stackprof.v1.ProbeStatus.verify|verify} messages.
             * @function encodeDelimited
             * @memberof stackprof.v1.ProbeStatus
             * @static
             * @param {stackprof.v1.IProbeStatus} message ProbeStatus message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProbeStatus.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a ProbeStatus message from the specified reader or buffer.
             * @function decode
             * @memberof stackprof.v1.ProbeStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {stackprof.v1.ProbeStatus} ProbeStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProbeStatus.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.stackprof.v1.ProbeStatus();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.name = reader.string();
                            break;
                        }
                    case 2: {
                            message.attached = reader.bool();
                            break;
                        }
                    case 3: {
                            message.variant = reader.string();
                            break;
                        }
                    case 4: {
                            message.error = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a ProbeStatus message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof stackprof.v1.ProbeStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {stackprof.v1.ProbeStatus} ProbeStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProbeStatus.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Gets the default type url for ProbeStatus
             * @function getTypeUrl
             * @memberof stackprof.v1.ProbeStatus
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ProbeStatus.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/stackprof.v1.ProbeStatus";
            };

            return ProbeStatus;
        })();

        v1.Snapshot = (function() {

            /**
             * Properties of a Snapshot.
             * @memberof stackprof.v1
             * @interface ISnapshot
             * @property {Long|null} [monotonicNs] Snapshot monotonicNs
             * @property {Array.<stackprof.v1.ISyscallStat>|null} [syscalls] Snapshot syscalls
             * @property {Array.<stackprof.v1.IErrnoStat>|null} [errnos] Snapshot errnos
             * @property {Array.<stackprof.v1.IThreadName>|null} [threads] Snapshot threads
             * @property {stackprof.v1.IProbeCounters|null} [counters] Snapshot counters
             * @property {boolean|null} [targetAlive] Snapshot targetAlive
             * @property {Array.<stackprof.v1.IEpollStat>|null} [epolls] Snapshot epolls
             * @property {Array.<stackprof.v1.IFdIoStat>|null} [fdIo] Snapshot fdIo
             * @property {Array.<stackprof.v1.ISockoptStat>|null} [sockopts] Snapshot sockopts
             * @property {Array.<stackprof.v1.IEpollParamsStat>|null} [epollParams] Snapshot epollParams
             * @property {Array.<stackprof.v1.INapiPollStat>|null} [napiPolls] Snapshot napiPolls
             * @property {Array.<stackprof.v1.ISocketGroup>|null} [sockets] Snapshot sockets
             * @property {Array.<stackprof.v1.IEpollInstance>|null} [epollInstances] Snapshot epollInstances
             * @property {stackprof.v1.IEventloopCounters|null} [eventloopCounters] Snapshot eventloopCounters
             * @property {Array.<stackprof.v1.IThreadCpuTime>|null} [threadCpuTimes] Snapshot threadCpuTimes
             * @property {Array.<stackprof.v1.IThreadSched>|null} [threadSched] Snapshot threadSched
             * @property {Array.<stackprof.v1.IPreemption>|null} [preemptions] Snapshot preemptions
             * @property {stackprof.v1.ISchedCounters|null} [schedCounters] Snapshot schedCounters
             * @property {Array.<stackprof.v1.IListener>|null} [listeners] Snapshot listeners
             * @property {stackprof.v1.IListenersCounters|null} [listenersCounters] Snapshot listenersCounters
             * @property {Array.<stackprof.v1.IStackModule>|null} [newStackModules] Snapshot newStackModules
             * @property {Array.<stackprof.v1.IStackFrame>|null} [newStackFrames] Snapshot newStackFrames
             * @property {Array.<stackprof.v1.IStack>|null} [newStacks] Snapshot newStacks
             * @property {Array.<stackprof.v1.IStackSample>|null} [stackSamples] Snapshot stackSamples
             * @property {stackprof.v1.IStacksCounters|null} [stacksCounters] Snapshot stacksCounters
             * @property {stackprof.v1.ILklDetection|null} [lkl] Snapshot lkl
             * @property {Array.<stackprof.v1.ILklSyscallStat>|null} [lklSyscalls] Snapshot lklSyscalls
             * @property {Array.<stackprof.v1.ILklCpuWait>|null} [lklCpuWaits] Snapshot lklCpuWaits
             * @property {Array.<stackprof.v1.ILklHostCall>|null} [lklHostCalls] Snapshot lklHostCalls
             * @property {stackprof.v1.ILklCounters|null} [lklCounters] Snapshot lklCounters
             * @property {stackprof.v1.INodejsSnapshot|null} [nodejs] Snapshot nodejs
             */

            /**
             * Constructs a new Snapshot.
             * @memberof stackprof.v1
             * @classdesc Represents a Snapshot.
             * @implements ISnapshot
             * @constructor
             * @param {stackprof.v1.ISnapshot=} [properties] Properties to set
             */
            function Snapshot(properties) {
                this.syscalls = [];
                this.errnos = [];
                this.threads = [];
                this.epolls = [];
                this.fdIo = [];
                this.sockopts = [];
                this.epollParams = [];
                this.napiPolls = [];
                this.sockets = [];
                this.epollInstances = [];
                this.threadCpuTimes = [];
                this.threadSched = [];
                this.preemptions = [];
                this.listeners = [];
                this.newStackModules = [];
                this.newStackFrames = [];
                this.newStacks = [];
                this.stackSamples = [];
                this.lklSyscalls = [];
                this.lklCpuWaits = [];
                this.lklHostCalls = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Snapshot monotonicNs.
             * @member {Long} monotonicNs
             * @memberof stackprof.v1.Snapshot
             * @instance
             */
            Snapshot.prototype.monotonicNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Snapshot syscalls.
             * @member {Array.<stackprof.v1.ISyscallStat>} syscalls
             * @memberof stackprof.v1.Snapshot
             * @instance
             */
            Snapshot.prototype.syscalls = $util.emptyArray;

            /**
             * Snapshot errnos.
             * @member {Array.<stackprof.v1.IErrnoStat>} errnos
             * @memberof stackprof.v1.Snapshot
             * @instance
             */
            Snapshot.prototype.errnos = $util.emptyArray;

            /**
             * Snapshot threads.
             * @member {Array.<stackprof.v1.IThreadName>} threads
             * @memberof stackprof.v1.Snapshot
             * @instance
             */
            Snapshot.prototype.threads = $util.emptyArray;

            /**
             * Snapshot counters.
             * @member {stackprof.v1.IProbeCounters|null|undefined} counters
             * @memberof stackprof.v1.Snapshot
             * @instance
             */
            Snapshot.prototype.counters = null;

            /**
             * Snapshot targetAlive.
             * @member {boolean} targetAlive
             * @memberof stackprof.v1.Snapshot
             * @instance
             */
            Snapshot.prototype.targetAlive = false;

            /**
             * Snapshot epolls.
             * @member {Array.<stackprof.v1.IEpollStat>} epolls
             * @memberof stackprof.v1.Snapshot
             * @instance
             */
            Snapshot.prototype.epolls = $util.emptyArray;

            /**
             * Snapshot fdIo.
             * @member {Array.<stackprof.v1.IFdIoStat>} fdIo
             * @memberof stackprof.v1.Snapshot
             * @instance
             */
            Snapshot.prototype.fdIo = $util.emptyArray;

            /**
             * Snapshot sockopts.
             * @member {Array.<stackprof.v1.ISockoptStat>} sockopts
             * @memberof stackprof.v1.Snapshot
             * @instance
             */
            Snapshot.prototype.sockopts = $util.emptyArray;

            /**
             * Snapshot epollParams.
             * @member {Array.<stackprof.v1.IEpollParamsStat>} epollParams
             * @memberof stackprof.v1.Snapshot
             * @instance
             */
            Snapshot.prototype.epollParams = $util.emptyArray;

            /**
             * Snapshot napiPolls.
             * @member {Array.<stackprof.v1.INapiPollStat>} napiPolls
             * @memberof stackprof.v1.Snapshot
             * @instance
             */
            Snapshot.prototype.napiPolls = $util.emptyArray;

            /**
             * Snapshot sockets.
             * @member {Array.<stackprof.v1.ISocketGroup>} sockets
             * @memberof stackprof.v1.Snapshot
             * @instance
             */
            Snapshot.prototype.sockets = $util.emptyArray;

            /**
             * Snapshot epollInstances.
             * @member {Array.<stackprof.v1.IEpollInstance>} epollInstances
             * @memberof stackprof.v1.Snapshot
             * @instance
             */
            Snapshot.prototype.epollInstances = $util.emptyArray;

            /**
             * Snapshot eventloopCounters.
             * @member {stackprof.v1.IEventloopCounters|null|undefined} eventloopCounters
             * @memberof stackprof.v1.Snapshot
             * @instance
             */
            Snapshot.prototype.eventloopCounters = null;

            /**
             * Snapshot threadCpuTimes.
             * @member {Array.<stackprof.v1.IThreadCpuTime>} threadCpuTimes
             * @memberof stackprof.v1.Snapshot
             * @instance
             */
            Snapshot.prototype.threadCpuTimes = $util.emptyArray;

            /**
             * Snapshot threadSched.
             * @member {Array.<stackprof.v1.IThreadSched>} threadSched
             * @memberof stackprof.v1.Snapshot
             * @instance
             */
            Snapshot.prototype.threadSched = $util.emptyArray;

            /**
             * Snapshot preemptions.
             * @member {Array.<stackprof.v1.IPreemption>} preemptions
             * @memberof stackprof.v1.Snapshot
             * @instance
             */
            Snapshot.prototype.preemptions = $util.emptyArray;

            /**
             * Snapshot schedCounters.
             * @member {stackprof.v1.ISchedCounters|null|undefined} schedCounters
             * @memberof stackprof.v1.Snapshot
             * @instance
             */
            Snapshot.prototype.schedCounters = null;

            /**
             * Snapshot listeners.
             * @member {Array.<stackprof.v1.IListener>} listeners
             * @memberof stackprof.v1.Snapshot
             * @instance
             */
            Snapshot.prototype.listeners = $util.emptyArray;

            /**
             * Snapshot listenersCounters.
             * @member {stackprof.v1.IListenersCounters|null|undefined} listenersCounters
             * @memberof stackprof.v1.Snapshot
             * @instance
             */
            Snapshot.prototype.listenersCounters = null;

            /**
             * Snapshot newStackModules.
             * @member {Array.<stackprof.v1.IStackModule>} newStackModules
             * @memberof stackprof.v1.Snapshot
             * @instance
             */
            Snapshot.prototype.newStackModules = $util.emptyArray;

            /**
             * Snapshot newStackFrames.
             * @member {Array.<stackprof.v1.IStackFrame>} newStackFrames
             * @memberof stackprof.v1.Snapshot
             * @instance
             */
            Snapshot.prototype.newStackFrames = $util.emptyArray;

            /**
             * Snapshot newStacks.
             * @member {Array.<stackprof.v1.IStack>} newStacks
             * @memberof stackprof.v1.Snapshot
             * @instance
             */
            Snapshot.prototype.newStacks = $util.emptyArray;

            /**
             * Snapshot stackSamples.
             * @member {Array.<stackprof.v1.IStackSample>} stackSamples
             * @memberof stackprof.v1.Snapshot
             * @instance
             */
            Snapshot.prototype.stackSamples = $util.emptyArray;

            /**
             * Snapshot stacksCounters.
             * @member {stackprof.v1.IStacksCounters|null|undefined} stacksCounters
             * @memberof stackprof.v1.Snapshot
             * @instance
             */
            Snapshot.prototype.stacksCounters = null;

            /**
             * Snapshot lkl.
             * @member {stackprof.v1.ILklDetection|null|undefined} lkl
             * @memberof stackprof.v1.Snapshot
             * @instance
             */
            Snapshot.prototype.lkl = null;

            /**
             * Snapshot lklSyscalls.
             * @member {Array.<stackprof.v1.ILklSyscallStat>} lklSyscalls
             * @memberof stackprof.v1.Snapshot
             * @instance
             */
            Snapshot.prototype.lklSyscalls = $util.emptyArray;

            /**
             * Snapshot lklCpuWaits.
             * @member {Array.<stackprof.v1.ILklCpuWait>} lklCpuWaits
             * @memberof stackprof.v1.Snapshot
             * @instance
             */
            Snapshot.prototype.lklCpuWaits = $util.emptyArray;

            /**
             * Snapshot lklHostCalls.
             * @member {Array.<stackprof.v1.ILklHostCall>} lklHostCalls
             * @memberof stackprof.v1.Snapshot
             * @instance
             */
            Snapshot.prototype.lklHostCalls = $util.emptyArray;

            /**
             * Snapshot lklCounters.
             * @member {stackprof.v1.ILklCounters|null|undefined} lklCounters
             * @memberof stackprof.v1.Snapshot
             * @instance
             */
            Snapshot.prototype.lklCounters = null;

            /**
             * Snapshot nodejs.
             * @member {stackprof.v1.INodejsSnapshot|null|undefined} nodejs
             * @memberof stackprof.v1.Snapshot
             * @instance
             */
            Snapshot.prototype.nodejs = null;

            /**
             * Encodes the specified Snapshot message. Does not implicitly {@link stackprof.v1.Snapshot.verify|verify} messages.
             * @function encode
             * @memberof stackprof.v1.Snapshot
             * @static
             * @param {stackprof.v1.ISnapshot} message Snapshot message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Snapshot.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.monotonicNs != null && Object.hasOwnProperty.call(message, "monotonicNs"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.monotonicNs);
                if (message.syscalls != null && message.syscalls.length)
                    for (let i = 0; i < message.syscalls.length; ++i)
                        $root.stackprof.v1.SyscallStat.encode(message.syscalls[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (message.errnos != null && message.errnos.length)
                    for (let i = 0; i < message.errnos.length; ++i)
                        $root.stackprof.v1.ErrnoStat.encode(message.errnos[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (message.threads != null && message.threads.length)
                    for (let i = 0; i < message.threads.length; ++i)
                        $root.stackprof.v1.ThreadName.encode(message.threads[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (message.counters != null && Object.hasOwnProperty.call(message, "counters"))
                    $root.stackprof.v1.ProbeCounters.encode(message.counters, writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                if (message.targetAlive != null && Object.hasOwnProperty.call(message, "targetAlive"))
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.targetAlive);
                if (message.epolls != null && message.epolls.length)
                    for (let i = 0; i < message.epolls.length; ++i)
                        $root.stackprof.v1.EpollStat.encode(message.epolls[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                if (message.fdIo != null && message.fdIo.length)
                    for (let i = 0; i < message.fdIo.length; ++i)
                        $root.stackprof.v1.FdIoStat.encode(message.fdIo[i], writer.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
                if (message.sockopts != null && message.sockopts.length)
                    for (let i = 0; i < message.sockopts.length; ++i)
                        $root.stackprof.v1.SockoptStat.encode(message.sockopts[i], writer.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
                if (message.epollParams != null && message.epollParams.length)
                    for (let i = 0; i < message.epollParams.length; ++i)
                        $root.stackprof.v1.EpollParamsStat.encode(message.epollParams[i], writer.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
                if (message.napiPolls != null && message.napiPolls.length)
                    for (let i = 0; i < message.napiPolls.length; ++i)
                        $root.stackprof.v1.NapiPollStat.encode(message.napiPolls[i], writer.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
                if (message.sockets != null && message.sockets.length)
                    for (let i = 0; i < message.sockets.length; ++i)
                        $root.stackprof.v1.SocketGroup.encode(message.sockets[i], writer.uint32(/* id 12, wireType 2 =*/98).fork(), q + 1).ldelim();
                if (message.epollInstances != null && message.epollInstances.length)
                    for (let i = 0; i < message.epollInstances.length; ++i)
                        $root.stackprof.v1.EpollInstance.encode(message.epollInstances[i], writer.uint32(/* id 13, wireType 2 =*/106).fork(), q + 1).ldelim();
                if (message.eventloopCounters != null && Object.hasOwnProperty.call(message, "eventloopCounters"))
                    $root.stackprof.v1.EventloopCounters.encode(message.eventloopCounters, writer.uint32(/* id 14, wireType 2 =*/114).fork(), q + 1).ldelim();
                if (message.threadCpuTimes != null && message.threadCpuTimes.length)
                    for (let i = 0; i < message.threadCpuTimes.length; ++i)
                        $root.stackprof.v1.ThreadCpuTime.encode(message.threadCpuTimes[i], writer.uint32(/* id 15, wireType 2 =*/122).fork(), q + 1).ldelim();
                if (message.threadSched != null && message.threadSched.length)
                    for (let i = 0; i < message.threadSched.length; ++i)
                        $root.stackprof.v1.ThreadSched.encode(message.threadSched[i], writer.uint32(/* id 16, wireType 2 =*/130).fork(), q + 1).ldelim();
                if (message.preemptions != null && message.preemptions.length)
                    for (let i = 0; i < message.preemptions.length; ++i)
                        $root.stackprof.v1.Preemption.encode(message.preemptions[i], writer.uint32(/* id 17, wireType 2 =*/138).fork(), q + 1).ldelim();
                if (message.schedCounters != null && Object.hasOwnProperty.call(message, "schedCounters"))
                    $root.stackprof.v1.SchedCounters.encode(message.schedCounters, writer.uint32(/* id 18, wireType 2 =*/146).fork(), q + 1).ldelim();
                if (message.listeners != null && message.listeners.length)
                    for (let i = 0; i < message.listeners.length; ++i)
                        $root.stackprof.v1.Listener.encode(message.listeners[i], writer.uint32(/* id 19, wireType 2 =*/154).fork(), q + 1).ldelim();
                if (message.listenersCounters != null && Object.hasOwnProperty.call(message, "listenersCounters"))
                    $root.stackprof.v1.ListenersCounters.encode(message.listenersCounters, writer.uint32(/* id 20, wireType 2 =*/162).fork(), q + 1).ldelim();
                if (message.newStackModules != null && message.newStackModules.length)
                    for (let i = 0; i < message.newStackModules.length; ++i)
                        $root.stackprof.v1.StackModule.encode(message.newStackModules[i], writer.uint32(/* id 21, wireType 2 =*/170).fork(), q + 1).ldelim();
                if (message.newStackFrames != null && message.newStackFrames.length)
                    for (let i = 0; i < message.newStackFrames.length; ++i)
                        $root.stackprof.v1.StackFrame.encode(message.newStackFrames[i], writer.uint32(/* id 22, wireType 2 =*/178).fork(), q + 1).ldelim();
                if (message.newStacks != null && message.newStacks.length)
                    for (let i = 0; i < message.newStacks.length; ++i)
                        $root.stackprof.v1.Stack.encode(message.newStacks[i], writer.uint32(/* id 23, wireType 2 =*/186).fork(), q + 1).ldelim();
                if (message.stackSamples != null && message.stackSamples.length)
                    for (let i = 0; i < message.stackSamples.length; ++i)
                        $root.stackprof.v1.StackSample.encode(message.stackSamples[i], writer.uint32(/* id 24, wireType 2 =*/194).fork(), q + 1).ldelim();
                if (message.lkl != null && Object.hasOwnProperty.call(message, "lkl"))
                    $root.stackprof.v1.LklDetection.encode(message.lkl, writer.uint32(/* id 25, wireType 2 =*/202).fork(), q + 1).ldelim();
                if (message.lklSyscalls != null && message.lklSyscalls.length)
                    for (let i = 0; i < message.lklSyscalls.length; ++i)
                        $root.stackprof.v1.LklSyscallStat.encode(message.lklSyscalls[i], writer.uint32(/* id 26, wireType 2 =*/210).fork(), q + 1).ldelim();
                if (message.lklCpuWaits != null && message.lklCpuWaits.length)
                    for (let i = 0; i < message.lklCpuWaits.length; ++i)
                        $root.stackprof.v1.LklCpuWait.encode(message.lklCpuWaits[i], writer.uint32(/* id 27, wireType 2 =*/218).fork(), q + 1).ldelim();
                if (message.lklHostCalls != null && message.lklHostCalls.length)
                    for (let i = 0; i < message.lklHostCalls.length; ++i)
                        $root.stackprof.v1.LklHostCall.encode(message.lklHostCalls[i], writer.uint32(/* id 28, wireType 2 =*/226).fork(), q + 1).ldelim();
                if (message.lklCounters != null && Object.hasOwnProperty.call(message, "lklCounters"))
                    $root.stackprof.v1.LklCounters.encode(message.lklCounters, writer.uint32(/* id 29, wireType 2 =*/234).fork(), q + 1).ldelim();
                if (message.stacksCounters != null && Object.hasOwnProperty.call(message, "stacksCounters"))
                    $root.stackprof.v1.StacksCounters.encode(message.stacksCounters, writer.uint32(/* id 30, wireType 2 =*/242).fork(), q + 1).ldelim();
                if (message.nodejs != null && Object.hasOwnProperty.call(message, "nodejs"))
                    $root.stackprof.v1.NodejsSnapshot.encode(message.nodejs, writer.uint32(/* id 31, wireType 2 =*/250).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Encodes the specified Snapshot message, length delimited. Does not implicitly {@link stackprof.v1.Snapshot.verify|verify} messages.
             * @function encodeDelimited
             * @memberof stackprof.v1.Snapshot
             * @static
             * @param {stackprof.v1.ISnapshot} message Snapshot message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Snapshot.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a Snapshot message from the specified reader or buffer.
             * @function decode
             * @memberof stackprof.v1.Snapshot
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {stackprof.v1.Snapshot} Snapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Snapshot.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.stackprof.v1.Snapshot();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.monotonicNs = reader.uint64();
                            break;
                        }
                    case 2: {
                            if (!(message.syscalls && message.syscalls.length))
                                message.syscalls = [];
                            message.syscalls.push($root.stackprof.v1.SyscallStat.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 3: {
                            if (!(message.errnos && message.errnos.length))
                                message.errnos = [];
                            message.errnos.push($root.stackprof.v1.ErrnoStat.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 4: {
                            if (!(message.threads && message.threads.length))
                                message.threads = [];
                            message.threads.push($root.stackprof.v1.ThreadName.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 5: {
                            message.counters = $root.stackprof.v1.ProbeCounters.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 6: {
                            message.targetAlive = reader.bool();
                            break;
                        }
                    case 7: {
                            if (!(message.epolls && message.epolls.length))
                                message.epolls = [];
                            message.epolls.push($root.stackprof.v1.EpollStat.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 8: {
                            if (!(message.fdIo && message.fdIo.length))
                                message.fdIo = [];
                            message.fdIo.push($root.stackprof.v1.FdIoStat.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 9: {
                            if (!(message.sockopts && message.sockopts.length))
                                message.sockopts = [];
                            message.sockopts.push($root.stackprof.v1.SockoptStat.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 10: {
                            if (!(message.epollParams && message.epollParams.length))
                                message.epollParams = [];
                            message.epollParams.push($root.stackprof.v1.EpollParamsStat.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 11: {
                            if (!(message.napiPolls && message.napiPolls.length))
                                message.napiPolls = [];
                            message.napiPolls.push($root.stackprof.v1.NapiPollStat.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 12: {
                            if (!(message.sockets && message.sockets.length))
                                message.sockets = [];
                            message.sockets.push($root.stackprof.v1.SocketGroup.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 13: {
                            if (!(message.epollInstances && message.epollInstances.length))
                                message.epollInstances = [];
                            message.epollInstances.push($root.stackprof.v1.EpollInstance.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 14: {
                            message.eventloopCounters = $root.stackprof.v1.EventloopCounters.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 15: {
                            if (!(message.threadCpuTimes && message.threadCpuTimes.length))
                                message.threadCpuTimes = [];
                            message.threadCpuTimes.push($root.stackprof.v1.ThreadCpuTime.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 16: {
                            if (!(message.threadSched && message.threadSched.length))
                                message.threadSched = [];
                            message.threadSched.push($root.stackprof.v1.ThreadSched.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 17: {
                            if (!(message.preemptions && message.preemptions.length))
                                message.preemptions = [];
                            message.preemptions.push($root.stackprof.v1.Preemption.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 18: {
                            message.schedCounters = $root.stackprof.v1.SchedCounters.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 19: {
                            if (!(message.listeners && message.listeners.length))
                                message.listeners = [];
                            message.listeners.push($root.stackprof.v1.Listener.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 20: {
                            message.listenersCounters = $root.stackprof.v1.ListenersCounters.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 21: {
                            if (!(message.newStackModules && message.newStackModules.length))
                                message.newStackModules = [];
                            message.newStackModules.push($root.stackprof.v1.StackModule.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 22: {
                            if (!(message.newStackFrames && message.newStackFrames.length))
                                message.newStackFrames = [];
                            message.newStackFrames.push($root.stackprof.v1.StackFrame.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 23: {
                            if (!(message.newStacks && message.newStacks.length))
                                message.newStacks = [];
                            message.newStacks.push($root.stackprof.v1.Stack.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 24: {
                            if (!(message.stackSamples && message.stackSamples.length))
                                message.stackSamples = [];
                            message.stackSamples.push($root.stackprof.v1.StackSample.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 30: {
                            message.stacksCounters = $root.stackprof.v1.StacksCounters.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 25: {
                            message.lkl = $root.stackprof.v1.LklDetection.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 26: {
                            if (!(message.lklSyscalls && message.lklSyscalls.length))
                                message.lklSyscalls = [];
                            message.lklSyscalls.push($root.stackprof.v1.LklSyscallStat.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 27: {
                            if (!(message.lklCpuWaits && message.lklCpuWaits.length))
                                message.lklCpuWaits = [];
                            message.lklCpuWaits.push($root.stackprof.v1.LklCpuWait.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 28: {
                            if (!(message.lklHostCalls && message.lklHostCalls.length))
                                message.lklHostCalls = [];
                            message.lklHostCalls.push($root.stackprof.v1.LklHostCall.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 29: {
                            message.lklCounters = $root.stackprof.v1.LklCounters.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 31: {
                            message.nodejs = $root.stackprof.v1.NodejsSnapshot.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a Snapshot message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof stackprof.v1.Snapshot
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {stackprof.v1.Snapshot} Snapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Snapshot.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Gets the default type url for Snapshot
             * @function getTypeUrl
             * @memberof stackprof.v1.Snapshot
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Snapshot.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/stackprof.v1.Snapshot";
            };

            return Snapshot;
        })();

        v1.NodejsSnapshot = (function() {

            /**
             * Properties of a NodejsSnapshot.
             * @memberof stackprof.v1
             * @interface INodejsSnapshot
             * @property {boolean|null} [found] NodejsSnapshot found
             * @property {string|null} [path] NodejsSnapshot path
             * @property {string|null} [foundBy] NodejsSnapshot foundBy
             * @property {string|null} [nodeVersion] NodejsSnapshot nodeVersion
             * @property {string|null} [libuvVersion] NodejsSnapshot libuvVersion
             * @property {string|null} [threadpoolSizeEnv] NodejsSnapshot threadpoolSizeEnv
             * @property {string|null} [useIoUringEnv] NodejsSnapshot useIoUringEnv
             * @property {boolean|null} [perfBasicProf] NodejsSnapshot perfBasicProf
             * @property {boolean|null} [environReadable] NodejsSnapshot environReadable
             * @property {Array.<string>|null} [uprobes] NodejsSnapshot uprobes
             * @property {string|null} [error] NodejsSnapshot error
             * @property {Long|null} [stallThresholdNs] NodejsSnapshot stallThresholdNs
             * @property {boolean|null} [ioUringAvailable] NodejsSnapshot ioUringAvailable
             * @property {Array.<stackprof.v1.INodejsWorkKind>|null} [kinds] NodejsSnapshot kinds
             * @property {Array.<stackprof.v1.INodejsWorker>|null} [workers] NodejsSnapshot workers
             * @property {Long|null} [submitted] NodejsSnapshot submitted
             * @property {Long|null} [started] NodejsSnapshot started
             * @property {Long|null} [maxDepth] NodejsSnapshot maxDepth
             * @property {stackprof.v1.INodejsLoop|null} [loop] NodejsSnapshot loop
             * @property {Array.<stackprof.v1.INodejsRing>|null} [rings] NodejsSnapshot rings
             * @property {Array.<stackprof.v1.INodejsOpcodeCount>|null} [uringSubmits] NodejsSnapshot uringSubmits
             * @property {Array.<number>|null} [sqpollTids] NodejsSnapshot sqpollTids
             * @property {stackprof.v1.INodejsCounters|null} [counters] NodejsSnapshot counters
             * @property {Long|null} [depthPeak] NodejsSnapshot depthPeak
             */

            /**
             * Constructs a new NodejsSnapshot.
             * @memberof stackprof.v1
             * @classdesc Represents a NodejsSnapshot.
             * @implements INodejsSnapshot
             * @constructor
             * @param {stackprof.v1.INodejsSnapshot=} [properties] Properties to set
             */
            function NodejsSnapshot(properties) {
                this.uprobes = [];
                this.kinds = [];
                this.workers = [];
                this.rings = [];
                this.uringSubmits = [];
                this.sqpollTids = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * NodejsSnapshot found.
             * @member {boolean} found
             * @memberof stackprof.v1.NodejsSnapshot
             * @instance
             */
            NodejsSnapshot.prototype.found = false;

            /**
             * NodejsSnapshot path.
             * @member {string} path
             * @memberof stackprof.v1.NodejsSnapshot
             * @instance
             */
            NodejsSnapshot.prototype.path = "";

            /**
             * NodejsSnapshot foundBy.
             * @member {string} foundBy
             * @memberof stackprof.v1.NodejsSnapshot
             * @instance
             */
            NodejsSnapshot.prototype.foundBy = "";

            /**
             * NodejsSnapshot nodeVersion.
             * @member {string} nodeVersion
             * @memberof stackprof.v1.NodejsSnapshot
             * @instance
             */
            NodejsSnapshot.prototype.nodeVersion = "";

            /**
             * NodejsSnapshot libuvVersion.
             * @member {string} libuvVersion
             * @memberof stackprof.v1.NodejsSnapshot
             * @instance
             */
            NodejsSnapshot.prototype.libuvVersion = "";

            /**
             * NodejsSnapshot threadpoolSizeEnv.
             * @member {string} threadpoolSizeEnv
             * @memberof stackprof.v1.NodejsSnapshot
             * @instance
             */
            NodejsSnapshot.prototype.threadpoolSizeEnv = "";

            /**
             * NodejsSnapshot useIoUringEnv.
             * @member {string} useIoUringEnv
             * @memberof stackprof.v1.NodejsSnapshot
             * @instance
             */
            NodejsSnapshot.prototype.useIoUringEnv = "";

            /**
             * NodejsSnapshot perfBasicProf.
             * @member {boolean} perfBasicProf
             * @memberof stackprof.v1.NodejsSnapshot
             * @instance
             */
            NodejsSnapshot.prototype.perfBasicProf = false;

            /**
             * NodejsSnapshot environReadable.
             * @member {boolean} environReadable
             * @memberof stackprof.v1.NodejsSnapshot
             * @instance
             */
            NodejsSnapshot.prototype.environReadable = false;

            /**
             * NodejsSnapshot uprobes.
             * @member {Array.<string>} uprobes
             * @memberof stackprof.v1.NodejsSnapshot
             * @instance
             */
            NodejsSnapshot.prototype.uprobes = $util.emptyArray;

            /**
             * NodejsSnapshot error.
             * @member {string} error
             * @memberof stackprof.v1.NodejsSnapshot
             * @instance
             */
            NodejsSnapshot.prototype.error = "";

            /**
             * NodejsSnapshot stallThresholdNs.
             * @member {Long} stallThresholdNs
             * @memberof stackprof.v1.NodejsSnapshot
             * @instance
             */
            NodejsSnapshot.prototype.stallThresholdNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NodejsSnapshot ioUringAvailable.
             * @member {boolean} ioUringAvailable
             * @memberof stackprof.v1.NodejsSnapshot
             * @instance
             */
            NodejsSnapshot.prototype.ioUringAvailable = false;

            /**
             * NodejsSnapshot kinds.
             * @member {Array.<stackprof.v1.INodejsWorkKind>} kinds
             * @memberof stackprof.v1.NodejsSnapshot
             * @instance
             */
            NodejsSnapshot.prototype.kinds = $util.emptyArray;

            /**
             * NodejsSnapshot workers.
             * @member {Array.<stackprof.v1.INodejsWorker>} workers
             * @memberof stackprof.v1.NodejsSnapshot
             * @instance
             */
            NodejsSnapshot.prototype.workers = $util.emptyArray;

            /**
             * NodejsSnapshot submitted.
             * @member {Long} submitted
             * @memberof stackprof.v1.NodejsSnapshot
             * @instance
             */
            NodejsSnapshot.prototype.submitted = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NodejsSnapshot started.
             * @member {Long} started
             * @memberof stackprof.v1.NodejsSnapshot
             * @instance
             */
            NodejsSnapshot.prototype.started = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NodejsSnapshot maxDepth.
             * @member {Long} maxDepth
             * @memberof stackprof.v1.NodejsSnapshot
             * @instance
             */
            NodejsSnapshot.prototype.maxDepth = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NodejsSnapshot loop.
             * @member {stackprof.v1.INodejsLoop|null|undefined} loop
             * @memberof stackprof.v1.NodejsSnapshot
             * @instance
             */
            NodejsSnapshot.prototype.loop = null;

            /**
             * NodejsSnapshot rings.
             * @member {Array.<stackprof.v1.INodejsRing>} rings
             * @memberof stackprof.v1.NodejsSnapshot
             * @instance
             */
            NodejsSnapshot.prototype.rings = $util.emptyArray;

            /**
             * NodejsSnapshot uringSubmits.
             * @member {Array.<stackprof.v1.INodejsOpcodeCount>} uringSubmits
             * @memberof stackprof.v1.NodejsSnapshot
             * @instance
             */
            NodejsSnapshot.prototype.uringSubmits = $util.emptyArray;

            /**
             * NodejsSnapshot sqpollTids.
             * @member {Array.<number>} sqpollTids
             * @memberof stackprof.v1.NodejsSnapshot
             * @instance
             */
            NodejsSnapshot.prototype.sqpollTids = $util.emptyArray;

            /**
             * NodejsSnapshot counters.
             * @member {stackprof.v1.INodejsCounters|null|undefined} counters
             * @memberof stackprof.v1.NodejsSnapshot
             * @instance
             */
            NodejsSnapshot.prototype.counters = null;

            /**
             * NodejsSnapshot depthPeak.
             * @member {Long} depthPeak
             * @memberof stackprof.v1.NodejsSnapshot
             * @instance
             */
            NodejsSnapshot.prototype.depthPeak = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Encodes the specified NodejsSnapshot message. Does not implicitly {@link stackprof.v1.NodejsSnapshot.verify|verify} messages.
             * @function encode
             * @memberof stackprof.v1.NodejsSnapshot
             * @static
             * @param {stackprof.v1.INodejsSnapshot} message NodejsSnapshot message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NodejsSnapshot.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.found != null && Object.hasOwnProperty.call(message, "found"))
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.found);
                if (message.path != null && Object.hasOwnProperty.call(message, "path"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.path);
                if (message.foundBy != null && Object.hasOwnProperty.call(message, "foundBy"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.foundBy);
                if (message.nodeVersion != null && Object.hasOwnProperty.call(message, "nodeVersion"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.nodeVersion);
                if (message.libuvVersion != null && Object.hasOwnProperty.call(message, "libuvVersion"))
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.libuvVersion);
                if (message.threadpoolSizeEnv != null && Object.hasOwnProperty.call(message, "threadpoolSizeEnv"))
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.threadpoolSizeEnv);
                if (message.useIoUringEnv != null && Object.hasOwnProperty.call(message, "useIoUringEnv"))
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.useIoUringEnv);
                if (message.perfBasicProf != null && Object.hasOwnProperty.call(message, "perfBasicProf"))
                    writer.uint32(/* id 8, wireType 0 =*/64).bool(message.perfBasicProf);
                if (message.environReadable != null && Object.hasOwnProperty.call(message, "environReadable"))
                    writer.uint32(/* id 9, wireType 0 =*/72).bool(message.environReadable);
                if (message.uprobes != null && message.uprobes.length)
                    for (let i = 0; i < message.uprobes.length; ++i)
                        writer.uint32(/* id 10, wireType 2 =*/82).string(message.uprobes[i]);
                if (message.error != null && Object.hasOwnProperty.call(message, "error"))
                    writer.uint32(/* id 11, wireType 2 =*/90).string(message.error);
                if (message.stallThresholdNs != null && Object.hasOwnProperty.call(message, "stallThresholdNs"))
                    writer.uint32(/* id 12, wireType 0 =*/96).uint64(message.stallThresholdNs);
                if (message.ioUringAvailable != null && Object.hasOwnProperty.call(message, "ioUringAvailable"))
                    writer.uint32(/* id 13, wireType 0 =*/104).bool(message.ioUringAvailable);
                if (message.kinds != null && message.kinds.length)
                    for (let i = 0; i < message.kinds.length; ++i)
                        $root.stackprof.v1.NodejsWorkKind.encode(message.kinds[i], writer.uint32(/* id 14, wireType 2 =*/114).fork(), q + 1).ldelim();
                if (message.workers != null && message.workers.length)
                    for (let i = 0; i < message.workers.length; ++i)
                        $root.stackprof.v1.NodejsWorker.encode(message.workers[i], writer.uint32(/* id 15, wireType 2 =*/122).fork(), q + 1).ldelim();
                if (message.submitted != null && Object.hasOwnProperty.call(message, "submitted"))
                    writer.uint32(/* id 16, wireType 0 =*/128).uint64(message.submitted);
                if (message.started != null && Object.hasOwnProperty.call(message, "started"))
                    writer.uint32(/* id 17, wireType 0 =*/136).uint64(message.started);
                if (message.maxDepth != null && Object.hasOwnProperty.call(message, "maxDepth"))
                    writer.uint32(/* id 18, wireType 0 =*/144).uint64(message.maxDepth);
                if (message.loop != null && Object.hasOwnProperty.call(message, "loop"))
                    $root.stackprof.v1.NodejsLoop.encode(message.loop, writer.uint32(/* id 19, wireType 2 =*/154).fork(), q + 1).ldelim();
                if (message.rings != null && message.rings.length)
                    for (let i = 0; i < message.rings.length; ++i)
                        $root.stackprof.v1.NodejsRing.encode(message.rings[i], writer.uint32(/* id 20, wireType 2 =*/162).fork(), q + 1).ldelim();
                if (message.uringSubmits != null && message.uringSubmits.length)
                    for (let i = 0; i < message.uringSubmits.length; ++i)
                        $root.stackprof.v1.NodejsOpcodeCount.encode(message.uringSubmits[i], writer.uint32(/* id 21, wireType 2 =*/170).fork(), q + 1).ldelim();
                if (message.sqpollTids != null && message.sqpollTids.length) {
                    writer.uint32(/* id 22, wireType 2 =*/178).fork();
                    for (let i = 0; i < message.sqpollTids.length; ++i)
                        writer.uint32(message.sqpollTids[i]);
                    writer.ldelim();
                }
                if (message.counters != null && Object.hasOwnProperty.call(message, "counters"))
                    $root.stackprof.v1.NodejsCounters.encode(message.counters, writer.uint32(/* id 23, wireType 2 =*/186).fork(), q + 1).ldelim();
                if (message.depthPeak != null && Object.hasOwnProperty.call(message, "depthPeak"))
                    writer.uint32(/* id 24, wireType 0 =*/192).uint64(message.depthPeak);
                return writer;
            };

            /**
             * Encodes the specified NodejsSnapshot message, length delimited. Does not implicitly {@link stackprof.v1.NodejsSnapshot.verify|verify} messages.
             * @function encodeDelimited
             * @memberof stackprof.v1.NodejsSnapshot
             * @static
             * @param {stackprof.v1.INodejsSnapshot} message NodejsSnapshot message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NodejsSnapshot.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a NodejsSnapshot message from the specified reader or buffer.
             * @function decode
             * @memberof stackprof.v1.NodejsSnapshot
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {stackprof.v1.NodejsSnapshot} NodejsSnapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NodejsSnapshot.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.stackprof.v1.NodejsSnapshot();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.found = reader.bool();
                            break;
                        }
                    case 2: {
                            message.path = reader.string();
                            break;
                        }
                    case 3: {
                            message.foundBy = reader.string();
                            break;
                        }
                    case 4: {
                            message.nodeVersion = reader.string();
                            break;
                        }
                    case 5: {
                            message.libuvVersion = reader.string();
                            break;
                        }
                    case 6: {
                            message.threadpoolSizeEnv = reader.string();
                            break;
                        }
                    case 7: {
                            message.useIoUringEnv = reader.string();
                            break;
                        }
                    case 8: {
                            message.perfBasicProf = reader.bool();
                            break;
                        }
                    case 9: {
                            message.environReadable = reader.bool();
                            break;
                        }
                    case 10: {
                            if (!(message.uprobes && message.uprobes.length))
                                message.uprobes = [];
                            message.uprobes.push(reader.string());
                            break;
                        }
                    case 11: {
                            message.error = reader.string();
                            break;
                        }
                    case 12: {
                            message.stallThresholdNs = reader.uint64();
                            break;
                        }
                    case 13: {
                            message.ioUringAvailable = reader.bool();
                            break;
                        }
                    case 14: {
                            if (!(message.kinds && message.kinds.length))
                                message.kinds = [];
                            message.kinds.push($root.stackprof.v1.NodejsWorkKind.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 15: {
                            if (!(message.workers && message.workers.length))
                                message.workers = [];
                            message.workers.push($root.stackprof.v1.NodejsWorker.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 16: {
                            message.submitted = reader.uint64();
                            break;
                        }
                    case 17: {
                            message.started = reader.uint64();
                            break;
                        }
                    case 18: {
                            message.maxDepth = reader.uint64();
                            break;
                        }
                    case 19: {
                            message.loop = $root.stackprof.v1.NodejsLoop.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 20: {
                            if (!(message.rings && message.rings.length))
                                message.rings = [];
                            message.rings.push($root.stackprof.v1.NodejsRing.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 21: {
                            if (!(message.uringSubmits && message.uringSubmits.length))
                                message.uringSubmits = [];
                            message.uringSubmits.push($root.stackprof.v1.NodejsOpcodeCount.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 22: {
                            if (!(message.sqpollTids && message.sqpollTids.length))
                                message.sqpollTids = [];
                            if ((tag & 7) === 2) {
                                let end2 = reader.uint32() + reader.pos;
                                if (end2 > reader.len)
                                    throw RangeError("index out of range");
                                reader.len = end2;
                                while (reader.pos < end2)
                                    message.sqpollTids.push(reader.uint32());
                                if (reader.pos !== end2)
                                    throw RangeError("index out of range");
                                reader.len = end;
                            } else
                                message.sqpollTids.push(reader.uint32());
                            break;
                        }
                    case 23: {
                            message.counters = $root.stackprof.v1.NodejsCounters.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 24: {
                            message.depthPeak = reader.uint64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a NodejsSnapshot message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof stackprof.v1.NodejsSnapshot
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {stackprof.v1.NodejsSnapshot} NodejsSnapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NodejsSnapshot.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Gets the default type url for NodejsSnapshot
             * @function getTypeUrl
             * @memberof stackprof.v1.NodejsSnapshot
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            NodejsSnapshot.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/stackprof.v1.NodejsSnapshot";
            };

            return NodejsSnapshot;
        })();

        v1.NodejsWorkKind = (function() {

            /**
             * Properties of a NodejsWorkKind.
             * @memberof stackprof.v1
             * @interface INodejsWorkKind
             * @property {string|null} [kind] NodejsWorkKind kind
             * @property {Long|null} [count] NodejsWorkKind count
             * @property {Long|null} [waited] NodejsWorkKind waited
             * @property {Long|null} [waitTotalNs] NodejsWorkKind waitTotalNs
             * @property {Long|null} [waitMaxNs] NodejsWorkKind waitMaxNs
             * @property {Array.<Long>|null} [waitLog2Ns] NodejsWorkKind waitLog2Ns
             * @property {Long|null} [runCount] NodejsWorkKind runCount
             * @property {Long|null} [runTotalNs] NodejsWorkKind runTotalNs
             * @property {Long|null} [runMaxNs] NodejsWorkKind runMaxNs
             * @property {Array.<Long>|null} [runLog2Ns] NodejsWorkKind runLog2Ns
             */

            /**
             * Constructs a new NodejsWorkKind.
             * @memberof stackprof.v1
             * @classdesc Represents a NodejsWorkKind.
             * @implements INodejsWorkKind
             * @constructor
             * @param {stackprof.v1.INodejsWorkKind=} [properties] Properties to set
             */
            function NodejsWorkKind(properties) {
                this.waitLog2Ns = [];
                this.runLog2Ns = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * NodejsWorkKind kind.
             * @member {string} kind
             * @memberof stackprof.v1.NodejsWorkKind
             * @instance
             */
            NodejsWorkKind.prototype.kind = "";

            /**
             * NodejsWorkKind count.
             * @member {Long} count
             * @memberof stackprof.v1.NodejsWorkKind
             * @instance
             */
            NodejsWorkKind.prototype.count = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NodejsWorkKind waited.
             * @member {Long} waited
             * @memberof stackprof.v1.NodejsWorkKind
             * @instance
             */
            NodejsWorkKind.prototype.waited = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NodejsWorkKind waitTotalNs.
             * @member {Long} waitTotalNs
             * @memberof stackprof.v1.NodejsWorkKind
             * @instance
             */
            NodejsWorkKind.prototype.waitTotalNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NodejsWorkKind waitMaxNs.
             * @member {Long} waitMaxNs
             * @memberof stackprof.v1.NodejsWorkKind
             * @instance
             */
            NodejsWorkKind.prototype.waitMaxNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NodejsWorkKind waitLog2Ns.
             * @member {Array.<Long>} waitLog2Ns
             * @memberof stackprof.v1.NodejsWorkKind
             * @instance
             */
            NodejsWorkKind.prototype.waitLog2Ns = $util.emptyArray;

            /**
             * NodejsWorkKind runCount.
             * @member {Long} runCount
             * @memberof stackprof.v1.NodejsWorkKind
             * @instance
             */
            NodejsWorkKind.prototype.runCount = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NodejsWorkKind runTotalNs.
             * @member {Long} runTotalNs
             * @memberof stackprof.v1.NodejsWorkKind
             * @instance
             */
            NodejsWorkKind.prototype.runTotalNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NodejsWorkKind runMaxNs.
             * @member {Long} runMaxNs
             * @memberof stackprof.v1.NodejsWorkKind
             * @instance
             */
            NodejsWorkKind.prototype.runMaxNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NodejsWorkKind runLog2Ns.
             * @member {Array.<Long>} runLog2Ns
             * @memberof stackprof.v1.NodejsWorkKind
             * @instance
             */
            NodejsWorkKind.prototype.runLog2Ns = $util.emptyArray;

            /**
             * Encodes the specified NodejsWorkKind message. Does not implicitly {@link stackprof.v1.NodejsWorkKind.verify|verify} messages.
             * @function encode
             * @memberof stackprof.v1.NodejsWorkKind
             * @static
             * @param {stackprof.v1.INodejsWorkKind} message NodejsWorkKind message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NodejsWorkKind.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.kind);
                if (message.count != null && Object.hasOwnProperty.call(message, "count"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.count);
                if (message.waited != null && Object.hasOwnProperty.call(message, "waited"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.waited);
                if (message.waitTotalNs != null && Object.hasOwnProperty.call(message, "waitTotalNs"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.waitTotalNs);
                if (message.waitMaxNs != null && Object.hasOwnProperty.call(message, "waitMaxNs"))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.waitMaxNs);
                if (message.waitLog2Ns != null && message.waitLog2Ns.length) {
                    writer.uint32(/* id 6, wireType 2 =*/50).fork();
                    for (let i = 0; i < message.waitLog2Ns.length; ++i)
                        writer.uint64(message.waitLog2Ns[i]);
                    writer.ldelim();
                }
                if (message.runCount != null && Object.hasOwnProperty.call(message, "runCount"))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.runCount);
                if (message.runTotalNs != null && Object.hasOwnProperty.call(message, "runTotalNs"))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.runTotalNs);
                if (message.runMaxNs != null && Object.hasOwnProperty.call(message, "runMaxNs"))
                    writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.runMaxNs);
                if (message.runLog2Ns != null && message.runLog2Ns.length) {
                    writer.uint32(/* id 10, wireType 2 =*/82).fork();
                    for (let i = 0; i < message.runLog2Ns.length; ++i)
                        writer.uint64(message.runLog2Ns[i]);
                    writer.ldelim();
                }
                return writer;
            };

            /**
             * Encodes the specified NodejsWorkKind message, length delimited. Does not implicitly {@link stackprof.v1.NodejsWorkKind.verify|verify} messages.
             * @function encodeDelimited
             * @memberof stackprof.v1.NodejsWorkKind
             * @static
             * @param {stackprof.v1.INodejsWorkKind} message NodejsWorkKind message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NodejsWorkKind.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a NodejsWorkKind message from the specified reader or buffer.
             * @function decode
             * @memberof stackprof.v1.NodejsWorkKind
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {stackprof.v1.NodejsWorkKind} NodejsWorkKind
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NodejsWorkKind.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.stackprof.v1.NodejsWorkKind();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.kind = reader.string();
                            break;
                        }
                    case 2: {
                            message.count = reader.uint64();
                            break;
                        }
                    case 3: {
                            message.waited = reader.uint64();
                            break;
                        }
                    case 4: {
                            message.waitTotalNs = reader.uint64();
                            break;
                        }
                    case 5: {
                            message.waitMaxNs = reader.uint64();
                            break;
                        }
                    case 6: {
                            if (!(message.waitLog2Ns && message.waitLog2Ns.length))
                                message.waitLog2Ns = [];
                            if ((tag & 7) === 2) {
                                let end2 = reader.uint32() + reader.pos;
                                if (end2 > reader.len)
                                    throw RangeError("index out of range");
                                reader.len = end2;
                                while (reader.pos < end2)
                                    message.waitLog2Ns.push(reader.uint64());
                                if (reader.pos !== end2)
                                    throw RangeError("index out of range");
                                reader.len = end;
                            } else
                                message.waitLog2Ns.push(reader.uint64());
                            break;
                        }
                    case 7: {
                            message.runCount = reader.uint64();
                            break;
                        }
                    case 8: {
                            message.runTotalNs = reader.uint64();
                            break;
                        }
                    case 9: {
                            message.runMaxNs = reader.uint64();
                            break;
                        }
                    case 10: {
                            if (!(message.runLog2Ns && message.runLog2Ns.length))
                                message.runLog2Ns = [];
                            if ((tag & 7) === 2) {
                                let end2 = reader.uint32() + reader.pos;
                                if (end2 > reader.len)
                                    throw RangeError("index out of range");
                                reader.len = end2;
                                while (reader.pos < end2)
                                    message.runLog2Ns.push(reader.uint64());
                                if (reader.pos !== end2)
                                    throw RangeError("index out of range");
                                reader.len = end;
                            } else
                                message.runLog2Ns.push(reader.uint64());
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a NodejsWorkKind message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof stackprof.v1.NodejsWorkKind
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {stackprof.v1.NodejsWorkKind} NodejsWorkKind
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NodejsWorkKind.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Gets the default type url for NodejsWorkKind
             * @function getTypeUrl
             * @memberof stackprof.v1.NodejsWorkKind
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            NodejsWorkKind.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/stackprof.v1.NodejsWorkKind";
            };

            return NodejsWorkKind;
        })();

        v1.NodejsWorker = (function() {

            /**
             * Properties of a NodejsWorker.
             * @memberof stackprof.v1
             * @interface INodejsWorker
             * @property {number|null} [tid] NodejsWorker tid
             * @property {Long|null} [items] NodejsWorker items
             * @property {Long|null} [busyNs] NodejsWorker busyNs
             * @property {Long|null} [runningSinceNs] NodejsWorker runningSinceNs
             */

            /**
             * Constructs a new NodejsWorker.
             * @memberof stackprof.v1
             * @classdesc Represents a NodejsWorker.
             * @implements INodejsWorker
             * @constructor
             * @param {stackprof.v1.INodejsWorker=} [properties] Properties to set
             */
            function NodejsWorker(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * NodejsWorker tid.
             * @member {number} tid
             * @memberof stackprof.v1.NodejsWorker
             * @instance
             */
            NodejsWorker.prototype.tid = 0;

            /**
             * NodejsWorker items.
             * @member {Long} items
             * @memberof stackprof.v1.NodejsWorker
             * @instance
             */
            NodejsWorker.prototype.items = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NodejsWorker busyNs.
             * @member {Long} busyNs
             * @memberof stackprof.v1.NodejsWorker
             * @instance
             */
            NodejsWorker.prototype.busyNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NodejsWorker runningSinceNs.
             * @member {Long} runningSinceNs
             * @memberof stackprof.v1.NodejsWorker
             * @instance
             */
            NodejsWorker.prototype.runningSinceNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Encodes the specified NodejsWorker message. Does not implicitly {@link stackprof.v1.NodejsWorker.verify|verify} messages.
             * @function encode
             * @memberof stackprof.v1.NodejsWorker
             * @static
             * @param {stackprof.v1.INodejsWorker} message NodejsWorker message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NodejsWorker.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.tid != null && Object.hasOwnProperty.call(message, "tid"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.tid);
                if (message.items != null && Object.hasOwnProperty.call(message, "items"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.items);
                if (message.busyNs != null && Object.hasOwnProperty.call(message, "busyNs"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.busyNs);
                if (message.runningSinceNs != null && Object.hasOwnProperty.call(message, "runningSinceNs"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.runningSinceNs);
                return writer;
            };

            /**
             * Encodes the specified NodejsWorker message, length delimited. Does not implicitly {@link stackprof.v1.NodejsWorker.verify|verify} messages.
             * @function encodeDelimited
             * @memberof stackprof.v1.NodejsWorker
             * @static
             * @param {stackprof.v1.INodejsWorker} message NodejsWorker message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NodejsWorker.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a NodejsWorker message from the specified reader or buffer.
             * @function decode
             * @memberof stackprof.v1.NodejsWorker
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {stackprof.v1.NodejsWorker} NodejsWorker
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NodejsWorker.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.stackprof.v1.NodejsWorker();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.tid = reader.uint32();
                            break;
                        }
                    case 2: {
                            message.items = reader.uint64();
                            break;
                        }
                    case 3: {
                            message.busyNs = reader.uint64();
                            break;
                        }
                    case 4: {
                            message.runningSinceNs = reader.uint64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a NodejsWorker message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof stackprof.v1.NodejsWorker
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {stackprof.v1.NodejsWorker} NodejsWorker
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NodejsWorker.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Gets the default type url for NodejsWorker
             * @function getTypeUrl
             * @memberof stackprof.v1.NodejsWorker
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            NodejsWorker.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/stackprof.v1.NodejsWorker";
            };

            return NodejsWorker;
        })();

        v1.NodejsStall = (function() {

            /**
             * Properties of a NodejsStall.
             * @memberof stackprof.v1
             * @interface INodejsStall
             * @property {Long|null} [startNs] NodejsStall startNs
             * @property {Long|null} [lengthNs] NodejsStall lengthNs
             */

            /**
             * Constructs a new NodejsStall.
             * @memberof stackprof.v1
             * @classdesc Represents a NodejsStall.
             * @implements INodejsStall
             * @constructor
             * @param {stackprof.v1.INodejsStall=} [properties] Properties to set
             */
            function NodejsStall(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * NodejsStall startNs.
             * @member {Long} startNs
             * @memberof stackprof.v1.NodejsStall
             * @instance
             */
            NodejsStall.prototype.startNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NodejsStall lengthNs.
             * @member {Long} lengthNs
             * @memberof stackprof.v1.NodejsStall
             * @instance
             */
            NodejsStall.prototype.lengthNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Encodes the specified NodejsStall message. Does not implicitly {@link stackprof.v1.NodejsStall.verify|verify} messages.
             * @function encode
             * @memberof stackprof.v1.NodejsStall
             * @static
             * @param {stackprof.v1.INodejsStall} message NodejsStall message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NodejsStall.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.startNs != null && Object.hasOwnProperty.call(message, "startNs"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.startNs);
                if (message.lengthNs != null && Object.hasOwnProperty.call(message, "lengthNs"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.lengthNs);
                return writer;
            };

            /**
             * Encodes the specified NodejsStall message, length delimited. Does not implicitly {@link stackprof.v1.NodejsStall.verify|verify} messages.
             * @function encodeDelimited
             * @memberof stackprof.v1.NodejsStall
             * @static
             * @param {stackprof.v1.INodejsStall} message NodejsStall message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NodejsStall.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a NodejsStall message from the specified reader or buffer.
             * @function decode
             * @memberof stackprof.v1.NodejsStall
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {stackprof.v1.NodejsStall} NodejsStall
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NodejsStall.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.stackprof.v1.NodejsStall();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.startNs = reader.uint64();
                            break;
                        }
                    case 2: {
                            message.lengthNs = reader.uint64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a NodejsStall message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof stackprof.v1.NodejsStall
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {stackprof.v1.NodejsStall} NodejsStall
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NodejsStall.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Gets the default type url for NodejsStall
             * @function getTypeUrl
             * @memberof stackprof.v1.NodejsStall
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            NodejsStall.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/stackprof.v1.NodejsStall";
            };

            return NodejsStall;
        })();

        v1.NodejsLoop = (function() {

            /**
             * Properties of a NodejsLoop.
             * @memberof stackprof.v1
             * @interface INodejsLoop
             * @property {Long|null} [waits] NodejsLoop waits
             * @property {Long|null} [waitNs] NodejsLoop waitNs
             * @property {Long|null} [runNs] NodejsLoop runNs
             * @property {Long|null} [ticks] NodejsLoop ticks
             * @property {Long|null} [stalls] NodejsLoop stalls
             * @property {Long|null} [stallTotalNs] NodejsLoop stallTotalNs
             * @property {Long|null} [stallMaxNs] NodejsLoop stallMaxNs
             * @property {Array.<Long>|null} [stallLog2Ns] NodejsLoop stallLog2Ns
             * @property {Array.<stackprof.v1.INodejsStall>|null} [recentStalls] NodejsLoop recentStalls
             * @property {boolean|null} [inWait] NodejsLoop inWait
             * @property {Long|null} [lastExitNs] NodejsLoop lastExitNs
             */

            /**
             * Constructs a new NodejsLoop.
             * @memberof stackprof.v1
             * @classdesc Represents a NodejsLoop.
             * @implements INodejsLoop
             * @constructor
             * @param {stackprof.v1.INodejsLoop=} [properties] Properties to set
             */
            function NodejsLoop(properties) {
                this.stallLog2Ns = [];
                this.recentStalls = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * NodejsLoop waits.
             * @member {Long} waits
             * @memberof stackprof.v1.NodejsLoop
             * @instance
             */
            NodejsLoop.prototype.waits = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NodejsLoop waitNs.
             * @member {Long} waitNs
             * @memberof stackprof.v1.NodejsLoop
             * @instance
             */
            NodejsLoop.prototype.waitNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NodejsLoop runNs.
             * @member {Long} runNs
             * @memberof stackprof.v1.NodejsLoop
             * @instance
             */
            NodejsLoop.prototype.runNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NodejsLoop ticks.
             * @member {Long} ticks
             * @memberof stackprof.v1.NodejsLoop
             * @instance
             */
            NodejsLoop.prototype.ticks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NodejsLoop stalls.
             * @member {Long} stalls
             * @memberof stackprof.v1.NodejsLoop
             * @instance
             */
            NodejsLoop.prototype.stalls = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NodejsLoop stallTotalNs.
             * @member {Long} stallTotalNs
             * @memberof stackprof.v1.NodejsLoop
             * @instance
             */
            NodejsLoop.prototype.stallTotalNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NodejsLoop stallMaxNs.
             * @member {Long} stallMaxNs
             * @memberof stackprof.v1.NodejsLoop
             * @instance
             */
            NodejsLoop.prototype.stallMaxNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NodejsLoop stallLog2Ns.
             * @member {Array.<Long>} stallLog2Ns
             * @memberof stackprof.v1.NodejsLoop
             * @instance
             */
            NodejsLoop.prototype.stallLog2Ns = $util.emptyArray;

            /**
             * NodejsLoop recentStalls.
             * @member {Array.<stackprof.v1.INodejsStall>} recentStalls
             * @memberof stackprof.v1.NodejsLoop
             * @instance
             */
            NodejsLoop.prototype.recentStalls = $util.emptyArray;

            /**
             * NodejsLoop inWait.
             * @member {boolean} inWait
             * @memberof stackprof.v1.NodejsLoop
             * @instance
             */
            NodejsLoop.prototype.inWait = false;

            /**
             * NodejsLoop lastExitNs.
             * @member {Long} lastExitNs
             * @memberof stackprof.v1.NodejsLoop
             * @instance
             */
            NodejsLoop.prototype.lastExitNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Encodes the specified NodejsLoop message. Does not implicitly {@link stackprof.v1.NodejsLoop.verify|verify} messages.
             * @function encode
             * @memberof stackprof.v1.NodejsLoop
             * @static
             * @param {stackprof.v1.INodejsLoop} message NodejsLoop message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NodejsLoop.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.waits != null && Object.hasOwnProperty.call(message, "waits"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.waits);
                if (message.waitNs != null && Object.hasOwnProperty.call(message, "waitNs"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.waitNs);
                if (message.runNs != null && Object.hasOwnProperty.call(message, "runNs"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.runNs);
                if (message.ticks != null && Object.hasOwnProperty.call(message, "ticks"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.ticks);
                if (message.stalls != null && Object.hasOwnProperty.call(message, "stalls"))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.stalls);
                if (message.stallTotalNs != null && Object.hasOwnProperty.call(message, "stallTotalNs"))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.stallTotalNs);
                if (message.stallMaxNs != null && Object.hasOwnProperty.call(message, "stallMaxNs"))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.stallMaxNs);
                if (message.stallLog2Ns != null && message.stallLog2Ns.length) {
                    writer.uint32(/* id 8, wireType 2 =*/66).fork();
                    for (let i = 0; i < message.stallLog2Ns.length; ++i)
                        writer.uint64(message.stallLog2Ns[i]);
                    writer.ldelim();
                }
                if (message.recentStalls != null && message.recentStalls.length)
                    for (let i = 0; i < message.recentStalls.length; ++i)
                        $root.stackprof.v1.NodejsStall.encode(message.recentStalls[i], writer.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
                if (message.inWait != null && Object.hasOwnProperty.call(message, "inWait"))
                    writer.uint32(/* id 10, wireType 0 =*/80).bool(message.inWait);
                if (message.lastExitNs != null && Object.hasOwnProperty.call(message, "lastExitNs"))
                    writer.uint32(/* id 11, wireType 0 =*/88).uint64(message.lastExitNs);
                return writer;
            };

            /**
             * Encodes the specified NodejsLoop message, length delimited. Does not implicitly {@link stackprof.v1.NodejsLoop.verify|verify} messages.
             * @function encodeDelimited
             * @memberof stackprof.v1.NodejsLoop
             * @static
             * @param {stackprof.v1.INodejsLoop} message NodejsLoop message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NodejsLoop.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a NodejsLoop message from the specified reader or buffer.
             * @function decode
             * @memberof stackprof.v1.NodejsLoop
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {stackprof.v1.NodejsLoop} NodejsLoop
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NodejsLoop.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.stackprof.v1.NodejsLoop();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.waits = reader.uint64();
                            break;
                        }
                    case 2: {
                            message.waitNs = reader.uint64();
                            break;
                        }
                    case 3: {
                            message.runNs = reader.uint64();
                            break;
                        }
                    case 4: {
                            message.ticks = reader.uint64();
                            break;
                        }
                    case 5: {
                            message.stalls = reader.uint64();
                            break;
                        }
                    case 6: {
                            message.stallTotalNs = reader.uint64();
                            break;
                        }
                    case 7: {
                            message.stallMaxNs = reader.uint64();
                            break;
                        }
                    case 8: {
                            if (!(message.stallLog2Ns && message.stallLog2Ns.length))
                                message.stallLog2Ns = [];
                            if ((tag & 7) === 2) {
                                let end2 = reader.uint32() + reader.pos;
                                if (end2 > reader.len)
                                    throw RangeError("index out of range");
                                reader.len = end2;
                                while (reader.pos < end2)
                                    message.stallLog2Ns.push(reader.uint64());
                                if (reader.pos !== end2)
                                    throw RangeError("index out of range");
                                reader.len = end;
                            } else
                                message.stallLog2Ns.push(reader.uint64());
                            break;
                        }
                    case 9: {
                            if (!(message.recentStalls && message.recentStalls.length))
                                message.recentStalls = [];
                            message.recentStalls.push($root.stackprof.v1.NodejsStall.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 10: {
                            message.inWait = reader.bool();
                            break;
                        }
                    case 11: {
                            message.lastExitNs = reader.uint64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a NodejsLoop message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof stackprof.v1.NodejsLoop
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {stackprof.v1.NodejsLoop} NodejsLoop
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NodejsLoop.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Gets the default type url for NodejsLoop
             * @function getTypeUrl
             * @memberof stackprof.v1.NodejsLoop
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            NodejsLoop.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/stackprof.v1.NodejsLoop";
            };

            return NodejsLoop;
        })();

        v1.NodejsRing = (function() {

            /**
             * Properties of a NodejsRing.
             * @memberof stackprof.v1
             * @interface INodejsRing
             * @property {number|null} [fd] NodejsRing fd
             * @property {number|null} [sqEntries] NodejsRing sqEntries
             * @property {number|null} [cqEntries] NodejsRing cqEntries
             * @property {number|null} [flags] NodejsRing flags
             * @property {Long|null} [submitted] NodejsRing submitted
             * @property {Long|null} [completed] NodejsRing completed
             * @property {Long|null} [sqThreadSubmitted] NodejsRing sqThreadSubmitted
             */

            /**
             * Constructs a new NodejsRing.
             * @memberof stackprof.v1
             * @classdesc Represents a NodejsRing.
             * @implements INodejsRing
             * @constructor
             * @param {stackprof.v1.INodejsRing=} [properties] Properties to set
             */
            function NodejsRing(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * NodejsRing fd.
             * @member {number} fd
             * @memberof stackprof.v1.NodejsRing
             * @instance
             */
            NodejsRing.prototype.fd = 0;

            /**
             * NodejsRing sqEntries.
             * @member {number} sqEntries
             * @memberof stackprof.v1.NodejsRing
             * @instance
             */
            NodejsRing.prototype.sqEntries = 0;

            /**
             * NodejsRing cqEntries.
             * @member {number} cqEntries
             * @memberof stackprof.v1.NodejsRing
             * @instance
             */
            NodejsRing.prototype.cqEntries = 0;

            /**
             * NodejsRing flags.
             * @member {number} flags
             * @memberof stackprof.v1.NodejsRing
             * @instance
             */
            NodejsRing.prototype.flags = 0;

            /**
             * NodejsRing submitted.
             * @member {Long} submitted
             * @memberof stackprof.v1.NodejsRing
             * @instance
             */
            NodejsRing.prototype.submitted = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NodejsRing completed.
             * @member {Long} completed
             * @memberof stackprof.v1.NodejsRing
             * @instance
             */
            NodejsRing.prototype.completed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NodejsRing sqThreadSubmitted.
             * @member {Long} sqThreadSubmitted
             * @memberof stackprof.v1.NodejsRing
             * @instance
             */
            NodejsRing.prototype.sqThreadSubmitted = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Encodes the specified NodejsRing message. Does not implicitly {@link stackprof.v1.NodejsRing.verify|verify} messages.
             * @function encode
             * @memberof stackprof.v1.NodejsRing
             * @static
             * @param {stackprof.v1.INodejsRing} message NodejsRing message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NodejsRing.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.fd != null && Object.hasOwnProperty.call(message, "fd"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.fd);
                if (message.sqEntries != null && Object.hasOwnProperty.call(message, "sqEntries"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.sqEntries);
                if (message.cqEntries != null && Object.hasOwnProperty.call(message, "cqEntries"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.cqEntries);
                if (message.flags != null && Object.hasOwnProperty.call(message, "flags"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.flags);
                if (message.submitted != null && Object.hasOwnProperty.call(message, "submitted"))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.submitted);
                if (message.completed != null && Object.hasOwnProperty.call(message, "completed"))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.completed);
                if (message.sqThreadSubmitted != null && Object.hasOwnProperty.call(message, "sqThreadSubmitted"))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.sqThreadSubmitted);
                return writer;
            };

            /**
             * Encodes the specified NodejsRing message, length delimited. Does not implicitly {@link stackprof.v1.NodejsRing.verify|verify} messages.
             * @function encodeDelimited
             * @memberof stackprof.v1.NodejsRing
             * @static
             * @param {stackprof.v1.INodejsRing} message NodejsRing message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NodejsRing.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a NodejsRing message from the specified reader or buffer.
             * @function decode
             * @memberof stackprof.v1.NodejsRing
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {stackprof.v1.NodejsRing} NodejsRing
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NodejsRing.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.stackprof.v1.NodejsRing();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.fd = reader.int32();
                            break;
                        }
                    case 2: {
                            message.sqEntries = reader.uint32();
                            break;
                        }
                    case 3: {
                            message.cqEntries = reader.uint32();
                            break;
                        }
                    case 4: {
                            message.flags = reader.uint32();
                            break;
                        }
                    case 5: {
                            message.submitted = reader.uint64();
                            break;
                        }
                    case 6: {
                            message.completed = reader.uint64();
                            break;
                        }
                    case 7: {
                            message.sqThreadSubmitted = reader.uint64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a NodejsRing message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof stackprof.v1.NodejsRing
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {stackprof.v1.NodejsRing} NodejsRing
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NodejsRing.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Gets the default type url for NodejsRing
             * @function getTypeUrl
             * @memberof stackprof.v1.NodejsRing
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            NodejsRing.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/stackprof.v1.NodejsRing";
            };

            return NodejsRing;
        })();

        v1.NodejsOpcodeCount = (function() {

            /**
             * Properties of a NodejsOpcodeCount.
             * @memberof stackprof.v1
             * @interface INodejsOpcodeCount
             * @property {number|null} [opcode] NodejsOpcodeCount opcode
             * @property {string|null} [name] NodejsOpcodeCount name
             * @property {Long|null} [count] NodejsOpcodeCount count
             */

            /**
             * Constructs a new NodejsOpcodeCount.
             * @memberof stackprof.v1
             * @classdesc Represents a NodejsOpcodeCount.
             * @implements INodejsOpcodeCount
             * @constructor
             * @param {stackprof.v1.INodejsOpcodeCount=} [properties] Properties to set
             */
            function NodejsOpcodeCount(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * NodejsOpcodeCount opcode.
             * @member {number} opcode
             * @memberof stackprof.v1.NodejsOpcodeCount
             * @instance
             */
            NodejsOpcodeCount.prototype.opcode = 0;

            /**
             * NodejsOpcodeCount name.
             * @member {string} name
             * @memberof stackprof.v1.NodejsOpcodeCount
             * @instance
             */
            NodejsOpcodeCount.prototype.name = "";

            /**
             * NodejsOpcodeCount count.
             * @member {Long} count
             * @memberof stackprof.v1.NodejsOpcodeCount
             * @instance
             */
            NodejsOpcodeCount.prototype.count = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Encodes the specified NodejsOpcodeCount message. Does not implicitly {@link stackprof.v1.NodejsOpcodeCount.verify|verify} messages.
             * @function encode
             * @memberof stackprof.v1.NodejsOpcodeCount
             * @static
             * @param {stackprof.v1.INodejsOpcodeCount} message NodejsOpcodeCount message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NodejsOpcodeCount.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.opcode != null && Object.hasOwnProperty.call(message, "opcode"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.opcode);
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                if (message.count != null && Object.hasOwnProperty.call(message, "count"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.count);
                return writer;
            };

            /**
             * Encodes the specified NodejsOpcodeCount message, length delimited. Does not implicitly {@link stackprof.v1.NodejsOpcodeCount.verify|verify} messages.
             * @function encodeDelimited
             * @memberof stackprof.v1.NodejsOpcodeCount
             * @static
             * @param {stackprof.v1.INodejsOpcodeCount} message NodejsOpcodeCount message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NodejsOpcodeCount.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a NodejsOpcodeCount message from the specified reader or buffer.
             * @function decode
             * @memberof stackprof.v1.NodejsOpcodeCount
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {stackprof.v1.NodejsOpcodeCount} NodejsOpcodeCount
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NodejsOpcodeCount.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.stackprof.v1.NodejsOpcodeCount();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.opcode = reader.uint32();
                            break;
                        }
                    case 2: {
                            message.name = reader.string();
                            break;
                        }
                    case 3: {
                            message.count = reader.uint64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a NodejsOpcodeCount message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof stackprof.v1.NodejsOpcodeCount
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {stackprof.v1.NodejsOpcodeCount} NodejsOpcodeCount
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NodejsOpcodeCount.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Gets the default type url for NodejsOpcodeCount
             * @function getTypeUrl
             * @memberof stackprof.v1.NodejsOpcodeCount
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            NodejsOpcodeCount.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/stackprof.v1.NodejsOpcodeCount";
            };

            return NodejsOpcodeCount;
        })();

        v1.NodejsCounters = (function() {

            /**
             * Properties of a NodejsCounters.
             * @memberof stackprof.v1
             * @interface INodejsCounters
             * @property {Long|null} [pendingMapFull] NodejsCounters pendingMapFull
             * @property {Long|null} [workersMapFull] NodejsCounters workersMapFull
             * @property {Long|null} [ringsMapFull] NodejsCounters ringsMapFull
             * @property {Long|null} [unsubmittedStarts] NodejsCounters unsubmittedStarts
             * @property {Long|null} [syncCalls] NodejsCounters syncCalls
             * @property {Long|null} [unmatchedReturns] NodejsCounters unmatchedReturns
             * @property {Long|null} [nested] NodejsCounters nested
             */

            /**
             * Constructs a new NodejsCounters.
             * @memberof stackprof.v1
             * @classdesc Represents a NodejsCounters.
             * @implements INodejsCounters
             * @constructor
             * @param {stackprof.v1.INodejsCounters=} [properties] Properties to set
             */
            function NodejsCounters(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * NodejsCounters pendingMapFull.
             * @member {Long} pendingMapFull
             * @memberof stackprof.v1.NodejsCounters
             * @instance
             */
            NodejsCounters.prototype.pendingMapFull = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NodejsCounters workersMapFull.
             * @member {Long} workersMapFull
             * @memberof stackprof.v1.NodejsCounters
             * @instance
             */
            NodejsCounters.prototype.workersMapFull = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NodejsCounters ringsMapFull.
             * @member {Long} ringsMapFull
             * @memberof stackprof.v1.NodejsCounters
             * @instance
             */
            NodejsCounters.prototype.ringsMapFull = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NodejsCounters unsubmittedStarts.
             * @member {Long} unsubmittedStarts
             * @memberof stackprof.v1.NodejsCounters
             * @instance
             */
            NodejsCounters.prototype.unsubmittedStarts = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NodejsCounters syncCalls.
             * @member {Long} syncCalls
             * @memberof stackprof.v1.NodejsCounters
             * @instance
             */
            NodejsCounters.prototype.syncCalls = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NodejsCounters unmatchedReturns.
             * @member {Long} unmatchedReturns
             * @memberof stackprof.v1.NodejsCounters
             * @instance
             */
            NodejsCounters.prototype.unmatchedReturns = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NodejsCounters nested.
             * @member {Long} nested
             * @memberof stackprof.v1.NodejsCounters
             * @instance
             */
            NodejsCounters.prototype.nested = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Encodes the specified NodejsCounters message. Does not implicitly {@link stackprof.v1.NodejsCounters.verify|verify} messages.
             * @function encode
             * @memberof stackprof.v1.NodejsCounters
             * @static
             * @param {stackprof.v1.INodejsCounters} message NodejsCounters message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NodejsCounters.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.pendingMapFull != null && Object.hasOwnProperty.call(message, "pendingMapFull"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.pendingMapFull);
                if (message.workersMapFull != null && Object.hasOwnProperty.call(message, "workersMapFull"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.workersMapFull);
                if (message.ringsMapFull != null && Object.hasOwnProperty.call(message, "ringsMapFull"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.ringsMapFull);
                if (message.unsubmittedStarts != null && Object.hasOwnProperty.call(message, "unsubmittedStarts"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.unsubmittedStarts);
                if (message.syncCalls != null && Object.hasOwnProperty.call(message, "syncCalls"))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.syncCalls);
                if (message.unmatchedReturns != null && Object.hasOwnProperty.call(message, "unmatchedReturns"))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.unmatchedReturns);
                if (message.nested != null && Object.hasOwnProperty.call(message, "nested"))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.nested);
                return writer;
            };

            /**
             * Encodes the specified NodejsCounters message, length delimited. Does not implicitly {@link stackprof.v1.NodejsCounters.verify|verify} messages.
             * @function encodeDelimited
             * @memberof stackprof.v1.NodejsCounters
             * @static
             * @param {stackprof.v1.INodejsCounters} message NodejsCounters message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NodejsCounters.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a NodejsCounters message from the specified reader or buffer.
             * @function decode
             * @memberof stackprof.v1.NodejsCounters
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {stackprof.v1.NodejsCounters} NodejsCounters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NodejsCounters.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.stackprof.v1.NodejsCounters();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.pendingMapFull = reader.uint64();
                            break;
                        }
                    case 2: {
                            message.workersMapFull = reader.uint64();
                            break;
                        }
                    case 3: {
                            message.ringsMapFull = reader.uint64();
                            break;
                        }
                    case 4: {
                            message.unsubmittedStarts = reader.uint64();
                            break;
                        }
                    case 5: {
                            message.syncCalls = reader.uint64();
                            break;
                        }
                    case 6: {
                            message.unmatchedReturns = reader.uint64();
                            break;
                        }
                    case 7: {
                            message.nested = reader.uint64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a NodejsCounters message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof stackprof.v1.NodejsCounters
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {stackprof.v1.NodejsCounters} NodejsCounters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NodejsCounters.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Gets the default type url for NodejsCounters
             * @function getTypeUrl
             * @memberof stackprof.v1.NodejsCounters
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            NodejsCounters.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/stackprof.v1.NodejsCounters";
            };

            return NodejsCounters;
        })();

        v1.LklDetection = (function() {

            /**
             * Properties of a LklDetection.
             * @memberof stackprof.v1
             * @interface ILklDetection
             * @property {Array.<stackprof.v1.ILklLibrary>|null} [libraries] LklDetection libraries
             * @property {Uint8Array|null} [ldPreload] LklDetection ldPreload
             * @property {Array.<stackprof.v1.ILklEnvVar>|null} [env] LklDetection env
             * @property {boolean|null} [environReadable] LklDetection environReadable
             * @property {boolean|null} [environTruncated] LklDetection environTruncated
             * @property {Uint8Array|null} [ldSoPreload] LklDetection ldSoPreload
             * @property {string|null} [scanError] LklDetection scanError
             * @property {number|null} [mappedObjects] LklDetection mappedObjects
             * @property {number|null} [scans] LklDetection scans
             * @property {string|null} [uprobeLibrary] LklDetection uprobeLibrary
             * @property {Array.<string>|null} [uprobes] LklDetection uprobes
             * @property {string|null} [uprobeError] LklDetection uprobeError
             * @property {Long|null} [uprobesMonotonicNs] LklDetection uprobesMonotonicNs
             * @property {boolean|null} [hostCallsCounted] LklDetection hostCallsCounted
             * @property {number|null} [hostFds] LklDetection hostFds
             * @property {number|null} [maxHostFd] LklDetection maxHostFd
             * @property {number|null} [fdTableSize] LklDetection fdTableSize
             * @property {Array.<number>|null} [threads] LklDetection threads
             * @property {boolean|null} [cpuWaitOff] LklDetection cpuWaitOff
             */

            /**
             * Constructs a new LklDetection.
             * @memberof stackprof.v1
             * @classdesc Represents a LklDetection.
             * @implements ILklDetection
             * @constructor
             * @param {stackprof.v1.ILklDetection=} [properties] Properties to set
             */
            function LklDetection(properties) {
                this.libraries = [];
                this.env = [];
                this.uprobes = [];
                this.threads = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * LklDetection libraries.
             * @member {Array.<stackprof.v1.ILklLibrary>} libraries
             * @memberof stackprof.v1.LklDetection
             * @instance
             */
            LklDetection.prototype.libraries = $util.emptyArray;

            /**
             * LklDetection ldPreload.
             * @member {Uint8Array} ldPreload
             * @memberof stackprof.v1.LklDetection
             * @instance
             */
            LklDetection.prototype.ldPreload = $util.newBuffer([]);

            /**
             * LklDetection env.
             * @member {Array.<stackprof.v1.ILklEnvVar>} env
             * @memberof stackprof.v1.LklDetection
             * @instance
             */
            LklDetection.prototype.env = $util.emptyArray;

            /**
             * LklDetection environReadable.
             * @member {boolean} environReadable
             * @memberof stackprof.v1.LklDetection
             * @instance
             */
            LklDetection.prototype.environReadable = false;

            /**
             * LklDetection environTruncated.
             * @member {boolean} environTruncated
             * @memberof stackprof.v1.LklDetection
             * @instance
             */
            LklDetection.prototype.environTruncated = false;

            /**
             * LklDetection ldSoPreload.
             * @member {Uint8Array} ldSoPreload
             * @memberof stackprof.v1.LklDetection
             * @instance
             */
            LklDetection.prototype.ldSoPreload = $util.newBuffer([]);

            /**
             * LklDetection scanError.
             * @member {string} scanError
             * @memberof stackprof.v1.LklDetection
             * @instance
             */
            LklDetection.prototype.scanError = "";

            /**
             * LklDetection mappedObjects.
             * @member {number} mappedObjects
             * @memberof stackprof.v1.LklDetection
             * @instance
             */
            LklDetection.prototype.mappedObjects = 0;

            /**
             * LklDetection scans.
             * @member {number} scans
             * @memberof stackprof.v1.LklDetection
             * @instance
             */
            LklDetection.prototype.scans = 0;

            /**
             * LklDetection uprobeLibrary.
             * @member {string} uprobeLibrary
             * @memberof stackprof.v1.LklDetection
             * @instance
             */
            LklDetection.prototype.uprobeLibrary = "";

            /**
             * LklDetection uprobes.
             * @member {Array.<string>} uprobes
             * @memberof stackprof.v1.LklDetection
             * @instance
             */
            LklDetection.prototype.uprobes = $util.emptyArray;

            /**
             * LklDetection uprobeError.
             * @member {string} uprobeError
             * @memberof stackprof.v1.LklDetection
             * @instance
             */
            LklDetection.prototype.uprobeError = "";

            /**
             * LklDetection uprobesMonotonicNs.
             * @member {Long} uprobesMonotonicNs
             * @memberof stackprof.v1.LklDetection
             * @instance
             */
            LklDetection.prototype.uprobesMonotonicNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * LklDetection hostCallsCounted.
             * @member {boolean} hostCallsCounted
             * @memberof stackprof.v1.LklDetection
             * @instance
             */
            LklDetection.prototype.hostCallsCounted = false;

            /**
             * LklDetection hostFds.
             * @member {number} hostFds
             * @memberof stackprof.v1.LklDetection
             * @instance
             */
            LklDetection.prototype.hostFds = 0;

            /**
             * LklDetection maxHostFd.
             * @member {number} maxHostFd
             * @memberof stackprof.v1.LklDetection
             * @instance
             */
            LklDetection.prototype.maxHostFd = 0;

            /**
             * LklDetection fdTableSize.
             * @member {number} fdTableSize
             * @memberof stackprof.v1.LklDetection
             * @instance
             */
            LklDetection.prototype.fdTableSize = 0;

            /**
             * LklDetection threads.
             * @member {Array.<number>} threads
             * @memberof stackprof.v1.LklDetection
             * @instance
             */
            LklDetection.prototype.threads = $util.emptyArray;

            /**
             * LklDetection cpuWaitOff.
             * @member {boolean} cpuWaitOff
             * @memberof stackprof.v1.LklDetection
             * @instance
             */
            LklDetection.prototype.cpuWaitOff = false;

            /**
             * Encodes the specified LklDetection message. Does not implicitly {@link stackprof.v1.LklDetection.verify|verify} messages.
             * @function encode
             * @memberof stackprof.v1.LklDetection
             * @static
             * @param {stackprof.v1.ILklDetection} message LklDetection message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LklDetection.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.libraries != null && message.libraries.length)
                    for (let i = 0; i < message.libraries.length; ++i)
                        $root.stackprof.v1.LklLibrary.encode(message.libraries[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (message.ldPreload != null && Object.hasOwnProperty.call(message, "ldPreload"))
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.ldPreload);
                if (message.env != null && message.env.length)
                    for (let i = 0; i < message.env.length; ++i)
                        $root.stackprof.v1.LklEnvVar.encode(message.env[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (message.environReadable != null && Object.hasOwnProperty.call(message, "environReadable"))
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.environReadable);
                if (message.environTruncated != null && Object.hasOwnProperty.call(message, "environTruncated"))
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.environTruncated);
                if (message.ldSoPreload != null && Object.hasOwnProperty.call(message, "ldSoPreload"))
                    writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.ldSoPreload);
                if (message.scanError != null && Object.hasOwnProperty.call(message, "scanError"))
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.scanError);
                if (message.mappedObjects != null && Object.hasOwnProperty.call(message, "mappedObjects"))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.mappedObjects);
                if (message.scans != null && Object.hasOwnProperty.call(message, "scans"))
                    writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.scans);
                if (message.uprobeLibrary != null && Object.hasOwnProperty.call(message, "uprobeLibrary"))
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.uprobeLibrary);
                if (message.uprobes != null && message.uprobes.length)
                    for (let i = 0; i < message.uprobes.length; ++i)
                        writer.uint32(/* id 11, wireType 2 =*/90).string(message.uprobes[i]);
                if (message.uprobeError != null && Object.hasOwnProperty.call(message, "uprobeError"))
                    writer.uint32(/* id 12, wireType 2 =*/98).string(message.uprobeError);
                if (message.uprobesMonotonicNs != null && Object.hasOwnProperty.call(message, "uprobesMonotonicNs"))
                    writer.uint32(/* id 13, wireType 0 =*/104).uint64(message.uprobesMonotonicNs);
                if (message.hostCallsCounted != null && Object.hasOwnProperty.call(message, "hostCallsCounted"))
                    writer.uint32(/* id 14, wireType 0 =*/112).bool(message.hostCallsCounted);
                if (message.hostFds != null && Object.hasOwnProperty.call(message, "hostFds"))
                    writer.uint32(/* id 15, wireType 0 =*/120).uint32(message.hostFds);
                if (message.maxHostFd != null && Object.hasOwnProperty.call(message, "maxHostFd"))
                    writer.uint32(/* id 16, wireType 0 =*/128).int32(message.maxHostFd);
                if (message.fdTableSize != null && Object.hasOwnProperty.call(message, "fdTableSize"))
                    writer.uint32(/* id 17, wireType 0 =*/136).uint32(message.fdTableSize);
                if (message.threads != null && message.threads.length) {
                    writer.uint32(/* id 18, wireType 2 =*/146).fork();
                    for (let i = 0; i < message.threads.length; ++i)
                        writer.uint32(message.threads[i]);
                    writer.ldelim();
                }
                if (message.cpuWaitOff != null && Object.hasOwnProperty.call(message, "cpuWaitOff"))
                    writer.uint32(/* id 19, wireType 0 =*/152).bool(message.cpuWaitOff);
                return writer;
            };

            /**
             * Encodes the specified LklDetection message, length delimited. Does not implicitly {@link stackprof.v1.LklDetection.verify|verify} messages.
             * @function encodeDelimited
             * @memberof stackprof.v1.LklDetection
             * @static
             * @param {stackprof.v1.ILklDetection} message LklDetection message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LklDetection.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a LklDetection message from the specified reader or buffer.
             * @function decode
             * @memberof stackprof.v1.LklDetection
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {stackprof.v1.LklDetection} LklDetection
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LklDetection.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.stackprof.v1.LklDetection();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (!(message.libraries && message.libraries.length))
                                message.libraries = [];
                            message.libraries.push($root.stackprof.v1.LklLibrary.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 2: {
                            message.ldPreload = reader.bytes();
                            break;
                        }
                    case 3: {
                            if (!(message.env && message.env.length))
                                message.env = [];
                            message.env.push($root.stackprof.v1.LklEnvVar.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 4: {
                            message.environReadable = reader.bool();
                            break;
                        }
                    case 5: {
                            message.environTruncated = reader.bool();
                            break;
                        }
                    case 6: {
                            message.ldSoPreload = reader.bytes();
                            break;
                        }
                    case 7: {
                            message.scanError = reader.string();
                            break;
                        }
                    case 8: {
                            message.mappedObjects = reader.uint32();
                            break;
                        }
                    case 9: {
                            message.scans = reader.uint32();
                            break;
                        }
                    case 10: {
                            message.uprobeLibrary = reader.string();
                            break;
                        }
                    case 11: {
                            if (!(message.uprobes && message.uprobes.length))
                                message.uprobes = [];
                            message.uprobes.push(reader.string());
                            break;
                        }
                    case 12: {
                            message.uprobeError = reader.string();
                            break;
                        }
                    case 13: {
                            message.uprobesMonotonicNs = reader.uint64();
                            break;
                        }
                    case 14: {
                            message.hostCallsCounted = reader.bool();
                            break;
                        }
                    case 15: {
                            message.hostFds = reader.uint32();
                            break;
                        }
                    case 16: {
                            message.maxHostFd = reader.int32();
                            break;
                        }
                    case 17: {
                            message.fdTableSize = reader.uint32();
                            break;
                        }
                    case 18: {
                            if (!(message.threads && message.threads.length))
                                message.threads = [];
                            if ((tag & 7) === 2) {
                                let end2 = reader.uint32() + reader.pos;
                                if (end2 > reader.len)
                                    throw RangeError("index out of range");
                                reader.len = end2;
                                while (reader.pos < end2)
                                    message.threads.push(reader.uint32());
                                if (reader.pos !== end2)
                                    throw RangeError("index out of range");
                                reader.len = end;
                            } else
                                message.threads.push(reader.uint32());
                            break;
                        }
                    case 19: {
                            message.cpuWaitOff = reader.bool();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a LklDetection message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof stackprof.v1.LklDetection
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {stackprof.v1.LklDetection} LklDetection
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LklDetection.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Gets the default type url for LklDetection
             * @function getTypeUrl
             * @memberof stackprof.v1.LklDetection
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            LklDetection.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/stackprof.v1.LklDetection";
            };

            return LklDetection;
        })();

        v1.LklLibrary = (function() {

            /**
             * Properties of a LklLibrary.
             * @memberof stackprof.v1
             * @interface ILklLibrary
             * @property {string|null} [path] LklLibrary path
             * @property {boolean|null} [preloaded] LklLibrary preloaded
             * @property {boolean|null} [neededBeforeLibc] LklLibrary neededBeforeLibc
             * @property {boolean|null} [executable] LklLibrary executable
             * @property {boolean|null} [lklName] LklLibrary lklName
             * @property {Array.<string>|null} [lklSymbols] LklLibrary lklSymbols
             * @property {Array.<string>|null} [libcOverrides] LklLibrary libcOverrides
             * @property {boolean|null} [dpdk] LklLibrary dpdk
             * @property {string|null} [symbolsError] LklLibrary symbolsError
             */

            /**
             * Constructs a new LklLibrary.
             * @memberof stackprof.v1
             * @classdesc Represents a LklLibrary.
             * @implements ILklLibrary
             * @constructor
             * @param {stackprof.v1.ILklLibrary=} [properties] Properties to set
             */
            function LklLibrary(properties) {
                this.lklSymbols = [];
                this.libcOverrides = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * LklLibrary path.
             * @member {string} path
             * @memberof stackprof.v1.LklLibrary
             * @instance
             */
            LklLibrary.prototype.path = "";

            /**
             * LklLibrary preloaded.
             * @member {boolean} preloaded
             * @memberof stackprof.v1.LklLibrary
             * @instance
             */
            LklLibrary.prototype.preloaded = false;

            /**
             * LklLibrary neededBeforeLibc.
             * @member {boolean} neededBeforeLibc
             * @memberof stackprof.v1.LklLibrary
             * @instance
             */
            LklLibrary.prototype.neededBeforeLibc = false;

            /**
             * LklLibrary executable.
             * @member {boolean} executable
             * @memberof stackprof.v1.LklLibrary
             * @instance
             */
            LklLibrary.prototype.executable = false;

            /**
             * LklLibrary lklName.
             * @member {boolean} lklName
             * @memberof stackprof.v1.LklLibrary
             * @instance
             */
            LklLibrary.prototype.lklName = false;

            /**
             * LklLibrary lklSymbols.
             * @member {Array.<string>} lklSymbols
             * @memberof stackprof.v1.LklLibrary
             * @instance
             */
            LklLibrary.prototype.lklSymbols = $util.emptyArray;

            /**
             * LklLibrary libcOverrides.
             * @member {Array.<string>} libcOverrides
             * @memberof stackprof.v1.LklLibrary
             * @instance
             */
            LklLibrary.prototype.libcOverrides = $util.emptyArray;

            /**
             * LklLibrary dpdk.
             * @member {boolean} dpdk
             * @memberof stackprof.v1.LklLibrary
             * @instance
             */
            LklLibrary.prototype.dpdk = false;

            /**
             * LklLibrary symbolsError.
             * @member {string} symbolsError
             * @memberof stackprof.v1.LklLibrary
             * @instance
             */
            LklLibrary.prototype.symbolsError = "";

            /**
             * Encodes the specified LklLibrary message. Does not implicitly {@link stackprof.v1.LklLibrary.verify|verify} messages.
             * @function encode
             * @memberof stackprof.v1.LklLibrary
             * @static
             * @param {stackprof.v1.ILklLibrary} message LklLibrary message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LklLibrary.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.path != null && Object.hasOwnProperty.call(message, "path"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.path);
                if (message.preloaded != null && Object.hasOwnProperty.call(message, "preloaded"))
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.preloaded);
                if (message.neededBeforeLibc != null && Object.hasOwnProperty.call(message, "neededBeforeLibc"))
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.neededBeforeLibc);
                if (message.executable != null && Object.hasOwnProperty.call(message, "executable"))
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.executable);
                if (message.lklName != null && Object.hasOwnProperty.call(message, "lklName"))
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.lklName);
                if (message.lklSymbols != null && message.lklSymbols.length)
                    for (let i = 0; i < message.lklSymbols.length; ++i)
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.lklSymbols[i]);
                if (message.libcOverrides != null && message.libcOverrides.length)
                    for (let i = 0; i < message.libcOverrides.length; ++i)
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.libcOverrides[i]);
                if (message.dpdk != null && Object.hasOwnProperty.call(message, "dpdk"))
                    writer.uint32(/* id 8, wireType 0 =*/64).bool(message.dpdk);
                if (message.symbolsError != null && Object.hasOwnProperty.call(message, "symbolsError"))
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.symbolsError);
                return writer;
            };

            /**
             * Encodes the specified LklLibrary message, length delimited. Does not implicitly {@link stackprof.v1.LklLibrary.verify|verify} messages.
             * @function encodeDelimited
             * @memberof stackprof.v1.LklLibrary
             * @static
             * @param {stackprof.v1.ILklLibrary} message LklLibrary message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LklLibrary.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a LklLibrary message from the specified reader or buffer.
             * @function decode
             * @memberof stackprof.v1.LklLibrary
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {stackprof.v1.LklLibrary} LklLibrary
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LklLibrary.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.stackprof.v1.LklLibrary();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.path = reader.string();
                            break;
                        }
                    case 2: {
                            message.preloaded = reader.bool();
                            break;
                        }
                    case 3: {
                            message.neededBeforeLibc = reader.bool();
                            break;
                        }
                    case 4: {
                            message.executable = reader.bool();
                            break;
                        }
                    case 5: {
                            message.lklName = reader.bool();
                            break;
                        }
                    case 6: {
                            if (!(message.lklSymbols && message.lklSymbols.length))
                                message.lklSymbols = [];
                            message.lklSymbols.push(reader.string());
                            break;
                        }
                    case 7: {
                            if (!(message.libcOverrides && message.libcOverrides.length))
                                message.libcOverrides = [];
                            message.libcOverrides.push(reader.string());
                            break;
                        }
                    case 8: {
                            message.dpdk = reader.bool();
                            break;
                        }
                    case 9: {
                            message.symbolsError = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a LklLibrary message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof stackprof.v1.LklLibrary
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {stackprof.v1.LklLibrary} LklLibrary
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LklLibrary.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Gets the default type url for LklLibrary
             * @function getTypeUrl
             * @memberof stackprof.v1.LklLibrary
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            LklLibrary.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/stackprof.v1.LklLibrary";
            };

            return LklLibrary;
        })();

        v1.LklEnvVar = (function() {

            /**
             * Properties of a LklEnvVar.
             * @memberof stackprof.v1
             * @interface ILklEnvVar
             * @property {string|null} [name] LklEnvVar name
             * @property {Uint8Array|null} [value] LklEnvVar value
             */

            /**
             * Constructs a new LklEnvVar.
             * @memberof stackprof.v1
             * @classdesc Represents a LklEnvVar.
             * @implements ILklEnvVar
             * @constructor
             * @param {stackprof.v1.ILklEnvVar=} [properties] Properties to set
             */
            function LklEnvVar(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * LklEnvVar name.
             * @member {string} name
             * @memberof stackprof.v1.LklEnvVar
             * @instance
             */
            LklEnvVar.prototype.name = "";

            /**
             * LklEnvVar value.
             * @member {Uint8Array} value
             * @memberof stackprof.v1.LklEnvVar
             * @instance
             */
            LklEnvVar.prototype.value = $util.newBuffer([]);

            /**
             * Encodes the specified LklEnvVar message. Does not implicitly {@link stackprof.v1.LklEnvVar.verify|verify} messages.
             * @function encode
             * @memberof stackprof.v1.LklEnvVar
             * @static
             * @param {stackprof.v1.ILklEnvVar} message LklEnvVar message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LklEnvVar.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.value != null && Object.hasOwnProperty.call(message, "value"))
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.value);
                return writer;
            };

            /**
             * Encodes the specified LklEnvVar message, length delimited. Does not implicitly {@link stackprof.v1.LklEnvVar.verify|verify} messages.
             * @function encodeDelimited
             * @memberof stackprof.v1.LklEnvVar
             * @static
             * @param {stackprof.v1.ILklEnvVar} message LklEnvVar message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LklEnvVar.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a LklEnvVar message from the specified reader or buffer.
             * @function decode
             * @memberof stackprof.v1.LklEnvVar
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {stackprof.v1.LklEnvVar} LklEnvVar
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LklEnvVar.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.stackprof.v1.LklEnvVar();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.name = reader.string();
                            break;
                        }
                    case 2: {
                            message.value = reader.bytes();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a LklEnvVar message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof stackprof.v1.LklEnvVar
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {stackprof.v1.LklEnvVar} LklEnvVar
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LklEnvVar.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Gets the default type url for LklEnvVar
             * @function getTypeUrl
             * @memberof stackprof.v1.LklEnvVar
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            LklEnvVar.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/stackprof.v1.LklEnvVar";
            };

            return LklEnvVar;
        })();

        v1.LklSyscallStat = (function() {

            /**
             * Properties of a LklSyscallStat.
             * @memberof stackprof.v1
             * @interface ILklSyscallStat
             * @property {number|null} [tid] LklSyscallStat tid
             * @property {number|null} [nr] LklSyscallStat nr
             * @property {Long|null} [count] LklSyscallStat count
             * @property {Long|null} [errors] LklSyscallStat errors
             * @property {Long|null} [totalNs] LklSyscallStat totalNs
             * @property {Long|null} [maxNs] LklSyscallStat maxNs
             * @property {Array.<Long>|null} [latencyLog2Ns] LklSyscallStat latencyLog2Ns
             */

            /**
             * Constructs a new LklSyscallStat.
             * @memberof stackprof.v1
             * @classdesc Represents a LklSyscallStat.
             * @implements ILklSyscallStat
             * @constructor
             * @param {stackprof.v1.ILklSyscallStat=} [properties] Properties to set
             */
            function LklSyscallStat(properties) {
                this.latencyLog2Ns = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * LklSyscallStat tid.
             * @member {number} tid
             * @memberof stackprof.v1.LklSyscallStat
             * @instance
             */
            LklSyscallStat.prototype.tid = 0;

            /**
             * LklSyscallStat nr.
             * @member {number} nr
             * @memberof stackprof.v1.LklSyscallStat
             * @instance
             */
            LklSyscallStat.prototype.nr = 0;

            /**
             * LklSyscallStat count.
             * @member {Long} count
             * @memberof stackprof.v1.LklSyscallStat
             * @instance
             */
            LklSyscallStat.prototype.count = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * LklSyscallStat errors.
             * @member {Long} errors
             * @memberof stackprof.v1.LklSyscallStat
             * @instance
             */
            LklSyscallStat.prototype.errors = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * LklSyscallStat totalNs.
             * @member {Long} totalNs
             * @memberof stackprof.v1.LklSyscallStat
             * @instance
             */
            LklSyscallStat.prototype.totalNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * LklSyscallStat maxNs.
             * @member {Long} maxNs
             * @memberof stackprof.v1.LklSyscallStat
             * @instance
             */
            LklSyscallStat.prototype.maxNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * LklSyscallStat latencyLog2Ns.
             * @member {Array.<Long>} latencyLog2Ns
             * @memberof stackprof.v1.LklSyscallStat
             * @instance
             */
            LklSyscallStat.prototype.latencyLog2Ns = $util.emptyArray;

            /**
             * Encodes the specified LklSyscallStat message. Does not implicitly {@link stackprof.v1.LklSyscallStat.verify|verify} messages.
             * @function encode
             * @memberof stackprof.v1.LklSyscallStat
             * @static
             * @param {stackprof.v1.ILklSyscallStat} message LklSyscallStat message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LklSyscallStat.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.tid != null && Object.hasOwnProperty.call(message, "tid"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.tid);
                if (message.nr != null && Object.hasOwnProperty.call(message, "nr"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.nr);
                if (message.count != null && Object.hasOwnProperty.call(message, "count"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.count);
                if (message.errors != null && Object.hasOwnProperty.call(message, "errors"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.errors);
                if (message.totalNs != null && Object.hasOwnProperty.call(message, "totalNs"))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.totalNs);
                if (message.maxNs != null && Object.hasOwnProperty.call(message, "maxNs"))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.maxNs);
                if (message.latencyLog2Ns != null && message.latencyLog2Ns.length) {
                    writer.uint32(/* id 7, wireType 2 =*/58).fork();
                    for (let i = 0; i < message.latencyLog2Ns.length; ++i)
                        writer.uint64(message.latencyLog2Ns[i]);
                    writer.ldelim();
                }
                return writer;
            };

            /**
             * Encodes the specified LklSyscallStat message, length delimited. Does not implicitly {@link stackprof.v1.LklSyscallStat.verify|verify} messages.
             * @function encodeDelimited
             * @memberof stackprof.v1.LklSyscallStat
             * @static
             * @param {stackprof.v1.ILklSyscallStat} message LklSyscallStat message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LklSyscallStat.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a LklSyscallStat message from the specified reader or buffer.
             * @function decode
             * @memberof stackprof.v1.LklSyscallStat
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {stackprof.v1.LklSyscallStat} LklSyscallStat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LklSyscallStat.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.stackprof.v1.LklSyscallStat();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.tid = reader.uint32();
                            break;
                        }
                    case 2: {
                            message.nr = reader.uint32();
                            break;
                        }
                    case 3: {
                            message.count = reader.uint64();
                            break;
                        }
                    case 4: {
                            message.errors = reader.uint64();
                            break;
                        }
                    case 5: {
                            message.totalNs = reader.uint64();
                            break;
                        }
                    case 6: {
                            message.maxNs = reader.uint64();
                            break;
                        }
                    case 7: {
                            if (!(message.latencyLog2Ns && message.latencyLog2Ns.length))
                                message.latencyLog2Ns = [];
                            if ((tag & 7) === 2) {
                                let end2 = reader.uint32() + reader.pos;
                                if (end2 > reader.len)
                                    throw RangeError("index out of range");
                                reader.len = end2;
                                while (reader.pos < end2)
                                    message.latencyLog2Ns.push(reader.uint64());
                                if (reader.pos !== end2)
                                    throw RangeError("index out of range");
                                reader.len = end;
                            } else
                                message.latencyLog2Ns.push(reader.uint64());
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a LklSyscallStat message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof stackprof.v1.LklSyscallStat
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {stackprof.v1.LklSyscallStat} LklSyscallStat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LklSyscallStat.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Gets the default type url for LklSyscallStat
             * @function getTypeUrl
             * @memberof stackprof.v1.LklSyscallStat
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            LklSyscallStat.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/stackprof.v1.LklSyscallStat";
            };

            return LklSyscallStat;
        })();

        v1.LklCpuWait = (function() {

            /**
             * Properties of a LklCpuWait.
             * @memberof stackprof.v1
             * @interface ILklCpuWait
             * @property {number|null} [tid] LklCpuWait tid
             * @property {Long|null} [count] LklCpuWait count
             * @property {Long|null} [totalNs] LklCpuWait totalNs
             * @property {Long|null} [maxNs] LklCpuWait maxNs
             * @property {Array.<Long>|null} [waitLog2Ns] LklCpuWait waitLog2Ns
             */

            /**
             * Constructs a new LklCpuWait.
             * @memberof stackprof.v1
             * @classdesc Represents a LklCpuWait.
             * @implements ILklCpuWait
             * @constructor
             * @param {stackprof.v1.ILklCpuWait=} [properties] Properties to set
             */
            function LklCpuWait(properties) {
                this.waitLog2Ns = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * LklCpuWait tid.
             * @member {number} tid
             * @memberof stackprof.v1.LklCpuWait
             * @instance
             */
            LklCpuWait.prototype.tid = 0;

            /**
             * LklCpuWait count.
             * @member {Long} count
             * @memberof stackprof.v1.LklCpuWait
             * @instance
             */
            LklCpuWait.prototype.count = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * LklCpuWait totalNs.
             * @member {Long} totalNs
             * @memberof stackprof.v1.LklCpuWait
             * @instance
             */
            LklCpuWait.prototype.totalNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * LklCpuWait maxNs.
             * @member {Long} maxNs
             * @memberof stackprof.v1.LklCpuWait
             * @instance
             */
            LklCpuWait.prototype.maxNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * LklCpuWait waitLog2Ns.
             * @member {Array.<Long>} waitLog2Ns
             * @memberof stackprof.v1.LklCpuWait
             * @instance
             */
            LklCpuWait.prototype.waitLog2Ns = $util.emptyArray;

            /**
             * Encodes the specified LklCpuWait message. Does not implicitly {@link stackprof.v1.LklCpuWait.verify|verify} messages.
             * @function encode
             * @memberof stackprof.v1.LklCpuWait
             * @static
             * @param {stackprof.v1.ILklCpuWait} message LklCpuWait message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LklCpuWait.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.tid != null && Object.hasOwnProperty.call(message, "tid"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.tid);
                if (message.count != null && Object.hasOwnProperty.call(message, "count"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.count);
                if (message.totalNs != null && Object.hasOwnProperty.call(message, "totalNs"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.totalNs);
                if (message.maxNs != null && Object.hasOwnProperty.call(message, "maxNs"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.maxNs);
                if (message.waitLog2Ns != null && message.waitLog2Ns.length) {
                    writer.uint32(/* id 5, wireType 2 =*/42).fork();
                    for (let i = 0; i < message.waitLog2Ns.length; ++i)
                        writer.uint64(message.waitLog2Ns[i]);
                    writer.ldelim();
                }
                return writer;
            };

            /**
             * Encodes the specified LklCpuWait message, length delimited. Does not implicitly {@link stackprof.v1.LklCpuWait.verify|verify} messages.
             * @function encodeDelimited
             * @memberof stackprof.v1.LklCpuWait
             * @static
             * @param {stackprof.v1.ILklCpuWait} message LklCpuWait message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LklCpuWait.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a LklCpuWait message from the specified reader or buffer.
             * @function decode
             * @memberof stackprof.v1.LklCpuWait
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {stackprof.v1.LklCpuWait} LklCpuWait
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LklCpuWait.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.stackprof.v1.LklCpuWait();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.tid = reader.uint32();
                            break;
                        }
                    case 2: {
                            message.count = reader.uint64();
                            break;
                        }
                    case 3: {
                            message.totalNs = reader.uint64();
                            break;
                        }
                    case 4: {
                            message.maxNs = reader.uint64();
                            break;
                        }
                    case 5: {
                            if (!(message.waitLog2Ns && message.waitLog2Ns.length))
                                message.waitLog2Ns = [];
                            if ((tag & 7) === 2) {
                                let end2 = reader.uint32() + reader.pos;
                                if (end2 > reader.len)
                                    throw RangeError("index out of range");
                                reader.len = end2;
                                while (reader.pos < end2)
                                    message.waitLog2Ns.push(reader.uint64());
                                if (reader.pos !== end2)
                                    throw RangeError("index out of range");
                                reader.len = end;
                            } else
                                message.waitLog2Ns.push(reader.uint64());
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a LklCpuWait message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof stackprof.v1.LklCpuWait
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {stackprof.v1.LklCpuWait} LklCpuWait
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LklCpuWait.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Gets the default type url for LklCpuWait
             * @function getTypeUrl
             * @memberof stackprof.v1.LklCpuWait
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            LklCpuWait.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/stackprof.v1.LklCpuWait";
            };

            return LklCpuWait;
        })();

        v1.LklHostCall = (function() {

            /**
             * Properties of a LklHostCall.
             * @memberof stackprof.v1
             * @interface ILklHostCall
             * @property {number|null} [tid] LklHostCall tid
             * @property {number|null} [nr] LklHostCall nr
             * @property {Long|null} [count] LklHostCall count
             */

            /**
             * Constructs a new LklHostCall.
             * @memberof stackprof.v1
             * @classdesc Represents a LklHostCall.
             * @implements ILklHostCall
             * @constructor
             * @param {stackprof.v1.ILklHostCall=} [properties] Properties to set
             */
            function LklHostCall(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * LklHostCall tid.
             * @member {number} tid
             * @memberof stackprof.v1.LklHostCall
             * @instance
             */
            LklHostCall.prototype.tid = 0;

            /**
             * LklHostCall nr.
             * @member {number} nr
             * @memberof stackprof.v1.LklHostCall
             * @instance
             */
            LklHostCall.prototype.nr = 0;

            /**
             * LklHostCall count.
             * @member {Long} count
             * @memberof stackprof.v1.LklHostCall
             * @instance
             */
            LklHostCall.prototype.count = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Encodes the specified LklHostCall message. Does not implicitly {@link stackprof.v1.LklHostCall.verify|verify} messages.
             * @function encode
             * @memberof stackprof.v1.LklHostCall
             * @static
             * @param {stackprof.v1.ILklHostCall} message LklHostCall message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LklHostCall.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.tid != null && Object.hasOwnProperty.call(message, "tid"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.tid);
                if (message.nr != null && Object.hasOwnProperty.call(message, "nr"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.nr);
                if (message.count != null && Object.hasOwnProperty.call(message, "count"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.count);
                return writer;
            };

            /**
             * Encodes the specified LklHostCall message, length delimited. Does not implicitly {@link stackprof.v1.LklHostCall.verify|verify} messages.
             * @function encodeDelimited
             * @memberof stackprof.v1.LklHostCall
             * @static
             * @param {stackprof.v1.ILklHostCall} message LklHostCall message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LklHostCall.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a LklHostCall message from the specified reader or buffer.
             * @function decode
             * @memberof stackprof.v1.LklHostCall
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {stackprof.v1.LklHostCall} LklHostCall
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LklHostCall.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.stackprof.v1.LklHostCall();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.tid = reader.uint32();
                            break;
                        }
                    case 2: {
                            message.nr = reader.uint32();
                            break;
                        }
                    case 3: {
                            message.count = reader.uint64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a LklHostCall message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof stackprof.v1.LklHostCall
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {stackprof.v1.LklHostCall} LklHostCall
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LklHostCall.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Gets the default type url for LklHostCall
             * @function getTypeUrl
             * @memberof stackprof.v1.LklHostCall
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            LklHostCall.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/stackprof.v1.LklHostCall";
            };

            return LklHostCall;
        })();

        v1.LklCounters = (function() {

            /**
             * Properties of a LklCounters.
             * @memberof stackprof.v1
             * @interface ILklCounters
             * @property {Long|null} [statsMapFull] LklCounters statsMapFull
             * @property {Long|null} [cpuMapFull] LklCounters cpuMapFull
             * @property {Long|null} [hostMapFull] LklCounters hostMapFull
             * @property {Long|null} [stateStoreFailed] LklCounters stateStoreFailed
             * @property {Long|null} [tooDeep] LklCounters tooDeep
             * @property {Long|null} [unmatchedReturns] LklCounters unmatchedReturns
             */

            /**
             * Constructs a new LklCounters.
             * @memberof stackprof.v1
             * @classdesc Represents a LklCounters.
             * @implements ILklCounters
             * @constructor
             * @param {stackprof.v1.ILklCounters=} [properties] Properties to set
             */
            function LklCounters(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * LklCounters statsMapFull.
             * @member {Long} statsMapFull
             * @memberof stackprof.v1.LklCounters
             * @instance
             */
            LklCounters.prototype.statsMapFull = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * LklCounters cpuMapFull.
             * @member {Long} cpuMapFull
             * @memberof stackprof.v1.LklCounters
             * @instance
             */
            LklCounters.prototype.cpuMapFull = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * LklCounters hostMapFull.
             * @member {Long} hostMapFull
             * @memberof stackprof.v1.LklCounters
             * @instance
             */
            LklCounters.prototype.hostMapFull = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * LklCounters stateStoreFailed.
             * @member {Long} stateStoreFailed
             * @memberof stackprof.v1.LklCounters
             * @instance
             */
            LklCounters.prototype.stateStoreFailed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * LklCounters tooDeep.
             * @member {Long} tooDeep
             * @memberof stackprof.v1.LklCounters
             * @instance
             */
            LklCounters.prototype.tooDeep = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * LklCounters unmatchedReturns.
             * @member {Long} unmatchedReturns
             * @memberof stackprof.v1.LklCounters
             * @instance
             */
            LklCounters.prototype.unmatchedReturns = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Encodes the specified LklCounters message. Does not implicitly {@link stackprof.v1.LklCounters.verify|verify} messages.
             * @function encode
             * @memberof stackprof.v1.LklCounters
             * @static
             * @param {stackprof.v1.ILklCounters} message LklCounters message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LklCounters.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.statsMapFull != null && Object.hasOwnProperty.call(message, "statsMapFull"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.statsMapFull);
                if (message.cpuMapFull != null && Object.hasOwnProperty.call(message, "cpuMapFull"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.cpuMapFull);
                if (message.hostMapFull != null && Object.hasOwnProperty.call(message, "hostMapFull"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.hostMapFull);
                if (message.stateStoreFailed != null && Object.hasOwnProperty.call(message, "stateStoreFailed"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.stateStoreFailed);
                if (message.tooDeep != null && Object.hasOwnProperty.call(message, "tooDeep"))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.tooDeep);
                if (message.unmatchedReturns != null && Object.hasOwnProperty.call(message, "unmatchedReturns"))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.unmatchedReturns);
                return writer;
            };

            /**
             * Encodes the specified LklCounters message, length delimited. Does not implicitly {@link stackprof.v1.LklCounters.verify|verify} messages.
             * @function encodeDelimited
             * @memberof stackprof.v1.LklCounters
             * @static
             * @param {stackprof.v1.ILklCounters} message LklCounters message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LklCounters.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a LklCounters message from the specified reader or buffer.
             * @function decode
             * @memberof stackprof.v1.LklCounters
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {stackprof.v1.LklCounters} LklCounters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LklCounters.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.stackprof.v1.LklCounters();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.statsMapFull = reader.uint64();
                            break;
                        }
                    case 2: {
                            message.cpuMapFull = reader.uint64();
                            break;
                        }
                    case 3: {
                            message.hostMapFull = reader.uint64();
                            break;
                        }
                    case 4: {
                            message.stateStoreFailed = reader.uint64();
                            break;
                        }
                    case 5: {
                            message.tooDeep = reader.uint64();
                            break;
                        }
                    case 6: {
                            message.unmatchedReturns = reader.uint64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a LklCounters message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof stackprof.v1.LklCounters
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {stackprof.v1.LklCounters} LklCounters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LklCounters.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Gets the default type url for LklCounters
             * @function getTypeUrl
             * @memberof stackprof.v1.LklCounters
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            LklCounters.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/stackprof.v1.LklCounters";
            };

            return LklCounters;
        })();

        v1.StackModule = (function() {

            /**
             * Properties of a StackModule.
             * @memberof stackprof.v1
             * @interface IStackModule
             * @property {number|null} [id] StackModule id
             * @property {stackprof.v1.StackModule.Kind|null} [kind] StackModule kind
             * @property {string|null} [path] StackModule path
             * @property {string|null} [buildId] StackModule buildId
             * @property {Long|null} [start] StackModule start
             * @property {Long|null} [limit] StackModule limit
             * @property {Long|null} [fileOffset] StackModule fileOffset
             * @property {string|null} [symbols] StackModule symbols
             */

            /**
             * Constructs a new StackModule.
             * @memberof stackprof.v1
             * @classdesc Represents a StackModule.
             * @implements IStackModule
             * @constructor
             * @param {stackprof.v1.IStackModule=} [properties] Properties to set
             */
            function StackModule(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * StackModule id.
             * @member {number} id
             * @memberof stackprof.v1.StackModule
             * @instance
             */
            StackModule.prototype.id = 0;

            /**
             * StackModule kind.
             * @member {stackprof.v1.StackModule.Kind} kind
             * @memberof stackprof.v1.StackModule
             * @instance
             */
            StackModule.prototype.kind = 0;

            /**
             * StackModule path.
             * @member {string} path
             * @memberof stackprof.v1.StackModule
             * @instance
             */
            StackModule.prototype.path = "";

            /**
             * StackModule buildId.
             * @member {string} buildId
             * @memberof stackprof.v1.StackModule
             * @instance
             */
            StackModule.prototype.buildId = "";

            /**
             * StackModule start.
             * @member {Long} start
             * @memberof stackprof.v1.StackModule
             * @instance
             */
            StackModule.prototype.start = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * StackModule limit.
             * @member {Long} limit
             * @memberof stackprof.v1.StackModule
             * @instance
             */
            StackModule.prototype.limit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * StackModule fileOffset.
             * @member {Long} fileOffset
             * @memberof stackprof.v1.StackModule
             * @instance
             */
            StackModule.prototype.fileOffset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * StackModule symbols.
             * @member {string} symbols
             * @memberof stackprof.v1.StackModule
             * @instance
             */
            StackModule.prototype.symbols = "";

            /**
             * Encodes the specified StackModule message. Does not implicitly {@link stackprof.v1.StackModule.verify|verify} messages.
             * @function encode
             * @memberof stackprof.v1.StackModule
             * @static
             * @param {stackprof.v1.IStackModule} message StackModule message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StackModule.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.id);
                if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.kind);
                if (message.path != null && Object.hasOwnProperty.call(message, "path"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.path);
                if (message.buildId != null && Object.hasOwnProperty.call(message, "buildId"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.buildId);
                if (message.start != null && Object.hasOwnProperty.call(message, "start"))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.start);
                if (message.limit != null && Object.hasOwnProperty.call(message, "limit"))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.limit);
                if (message.fileOffset != null && Object.hasOwnProperty.call(message, "fileOffset"))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.fileOffset);
                if (message.symbols != null && Object.hasOwnProperty.call(message, "symbols"))
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.symbols);
                return writer;
            };

            /**
             * Encodes the specified StackModule message, length delimited. Does not implicitly {@link stackprof.v1.StackModule.verify|verify} messages.
             * @function encodeDelimited
             * @memberof stackprof.v1.StackModule
             * @static
             * @param {stackprof.v1.IStackModule} message StackModule message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StackModule.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a StackModule message from the specified reader or buffer.
             * @function decode
             * @memberof stackprof.v1.StackModule
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {stackprof.v1.StackModule} StackModule
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StackModule.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.stackprof.v1.StackModule();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.id = reader.uint32();
                            break;
                        }
                    case 2: {
                            message.kind = reader.int32();
                            break;
                        }
                    case 3: {
                            message.path = reader.string();
                            break;
                        }
                    case 4: {
                            message.buildId = reader.string();
                            break;
                        }
                    case 5: {
                            message.start = reader.uint64();
                            break;
                        }
                    case 6: {
                            message.limit = reader.uint64();
                            break;
                        }
                    case 7: {
                            message.fileOffset = reader.uint64();
                            break;
                        }
                    case 8: {
                            message.symbols = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a StackModule message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof stackprof.v1.StackModule
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {stackprof.v1.StackModule} StackModule
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StackModule.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Gets the default type url for StackModule
             * @function getTypeUrl
             * @memberof stackprof.v1.StackModule
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            StackModule.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/stackprof.v1.StackModule";
            };

            /**
             * Kind enum.
             * @name stackprof.v1.StackModule.Kind
             * @enum {number}
             * @property {number} KIND_UNSPECIFIED=0 KIND_UNSPECIFIED value
             * @property {number} KERNEL=1 KERNEL value
             * @property {number} ELF=2 ELF value
             * @property {number} PERF_MAP=3 PERF_MAP value
             * @property {number} ANONYMOUS=4 ANONYMOUS value
             * @property {number} OTHER=5 OTHER value
             */
            StackModule.Kind = (function() {
                const valuesById = {}, values = Object.create(valuesById);
                values[valuesById[0] = "KIND_UNSPECIFIED"] = 0;
                values[valuesById[1] = "KERNEL"] = 1;
                values[valuesById[2] = "ELF"] = 2;
                values[valuesById[3] = "PERF_MAP"] = 3;
                values[valuesById[4] = "ANONYMOUS"] = 4;
                values[valuesById[5] = "OTHER"] = 5;
                return values;
            })();

            return StackModule;
        })();

        v1.StackFrame = (function() {

            /**
             * Properties of a StackFrame.
             * @memberof stackprof.v1
             * @interface IStackFrame
             * @property {number|null} [id] StackFrame id
             * @property {stackprof.v1.StackFrame.Kind|null} [kind] StackFrame kind
             * @property {string|null} ["function"] StackFrame function
             * @property {number|null} [moduleId] StackFrame moduleId
             * @property {Long|null} [address] StackFrame address
             * @property {Long|null} [moduleOffset] StackFrame moduleOffset
             * @property {string|null} [file] StackFrame file
             * @property {number|null} [line] StackFrame line
             * @property {string|null} [unknownReason] StackFrame unknownReason
             */

            /**
             * Constructs a new StackFrame.
             * @memberof stackprof.v1
             * @classdesc Represents a StackFrame.
             * @implements IStackFrame
             * @constructor
             * @param {stackprof.v1.IStackFrame=} [properties] Properties to set
             */
            function StackFrame(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * StackFrame id.
             * @member {number} id
             * @memberof stackprof.v1.StackFrame
             * @instance
             */
            StackFrame.prototype.id = 0;

            /**
             * StackFrame kind.
             * @member {stackprof.v1.StackFrame.Kind} kind
             * @memberof stackprof.v1.StackFrame
             * @instance
             */
            StackFrame.prototype.kind = 0;

            /**
             * StackFrame function.
             * @member {string} function
             * @memberof stackprof.v1.StackFrame
             * @instance
             */
            StackFrame.prototype["function"] = "";

            /**
             * StackFrame moduleId.
             * @member {number} moduleId
             * @memberof stackprof.v1.StackFrame
             * @instance
             */
            StackFrame.prototype.moduleId = 0;

            /**
             * StackFrame address.
             * @member {Long} address
             * @memberof stackprof.v1.StackFrame
             * @instance
             */
            StackFrame.prototype.address = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * StackFrame moduleOffset.
             * @member {Long} moduleOffset
             * @memberof stackprof.v1.StackFrame
             * @instance
             */
            StackFrame.prototype.moduleOffset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * StackFrame file.
             * @member {string} file
             * @memberof stackprof.v1.StackFrame
             * @instance
             */
            StackFrame.prototype.file = "";

            /**
             * StackFrame line.
             * @member {number} line
             * @memberof stackprof.v1.StackFrame
             * @instance
             */
            StackFrame.prototype.line = 0;

            /**
             * StackFrame unknownReason.
             * @member {string} unknownReason
             * @memberof stackprof.v1.StackFrame
             * @instance
             */
            StackFrame.prototype.unknownReason = "";

            /**
             * Encodes the specified StackFrame message. Does not implicitly {@link stackprof.v1.StackFrame.verify|verify} messages.
             * @function encode
             * @memberof stackprof.v1.StackFrame
             * @static
             * @param {stackprof.v1.IStackFrame} message StackFrame message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StackFrame.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.id);
                if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.kind);
                if (message["function"] != null && Object.hasOwnProperty.call(message, "function"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message["function"]);
                if (message.moduleId != null && Object.hasOwnProperty.call(message, "moduleId"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.moduleId);
                if (message.address != null && Object.hasOwnProperty.call(message, "address"))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.address);
                if (message.moduleOffset != null && Object.hasOwnProperty.call(message, "moduleOffset"))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.moduleOffset);
                if (message.file != null && Object.hasOwnProperty.call(message, "file"))
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.file);
                if (message.line != null && Object.hasOwnProperty.call(message, "line"))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.line);
                if (message.unknownReason != null && Object.hasOwnProperty.call(message, "unknownReason"))
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.unknownReason);
                return writer;
            };

            /**
             * Encodes the specified StackFrame message, length delimited. Does not implicitly {@link stackprof.v1.StackFrame.verify|verify} messages.
             * @function encodeDelimited
             * @memberof stackprof.v1.StackFrame
             * @static
             * @param {stackprof.v1.IStackFrame} message StackFrame message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StackFrame.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a StackFrame message from the specified reader or buffer.
             * @function decode
             * @memberof stackprof.v1.StackFrame
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {stackprof.v1.StackFrame} StackFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StackFrame.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.stackprof.v1.StackFrame();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.id = reader.uint32();
                            break;
                        }
                    case 2: {
                            message.kind = reader.int32();
                            break;
                        }
                    case 3: {
                            message["function"] = reader.string();
                            break;
                        }
                    case 4: {
                            message.moduleId = reader.uint32();
                            break;
                        }
                    case 5: {
                            message.address = reader.uint64();
                            break;
                        }
                    case 6: {
                            message.moduleOffset = reader.uint64();
                            break;
                        }
                    case 7: {
                            message.file = reader.string();
                            break;
                        }
                    case 8: {
                            message.line = reader.uint32();
                            break;
                        }
                    case 9: {
                            message.unknownReason = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a StackFrame message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof stackprof.v1.StackFrame
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {stackprof.v1.StackFrame} StackFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StackFrame.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Gets the default type url for StackFrame
             * @function getTypeUrl
             * @memberof stackprof.v1.StackFrame
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            StackFrame.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/stackprof.v1.StackFrame";
            };

            /**
             * Kind enum.
             * @name stackprof.v1.StackFrame.Kind
             * @enum {number}
             * @property {number} KIND_UNSPECIFIED=0 KIND_UNSPECIFIED value
             * @property {number} KERNEL=1 KERNEL value
             * @property {number} NATIVE=2 NATIVE value
             * @property {number} JIT=3 JIT value
             * @property {number} UNKNOWN=4 UNKNOWN value
             */
            StackFrame.Kind = (function() {
                const valuesById = {}, values = Object.create(valuesById);
                values[valuesById[0] = "KIND_UNSPECIFIED"] = 0;
                values[valuesById[1] = "KERNEL"] = 1;
                values[valuesById[2] = "NATIVE"] = 2;
                values[valuesById[3] = "JIT"] = 3;
                values[valuesById[4] = "UNKNOWN"] = 4;
                return values;
            })();

            return StackFrame;
        })();

        v1.Stack = (function() {

            /**
             * Properties of a Stack.
             * @memberof stackprof.v1
             * @interface IStack
             * @property {number|null} [id] Stack id
             * @property {Array.<number>|null} [frameIds] Stack frameIds
             * @property {boolean|null} [userTruncated] Stack userTruncated
             * @property {number|null} [truncatedModuleId] Stack truncatedModuleId
             * @property {boolean|null} [depthLimited] Stack depthLimited
             * @property {boolean|null} [userMissing] Stack userMissing
             */

            /**
             * Constructs a new Stack.
             * @memberof stackprof.v1
             * @classdesc Represents a Stack.
             * @implements IStack
             * @constructor
             * @param {stackprof.v1.IStack=} [properties] Properties to set
             */
            function Stack(properties) {
                this.frameIds = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Stack id.
             * @member {number} id
             * @memberof stackprof.v1.Stack
             * @instance
             */
            Stack.prototype.id = 0;

            /**
             * Stack frameIds.
             * @member {Array.<number>} frameIds
             * @memberof stackprof.v1.Stack
             * @instance
             */
            Stack.prototype.frameIds = $util.emptyArray;

            /**
             * Stack userTruncated.
             * @member {boolean} userTruncated
             * @memberof stackprof.v1.Stack
             * @instance
             */
            Stack.prototype.userTruncated = false;

            /**
             * Stack truncatedModuleId.
             * @member {number} truncatedModuleId
             * @memberof stackprof.v1.Stack
             * @instance
             */
            Stack.prototype.truncatedModuleId = 0;

            /**
             * Stack depthLimited.
             * @member {boolean} depthLimited
             * @memberof stackprof.v1.Stack
             * @instance
             */
            Stack.prototype.depthLimited = false;

            /**
             * Stack userMissing.
             * @member {boolean} userMissing
             * @memberof stackprof.v1.Stack
             * @instance
             */
            Stack.prototype.userMissing = false;

            /**
             * Encodes the specified Stack message. Does not implicitly {@link stackprof.v1.Stack.verify|verify} messages.
             * @function encode
             * @memberof stackprof.v1.Stack
             * @static
             * @param {stackprof.v1.IStack} message Stack message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Stack.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.id);
                if (message.frameIds != null && message.frameIds.length) {
                    writer.uint32(/* id 2, wireType 2 =*/18).fork();
                    for (let i = 0; i < message.frameIds.length; ++i)
                        writer.uint32(message.frameIds[i]);
                    writer.ldelim();
                }
                if (message.userTruncated != null && Object.hasOwnProperty.call(message, "userTruncated"))
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.userTruncated);
                if (message.truncatedModuleId != null && Object.hasOwnProperty.call(message, "truncatedModuleId"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.truncatedModuleId);
                if (message.depthLimited != null && Object.hasOwnProperty.call(message, "depthLimited"))
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.depthLimited);
                if (message.userMissing != null && Object.hasOwnProperty.call(message, "userMissing"))
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.userMissing);
                return writer;
            };

            /**
             * Encodes the specified Stack message, length delimited. Does not implicitly {@link stackprof.v1.Stack.verify|verify} messages.
             * @function encodeDelimited
             * @memberof stackprof.v1.Stack
             * @static
             * @param {stackprof.v1.IStack} message Stack message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Stack.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a Stack message from the specified reader or buffer.
             * @function decode
             * @memberof stackprof.v1.Stack
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {stackprof.v1.Stack} Stack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Stack.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.stackprof.v1.Stack();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.id = reader.uint32();
                            break;
                        }
                    case 2: {
                            if (!(message.frameIds && message.frameIds.length))
                                message.frameIds = [];
                            if ((tag & 7) === 2) {
                                let end2 = reader.uint32() + reader.pos;
                                if (end2 > reader.len)
                                    throw RangeError("index out of range");
                                reader.len = end2;
                                while (reader.pos < end2)
                                    message.frameIds.push(reader.uint32());
                                if (reader.pos !== end2)
                                    throw RangeError("index out of range");
                                reader.len = end;
                            } else
                                message.frameIds.push(reader.uint32());
                            break;
                        }
                    case 3: {
                            message.userTruncated = reader.bool();
                            break;
                        }
                    case 4: {
                            message.truncatedModuleId = reader.uint32();
                            break;
                        }
                    case 5: {
                            message.depthLimited = reader.bool();
                            break;
                        }
                    case 6: {
                            message.userMissing = reader.bool();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a Stack message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof stackprof.v1.Stack
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {stackprof.v1.Stack} Stack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Stack.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Gets the default type url for Stack
             * @function getTypeUrl
             * @memberof stackprof.v1.Stack
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Stack.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/stackprof.v1.Stack";
            };

            return Stack;
        })();

        v1.StackSample = (function() {

            /**
             * Properties of a StackSample.
             * @memberof stackprof.v1
             * @interface IStackSample
             * @property {number|null} [tid] StackSample tid
             * @property {number|null} [stackId] StackSample stackId
             * @property {Long|null} [samples] StackSample samples
             * @property {Long|null} [offcpuNs] StackSample offcpuNs
             * @property {Long|null} [offcpuSwitches] StackSample offcpuSwitches
             */

            /**
             * Constructs a new StackSample.
             * @memberof stackprof.v1
             * @classdesc Represents a StackSample.
             * @implements IStackSample
             * @constructor
             * @param {stackprof.v1.IStackSample=} [properties] Properties to set
             */
            function StackSample(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * StackSample tid.
             * @member {number} tid
             * @memberof stackprof.v1.StackSample
             * @instance
             */
            StackSample.prototype.tid = 0;

            /**
             * StackSample stackId.
             * @member {number} stackId
             * @memberof stackprof.v1.StackSample
             * @instance
             */
            StackSample.prototype.stackId = 0;

            /**
             * StackSample samples.
             * @member {Long} samples
             * @memberof stackprof.v1.StackSample
             * @instance
             */
            StackSample.prototype.samples = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * StackSample offcpuNs.
             * @member {Long} offcpuNs
             * @memberof stackprof.v1.StackSample
             * @instance
             */
            StackSample.prototype.offcpuNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * StackSample offcpuSwitches.
             * @member {Long} offcpuSwitches
             * @memberof stackprof.v1.StackSample
             * @instance
             */
            StackSample.prototype.offcpuSwitches = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Encodes the specified StackSample message. Does not implicitly {@link stackprof.v1.StackSample.verify|verify} messages.
             * @function encode
             * @memberof stackprof.v1.StackSample
             * @static
             * @param {stackprof.v1.IStackSample} message StackSample message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StackSample.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.tid != null && Object.hasOwnProperty.call(message, "tid"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.tid);
                if (message.stackId != null && Object.hasOwnProperty.call(message, "stackId"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.stackId);
                if (message.samples != null && Object.hasOwnProperty.call(message, "samples"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.samples);
                if (message.offcpuNs != null && Object.hasOwnProperty.call(message, "offcpuNs"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.offcpuNs);
                if (message.offcpuSwitches != null && Object.hasOwnProperty.call(message, "offcpuSwitches"))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.offcpuSwitches);
                return writer;
            };

            /**
             * Encodes the specified StackSample message, length delimited. Does not implicitly {@link stackprof.v1.StackSample.verify|verify} messages.
             * @function encodeDelimited
             * @memberof stackprof.v1.StackSample
             * @static
             * @param {stackprof.v1.IStackSample} message StackSample message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StackSample.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a StackSample message from the specified reader or buffer.
             * @function decode
             * @memberof stackprof.v1.StackSample
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {stackprof.v1.StackSample} StackSample
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StackSample.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.stackprof.v1.StackSample();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.tid = reader.uint32();
                            break;
                        }
                    case 2: {
                            message.stackId = reader.uint32();
                            break;
                        }
                    case 3: {
                            message.samples = reader.uint64();
                            break;
                        }
                    case 4: {
                            message.offcpuNs = reader.uint64();
                            break;
                        }
                    case 5: {
                            message.offcpuSwitches = reader.uint64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a StackSample message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof stackprof.v1.StackSample
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {stackprof.v1.StackSample} StackSample
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StackSample.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Gets the default type url for StackSample
             * @function getTypeUrl
             * @memberof stackprof.v1.StackSample
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            StackSample.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/stackprof.v1.StackSample";
            };

            return StackSample;
        })();

        v1.StacksCounters = (function() {

            /**
             * Properties of a StacksCounters.
             * @memberof stackprof.v1
             * @interface IStacksCounters
             * @property {string|null} [event] StacksCounters event
             * @property {number|null} [frequencyHz] StacksCounters frequencyHz
             * @property {boolean|null} [offcpu] StacksCounters offcpu
             * @property {Long|null} [samples] StacksCounters samples
             * @property {Long|null} [stackTableFull] StacksCounters stackTableFull
             * @property {Long|null} [countTableFull] StacksCounters countTableFull
             * @property {Long|null} [userStackFailed] StacksCounters userStackFailed
             * @property {Long|null} [offcpuLost] StacksCounters offcpuLost
             * @property {Long|null} [symbolizeNs] StacksCounters symbolizeNs
             * @property {Long|null} [finalSymbolizeNs] StacksCounters finalSymbolizeNs
             * @property {number|null} [perfMapEntries] StacksCounters perfMapEntries
             * @property {string|null} [perfMapStatus] StacksCounters perfMapStatus
             * @property {Long|null} [missedEvents] StacksCounters missedEvents
             */

            /**
             * Constructs a new StacksCounters.
             * @memberof stackprof.v1
             * @classdesc Represents a StacksCounters.
             * @implements IStacksCounters
             * @constructor
             * @param {stackprof.v1.IStacksCounters=} [properties] Properties to set
             */
            function StacksCounters(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * StacksCounters event.
             * @member {string} event
             * @memberof stackprof.v1.StacksCounters
             * @instance
             */
            StacksCounters.prototype.event = "";

            /**
             * StacksCounters frequencyHz.
             * @member {number} frequencyHz
             * @memberof stackprof.v1.StacksCounters
             * @instance
             */
            StacksCounters.prototype.frequencyHz = 0;

            /**
             * StacksCounters offcpu.
             * @member {boolean} offcpu
             * @memberof stackprof.v1.StacksCounters
             * @instance
             */
            StacksCounters.prototype.offcpu = false;

            /**
             * StacksCounters samples.
             * @member {Long} samples
             * @memberof stackprof.v1.StacksCounters
             * @instance
             */
            StacksCounters.prototype.samples = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * StacksCounters stackTableFull.
             * @member {Long} stackTableFull
             * @memberof stackprof.v1.StacksCounters
             * @instance
             */
            StacksCounters.prototype.stackTableFull = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * StacksCounters countTableFull.
             * @member {Long} countTableFull
             * @memberof stackprof.v1.StacksCounters
             * @instance
             */
            StacksCounters.prototype.countTableFull = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * StacksCounters userStackFailed.
             * @member {Long} userStackFailed
             * @memberof stackprof.v1.StacksCounters
             * @instance
             */
            StacksCounters.prototype.userStackFailed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * StacksCounters offcpuLost.
             * @member {Long} offcpuLost
             * @memberof stackprof.v1.StacksCounters
             * @instance
             */
            StacksCounters.prototype.offcpuLost = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * StacksCounters symbolizeNs.
             * @member {Long} symbolizeNs
             * @memberof stackprof.v1.StacksCounters
             * @instance
             */
            StacksCounters.prototype.symbolizeNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * StacksCounters finalSymbolizeNs.
             * @member {Long} finalSymbolizeNs
             * @memberof stackprof.v1.StacksCounters
             * @instance
             */
            StacksCounters.prototype.finalSymbolizeNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * StacksCounters perfMapEntries.
             * @member {number} perfMapEntries
             * @memberof stackprof.v1.StacksCounters
             * @instance
             */
            StacksCounters.prototype.perfMapEntries = 0;

            /**
             * StacksCounters perfMapStatus.
             * @member {string} perfMapStatus
             * @memberof stackprof.v1.StacksCounters
             * @instance
             */
            StacksCounters.prototype.perfMapStatus = "";

            /**
             * StacksCounters missedEvents.
             * @member {Long} missedEvents
             * @memberof stackprof.v1.StacksCounters
             * @instance
             */
            StacksCounters.prototype.missedEvents = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Encodes the specified StacksCounters message. Does not implicitly {@link stackprof.v1.StacksCounters.verify|verify} messages.
             * @function encode
             * @memberof stackprof.v1.StacksCounters
             * @static
             * @param {stackprof.v1.IStacksCounters} message StacksCounters message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StacksCounters.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.event != null && Object.hasOwnProperty.call(message, "event"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.event);
                if (message.frequencyHz != null && Object.hasOwnProperty.call(message, "frequencyHz"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.frequencyHz);
                if (message.offcpu != null && Object.hasOwnProperty.call(message, "offcpu"))
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.offcpu);
                if (message.samples != null && Object.hasOwnProperty.call(message, "samples"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.samples);
                if (message.stackTableFull != null && Object.hasOwnProperty.call(message, "stackTableFull"))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.stackTableFull);
                if (message.countTableFull != null && Object.hasOwnProperty.call(message, "countTableFull"))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.countTableFull);
                if (message.userStackFailed != null && Object.hasOwnProperty.call(message, "userStackFailed"))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.userStackFailed);
                if (message.offcpuLost != null && Object.hasOwnProperty.call(message, "offcpuLost"))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.offcpuLost);
                if (message.symbolizeNs != null && Object.hasOwnProperty.call(message, "symbolizeNs"))
                    writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.symbolizeNs);
                if (message.finalSymbolizeNs != null && Object.hasOwnProperty.call(message, "finalSymbolizeNs"))
                    writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.finalSymbolizeNs);
                if (message.perfMapEntries != null && Object.hasOwnProperty.call(message, "perfMapEntries"))
                    writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.perfMapEntries);
                if (message.perfMapStatus != null && Object.hasOwnProperty.call(message, "perfMapStatus"))
                    writer.uint32(/* id 12, wireType 2 =*/98).string(message.perfMapStatus);
                if (message.missedEvents != null && Object.hasOwnProperty.call(message, "missedEvents"))
                    writer.uint32(/* id 13, wireType 0 =*/104).uint64(message.missedEvents);
                return writer;
            };

            /**
             * Encodes the specified StacksCounters message, length delimited. Does not implicitly {@link stackprof.v1.StacksCounters.verify|verify} messages.
             * @function encodeDelimited
             * @memberof stackprof.v1.StacksCounters
             * @static
             * @param {stackprof.v1.IStacksCounters} message StacksCounters message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StacksCounters.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a StacksCounters message from the specified reader or buffer.
             * @function decode
             * @memberof stackprof.v1.StacksCounters
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {stackprof.v1.StacksCounters} StacksCounters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StacksCounters.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.stackprof.v1.StacksCounters();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.event = reader.string();
                            break;
                        }
                    case 2: {
                            message.frequencyHz = reader.uint32();
                            break;
                        }
                    case 3: {
                            message.offcpu = reader.bool();
                            break;
                        }
                    case 4: {
                            message.samples = reader.uint64();
                            break;
                        }
                    case 5: {
                            message.stackTableFull = reader.uint64();
                            break;
                        }
                    case 6: {
                            message.countTableFull = reader.uint64();
                            break;
                        }
                    case 7: {
                            message.userStackFailed = reader.uint64();
                            break;
                        }
                    case 8: {
                            message.offcpuLost = reader.uint64();
                            break;
                        }
                    case 9: {
                            message.symbolizeNs = reader.uint64();
                            break;
                        }
                    case 10: {
                            message.finalSymbolizeNs = reader.uint64();
                            break;
                        }
                    case 11: {
                            message.perfMapEntries = reader.uint32();
                            break;
                        }
                    case 12: {
                            message.perfMapStatus = reader.string();
                            break;
                        }
                    case 13: {
                            message.missedEvents = reader.uint64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a StacksCounters message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof stackprof.v1.StacksCounters
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {stackprof.v1.StacksCounters} StacksCounters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StacksCounters.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Gets the default type url for StacksCounters
             * @function getTypeUrl
             * @memberof stackprof.v1.StacksCounters
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            StacksCounters.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/stackprof.v1.StacksCounters";
            };

            return StacksCounters;
        })();

        v1.ThreadCpuTime = (function() {

            /**
             * Properties of a ThreadCpuTime.
             * @memberof stackprof.v1
             * @interface IThreadCpuTime
             * @property {number|null} [tid] ThreadCpuTime tid
             * @property {number|null} [cpu] ThreadCpuTime cpu
             * @property {Long|null} [oncpuNs] ThreadCpuTime oncpuNs
             * @property {Long|null} [slices] ThreadCpuTime slices
             */

            /**
             * Constructs a new ThreadCpuTime.
             * @memberof stackprof.v1
             * @classdesc Represents a ThreadCpuTime.
             * @implements IThreadCpuTime
             * @constructor
             * @param {stackprof.v1.IThreadCpuTime=} [properties] Properties to set
             */
            function ThreadCpuTime(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ThreadCpuTime tid.
             * @member {number} tid
             * @memberof stackprof.v1.ThreadCpuTime
             * @instance
             */
            ThreadCpuTime.prototype.tid = 0;

            /**
             * ThreadCpuTime cpu.
             * @member {number} cpu
             * @memberof stackprof.v1.ThreadCpuTime
             * @instance
             */
            ThreadCpuTime.prototype.cpu = 0;

            /**
             * ThreadCpuTime oncpuNs.
             * @member {Long} oncpuNs
             * @memberof stackprof.v1.ThreadCpuTime
             * @instance
             */
            ThreadCpuTime.prototype.oncpuNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ThreadCpuTime slices.
             * @member {Long} slices
             * @memberof stackprof.v1.ThreadCpuTime
             * @instance
             */
            ThreadCpuTime.prototype.slices = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Encodes the specified ThreadCpuTime message. Does not implicitly {@link stackprof.v1.ThreadCpuTime.verify|verify} messages.
             * @function encode
             * @memberof stackprof.v1.ThreadCpuTime
             * @static
             * @param {stackprof.v1.IThreadCpuTime} message ThreadCpuTime message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ThreadCpuTime.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.tid != null && Object.hasOwnProperty.call(message, "tid"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.tid);
                if (message.cpu != null && Object.hasOwnProperty.call(message, "cpu"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.cpu);
                if (message.oncpuNs != null && Object.hasOwnProperty.call(message, "oncpuNs"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.oncpuNs);
                if (message.slices != null && Object.hasOwnProperty.call(message, "slices"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.slices);
                return writer;
            };

            /**
             * Encodes the specified ThreadCpuTime message, length delimited. Does not implicitly {@link stackprof.v1.ThreadCpuTime.verify|verify} messages.
             * @function encodeDelimited
             * @memberof stackprof.v1.ThreadCpuTime
             * @static
             * @param {stackprof.v1.IThreadCpuTime} message ThreadCpuTime message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ThreadCpuTime.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a ThreadCpuTime message from the specified reader or buffer.
             * @function decode
             * @memberof stackprof.v1.ThreadCpuTime
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {stackprof.v1.ThreadCpuTime} ThreadCpuTime
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ThreadCpuTime.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.stackprof.v1.ThreadCpuTime();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.tid = reader.uint32();
                            break;
                        }
                    case 2: {
                            message.cpu = reader.uint32();
                            break;
                        }
                    case 3: {
                            message.oncpuNs = reader.uint64();
                            break;
                        }
                    case 4: {
                            message.slices = reader.uint64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a ThreadCpuTime message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof stackprof.v1.ThreadCpuTime
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {stackprof.v1.ThreadCpuTime} ThreadCpuTime
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ThreadCpuTime.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Gets the default type url for ThreadCpuTime
             * @function getTypeUrl
             * @memberof stackprof.v1.ThreadCpuTime
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ThreadCpuTime.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/stackprof.v1.ThreadCpuTime";
            };

            return ThreadCpuTime;
        })();

        v1.ThreadSched = (function() {

            /**
             * Properties of a ThreadSched.
             * @memberof stackprof.v1
             * @interface IThreadSched
             * @property {number|null} [tid] ThreadSched tid
             * @property {Long|null} [voluntary] ThreadSched voluntary
             * @property {Long|null} [involuntary] ThreadSched involuntary
             * @property {Long|null} [migrations] ThreadSched migrations
             * @property {Long|null} [wakeups] ThreadSched wakeups
             * @property {Array.<Long>|null} [runqLatencyLog2Ns] ThreadSched runqLatencyLog2Ns
             * @property {Long|null} [runqLatencyTotalNs] ThreadSched runqLatencyTotalNs
             * @property {Long|null} [runqLatencyMaxNs] ThreadSched runqLatencyMaxNs
             * @property {Long|null} [preemptedWaitNs] ThreadSched preemptedWaitNs
             * @property {number|null} [lastCpu] ThreadSched lastCpu
             */

            /**
             * Constructs a new ThreadSched.
             * @memberof stackprof.v1
             * @classdesc Represents a ThreadSched.
             * @implements IThreadSched
             * @constructor
             * @param {stackprof.v1.IThreadSched=} [properties] Properties to set
             */
            function ThreadSched(properties) {
                this.runqLatencyLog2Ns = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ThreadSched tid.
             * @member {number} tid
             * @memberof stackprof.v1.ThreadSched
             * @instance
             */
            ThreadSched.prototype.tid = 0;

            /**
             * ThreadSched voluntary.
             * @member {Long} voluntary
             * @memberof stackprof.v1.ThreadSched
             * @instance
             */
            ThreadSched.prototype.voluntary = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ThreadSched involuntary.
             * @member {Long} involuntary
             * @memberof stackprof.v1.ThreadSched
             * @instance
             */
            ThreadSched.prototype.involuntary = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ThreadSched migrations.
             * @member {Long} migrations
             * @memberof stackprof.v1.ThreadSched
             * @instance
             */
            ThreadSched.prototype.migrations = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ThreadSched wakeups.
             * @member {Long} wakeups
             * @memberof stackprof.v1.ThreadSched
             * @instance
             */
            ThreadSched.prototype.wakeups = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ThreadSched runqLatencyLog2Ns.
             * @member {Array.<Long>} runqLatencyLog2Ns
             * @memberof stackprof.v1.ThreadSched
             * @instance
             */
            ThreadSched.prototype.runqLatencyLog2Ns = $util.emptyArray;

            /**
             * ThreadSched runqLatencyTotalNs.
             * @member {Long} runqLatencyTotalNs
             * @memberof stackprof.v1.ThreadSched
             * @instance
             */
            ThreadSched.prototype.runqLatencyTotalNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ThreadSched runqLatencyMaxNs.
             * @member {Long} runqLatencyMaxNs
             * @memberof stackprof.v1.ThreadSched
             * @instance
             */
            ThreadSched.prototype.runqLatencyMaxNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ThreadSched preemptedWaitNs.
             * @member {Long} preemptedWaitNs
             * @memberof stackprof.v1.ThreadSched
             * @instance
             */
            ThreadSched.prototype.preemptedWaitNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ThreadSched lastCpu.
             * @member {number} lastCpu
             * @memberof stackprof.v1.ThreadSched
             * @instance
             */
            ThreadSched.prototype.lastCpu = 0;

            /**
             * Encodes the specified ThreadSched message. Does not implicitly {@link stackprof.v1.ThreadSched.verify|verify} messages.
             * @function encode
             * @memberof stackprof.v1.ThreadSched
             * @static
             * @param {stackprof.v1.IThreadSched} message ThreadSched message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ThreadSched.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.tid != null && Object.hasOwnProperty.call(message, "tid"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.tid);
                if (message.voluntary != null && Object.hasOwnProperty.call(message, "voluntary"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.voluntary);
                if (message.involuntary != null && Object.hasOwnProperty.call(message, "involuntary"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.involuntary);
                if (message.migrations != null && Object.hasOwnProperty.call(message, "migrations"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.migrations);
                if (message.wakeups != null && Object.hasOwnProperty.call(message, "wakeups"))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.wakeups);
                if (message.runqLatencyLog2Ns != null && message.runqLatencyLog2Ns.length) {
                    writer.uint32(/* id 6, wireType 2 =*/50).fork();
                    for (let i = 0; i < message.runqLatencyLog2Ns.length; ++i)
                        writer.uint64(message.runqLatencyLog2Ns[i]);
                    writer.ldelim();
                }
                if (message.runqLatencyTotalNs != null && Object.hasOwnProperty.call(message, "runqLatencyTotalNs"))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.runqLatencyTotalNs);
                if (message.runqLatencyMaxNs != null && Object.hasOwnProperty.call(message, "runqLatencyMaxNs"))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.runqLatencyMaxNs);
                if (message.preemptedWaitNs != null && Object.hasOwnProperty.call(message, "preemptedWaitNs"))
                    writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.preemptedWaitNs);
                if (message.lastCpu != null && Object.hasOwnProperty.call(message, "lastCpu"))
                    writer.uint32(/* id 10, wireType 0 =*/80).int32(message.lastCpu);
                return writer;
            };

            /**
             * Encodes the specified ThreadSched message, length delimited. Does not implicitly {@link stackprof.v1.ThreadSched.verify|verify} messages.
             * @function encodeDelimited
             * @memberof stackprof.v1.ThreadSched
             * @static
             * @param {stackprof.v1.IThreadSched} message ThreadSched message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ThreadSched.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a ThreadSched message from the specified reader or buffer.
             * @function decode
             * @memberof stackprof.v1.ThreadSched
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {stackprof.v1.ThreadSched} ThreadSched
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ThreadSched.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.stackprof.v1.ThreadSched();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.tid = reader.uint32();
                            break;
                        }
                    case 2: {
                            message.voluntary = reader.uint64();
                            break;
                        }
                    case 3: {
                            message.involuntary = reader.uint64();
                            break;
                        }
                    case 4: {
                            message.migrations = reader.uint64();
                            break;
                        }
                    case 5: {
                            message.wakeups = reader.uint64();
                            break;
                        }
                    case 6: {
                            if (!(message.runqLatencyLog2Ns && message.runqLatencyLog2Ns.length))
                                message.runqLatencyLog2Ns = [];
                            if ((tag & 7) === 2) {
                                let end2 = reader.uint32() + reader.pos;
                                if (end2 > reader.len)
                                    throw RangeError("index out of range");
                                reader.len = end2;
                                while (reader.pos < end2)
                                    message.runqLatencyLog2Ns.push(reader.uint64());
                                if (reader.pos !== end2)
                                    throw RangeError("index out of range");
                                reader.len = end;
                            } else
                                message.runqLatencyLog2Ns.push(reader.uint64());
                            break;
                        }
                    case 7: {
                            message.runqLatencyTotalNs = reader.uint64();
                            break;
                        }
                    case 8: {
                            message.runqLatencyMaxNs = reader.uint64();
                            break;
                        }
                    case 9: {
                            message.preemptedWaitNs = reader.uint64();
                            break;
                        }
                    case 10: {
                            message.lastCpu = reader.int32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a ThreadSched message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof stackprof.v1.ThreadSched
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {stackprof.v1.ThreadSched} ThreadSched
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ThreadSched.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Gets the default type url for ThreadSched
             * @function getTypeUrl
             * @memberof stackprof.v1.ThreadSched
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ThreadSched.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/stackprof.v1.ThreadSched";
            };

            return ThreadSched;
        })();

        v1.Preemption = (function() {

            /**
             * Properties of a Preemption.
             * @memberof stackprof.v1
             * @interface IPreemption
             * @property {number|null} [tid] Preemption tid
             * @property {number|null} [byTid] Preemption byTid
             * @property {number|null} [byTgid] Preemption byTgid
             * @property {Uint8Array|null} [byComm] Preemption byComm
             * @property {Long|null} [count] Preemption count
             */

            /**
             * Constructs a new Preemption.
             * @memberof stackprof.v1
             * @classdesc Represents a Preemption.
             * @implements IPreemption
             * @constructor
             * @param {stackprof.v1.IPreemption=} [properties] Properties to set
             */
            function Preemption(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Preemption tid.
             * @member {number} tid
             * @memberof stackprof.v1.Preemption
             * @instance
             */
            Preemption.prototype.tid = 0;

            /**
             * Preemption byTid.
             * @member {number} byTid
             * @memberof stackprof.v1.Preemption
             * @instance
             */
            Preemption.prototype.byTid = 0;

            /**
             * Preemption byTgid.
             * @member {number} byTgid
             * @memberof stackprof.v1.Preemption
             * @instance
             */
            Preemption.prototype.byTgid = 0;

            /**
             * Preemption byComm.
             * @member {Uint8Array} byComm
             * @memberof stackprof.v1.Preemption
             * @instance
             */
            Preemption.prototype.byComm = $util.newBuffer([]);

            /**
             * Preemption count.
             * @member {Long} count
             * @memberof stackprof.v1.Preemption
             * @instance
             */
            Preemption.prototype.count = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Encodes the specified Preemption message. Does not implicitly {@link stackprof.v1.Preemption.verify|verify} messages.
             * @function encode
             * @memberof stackprof.v1.Preemption
             * @static
             * @param {stackprof.v1.IPreemption} message Preemption message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Preemption.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.tid != null && Object.hasOwnProperty.call(message, "tid"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.tid);
                if (message.byTid != null && Object.hasOwnProperty.call(message, "byTid"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.byTid);
                if (message.byTgid != null && Object.hasOwnProperty.call(message, "byTgid"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.byTgid);
                if (message.byComm != null && Object.hasOwnProperty.call(message, "byComm"))
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.byComm);
                if (message.count != null && Object.hasOwnProperty.call(message, "count"))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.count);
                return writer;
            };

            /**
             * Encodes the specified Preemption message, length delimited. Does not implicitly {@link stackprof.v1.Preemption.verify|verify} messages.
             * @function encodeDelimited
             * @memberof stackprof.v1.Preemption
             * @static
             * @param {stackprof.v1.IPreemption} message Preemption message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Preemption.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a Preemption message from the specified reader or buffer.
             * @function decode
             * @memberof stackprof.v1.Preemption
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {stackprof.v1.Preemption} Preemption
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Preemption.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.stackprof.v1.Preemption();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.tid = reader.uint32();
                            break;
                        }
                    case 2: {
                            message.byTid = reader.uint32();
                            break;
                        }
                    case 3: {
                            message.byTgid = reader.uint32();
                            break;
                        }
                    case 4: {
                            message.byComm = reader.bytes();
                            break;
                        }
                    case 5: {
                            message.count = reader.uint64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a Preemption message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof stackprof.v1.Preemption
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {stackprof.v1.Preemption} Preemption
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Preemption.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Gets the default type url for Preemption
             * @function getTypeUrl
             * @memberof stackprof.v1.Preemption
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Preemption.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/stackprof.v1.Preemption";
            };

            return Preemption;
        })();

        v1.SchedCounters = (function() {

            /**
             * Properties of a SchedCounters.
             * @memberof stackprof.v1
             * @interface ISchedCounters
             * @property {Long|null} [cpuTimeMapFull] SchedCounters cpuTimeMapFull
             * @property {Long|null} [threadMapFull] SchedCounters threadMapFull
             * @property {Long|null} [preemptionMapFull] SchedCounters preemptionMapFull
             * @property {Long|null} [stateStoreFailed] SchedCounters stateStoreFailed
             * @property {Long|null} [iteratorFailed] SchedCounters iteratorFailed
             */

            /**
             * Constructs a new SchedCounters.
             * @memberof stackprof.v1
             * @classdesc Represents a SchedCounters.
             * @implements ISchedCounters
             * @constructor
             * @param {stackprof.v1.ISchedCounters=} [properties] Properties to set
             */
            function SchedCounters(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * SchedCounters cpuTimeMapFull.
             * @member {Long} cpuTimeMapFull
             * @memberof stackprof.v1.SchedCounters
             * @instance
             */
            SchedCounters.prototype.cpuTimeMapFull = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SchedCounters threadMapFull.
             * @member {Long} threadMapFull
             * @memberof stackprof.v1.SchedCounters
             * @instance
             */
            SchedCounters.prototype.threadMapFull = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SchedCounters preemptionMapFull.
             * @member {Long} preemptionMapFull
             * @memberof stackprof.v1.SchedCounters
             * @instance
             */
            SchedCounters.prototype.preemptionMapFull = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SchedCounters stateStoreFailed.
             * @member {Long} stateStoreFailed
             * @memberof stackprof.v1.SchedCounters
             * @instance
             */
            SchedCounters.prototype.stateStoreFailed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SchedCounters iteratorFailed.
             * @member {Long} iteratorFailed
             * @memberof stackprof.v1.SchedCounters
             * @instance
             */
            SchedCounters.prototype.iteratorFailed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Encodes the specified SchedCounters message. Does not implicitly {@link stackprof.v1.SchedCounters.verify|verify} messages.
             * @function encode
             * @memberof stackprof.v1.SchedCounters
             * @static
             * @param {stackprof.v1.ISchedCounters} message SchedCounters message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SchedCounters.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.cpuTimeMapFull != null && Object.hasOwnProperty.call(message, "cpuTimeMapFull"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.cpuTimeMapFull);
                if (message.threadMapFull != null && Object.hasOwnProperty.call(message, "threadMapFull"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.threadMapFull);
                if (message.preemptionMapFull != null && Object.hasOwnProperty.call(message, "preemptionMapFull"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.preemptionMapFull);
                if (message.stateStoreFailed != null && Object.hasOwnProperty.call(message, "stateStoreFailed"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.stateStoreFailed);
                if (message.iteratorFailed != null && Object.hasOwnProperty.call(message, "iteratorFailed"))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.iteratorFailed);
                return writer;
            };

            /**
             * Encodes the specified SchedCounters message, length delimited. Does not implicitly {@link stackprof.v1.SchedCounters.verify|verify} messages.
             * @function encodeDelimited
             * @memberof stackprof.v1.SchedCounters
             * @static
             * @param {stackprof.v1.ISchedCounters} message SchedCounters message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SchedCounters.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a SchedCounters message from the specified reader or buffer.
             * @function decode
             * @memberof stackprof.v1.SchedCounters
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {stackprof.v1.SchedCounters} SchedCounters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SchedCounters.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.stackprof.v1.SchedCounters();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.cpuTimeMapFull = reader.uint64();
                            break;
                        }
                    case 2: {
                            message.threadMapFull = reader.uint64();
                            break;
                        }
                    case 3: {
                            message.preemptionMapFull = reader.uint64();
                            break;
                        }
                    case 4: {
                            message.stateStoreFailed = reader.uint64();
                            break;
                        }
                    case 5: {
                            message.iteratorFailed = reader.uint64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a SchedCounters message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof stackprof.v1.SchedCounters
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {stackprof.v1.SchedCounters} SchedCounters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SchedCounters.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Gets the default type url for SchedCounters
             * @function getTypeUrl
             * @memberof stackprof.v1.SchedCounters
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            SchedCounters.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/stackprof.v1.SchedCounters";
            };

            return SchedCounters;
        })();

        /**
         * Steering enum.
         * @name stackprof.v1.Steering
         * @enum {number}
         * @property {number} STEERING_NONE=0 STEERING_NONE value
         * @property {number} STEERING_CBPF_CPU=1 STEERING_CBPF_CPU value
         * @property {number} STEERING_CBPF_OTHER=2 STEERING_CBPF_OTHER value
         * @property {number} STEERING_EBPF=3 STEERING_EBPF value
         */
        v1.Steering = (function() {
            const valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "STEERING_NONE"] = 0;
            values[valuesById[1] = "STEERING_CBPF_CPU"] = 1;
            values[valuesById[2] = "STEERING_CBPF_OTHER"] = 2;
            values[valuesById[3] = "STEERING_EBPF"] = 3;
            return values;
        })();

        v1.Listener = (function() {

            /**
             * Properties of a Listener.
             * @memberof stackprof.v1
             * @interface IListener
             * @property {number|null} [fd] Listener fd
             * @property {Long|null} [inode] Listener inode
             * @property {number|null} [family] Listener family
             * @property {number|null} [protocol] Listener protocol
             * @property {number|null} [localPort] Listener localPort
             * @property {Uint8Array|null} [localAddr] Listener localAddr
             * @property {boolean|null} [reuseport] Listener reuseport
             * @property {number|null} [groupId] Listener groupId
             * @property {number|null} [groupSize] Listener groupSize
             * @property {number|null} [groupIndex] Listener groupIndex
             * @property {stackprof.v1.Steering|null} [steering] Listener steering
             * @property {number|null} [steeringProgId] Listener steeringProgId
             * @property {string|null} [steeringProgName] Listener steeringProgName
             * @property {number|null} [steeringInsns] Listener steeringInsns
             * @property {number|null} [incomingCpu] Listener incomingCpu
             * @property {number|null} [busyPollUsecs] Listener busyPollUsecs
             * @property {boolean|null} [listenSeen] Listener listenSeen
             * @property {number|null} [listenTid] Listener listenTid
             * @property {number|null} [listenCpu] Listener listenCpu
             * @property {number|null} [listenOrder] Listener listenOrder
             * @property {Long|null} [listenMonotonicNs] Listener listenMonotonicNs
             * @property {Array.<stackprof.v1.IAcceptStat>|null} [accepts] Listener accepts
             * @property {number|null} [sockType] Listener sockType
             */

            /**
             * Constructs a new Listener.
             * @memberof stackprof.v1
             * @classdesc Represents a Listener.
             * @implements IListener
             * @constructor
             * @param {stackprof.v1.IListener=} [properties] Properties to set
             */
            function Listener(properties) {
                this.accepts = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Listener fd.
             * @member {number} fd
             * @memberof stackprof.v1.Listener
             * @instance
             */
            Listener.prototype.fd = 0;

            /**
             * Listener inode.
             * @member {Long} inode
             * @memberof stackprof.v1.Listener
             * @instance
             */
            Listener.prototype.inode = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Listener family.
             * @member {number} family
             * @memberof stackprof.v1.Listener
             * @instance
             */
            Listener.prototype.family = 0;

            /**
             * Listener protocol.
             * @member {number} protocol
             * @memberof stackprof.v1.Listener
             * @instance
             */
            Listener.prototype.protocol = 0;

            /**
             * Listener localPort.
             * @member {number} localPort
             * @memberof stackprof.v1.Listener
             * @instance
             */
            Listener.prototype.localPort = 0;

            /**
             * Listener localAddr.
             * @member {Uint8Array} localAddr
             * @memberof stackprof.v1.Listener
             * @instance
             */
            Listener.prototype.localAddr = $util.newBuffer([]);

            /**
             * Listener reuseport.
             * @member {boolean} reuseport
             * @memberof stackprof.v1.Listener
             * @instance
             */
            Listener.prototype.reuseport = false;

            /**
             * Listener groupId.
             * @member {number} groupId
             * @memberof stackprof.v1.Listener
             * @instance
             */
            Listener.prototype.groupId = 0;

            /**
             * Listener groupSize.
             * @member {number} groupSize
             * @memberof stackprof.v1.Listener
             * @instance
             */
            Listener.prototype.groupSize = 0;

            /**
             * Listener groupIndex.
             * @member {number} groupIndex
             * @memberof stackprof.v1.Listener
             * @instance
             */
            Listener.prototype.groupIndex = 0;

            /**
             * Listener steering.
             * @member {stackprof.v1.Steering} steering
             * @memberof stackprof.v1.Listener
             * @instance
             */
            Listener.prototype.steering = 0;

            /**
             * Listener steeringProgId.
             * @member {number} steeringProgId
             * @memberof stackprof.v1.Listener
             * @instance
             */
            Listener.prototype.steeringProgId = 0;

            /**
             * Listener steeringProgName.
             * @member {string} steeringProgName
             * @memberof stackprof.v1.Listener
             * @instance
             */
            Listener.prototype.steeringProgName = "";

            /**
             * Listener steeringInsns.
             * @member {number} steeringInsns
             * @memberof stackprof.v1.Listener
             * @instance
             */
            Listener.prototype.steeringInsns = 0;

            /**
             * Listener incomingCpu.
             * @member {number} incomingCpu
             * @memberof stackprof.v1.Listener
             * @instance
             */
            Listener.prototype.incomingCpu = 0;

            /**
             * Listener busyPollUsecs.
             * @member {number} busyPollUsecs
             * @memberof stackprof.v1.Listener
             * @instance
             */
            Listener.prototype.busyPollUsecs = 0;

            /**
             * Listener listenSeen.
             * @member {boolean} listenSeen
             * @memberof stackprof.v1.Listener
             * @instance
             */
            Listener.prototype.listenSeen = false;

            /**
             * Listener listenTid.
             * @member {number} listenTid
             * @memberof stackprof.v1.Listener
             * @instance
             */
            Listener.prototype.listenTid = 0;

            /**
             * Listener listenCpu.
             * @member {number} listenCpu
             * @memberof stackprof.v1.Listener
             * @instance
             */
            Listener.prototype.listenCpu = 0;

            /**
             * Listener listenOrder.
             * @member {number} listenOrder
             * @memberof stackprof.v1.Listener
             * @instance
             */
            Listener.prototype.listenOrder = 0;

            /**
             * Listener listenMonotonicNs.
             * @member {Long} listenMonotonicNs
             * @memberof stackprof.v1.Listener
             * @instance
             */
            Listener.prototype.listenMonotonicNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Listener accepts.
             * @member {Array.<stackprof.v1.IAcceptStat>} accepts
             * @memberof stackprof.v1.Listener
             * @instance
             */
            Listener.prototype.accepts = $util.emptyArray;

            /**
             * Listener sockType.
             * @member {number} sockType
             * @memberof stackprof.v1.Listener
             * @instance
             */
            Listener.prototype.sockType = 0;

            /**
             * Encodes the specified Listener message. Does not implicitly {@link stackprof.v1.Listener.verify|verify} messages.
             * @function encode
             * @memberof stackprof.v1.Listener
             * @static
             * @param {stackprof.v1.IListener} message Listener message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Listener.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.fd != null && Object.hasOwnProperty.call(message, "fd"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.fd);
                if (message.inode != null && Object.hasOwnProperty.call(message, "inode"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.inode);
                if (message.family != null && Object.hasOwnProperty.call(message, "family"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.family);
                if (message.protocol != null && Object.hasOwnProperty.call(message, "protocol"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.protocol);
                if (message.localPort != null && Object.hasOwnProperty.call(message, "localPort"))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.localPort);
                if (message.localAddr != null && Object.hasOwnProperty.call(message, "localAddr"))
                    writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.localAddr);
                if (message.reuseport != null && Object.hasOwnProperty.call(message, "reuseport"))
                    writer.uint32(/* id 7, wireType 0 =*/56).bool(message.reuseport);
                if (message.groupId != null && Object.hasOwnProperty.call(message, "groupId"))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.groupId);
                if (message.groupSize != null && Object.hasOwnProperty.call(message, "groupSize"))
                    writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.groupSize);
                if (message.groupIndex != null && Object.hasOwnProperty.call(message, "groupIndex"))
                    writer.uint32(/* id 10, wireType 0 =*/80).int32(message.groupIndex);
                if (message.steering != null && Object.hasOwnProperty.call(message, "steering"))
                    writer.uint32(/* id 11, wireType 0 =*/88).int32(message.steering);
                if (message.steeringProgId != null && Object.hasOwnProperty.call(message, "steeringProgId"))
                    writer.uint32(/* id 12, wireType 0 =*/96).uint32(message.steeringProgId);
                if (message.steeringProgName != null && Object.hasOwnProperty.call(message, "steeringProgName"))
                    writer.uint32(/* id 13, wireType 2 =*/106).string(message.steeringProgName);
                if (message.steeringInsns != null && Object.hasOwnProperty.call(message, "steeringInsns"))
                    writer.uint32(/* id 14, wireType 0 =*/112).uint32(message.steeringInsns);
                if (message.incomingCpu != null && Object.hasOwnProperty.call(message, "incomingCpu"))
                    writer.uint32(/* id 15, wireType 0 =*/120).int32(message.incomingCpu);
                if (message.busyPollUsecs != null && Object.hasOwnProperty.call(message, "busyPollUsecs"))
                    writer.uint32(/* id 16, wireType 0 =*/128).uint32(message.busyPollUsecs);
                if (message.listenSeen != null && Object.hasOwnProperty.call(message, "listenSeen"))
                    writer.uint32(/* id 17, wireType 0 =*/136).bool(message.listenSeen);
                if (message.listenTid != null && Object.hasOwnProperty.call(message, "listenTid"))
                    writer.uint32(/* id 18, wireType 0 =*/144).uint32(message.listenTid);
                if (message.listenCpu != null && Object.hasOwnProperty.call(message, "listenCpu"))
                    writer.uint32(/* id 19, wireType 0 =*/152).int32(message.listenCpu);
                if (message.listenOrder != null && Object.hasOwnProperty.call(message, "listenOrder"))
                    writer.uint32(/* id 20, wireType 0 =*/160).uint32(message.listenOrder);
                if (message.listenMonotonicNs != null && Object.hasOwnProperty.call(message, "listenMonotonicNs"))
                    writer.uint32(/* id 21, wireType 0 =*/168).uint64(message.listenMonotonicNs);
                if (message.accepts != null && message.accepts.length)
                    for (let i = 0; i < message.accepts.length; ++i)
                        $root.stackprof.v1.AcceptStat.encode(message.accepts[i], writer.uint32(/* id 22, wireType 2 =*/178).fork(), q + 1).ldelim();
                if (message.sockType != null && Object.hasOwnProperty.call(message, "sockType"))
                    writer.uint32(/* id 23, wireType 0 =*/184).uint32(message.sockType);
                return writer;
            };

            /**
             * Encodes the specified Listener message, length delimited. Does not implicitly {@link stackprof.v1.Listener.verify|verify} messages.
             * @function encodeDelimited
             * @memberof stackprof.v1.Listener
             * @static
             * @param {stackprof.v1.IListener} message Listener message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Listener.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a Listener message from the specified reader or buffer.
             * @function decode
             * @memberof stackprof.v1.Listener
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {stackprof.v1.Listener} Listener
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Listener.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.stackprof.v1.Listener();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.fd = reader.int32();
                            break;
                        }
                    case 2: {
                            message.inode = reader.uint64();
                            break;
                        }
                    case 3: {
                            message.family = reader.uint32();
                            break;
                        }
                    case 4: {
                            message.protocol = reader.uint32();
                            break;
                        }
                    case 5: {
                            message.localPort = reader.uint32();
                            break;
                        }
                    case 6: {
                            message.localAddr = reader.bytes();
                            break;
                        }
                    case 7: {
                            message.reuseport = reader.bool();
                            break;
                        }
                    case 8: {
                            message.groupId = reader.uint32();
                            break;
                        }
                    case 9: {
                            message.groupSize = reader.uint32();
                            break;
                        }
                    case 10: {
                            message.groupIndex = reader.int32();
                            break;
                        }
                    case 11: {
                            message.steering = reader.int32();
                            break;
                        }
                    case 12: {
                            message.steeringProgId = reader.uint32();
                            break;
                        }
                    case 13: {
                            message.steeringProgName = reader.string();
                            break;
                        }
                    case 14: {
                            message.steeringInsns = reader.uint32();
                            break;
                        }
                    case 15: {
                            message.incomingCpu = reader.int32();
                            break;
                        }
                    case 16: {
                            message.busyPollUsecs = reader.uint32();
                            break;
                        }
                    case 17: {
                            message.listenSeen = reader.bool();
                            break;
                        }
                    case 18: {
                            message.listenTid = reader.uint32();
                            break;
                        }
                    case 19: {
                            message.listenCpu = reader.int32();
                            break;
                        }
                    case 20: {
                            message.listenOrder = reader.uint32();
                            break;
                        }
                    case 21: {
                            message.listenMonotonicNs = reader.uint64();
                            break;
                        }
                    case 22: {
                            if (!(message.accepts && message.accepts.length))
                                message.accepts = [];
                            message.accepts.push($root.stackprof.v1.AcceptStat.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 23: {
                            message.sockType = reader.uint32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a Listener message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof stackprof.v1.Listener
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {stackprof.v1.Listener} Listener
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Listener.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Gets the default type url for Listener
             * @function getTypeUrl
             * @memberof stackprof.v1.Listener
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Listener.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/stackprof.v1.Listener";
            };

            return Listener;
        })();

        v1.AcceptStat = (function() {

            /**
             * Properties of an AcceptStat.
             * @memberof stackprof.v1
             * @interface IAcceptStat
             * @property {number|null} [tid] AcceptStat tid
             * @property {Long|null} [calls] AcceptStat calls
             * @property {Long|null} [accepted] AcceptStat accepted
             */

            /**
             * Constructs a new AcceptStat.
             * @memberof stackprof.v1
             * @classdesc Represents an AcceptStat.
             * @implements IAcceptStat
             * @constructor
             * @param {stackprof.v1.IAcceptStat=} [properties] Properties to set
             */
            function AcceptStat(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * AcceptStat tid.
             * @member {number} tid
             * @memberof stackprof.v1.AcceptStat
             * @instance
             */
            AcceptStat.prototype.tid = 0;

            /**
             * AcceptStat calls.
             * @member {Long} calls
             * @memberof stackprof.v1.AcceptStat
             * @instance
             */
            AcceptStat.prototype.calls = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * AcceptStat accepted.
             * @member {Long} accepted
             * @memberof stackprof.v1.AcceptStat
             * @instance
             */
            AcceptStat.prototype.accepted = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Encodes the specified AcceptStat message. Does not implicitly {@link stackprof.v1.AcceptStat.verify|verify} messages.
             * @function encode
             * @memberof stackprof.v1.AcceptStat
             * @static
             * @param {stackprof.v1.IAcceptStat} message AcceptStat message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AcceptStat.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.tid != null && Object.hasOwnProperty.call(message, "tid"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.tid);
                if (message.calls != null && Object.hasOwnProperty.call(message, "calls"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.calls);
                if (message.accepted != null && Object.hasOwnProperty.call(message, "accepted"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.accepted);
                return writer;
            };

            /**
             * Encodes the specified AcceptStat message, length delimited. Does not implicitly {@link stackprof.v1.AcceptStat.verify|verify} messages.
             * @function encodeDelimited
             * @memberof stackprof.v1.AcceptStat
             * @static
             * @param {stackprof.v1.IAcceptStat} message AcceptStat message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AcceptStat.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes an AcceptStat message from the specified reader or buffer.
             * @function decode
             * @memberof stackprof.v1.AcceptStat
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {stackprof.v1.AcceptStat} AcceptStat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AcceptStat.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.stackprof.v1.AcceptStat();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.tid = reader.uint32();
                            break;
                        }
                    case 2: {
                            message.calls = reader.uint64();
                            break;
                        }
                    case 3: {
                            message.accepted = reader.uint64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes an AcceptStat message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof stackprof.v1.AcceptStat
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {stackprof.v1.AcceptStat} AcceptStat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AcceptStat.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Gets the default type url for AcceptStat
             * @function getTypeUrl
             * @memberof stackprof.v1.AcceptStat
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            AcceptStat.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/stackprof.v1.AcceptStat";
            };

            return AcceptStat;
        })();

        v1.ListenersCounters = (function() {

            /**
             * Properties of a ListenersCounters.
             * @memberof stackprof.v1
             * @interface IListenersCounters
             * @property {Long|null} [eventMapFull] ListenersCounters eventMapFull
             * @property {Long|null} [iteratorFailed] ListenersCounters iteratorFailed
             * @property {Long|null} [groupScanTruncated] ListenersCounters groupScanTruncated
             */

            /**
             * Constructs a new ListenersCounters.
             * @memberof stackprof.v1
             * @classdesc Represents a ListenersCounters.
             * @implements IListenersCounters
             * @constructor
             * @param {stackprof.v1.IListenersCounters=} [properties] Properties to set
             */
            function ListenersCounters(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ListenersCounters eventMapFull.
             * @member {Long} eventMapFull
             * @memberof stackprof.v1.ListenersCounters
             * @instance
             */
            ListenersCounters.prototype.eventMapFull = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ListenersCounters iteratorFailed.
             * @member {Long} iteratorFailed
             * @memberof stackprof.v1.ListenersCounters
             * @instance
             */
            ListenersCounters.prototype.iteratorFailed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ListenersCounters groupScanTruncated.
             * @member {Long} groupScanTruncated
             * @memberof stackprof.v1.ListenersCounters
             * @instance
             */
            ListenersCounters.prototype.groupScanTruncated = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Encodes the specified ListenersCounters message. Does not implicitly {@link stackprof.v1.ListenersCounters.verify|verify} messages.
             * @function encode
             * @memberof stackprof.v1.ListenersCounters
             * @static
             * @param {stackprof.v1.IListenersCounters} message ListenersCounters message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListenersCounters.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.eventMapFull != null && Object.hasOwnProperty.call(message, "eventMapFull"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.eventMapFull);
                if (message.iteratorFailed != null && Object.hasOwnProperty.call(message, "iteratorFailed"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.iteratorFailed);
                if (message.groupScanTruncated != null && Object.hasOwnProperty.call(message, "groupScanTruncated"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.groupScanTruncated);
                return writer;
            };

            /**
             * Encodes the specified ListenersCounters message, length delimited. Does not implicitly {@link stackprof.v1.ListenersCounters.verify|verify} messages.
             * @function encodeDelimited
             * @memberof stackprof.v1.ListenersCounters
             * @static
             * @param {stackprof.v1.IListenersCounters} message ListenersCounters message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListenersCounters.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a ListenersCounters message from the specified reader or buffer.
             * @function decode
             * @memberof stackprof.v1.ListenersCounters
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {stackprof.v1.ListenersCounters} ListenersCounters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListenersCounters.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.stackprof.v1.ListenersCounters();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.eventMapFull = reader.uint64();
                            break;
                        }
                    case 2: {
                            message.iteratorFailed = reader.uint64();
                            break;
                        }
                    case 3: {
                            message.groupScanTruncated = reader.uint64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a ListenersCounters message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof stackprof.v1.ListenersCounters
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {stackprof.v1.ListenersCounters} ListenersCounters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListenersCounters.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Gets the default type url for ListenersCounters
             * @function getTypeUrl
             * @memberof stackprof.v1.ListenersCounters
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ListenersCounters.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/stackprof.v1.ListenersCounters";
            };

            return ListenersCounters;
        })();

        v1.EpollStat = (function() {

            /**
             * Properties of an EpollStat.
             * @memberof stackprof.v1
             * @interface IEpollStat
             * @property {number|null} [tid] EpollStat tid
             * @property {number|null} [epfd] EpollStat epfd
             * @property {number|null} [nr] EpollStat nr
             * @property {Long|null} [calls] EpollStat calls
             * @property {Long|null} [errors] EpollStat errors
             * @property {Long|null} [events] EpollStat events
             * @property {Long|null} [empty] EpollStat empty
             * @property {Array.<Long>|null} [timeouts] EpollStat timeouts
             * @property {Long|null} [zeroEmpty] EpollStat zeroEmpty
             * @property {Long|null} [zeroEmptyThenWait] EpollStat zeroEmptyThenWait
             * @property {Long|null} [totalNs] EpollStat totalNs
             * @property {Long|null} [offcpuNs] EpollStat offcpuNs
             * @property {Array.<Long>|null} [eventsLog2] EpollStat eventsLog2
             */

            /**
             * Constructs a new EpollStat.
             * @memberof stackprof.v1
             * @classdesc Represents an EpollStat.
             * @implements IEpollStat
             * @constructor
             * @param {stackprof.v1.IEpollStat=} [properties] Properties to set
             */
            function EpollStat(properties) {
                this.timeouts = [];
                this.eventsLog2 = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * EpollStat tid.
             * @member {number} tid
             * @memberof stackprof.v1.EpollStat
             * @instance
             */
            EpollStat.prototype.tid = 0;

            /**
             * EpollStat epfd.
             * @member {number} epfd
             * @memberof stackprof.v1.EpollStat
             * @instance
             */
            EpollStat.prototype.epfd = 0;

            /**
             * EpollStat nr.
             * @member {number} nr
             * @memberof stackprof.v1.EpollStat
             * @instance
             */
            EpollStat.prototype.nr = 0;

            /**
             * EpollStat calls.
             * @member {Long} calls
             * @memberof stackprof.v1.EpollStat
             * @instance
             */
            EpollStat.prototype.calls = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * EpollStat errors.
             * @member {Long} errors
             * @memberof stackprof.v1.EpollStat
             * @instance
             */
            EpollStat.prototype.errors = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * EpollStat events.
             * @member {Long} events
             * @memberof stackprof.v1.EpollStat
             * @instance
             */
            EpollStat.prototype.events = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * EpollStat empty.
             * @member {Long} empty
             * @memberof stackprof.v1.EpollStat
             * @instance
             */
            EpollStat.prototype.empty = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * EpollStat timeouts.
             * @member {Array.<Long>} timeouts
             * @memberof stackprof.v1.EpollStat
             * @instance
             */
            EpollStat.prototype.timeouts = $util.emptyArray;

            /**
             * EpollStat zeroEmpty.
             * @member {Long} zeroEmpty
             * @memberof stackprof.v1.EpollStat
             * @instance
             */
            EpollStat.prototype.zeroEmpty = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * EpollStat zeroEmptyThenWait.
             * @member {Long} zeroEmptyThenWait
             * @memberof stackprof.v1.EpollStat
             * @instance
             */
            EpollStat.prototype.zeroEmptyThenWait = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * EpollStat totalNs.
             * @member {Long} totalNs
             * @memberof stackprof.v1.EpollStat
             * @instance
             */
            EpollStat.prototype.totalNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * EpollStat offcpuNs.
             * @member {Long} offcpuNs
             * @memberof stackprof.v1.EpollStat
             * @instance
             */
            EpollStat.prototype.offcpuNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * EpollStat eventsLog2.
             * @member {Array.<Long>} eventsLog2
             * @memberof stackprof.v1.EpollStat
             * @instance
             */
            EpollStat.prototype.eventsLog2 = $util.emptyArray;

            /**
             * Encodes the specified EpollStat message. Does not implicitly {@link stackprof.v1.EpollStat.verify|verify} messages.
             * @function encode
             * @memberof stackprof.v1.EpollStat
             * @static
             * @param {stackprof.v1.IEpollStat} message EpollStat message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EpollStat.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.tid != null && Object.hasOwnProperty.call(message, "tid"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.tid);
                if (message.epfd != null && Object.hasOwnProperty.call(message, "epfd"))
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.epfd);
                if (message.nr != null && Object.hasOwnProperty.call(message, "nr"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.nr);
                if (message.calls != null && Object.hasOwnProperty.call(message, "calls"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.calls);
                if (message.errors != null && Object.hasOwnProperty.call(message, "errors"))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.errors);
                if (message.events != null && Object.hasOwnProperty.call(message, "events"))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.events);
                if (message.empty != null && Object.hasOwnProperty.call(message, "empty"))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.empty);
                if (message.timeouts != null && message.timeouts.length) {
                    writer.uint32(/* id 8, wireType 2 =*/66).fork();
                    for (let i = 0; i < message.timeouts.length; ++i)
                        writer.uint64(message.timeouts[i]);
                    writer.ldelim();
                }
                if (message.zeroEmpty != null && Object.hasOwnProperty.call(message, "zeroEmpty"))
                    writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.zeroEmpty);
                if (message.zeroEmptyThenWait != null && Object.hasOwnProperty.call(message, "zeroEmptyThenWait"))
                    writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.zeroEmptyThenWait);
                if (message.totalNs != null && Object.hasOwnProperty.call(message, "totalNs"))
                    writer.uint32(/* id 11, wireType 0 =*/88).uint64(message.totalNs);
                if (message.offcpuNs != null && Object.hasOwnProperty.call(message, "offcpuNs"))
                    writer.uint32(/* id 12, wireType 0 =*/96).uint64(message.offcpuNs);
                if (message.eventsLog2 != null && message.eventsLog2.length) {
                    writer.uint32(/* id 13, wireType 2 =*/106).fork();
                    for (let i = 0; i < message.eventsLog2.length; ++i)
                        writer.uint64(message.eventsLog2[i]);
                    writer.ldelim();
                }
                return writer;
            };

            /**
             * Encodes the specified EpollStat message, length delimited. Does not implicitly {@link stackprof.v1.EpollStat.verify|verify} messages.
             * @function encodeDelimited
             * @memberof stackprof.v1.EpollStat
             * @static
             * @param {stackprof.v1.IEpollStat} message EpollStat message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EpollStat.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes an EpollStat message from the specified reader or buffer.
             * @function decode
             * @memberof stackprof.v1.EpollStat
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {stackprof.v1.EpollStat} EpollStat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EpollStat.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.stackprof.v1.EpollStat();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.tid = reader.uint32();
                            break;
                        }
                    case 2: {
                            message.epfd = reader.int32();
                            break;
                        }
                    case 3: {
                            message.nr = reader.uint32();
                            break;
                        }
                    case 4: {
                            message.calls = reader.uint64();
                            break;
                        }
                    case 5: {
                            message.errors = reader.uint64();
                            break;
                        }
                    case 6: {
                            message.events = reader.uint64();
                            break;
                        }
                    case 7: {
                            message.empty = reader.uint64();
                            break;
                        }
                    case 8: {
                            if (!(message.timeouts && message.timeouts.length))
                                message.timeouts = [];
                            if ((tag & 7) === 2) {
                                let end2 = reader.uint32() + reader.pos;
                                if (end2 > reader.len)
                                    throw RangeError("index out of range");
                                reader.len = end2;
                                while (reader.pos < end2)
                                    message.timeouts.push(reader.uint64());
                                if (reader.pos !== end2)
                                    throw RangeError("index out of range");
                                reader.len = end;
                            } else
                                message.timeouts.push(reader.uint64());
                            break;
                        }
                    case 9: {
                            message.zeroEmpty = reader.uint64();
                            break;
                        }
                    case 10: {
                            message.zeroEmptyThenWait = reader.uint64();
                            break;
                        }
                    case 11: {
                            message.totalNs = reader.uint64();
                            break;
                        }
                    case 12: {
                            message.offcpuNs = reader.uint64();
                            break;
                        }
                    case 13: {
                            if (!(message.eventsLog2 && message.eventsLog2.length))
                                message.eventsLog2 = [];
                            if ((tag & 7) === 2) {
                                let end2 = reader.uint32() + reader.pos;
                                if (end2 > reader.len)
                                    throw RangeError("index out of range");
                                reader.len = end2;
                                while (reader.pos < end2)
                                    message.eventsLog2.push(reader.uint64());
                                if (reader.pos !== end2)
                                    throw RangeError("index out of range");
                                reader.len = end;
                            } else
                                message.eventsLog2.push(reader.uint64());
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes an EpollStat message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof stackprof.v1.EpollStat
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {stackprof.v1.EpollStat} EpollStat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EpollStat.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Gets the default type url for EpollStat
             * @function getTypeUrl
             * @memberof stackprof.v1.EpollStat
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            EpollStat.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/stackprof.v1.EpollStat";
            };

            return EpollStat;
        })();

        /**
         * FdKind enum.
         * @name stackprof.v1.FdKind
         * @enum {number}
         * @property {number} FD_OTHER=0 FD_OTHER value
         * @property {number} FD_INET_SOCKET=1 FD_INET_SOCKET value
         * @property {number} FD_OTHER_SOCKET=2 FD_OTHER_SOCKET value
         * @property {number} FD_UNKNOWN=3 FD_UNKNOWN value
         */
        v1.FdKind = (function() {
            const valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "FD_OTHER"] = 0;
            values[valuesById[1] = "FD_INET_SOCKET"] = 1;
            values[valuesById[2] = "FD_OTHER_SOCKET"] = 2;
            values[valuesById[3] = "FD_UNKNOWN"] = 3;
            return values;
        })();

        v1.FdIoStat = (function() {

            /**
             * Properties of a FdIoStat.
             * @memberof stackprof.v1
             * @interface IFdIoStat
             * @property {number|null} [tid] FdIoStat tid
             * @property {number|null} [nr] FdIoStat nr
             * @property {stackprof.v1.FdKind|null} [fdKind] FdIoStat fdKind
             * @property {Long|null} [calls] FdIoStat calls
             * @property {Long|null} [errors] FdIoStat errors
             * @property {Long|null} [eagain] FdIoStat eagain
             * @property {Long|null} [bytes] FdIoStat bytes
             * @property {Array.<Long>|null} [sizeLog2] FdIoStat sizeLog2
             */

            /**
             * Constructs a new FdIoStat.
             * @memberof stackprof.v1
             * @classdesc Represents a FdIoStat.
             * @implements IFdIoStat
             * @constructor
             * @param {stackprof.v1.IFdIoStat=} [properties] Properties to set
             */
            function FdIoStat(properties) {
                this.sizeLog2 = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * FdIoStat tid.
             * @member {number} tid
             * @memberof stackprof.v1.FdIoStat
             * @instance
             */
            FdIoStat.prototype.tid = 0;

            /**
             * FdIoStat nr.
             * @member {number} nr
             * @memberof stackprof.v1.FdIoStat
             * @instance
             */
            FdIoStat.prototype.nr = 0;

            /**
             * FdIoStat fdKind.
             * @member {stackprof.v1.FdKind} fdKind
             * @memberof stackprof.v1.FdIoStat
             * @instance
             */
            FdIoStat.prototype.fdKind = 0;

            /**
             * FdIoStat calls.
             * @member {Long} calls
             * @memberof stackprof.v1.FdIoStat
             * @instance
             */
            FdIoStat.prototype.calls = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * FdIoStat errors.
             * @member {Long} errors
             * @memberof stackprof.v1.FdIoStat
             * @instance
             */
            FdIoStat.prototype.errors = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * FdIoStat eagain.
             * @member {Long} eagain
             * @memberof stackprof.v1.FdIoStat
             * @instance
             */
            FdIoStat.prototype.eagain = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * FdIoStat bytes.
             * @member {Long} bytes
             * @memberof stackprof.v1.FdIoStat
             * @instance
             */
            FdIoStat.prototype.bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * FdIoStat sizeLog2.
             * @member {Array.<Long>} sizeLog2
             * @memberof stackprof.v1.FdIoStat
             * @instance
             */
            FdIoStat.prototype.sizeLog2 = $util.emptyArray;

            /**
             * Encodes the specified FdIoStat message. Does not implicitly {@link stackprof.v1.FdIoStat.verify|verify} messages.
             * @function encode
             * @memberof stackprof.v1.FdIoStat
             * @static
             * @param {stackprof.v1.IFdIoStat} message FdIoStat message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FdIoStat.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.tid != null && Object.hasOwnProperty.call(message, "tid"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.tid);
                if (message.nr != null && Object.hasOwnProperty.call(message, "nr"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.nr);
                if (message.fdKind != null && Object.hasOwnProperty.call(message, "fdKind"))
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.fdKind);
                if (message.calls != null && Object.hasOwnProperty.call(message, "calls"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.calls);
                if (message.errors != null && Object.hasOwnProperty.call(message, "errors"))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.errors);
                if (message.eagain != null && Object.hasOwnProperty.call(message, "eagain"))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.eagain);
                if (message.bytes != null && Object.hasOwnProperty.call(message, "bytes"))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.bytes);
                if (message.sizeLog2 != null && message.sizeLog2.length) {
                    writer.uint32(/* id 8, wireType 2 =*/66).fork();
                    for (let i = 0; i < message.sizeLog2.length; ++i)
                        writer.uint64(message.sizeLog2[i]);
                    writer.ldelim();
                }
                return writer;
            };

            /**
             * Encodes the specified FdIoStat message, length delimited. Does not implicitly {@link stackprof.v1.FdIoStat.verify|verify} messages.
             * @function encodeDelimited
             * @memberof stackprof.v1.FdIoStat
             * @static
             * @param {stackprof.v1.IFdIoStat} message FdIoStat message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FdIoStat.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a FdIoStat message from the specified reader or buffer.
             * @function decode
             * @memberof stackprof.v1.FdIoStat
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {stackprof.v1.FdIoStat} FdIoStat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FdIoStat.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.stackprof.v1.FdIoStat();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.tid = reader.uint32();
                            break;
                        }
                    case 2: {
                            message.nr = reader.uint32();
                            break;
                        }
                    case 3: {
                            message.fdKind = reader.int32();
                            break;
                        }
                    case 4: {
                            message.calls = reader.uint64();
                            break;
                        }
                    case 5: {
                            message.errors = reader.uint64();
                            break;
                        }
                    case 6: {
                            message.eagain = reader.uint64();
                            break;
                        }
                    case 7: {
                            message.bytes = reader.uint64();
                            break;
                        }
                    case 8: {
                            if (!(message.sizeLog2 && message.sizeLog2.length))
                                message.sizeLog2 = [];
                            if ((tag & 7) === 2) {
                                let end2 = reader.uint32() + reader.pos;
                                if (end2 > reader.len)
                                    throw RangeError("index out of range");
                                reader.len = end2;
                                while (reader.pos < end2)
                                    message.sizeLog2.push(reader.uint64());
                                if (reader.pos !== end2)
                                    throw RangeError("index out of range");
                                reader.len = end;
                            } else
                                message.sizeLog2.push(reader.uint64());
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a FdIoStat message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof stackprof.v1.FdIoStat
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {stackprof.v1.FdIoStat} FdIoStat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FdIoStat.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Gets the default type url for FdIoStat
             * @function getTypeUrl
             * @memberof stackprof.v1.FdIoStat
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            FdIoStat.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/stackprof.v1.FdIoStat";
            };

            return FdIoStat;
        })();

        v1.SockoptStat = (function() {

            /**
             * Properties of a SockoptStat.
             * @memberof stackprof.v1
             * @interface ISockoptStat
             * @property {number|null} [optname] SockoptStat optname
             * @property {number|null} [value] SockoptStat value
             * @property {boolean|null} [valueReadable] SockoptStat valueReadable
             * @property {Long|null} [calls] SockoptStat calls
             * @property {Long|null} [failed] SockoptStat failed
             * @property {number|null} [lastTid] SockoptStat lastTid
             */

            /**
             * Constructs a new SockoptStat.
             * @memberof stackprof.v1
             * @classdesc Represents a SockoptStat.
             * @implements ISockoptStat
             * @constructor
             * @param {stackprof.v1.ISockoptStat=} [properties] Properties to set
             */
            function SockoptStat(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * SockoptStat optname.
             * @member {number} optname
             * @memberof stackprof.v1.SockoptStat
             * @instance
             */
            SockoptStat.prototype.optname = 0;

            /**
             * SockoptStat value.
             * @member {number} value
             * @memberof stackprof.v1.SockoptStat
             * @instance
             */
            SockoptStat.prototype.value = 0;

            /**
             * SockoptStat valueReadable.
             * @member {boolean} valueReadable
             * @memberof stackprof.v1.SockoptStat
             * @instance
             */
            SockoptStat.prototype.valueReadable = false;

            /**
             * SockoptStat calls.
             * @member {Long} calls
             * @memberof stackprof.v1.SockoptStat
             * @instance
             */
            SockoptStat.prototype.calls = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SockoptStat failed.
             * @member {Long} failed
             * @memberof stackprof.v1.SockoptStat
             * @instance
             */
            SockoptStat.prototype.failed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SockoptStat lastTid.
             * @member {number} lastTid
             * @memberof stackprof.v1.SockoptStat
             * @instance
             */
            SockoptStat.prototype.lastTid = 0;

            /**
             * Encodes the specified SockoptStat message. Does not implicitly {@link stackprof.v1.SockoptStat.verify|verify} messages.
             * @function encode
             * @memberof stackprof.v1.SockoptStat
             * @static
             * @param {stackprof.v1.ISockoptStat} message SockoptStat message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SockoptStat.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.optname != null && Object.hasOwnProperty.call(message, "optname"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.optname);
                if (message.value != null && Object.hasOwnProperty.call(message, "value"))
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.value);
                if (message.valueReadable != null && Object.hasOwnProperty.call(message, "valueReadable"))
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.valueReadable);
                if (message.calls != null && Object.hasOwnProperty.call(message, "calls"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.calls);
                if (message.failed != null && Object.hasOwnProperty.call(message, "failed"))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.failed);
                if (message.lastTid != null && Object.hasOwnProperty.call(message, "lastTid"))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.lastTid);
                return writer;
            };

            /**
             * Encodes the specified SockoptStat message, length delimited. Does not implicitly {@link stackprof.v1.SockoptStat.verify|verify} messages.
             * @function encodeDelimited
             * @memberof stackprof.v1.SockoptStat
             * @static
             * @param {stackprof.v1.ISockoptStat} message SockoptStat message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SockoptStat.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a SockoptStat message from the specified reader or buffer.
             * @function decode
             * @memberof stackprof.v1.SockoptStat
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {stackprof.v1.SockoptStat} SockoptStat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SockoptStat.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.stackprof.v1.SockoptStat();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.optname = reader.int32();
                            break;
                        }
                    case 2: {
                            message.value = reader.int32();
                            break;
                        }
                    case 3: {
                            message.valueReadable = reader.bool();
                            break;
                        }
                    case 4: {
                            message.calls = reader.uint64();
                            break;
                        }
                    case 5: {
                            message.failed = reader.uint64();
                            break;
                        }
                    case 6: {
                            message.lastTid = reader.uint32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a SockoptStat message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof stackprof.v1.SockoptStat
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {stackprof.v1.SockoptStat} SockoptStat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SockoptStat.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Gets the default type url for SockoptStat
             * @function getTypeUrl
             * @memberof stackprof.v1.SockoptStat
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            SockoptStat.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/stackprof.v1.SockoptStat";
            };

            return SockoptStat;
        })();

        v1.EpollParamsStat = (function() {

            /**
             * Properties of an EpollParamsStat.
             * @memberof stackprof.v1
             * @interface IEpollParamsStat
             * @property {number|null} [epfd] EpollParamsStat epfd
             * @property {number|null} [busyPollUsecs] EpollParamsStat busyPollUsecs
             * @property {number|null} [busyPollBudget] EpollParamsStat busyPollBudget
             * @property {boolean|null} [preferBusyPoll] EpollParamsStat preferBusyPoll
             * @property {boolean|null} [accepted] EpollParamsStat accepted
             * @property {Long|null} [calls] EpollParamsStat calls
             * @property {Long|null} [failed] EpollParamsStat failed
             * @property {number|null} [lastTid] EpollParamsStat lastTid
             */

            /**
             * Constructs a new EpollParamsStat.
             * @memberof stackprof.v1
             * @classdesc Represents an EpollParamsStat.
             * @implements IEpollParamsStat
             * @constructor
             * @param {stackprof.v1.IEpollParamsStat=} [properties] Properties to set
             */
            function EpollParamsStat(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * EpollParamsStat epfd.
             * @member {number} epfd
             * @memberof stackprof.v1.EpollParamsStat
             * @instance
             */
            EpollParamsStat.prototype.epfd = 0;

            /**
             * EpollParamsStat busyPollUsecs.
             * @member {number} busyPollUsecs
             * @memberof stackprof.v1.EpollParamsStat
             * @instance
             */
            EpollParamsStat.prototype.busyPollUsecs = 0;

            /**
             * EpollParamsStat busyPollBudget.
             * @member {number} busyPollBudget
             * @memberof stackprof.v1.EpollParamsStat
             * @instance
             */
            EpollParamsStat.prototype.busyPollBudget = 0;

            /**
             * EpollParamsStat preferBusyPoll.
             * @member {boolean} preferBusyPoll
             * @memberof stackprof.v1.EpollParamsStat
             * @instance
             */
            EpollParamsStat.prototype.preferBusyPoll = false;

            /**
             * EpollParamsStat accepted.
             * @member {boolean} accepted
             * @memberof stackprof.v1.EpollParamsStat
             * @instance
             */
            EpollParamsStat.prototype.accepted = false;

            /**
             * EpollParamsStat calls.
             * @member {Long} calls
             * @memberof stackprof.v1.EpollParamsStat
             * @instance
             */
            EpollParamsStat.prototype.calls = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * EpollParamsStat failed.
             * @member {Long} failed
             * @memberof stackprof.v1.EpollParamsStat
             * @instance
             */
            EpollParamsStat.prototype.failed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * EpollParamsStat lastTid.
             * @member {number} lastTid
             * @memberof stackprof.v1.EpollParamsStat
             * @instance
             */
            EpollParamsStat.prototype.lastTid = 0;

            /**
             * Encodes the specified EpollParamsStat message. Does not implicitly {@link stackprof.v1.EpollParamsStat.verify|verify} messages.
             * @function encode
             * @memberof stackprof.v1.EpollParamsStat
             * @static
             * @param {stackprof.v1.IEpollParamsStat} message EpollParamsStat message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EpollParamsStat.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.epfd != null && Object.hasOwnProperty.call(message, "epfd"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.epfd);
                if (message.busyPollUsecs != null && Object.hasOwnProperty.call(message, "busyPollUsecs"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.busyPollUsecs);
                if (message.busyPollBudget != null && Object.hasOwnProperty.call(message, "busyPollBudget"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.busyPollBudget);
                if (message.preferBusyPoll != null && Object.hasOwnProperty.call(message, "preferBusyPoll"))
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.preferBusyPoll);
                if (message.accepted != null && Object.hasOwnProperty.call(message, "accepted"))
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.accepted);
                if (message.calls != null && Object.hasOwnProperty.call(message, "calls"))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.calls);
                if (message.failed != null && Object.hasOwnProperty.call(message, "failed"))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.failed);
                if (message.lastTid != null && Object.hasOwnProperty.call(message, "lastTid"))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.lastTid);
                return writer;
            };

            /**
             * Encodes the specified EpollParamsStat message, length delimited. Does not implicitly {@link stackprof.v1.EpollParamsStat.verify|verify} messages.
             * @function encodeDelimited
             * @memberof stackprof.v1.EpollParamsStat
             * @static
             * @param {stackprof.v1.IEpollParamsStat} message EpollParamsStat message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EpollParamsStat.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes an EpollParamsStat message from the specified reader or buffer.
             * @function decode
             * @memberof stackprof.v1.EpollParamsStat
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {stackprof.v1.EpollParamsStat} EpollParamsStat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EpollParamsStat.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.stackprof.v1.EpollParamsStat();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.epfd = reader.int32();
                            break;
                        }
                    case 2: {
                            message.busyPollUsecs = reader.uint32();
                            break;
                        }
                    case 3: {
                            message.busyPollBudget = reader.uint32();
                            break;
                        }
                    case 4: {
                            message.preferBusyPoll = reader.bool();
                            break;
                        }
                    case 5: {
                            message.accepted = reader.bool();
                            break;
                        }
                    case 6: {
                            message.calls = reader.uint64();
                            break;
                        }
                    case 7: {
                            message.failed = reader.uint64();
                            break;
                        }
                    case 8: {
                            message.lastTid = reader.uint32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes an EpollParamsStat message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof stackprof.v1.EpollParamsStat
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {stackprof.v1.EpollParamsStat} EpollParamsStat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EpollParamsStat.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Gets the default type url for EpollParamsStat
             * @function getTypeUrl
             * @memberof stackprof.v1.EpollParamsStat
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            EpollParamsStat.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/stackprof.v1.EpollParamsStat";
            };

            return EpollParamsStat;
        })();

        v1.NapiPollStat = (function() {

            /**
             * Properties of a NapiPollStat.
             * @memberof stackprof.v1
             * @interface INapiPollStat
             * @property {number|null} [tid] NapiPollStat tid
             * @property {number|null} [budget] NapiPollStat budget
             * @property {Uint8Array|null} [device] NapiPollStat device
             * @property {Long|null} [polls] NapiPollStat polls
             * @property {Long|null} [work] NapiPollStat work
             */

            /**
             * Constructs a new NapiPollStat.
             * @memberof stackprof.v1
             * @classdesc Represents a NapiPollStat.
             * @implements INapiPollStat
             * @constructor
             * @param {stackprof.v1.INapiPollStat=} [properties] Properties to set
             */
            function NapiPollStat(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * NapiPollStat tid.
             * @member {number} tid
             * @memberof stackprof.v1.NapiPollStat
             * @instance
             */
            NapiPollStat.prototype.tid = 0;

            /**
             * NapiPollStat budget.
             * @member {number} budget
             * @memberof stackprof.v1.NapiPollStat
             * @instance
             */
            NapiPollStat.prototype.budget = 0;

            /**
             * NapiPollStat device.
             * @member {Uint8Array} device
             * @memberof stackprof.v1.NapiPollStat
             * @instance
             */
            NapiPollStat.prototype.device = $util.newBuffer([]);

            /**
             * NapiPollStat polls.
             * @member {Long} polls
             * @memberof stackprof.v1.NapiPollStat
             * @instance
             */
            NapiPollStat.prototype.polls = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NapiPollStat work.
             * @member {Long} work
             * @memberof stackprof.v1.NapiPollStat
             * @instance
             */
            NapiPollStat.prototype.work = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Encodes the specified NapiPollStat message. Does not implicitly {@link stackprof.v1.NapiPollStat.verify|verify} messages.
             * @function encode
             * @memberof stackprof.v1.NapiPollStat
             * @static
             * @param {stackprof.v1.INapiPollStat} message NapiPollStat message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NapiPollStat.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.tid != null && Object.hasOwnProperty.call(message, "tid"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.tid);
                if (message.budget != null && Object.hasOwnProperty.call(message, "budget"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.budget);
                if (message.device != null && Object.hasOwnProperty.call(message, "device"))
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.device);
                if (message.polls != null && Object.hasOwnProperty.call(message, "polls"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.polls);
                if (message.work != null && Object.hasOwnProperty.call(message, "work"))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.work);
                return writer;
            };

            /**
             * Encodes the specified NapiPollStat message, length delimited. Does not implicitly {@link stackprof.v1.NapiPollStat.verify|verify} messages.
             * @function encodeDelimited
             * @memberof stackprof.v1.NapiPollStat
             * @static
             * @param {stackprof.v1.INapiPollStat} message NapiPollStat message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NapiPollStat.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a NapiPollStat message from the specified reader or buffer.
             * @function decode
             * @memberof stackprof.v1.NapiPollStat
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {stackprof.v1.NapiPollStat} NapiPollStat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NapiPollStat.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.stackprof.v1.NapiPollStat();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.tid = reader.uint32();
                            break;
                        }
                    case 2: {
                            message.budget = reader.uint32();
                            break;
                        }
                    case 3: {
                            message.device = reader.bytes();
                            break;
                        }
                    case 4: {
                            message.polls = reader.uint64();
                            break;
                        }
                    case 5: {
                            message.work = reader.uint64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a NapiPollStat message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof stackprof.v1.NapiPollStat
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {stackprof.v1.NapiPollStat} NapiPollStat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NapiPollStat.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Gets the default type url for NapiPollStat
             * @function getTypeUrl
             * @memberof stackprof.v1.NapiPollStat
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            NapiPollStat.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/stackprof.v1.NapiPollStat";
            };

            return NapiPollStat;
        })();

        v1.SocketGroup = (function() {

            /**
             * Properties of a SocketGroup.
             * @memberof stackprof.v1
             * @interface ISocketGroup
             * @property {number|null} [family] SocketGroup family
             * @property {number|null} [type] SocketGroup type
             * @property {number|null} [protocol] SocketGroup protocol
             * @property {boolean|null} [listening] SocketGroup listening
             * @property {number|null} [localPort] SocketGroup localPort
             * @property {boolean|null} [reuseport] SocketGroup reuseport
             * @property {number|null} [busyPollUsecs] SocketGroup busyPollUsecs
             * @property {boolean|null} [preferBusyPoll] SocketGroup preferBusyPoll
             * @property {number|null} [busyPollBudget] SocketGroup busyPollBudget
             * @property {number|null} [napiId] SocketGroup napiId
             * @property {Long|null} [count] SocketGroup count
             * @property {Array.<number>|null} [exampleFds] SocketGroup exampleFds
             */

            /**
             * Constructs a new SocketGroup.
             * @memberof stackprof.v1
             * @classdesc Represents a SocketGroup.
             * @implements ISocketGroup
             * @constructor
             * @param {stackprof.v1.ISocketGroup=} [properties] Properties to set
             */
            function SocketGroup(properties) {
                this.exampleFds = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * SocketGroup family.
             * @member {number} family
             * @memberof stackprof.v1.SocketGroup
             * @instance
             */
            SocketGroup.prototype.family = 0;

            /**
             * SocketGroup type.
             * @member {number} type
             * @memberof stackprof.v1.SocketGroup
             * @instance
             */
            SocketGroup.prototype.type = 0;

            /**
             * SocketGroup protocol.
             * @member {number} protocol
             * @memberof stackprof.v1.SocketGroup
             * @instance
             */
            SocketGroup.prototype.protocol = 0;

            /**
             * SocketGroup listening.
             * @member {boolean} listening
             * @memberof stackprof.v1.SocketGroup
             * @instance
             */
            SocketGroup.prototype.listening = false;

            /**
             * SocketGroup localPort.
             * @member {number} localPort
             * @memberof stackprof.v1.SocketGroup
             * @instance
             */
            SocketGroup.prototype.localPort = 0;

            /**
             * SocketGroup reuseport.
             * @member {boolean} reuseport
             * @memberof stackprof.v1.SocketGroup
             * @instance
             */
            SocketGroup.prototype.reuseport = false;

            /**
             * SocketGroup busyPollUsecs.
             * @member {number} busyPollUsecs
             * @memberof stackprof.v1.SocketGroup
             * @instance
             */
            SocketGroup.prototype.busyPollUsecs = 0;

            /**
             * SocketGroup preferBusyPoll.
             * @member {boolean} preferBusyPoll
             * @memberof stackprof.v1.SocketGroup
             * @instance
             */
            SocketGroup.prototype.preferBusyPoll = false;

            /**
             * SocketGroup busyPollBudget.
             * @member {number} busyPollBudget
             * @memberof stackprof.v1.SocketGroup
             * @instance
             */
            SocketGroup.prototype.busyPollBudget = 0;

            /**
             * SocketGroup napiId.
             * @member {number} napiId
             * @memberof stackprof.v1.SocketGroup
             * @instance
             */
            SocketGroup.prototype.napiId = 0;

            /**
             * SocketGroup count.
             * @member {Long} count
             * @memberof stackprof.v1.SocketGroup
             * @instance
             */
            SocketGroup.prototype.count = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SocketGroup exampleFds.
             * @member {Array.<number>} exampleFds
             * @memberof stackprof.v1.SocketGroup
             * @instance
             */
            SocketGroup.prototype.exampleFds = $util.emptyArray;

            /**
             * Encodes the specified SocketGroup message. Does not implicitly {@link stackprof.v1.SocketGroup.verify|verify} messages.
             * @function encode
             * @memberof stackprof.v1.SocketGroup
             * @static
             * @param {stackprof.v1.ISocketGroup} message SocketGroup message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SocketGroup.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.family != null && Object.hasOwnProperty.call(message, "family"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.family);
                if (message.type != null && Object.hasOwnProperty.call(message, "type"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.type);
                if (message.protocol != null && Object.hasOwnProperty.call(message, "protocol"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.protocol);
                if (message.listening != null && Object.hasOwnProperty.call(message, "listening"))
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.listening);
                if (message.localPort != null && Object.hasOwnProperty.call(message, "localPort"))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.localPort);
                if (message.reuseport != null && Object.hasOwnProperty.call(message, "reuseport"))
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.reuseport);
                if (message.busyPollUsecs != null && Object.hasOwnProperty.call(message, "busyPollUsecs"))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.busyPollUsecs);
                if (message.preferBusyPoll != null && Object.hasOwnProperty.call(message, "preferBusyPoll"))
                    writer.uint32(/* id 8, wireType 0 =*/64).bool(message.preferBusyPoll);
                if (message.busyPollBudget != null && Object.hasOwnProperty.call(message, "busyPollBudget"))
                    writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.busyPollBudget);
                if (message.napiId != null && Object.hasOwnProperty.call(message, "napiId"))
                    writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.napiId);
                if (message.count != null && Object.hasOwnProperty.call(message, "count"))
                    writer.uint32(/* id 11, wireType 0 =*/88).uint64(message.count);
                if (message.exampleFds != null && message.exampleFds.length) {
                    writer.uint32(/* id 12, wireType 2 =*/98).fork();
                    for (let i = 0; i < message.exampleFds.length; ++i)
                        writer.int32(message.exampleFds[i]);
                    writer.ldelim();
                }
                return writer;
            };

            /**
             * Encodes the specified SocketGroup message, length delimited. Does not implicitly {@link stackprof.v1.SocketGroup.verify|verify} messages.
             * @function encodeDelimited
             * @memberof stackprof.v1.SocketGroup
             * @static
             * @param {stackprof.v1.ISocketGroup} message SocketGroup message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SocketGroup.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a SocketGroup message from the specified reader or buffer.
             * @function decode
             * @memberof stackprof.v1.SocketGroup
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {stackprof.v1.SocketGroup} SocketGroup
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SocketGroup.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.stackprof.v1.SocketGroup();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.family = reader.uint32();
                            break;
                        }
                    case 2: {
                            message.type = reader.uint32();
                            break;
                        }
                    case 3: {
                            message.protocol = reader.uint32();
                            break;
                        }
                    case 4: {
                            message.listening = reader.bool();
                            break;
                        }
                    case 5: {
                            message.localPort = reader.uint32();
                            break;
                        }
                    case 6: {
                            message.reuseport = reader.bool();
                            break;
                        }
                    case 7: {
                            message.busyPollUsecs = reader.uint32();
                            break;
                        }
                    case 8: {
                            message.preferBusyPoll = reader.bool();
                            break;
                        }
                    case 9: {
                            message.busyPollBudget = reader.uint32();
                            break;
                        }
                    case 10: {
                            message.napiId = reader.uint32();
                            break;
                        }
                    case 11: {
                            message.count = reader.uint64();
                            break;
                        }
                    case 12: {
                            if (!(message.exampleFds && message.exampleFds.length))
                                message.exampleFds = [];
                            if ((tag & 7) === 2) {
                                let end2 = reader.uint32() + reader.pos;
                                if (end2 > reader.len)
                                    throw RangeError("index out of range");
                                reader.len = end2;
                                while (reader.pos < end2)
                                    message.exampleFds.push(reader.int32());
                                if (reader.pos !== end2)
                                    throw RangeError("index out of range");
                                reader.len = end;
                            } else
                                message.exampleFds.push(reader.int32());
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a SocketGroup message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof stackprof.v1.SocketGroup
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {stackprof.v1.SocketGroup} SocketGroup
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SocketGroup.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Gets the default type url for SocketGroup
             * @function getTypeUrl
             * @memberof stackprof.v1.SocketGroup
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            SocketGroup.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/stackprof.v1.SocketGroup";
            };

            return SocketGroup;
        })();

        v1.EpollInstance = (function() {

            /**
             * Properties of an EpollInstance.
             * @memberof stackprof.v1
             * @interface IEpollInstance
             * @property {number|null} [fd] EpollInstance fd
             * @property {number|null} [napiId] EpollInstance napiId
             * @property {boolean|null} [paramsKnown] EpollInstance paramsKnown
             * @property {number|null} [busyPollUsecs] EpollInstance busyPollUsecs
             * @property {number|null} [busyPollBudget] EpollInstance busyPollBudget
             * @property {boolean|null} [preferBusyPoll] EpollInstance preferBusyPoll
             */

            /**
             * Constructs a new EpollInstance.
             * @memberof stackprof.v1
             * @classdesc Represents an EpollInstance.
             * @implements IEpollInstance
             * @constructor
             * @param {stackprof.v1.IEpollInstance=} [properties] Properties to set
             */
            function EpollInstance(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * EpollInstance fd.
             * @member {number} fd
             * @memberof stackprof.v1.EpollInstance
             * @instance
             */
            EpollInstance.prototype.fd = 0;

            /**
             * EpollInstance napiId.
             * @member {number} napiId
             * @memberof stackprof.v1.EpollInstance
             * @instance
             */
            EpollInstance.prototype.napiId = 0;

            /**
             * EpollInstance paramsKnown.
             * @member {boolean} paramsKnown
             * @memberof stackprof.v1.EpollInstance
             * @instance
             */
            EpollInstance.prototype.paramsKnown = false;

            /**
             * EpollInstance busyPollUsecs.
             * @member {number} busyPollUsecs
             * @memberof stackprof.v1.EpollInstance
             * @instance
             */
            EpollInstance.prototype.busyPollUsecs = 0;

            /**
             * EpollInstance busyPollBudget.
             * @member {number} busyPollBudget
             * @memberof stackprof.v1.EpollInstance
             * @instance
             */
            EpollInstance.prototype.busyPollBudget = 0;

            /**
             * EpollInstance preferBusyPoll.
             * @member {boolean} preferBusyPoll
             * @memberof stackprof.v1.EpollInstance
             * @instance
             */
            EpollInstance.prototype.preferBusyPoll = false;

            /**
             * Encodes the specified EpollInstance message. Does not implicitly {@link stackprof.v1.EpollInstance.verify|verify} messages.
             * @function encode
             * @memberof stackprof.v1.EpollInstance
             * @static
             * @param {stackprof.v1.IEpollInstance} message EpollInstance message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EpollInstance.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.fd != null && Object.hasOwnProperty.call(message, "fd"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.fd);
                if (message.napiId != null && Object.hasOwnProperty.call(message, "napiId"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.napiId);
                if (message.paramsKnown != null && Object.hasOwnProperty.call(message, "paramsKnown"))
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.paramsKnown);
                if (message.busyPollUsecs != null && Object.hasOwnProperty.call(message, "busyPollUsecs"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.busyPollUsecs);
                if (message.busyPollBudget != null && Object.hasOwnProperty.call(message, "busyPollBudget"))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.busyPollBudget);
                if (message.preferBusyPoll != null && Object.hasOwnProperty.call(message, "preferBusyPoll"))
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.preferBusyPoll);
                return writer;
            };

            /**
             * Encodes the specified EpollInstance message, length delimited. Does not implicitly {@link stackprof.v1.EpollInstance.verify|verify} messages.
             * @function encodeDelimited
             * @memberof stackprof.v1.EpollInstance
             * @static
             * @param {stackprof.v1.IEpollInstance} message EpollInstance message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EpollInstance.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes an EpollInstance message from the specified reader or buffer.
             * @function decode
             * @memberof stackprof.v1.EpollInstance
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {stackprof.v1.EpollInstance} EpollInstance
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EpollInstance.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.stackprof.v1.EpollInstance();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.fd = reader.int32();
                            break;
                        }
                    case 2: {
                            message.napiId = reader.uint32();
                            break;
                        }
                    case 3: {
                            message.paramsKnown = reader.bool();
                            break;
                        }
                    case 4: {
                            message.busyPollUsecs = reader.uint32();
                            break;
                        }
                    case 5: {
                            message.busyPollBudget = reader.uint32();
                            break;
                        }
                    case 6: {
                            message.preferBusyPoll = reader.bool();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes an EpollInstance message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof stackprof.v1.EpollInstance
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {stackprof.v1.EpollInstance} EpollInstance
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EpollInstance.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Gets the default type url for EpollInstance
             * @function getTypeUrl
             * @memberof stackprof.v1.EpollInstance
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            EpollInstance.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/stackprof.v1.EpollInstance";
            };

            return EpollInstance;
        })();

        v1.EventloopCounters = (function() {

            /**
             * Properties of an EventloopCounters.
             * @memberof stackprof.v1
             * @interface IEventloopCounters
             * @property {Long|null} [epollMapFull] EventloopCounters epollMapFull
             * @property {Long|null} [fdIoMapFull] EventloopCounters fdIoMapFull
             * @property {Long|null} [sockoptMapFull] EventloopCounters sockoptMapFull
             * @property {Long|null} [napiMapFull] EventloopCounters napiMapFull
             * @property {Long|null} [stateStoreFailed] EventloopCounters stateStoreFailed
             * @property {Long|null} [iteratorFailed] EventloopCounters iteratorFailed
             */

            /**
             * Constructs a new EventloopCounters.
             * @memberof stackprof.v1
             * @classdesc Represents an EventloopCounters.
             * @implements IEventloopCounters
             * @constructor
             * @param {stackprof.v1.IEventloopCounters=} [properties] Properties to set
             */
            function EventloopCounters(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * EventloopCounters epollMapFull.
             * @member {Long} epollMapFull
             * @memberof stackprof.v1.EventloopCounters
             * @instance
             */
            EventloopCounters.prototype.epollMapFull = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * EventloopCounters fdIoMapFull.
             * @member {Long} fdIoMapFull
             * @memberof stackprof.v1.EventloopCounters
             * @instance
             */
            EventloopCounters.prototype.fdIoMapFull = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * EventloopCounters sockoptMapFull.
             * @member {Long} sockoptMapFull
             * @memberof stackprof.v1.EventloopCounters
             * @instance
             */
            EventloopCounters.prototype.sockoptMapFull = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * EventloopCounters napiMapFull.
             * @member {Long} napiMapFull
             * @memberof stackprof.v1.EventloopCounters
             * @instance
             */
            EventloopCounters.prototype.napiMapFull = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * EventloopCounters stateStoreFailed.
             * @member {Long} stateStoreFailed
             * @memberof stackprof.v1.EventloopCounters
             * @instance
             */
            EventloopCounters.prototype.stateStoreFailed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * EventloopCounters iteratorFailed.
             * @member {Long} iteratorFailed
             * @memberof stackprof.v1.EventloopCounters
             * @instance
             */
            EventloopCounters.prototype.iteratorFailed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Encodes the specified EventloopCounters message. Does not implicitly {@link stackprof.v1.EventloopCounters.verify|verify} messages.
             * @function encode
             * @memberof stackprof.v1.EventloopCounters
             * @static
             * @param {stackprof.v1.IEventloopCounters} message EventloopCounters message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EventloopCounters.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.epollMapFull != null && Object.hasOwnProperty.call(message, "epollMapFull"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.epollMapFull);
                if (message.fdIoMapFull != null && Object.hasOwnProperty.call(message, "fdIoMapFull"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.fdIoMapFull);
                if (message.sockoptMapFull != null && Object.hasOwnProperty.call(message, "sockoptMapFull"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.sockoptMapFull);
                if (message.napiMapFull != null && Object.hasOwnProperty.call(message, "napiMapFull"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.napiMapFull);
                if (message.stateStoreFailed != null && Object.hasOwnProperty.call(message, "stateStoreFailed"))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.stateStoreFailed);
                if (message.iteratorFailed != null && Object.hasOwnProperty.call(message, "iteratorFailed"))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.iteratorFailed);
                return writer;
            };

            /**
             * Encodes the specified EventloopCounters message, length delimited. Does not implicitly {@link stackprof.v1.EventloopCounters.verify|verify} messages.
             * @function encodeDelimited
             * @memberof stackprof.v1.EventloopCounters
             * @static
             * @param {stackprof.v1.IEventloopCounters} message EventloopCounters message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EventloopCounters.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes an EventloopCounters message from the specified reader or buffer.
             * @function decode
             * @memberof stackprof.v1.EventloopCounters
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {stackprof.v1.EventloopCounters} EventloopCounters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EventloopCounters.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.stackprof.v1.EventloopCounters();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.epollMapFull = reader.uint64();
                            break;
                        }
                    case 2: {
                            message.fdIoMapFull = reader.uint64();
                            break;
                        }
                    case 3: {
                            message.sockoptMapFull = reader.uint64();
                            break;
                        }
                    case 4: {
                            message.napiMapFull = reader.uint64();
                            break;
                        }
                    case 5: {
                            message.stateStoreFailed = reader.uint64();
                            break;
                        }
                    case 6: {
                            message.iteratorFailed = reader.uint64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes an EventloopCounters message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof stackprof.v1.EventloopCounters
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {stackprof.v1.EventloopCounters} EventloopCounters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EventloopCounters.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Gets the default type url for EventloopCounters
             * @function getTypeUrl
             * @memberof stackprof.v1.EventloopCounters
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            EventloopCounters.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/stackprof.v1.EventloopCounters";
            };

            return EventloopCounters;
        })();

        v1.SyscallStat = (function() {

            /**
             * Properties of a SyscallStat.
             * @memberof stackprof.v1
             * @interface ISyscallStat
             * @property {number|null} [tid] SyscallStat tid
             * @property {number|null} [nr] SyscallStat nr
             * @property {Long|null} [count] SyscallStat count
             * @property {Long|null} [errors] SyscallStat errors
             * @property {Long|null} [totalNs] SyscallStat totalNs
             * @property {Long|null} [maxNs] SyscallStat maxNs
             * @property {Array.<Long>|null} [latencyLog2Ns] SyscallStat latencyLog2Ns
             */

            /**
             * Constructs a new SyscallStat.
             * @memberof stackprof.v1
             * @classdesc Represents a SyscallStat.
             * @implements ISyscallStat
             * @constructor
             * @param {stackprof.v1.ISyscallStat=} [properties] Properties to set
             */
            function SyscallStat(properties) {
                this.latencyLog2Ns = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * SyscallStat tid.
             * @member {number} tid
             * @memberof stackprof.v1.SyscallStat
             * @instance
             */
            SyscallStat.prototype.tid = 0;

            /**
             * SyscallStat nr.
             * @member {number} nr
             * @memberof stackprof.v1.SyscallStat
             * @instance
             */
            SyscallStat.prototype.nr = 0;

            /**
             * SyscallStat count.
             * @member {Long} count
             * @memberof stackprof.v1.SyscallStat
             * @instance
             */
            SyscallStat.prototype.count = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SyscallStat errors.
             * @member {Long} errors
             * @memberof stackprof.v1.SyscallStat
             * @instance
             */
            SyscallStat.prototype.errors = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SyscallStat totalNs.
             * @member {Long} totalNs
             * @memberof stackprof.v1.SyscallStat
             * @instance
             */
            SyscallStat.prototype.totalNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SyscallStat maxNs.
             * @member {Long} maxNs
             * @memberof stackprof.v1.SyscallStat
             * @instance
             */
            SyscallStat.prototype.maxNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SyscallStat latencyLog2Ns.
             * @member {Array.<Long>} latencyLog2Ns
             * @memberof stackprof.v1.SyscallStat
             * @instance
             */
            SyscallStat.prototype.latencyLog2Ns = $util.emptyArray;

            /**
             * Encodes the specified SyscallStat message. Does not implicitly {@link stackprof.v1.SyscallStat.verify|verify} messages.
             * @function encode
             * @memberof stackprof.v1.SyscallStat
             * @static
             * @param {stackprof.v1.ISyscallStat} message SyscallStat message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SyscallStat.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.tid != null && Object.hasOwnProperty.call(message, "tid"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.tid);
                if (message.nr != null && Object.hasOwnProperty.call(message, "nr"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.nr);
                if (message.count != null && Object.hasOwnProperty.call(message, "count"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.count);
                if (message.errors != null && Object.hasOwnProperty.call(message, "errors"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.errors);
                if (message.totalNs != null && Object.hasOwnProperty.call(message, "totalNs"))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.totalNs);
                if (message.maxNs != null && Object.hasOwnProperty.call(message, "maxNs"))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.maxNs);
                if (message.latencyLog2Ns != null && message.latencyLog2Ns.length) {
                    writer.uint32(/* id 7, wireType 2 =*/58).fork();
                    for (let i = 0; i < message.latencyLog2Ns.length; ++i)
                        writer.uint64(message.latencyLog2Ns[i]);
                    writer.ldelim();
                }
                return writer;
            };

            /**
             * Encodes the specified SyscallStat message, length delimited. Does not implicitly {@link stackprof.v1.SyscallStat.verify|verify} messages.
             * @function encodeDelimited
             * @memberof stackprof.v1.SyscallStat
             * @static
             * @param {stackprof.v1.ISyscallStat} message SyscallStat message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SyscallStat.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a SyscallStat message from the specified reader or buffer.
             * @function decode
             * @memberof stackprof.v1.SyscallStat
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {stackprof.v1.SyscallStat} SyscallStat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SyscallStat.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.stackprof.v1.SyscallStat();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.tid = reader.uint32();
                            break;
                        }
                    case 2: {
                            message.nr = reader.uint32();
                            break;
                        }
                    case 3: {
                            message.count = reader.uint64();
                            break;
                        }
                    case 4: {
                            message.errors = reader.uint64();
                            break;
                        }
                    case 5: {
                            message.totalNs = reader.uint64();
                            break;
                        }
                    case 6: {
                            message.maxNs = reader.uint64();
                            break;
                        }
                    case 7: {
                            if (!(message.latencyLog2Ns && message.latencyLog2Ns.length))
                                message.latencyLog2Ns = [];
                            if ((tag & 7) === 2) {
                                let end2 = reader.uint32() + reader.pos;
                                if (end2 > reader.len)
                                    throw RangeError("index out of range");
                                reader.len = end2;
                                while (reader.pos < end2)
                                    message.latencyLog2Ns.push(reader.uint64());
                                if (reader.pos !== end2)
                                    throw RangeError("index out of range");
                                reader.len = end;
                            } else
                                message.latencyLog2Ns.push(reader.uint64());
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a SyscallStat message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof stackprof.v1.SyscallStat
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {stackprof.v1.SyscallStat} SyscallStat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SyscallStat.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Gets the default type url for SyscallStat
             * @function getTypeUrl
             * @memberof stackprof.v1.SyscallStat
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            SyscallStat.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/stackprof.v1.SyscallStat";
            };

            return SyscallStat;
        })();

        v1.ErrnoStat = (function() {

            /**
             * Properties of an ErrnoStat.
             * @memberof stackprof.v1
             * @interface IErrnoStat
             * @property {number|null} [tid] ErrnoStat tid
             * @property {number|null} [nr] ErrnoStat nr
             * @property {number|null} [errorNumber] ErrnoStat errorNumber
             * @property {Long|null} [count] ErrnoStat count
             */

            /**
             * Constructs a new ErrnoStat.
             * @memberof stackprof.v1
             * @classdesc Represents an ErrnoStat.
             * @implements IErrnoStat
             * @constructor
             * @param {stackprof.v1.IErrnoStat=} [properties] Properties to set
             */
            function ErrnoStat(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ErrnoStat tid.
             * @member {number} tid
             * @memberof stackprof.v1.ErrnoStat
             * @instance
             */
            ErrnoStat.prototype.tid = 0;

            /**
             * ErrnoStat nr.
             * @member {number} nr
             * @memberof stackprof.v1.ErrnoStat
             * @instance
             */
            ErrnoStat.prototype.nr = 0;

            /**
             * ErrnoStat errorNumber.
             * @member {number} errorNumber
             * @memberof stackprof.v1.ErrnoStat
             * @instance
             */
            ErrnoStat.prototype.errorNumber = 0;

            /**
             * ErrnoStat count.
             * @member {Long} count
             * @memberof stackprof.v1.ErrnoStat
             * @instance
             */
            ErrnoStat.prototype.count = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Encodes the specified ErrnoStat message. Does not implicitly {@link stackprof.v1.ErrnoStat.verify|verify} messages.
             * @function encode
             * @memberof stackprof.v1.ErrnoStat
             * @static
             * @param {stackprof.v1.IErrnoStat} message ErrnoStat message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ErrnoStat.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.tid != null && Object.hasOwnProperty.call(message, "tid"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.tid);
                if (message.nr != null && Object.hasOwnProperty.call(message, "nr"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.nr);
                if (message.errorNumber != null && Object.hasOwnProperty.call(message, "errorNumber"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.errorNumber);
                if (message.count != null && Object.hasOwnProperty.call(message, "count"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.count);
                return writer;
            };

            /**
             * Encodes the specified ErrnoStat message, length delimited. Does not implicitly {@link stackprof.v1.ErrnoStat.verify|verify} messages.
             * @function encodeDelimited
             * @memberof stackprof.v1.ErrnoStat
             * @static
             * @param {stackprof.v1.IErrnoStat} message ErrnoStat message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ErrnoStat.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes an ErrnoStat message from the specified reader or buffer.
             * @function decode
             * @memberof stackprof.v1.ErrnoStat
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {stackprof.v1.ErrnoStat} ErrnoStat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ErrnoStat.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.stackprof.v1.ErrnoStat();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.tid = reader.uint32();
                            break;
                        }
                    case 2: {
                            message.nr = reader.uint32();
                            break;
                        }
                    case 3: {
                            message.errorNumber = reader.uint32();
                            break;
                        }
                    case 4: {
                            message.count = reader.uint64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes an ErrnoStat message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof stackprof.v1.ErrnoStat
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {stackprof.v1.ErrnoStat} ErrnoStat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ErrnoStat.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Gets the default type url for ErrnoStat
             * @function getTypeUrl
             * @memberof stackprof.v1.ErrnoStat
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ErrnoStat.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/stackprof.v1.ErrnoStat";
            };

            return ErrnoStat;
        })();

        v1.ThreadName = (function() {

            /**
             * Properties of a ThreadName.
             * @memberof stackprof.v1
             * @interface IThreadName
             * @property {number|null} [tid] ThreadName tid
             * @property {Uint8Array|null} [name] ThreadName name
             * @property {boolean|null} [exited] ThreadName exited
             * @property {Long|null} [oncpuNs] ThreadName oncpuNs
             * @property {boolean|null} [oncpuKnown] ThreadName oncpuKnown
             * @property {string|null} [cpusAllowedList] ThreadName cpusAllowedList
             * @property {number|null} [lastCpu] ThreadName lastCpu
             */

            /**
             * Constructs a new ThreadName.
             * @memberof stackprof.v1
             * @classdesc Represents a ThreadName.
             * @implements IThreadName
             * @constructor
             * @param {stackprof.v1.IThreadName=} [properties] Properties to set
             */
            function ThreadName(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ThreadName tid.
             * @member {number} tid
             * @memberof stackprof.v1.ThreadName
             * @instance
             */
            ThreadName.prototype.tid = 0;

            /**
             * ThreadName name.
             * @member {Uint8Array} name
             * @memberof stackprof.v1.ThreadName
             * @instance
             */
            ThreadName.prototype.name = $util.newBuffer([]);

            /**
             * ThreadName exited.
             * @member {boolean} exited
             * @memberof stackprof.v1.ThreadName
             * @instance
             */
            ThreadName.prototype.exited = false;

            /**
             * ThreadName oncpuNs.
             * @member {Long} oncpuNs
             * @memberof stackprof.v1.ThreadName
             * @instance
             */
            ThreadName.prototype.oncpuNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ThreadName oncpuKnown.
             * @member {boolean} oncpuKnown
             * @memberof stackprof.v1.ThreadName
             * @instance
             */
            ThreadName.prototype.oncpuKnown = false;

            /**
             * ThreadName cpusAllowedList.
             * @member {string} cpusAllowedList
             * @memberof stackprof.v1.ThreadName
             * @instance
             */
            ThreadName.prototype.cpusAllowedList = "";

            /**
             * ThreadName lastCpu.
             * @member {number} lastCpu
             * @memberof stackprof.v1.ThreadName
             * @instance
             */
            ThreadName.prototype.lastCpu = 0;

            /**
             * Encodes the specified ThreadName message. Does not implicitly {@link stackprof.v1.ThreadName.verify|verify} messages.
             * @function encode
             * @memberof stackprof.v1.ThreadName
             * @static
             * @param {stackprof.v1.IThreadName} message ThreadName message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ThreadName.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.tid != null && Object.hasOwnProperty.call(message, "tid"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.tid);
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.name);
                if (message.exited != null && Object.hasOwnProperty.call(message, "exited"))
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.exited);
                if (message.oncpuNs != null && Object.hasOwnProperty.call(message, "oncpuNs"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.oncpuNs);
                if (message.oncpuKnown != null && Object.hasOwnProperty.call(message, "oncpuKnown"))
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.oncpuKnown);
                if (message.cpusAllowedList != null && Object.hasOwnProperty.call(message, "cpusAllowedList"))
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.cpusAllowedList);
                if (message.lastCpu != null && Object.hasOwnProperty.call(message, "lastCpu"))
                    writer.uint32(/* id 7, wireType 0 =*/56).int32(message.lastCpu);
                return writer;
            };

            /**
             * Encodes the specified ThreadName message, length delimited. Does not implicitly {@link stackprof.v1.ThreadName.verify|verify} messages.
             * @function encodeDelimited
             * @memberof stackprof.v1.ThreadName
             * @static
             * @param {stackprof.v1.IThreadName} message ThreadName message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ThreadName.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a ThreadName message from the specified reader or buffer.
             * @function decode
             * @memberof stackprof.v1.ThreadName
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {stackprof.v1.ThreadName} ThreadName
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ThreadName.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.stackprof.v1.ThreadName();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.tid = reader.uint32();
                            break;
                        }
                    case 2: {
                            message.name = reader.bytes();
                            break;
                        }
                    case 3: {
                            message.exited = reader.bool();
                            break;
                        }
                    case 4: {
                            message.oncpuNs = reader.uint64();
                            break;
                        }
                    case 5: {
                            message.oncpuKnown = reader.bool();
                            break;
                        }
                    case 6: {
                            message.cpusAllowedList = reader.string();
                            break;
                        }
                    case 7: {
                            message.lastCpu = reader.int32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a ThreadName message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof stackprof.v1.ThreadName
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {stackprof.v1.ThreadName} ThreadName
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ThreadName.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Gets the default type url for ThreadName
             * @function getTypeUrl
             * @memberof stackprof.v1.ThreadName
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ThreadName.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/stackprof.v1.ThreadName";
            };

            return ThreadName;
        })();

        v1.ProbeCounters = (function() {

            /**
             * Properties of a ProbeCounters.
             * @memberof stackprof.v1
             * @interface IProbeCounters
             * @property {Long|null} [statsMapFull] ProbeCounters statsMapFull
             * @property {Long|null} [errnoMapFull] ProbeCounters errnoMapFull
             * @property {Long|null} [startStoreFailed] ProbeCounters startStoreFailed
             * @property {Long|null} [unmatchedExits] ProbeCounters unmatchedExits
             * @property {Long|null} [threadMapFull] ProbeCounters threadMapFull
             */

            /**
             * Constructs a new ProbeCounters.
             * @memberof stackprof.v1
             * @classdesc Represents a ProbeCounters.
             * @implements IProbeCounters
             * @constructor
             * @param {stackprof.v1.IProbeCounters=} [properties] Properties to set
             */
            function ProbeCounters(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ProbeCounters statsMapFull.
             * @member {Long} statsMapFull
             * @memberof stackprof.v1.ProbeCounters
             * @instance
             */
            ProbeCounters.prototype.statsMapFull = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ProbeCounters errnoMapFull.
             * @member {Long} errnoMapFull
             * @memberof stackprof.v1.ProbeCounters
             * @instance
             */
            ProbeCounters.prototype.errnoMapFull = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ProbeCounters startStoreFailed.
             * @member {Long} startStoreFailed
             * @memberof stackprof.v1.ProbeCounters
             * @instance
             */
            ProbeCounters.prototype.startStoreFailed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ProbeCounters unmatchedExits.
             * @member {Long} unmatchedExits
             * @memberof stackprof.v1.ProbeCounters
             * @instance
             */
            ProbeCounters.prototype.unmatchedExits = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ProbeCounters threadMapFull.
             * @member {Long} threadMapFull
             * @memberof stackprof.v1.ProbeCounters
             * @instance
             */
            ProbeCounters.prototype.threadMapFull = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Encodes the specified ProbeCounters message. Does not implicitly {@link stackprof.v1.ProbeCounters.verify|verify} messages.
             * @function encode
             * @memberof stackprof.v1.ProbeCounters
             * @static
             * @param {stackprof.v1.IProbeCounters} message ProbeCounters message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProbeCounters.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.statsMapFull != null && Object.hasOwnProperty.call(message, "statsMapFull"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.statsMapFull);
                if (message.errnoMapFull != null && Object.hasOwnProperty.call(message, "errnoMapFull"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.errnoMapFull);
                if (message.startStoreFailed != null && Object.hasOwnProperty.call(message, "startStoreFailed"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.startStoreFailed);
                if (message.unmatchedExits != null && Object.hasOwnProperty.call(message, "unmatchedExits"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.unmatchedExits);
                if (message.threadMapFull != null && Object.hasOwnProperty.call(message, "threadMapFull"))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.threadMapFull);
                return writer;
            };

            /**
             * Encodes the specified ProbeCounters message, length delimited. Does not implicitly {@link stackprof.v1.ProbeCounters.verify|verify} messages.
             * @function encodeDelimited
             * @memberof stackprof.v1.ProbeCounters
             * @static
             * @param {stackprof.v1.IProbeCounters} message ProbeCounters message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProbeCounters.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a ProbeCounters message from the specified reader or buffer.
             * @function decode
             * @memberof stackprof.v1.ProbeCounters
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {stackprof.v1.ProbeCounters} ProbeCounters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProbeCounters.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.stackprof.v1.ProbeCounters();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.statsMapFull = reader.uint64();
                            break;
                        }
                    case 2: {
                            message.errnoMapFull = reader.uint64();
                            break;
                        }
                    case 3: {
                            message.startStoreFailed = reader.uint64();
                            break;
                        }
                    case 4: {
                            message.unmatchedExits = reader.uint64();
                            break;
                        }
                    case 5: {
                            message.threadMapFull = reader.uint64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a ProbeCounters message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof stackprof.v1.ProbeCounters
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {stackprof.v1.ProbeCounters} ProbeCounters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProbeCounters.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Gets the default type url for ProbeCounters
             * @function getTypeUrl
             * @memberof stackprof.v1.ProbeCounters
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ProbeCounters.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/stackprof.v1.ProbeCounters";
            };

            return ProbeCounters;
        })();

        v1.Final = (function() {

            /**
             * Properties of a Final.
             * @memberof stackprof.v1
             * @interface IFinal
             * @property {stackprof.v1.ISnapshot|null} [snapshot] Final snapshot
             * @property {string|null} [reason] Final reason
             */

            /**
             * Constructs a new Final.
             * @memberof stackprof.v1
             * @classdesc Represents a Final.
             * @implements IFinal
             * @constructor
             * @param {stackprof.v1.IFinal=} [properties] Properties to set
             */
            function Final(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Final snapshot.
             * @member {stackprof.v1.ISnapshot|null|undefined} snapshot
             * @memberof stackprof.v1.Final
             * @instance
             */
            Final.prototype.snapshot = null;

            /**
             * Final reason.
             * @member {string} reason
             * @memberof stackprof.v1.Final
             * @instance
             */
            Final.prototype.reason = "";

            /**
             * Encodes the specified Final message. Does not implicitly {@link stackprof.v1.Final.verify|verify} messages.
             * @function encode
             * @memberof stackprof.v1.Final
             * @static
             * @param {stackprof.v1.IFinal} message Final message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Final.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.snapshot != null && Object.hasOwnProperty.call(message, "snapshot"))
                    $root.stackprof.v1.Snapshot.encode(message.snapshot, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (message.reason != null && Object.hasOwnProperty.call(message, "reason"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.reason);
                return writer;
            };

            /**
             * Encodes the specified Final message, length delimited. Does not implicitly {@link stackprof.v1.Final.verify|verify} messages.
             * @function encodeDelimited
             * @memberof stackprof.v1.Final
             * @static
             * @param {stackprof.v1.IFinal} message Final message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Final.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a Final message from the specified reader or buffer.
             * @function decode
             * @memberof stackprof.v1.Final
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {stackprof.v1.Final} Final
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Final.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.stackprof.v1.Final();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.snapshot = $root.stackprof.v1.Snapshot.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 2: {
                            message.reason = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a Final message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof stackprof.v1.Final
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {stackprof.v1.Final} Final
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Final.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Gets the default type url for Final
             * @function getTypeUrl
             * @memberof stackprof.v1.Final
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Final.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/stackprof.v1.Final";
            };

            return Final;
        })();

        v1.Fatal = (function() {

            /**
             * Properties of a Fatal.
             * @memberof stackprof.v1
             * @interface IFatal
             * @property {string|null} [code] Fatal code
             * @property {string|null} [message] Fatal message
             * @property {string|null} [hint] Fatal hint
             */

            /**
             * Constructs a new Fatal.
             * @memberof stackprof.v1
             * @classdesc Represents a Fatal.
             * @implements IFatal
             * @constructor
             * @param {stackprof.v1.IFatal=} [properties] Properties to set
             */
            function Fatal(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Fatal code.
             * @member {string} code
             * @memberof stackprof.v1.Fatal
             * @instance
             */
            Fatal.prototype.code = "";

            /**
             * Fatal message.
             * @member {string} message
             * @memberof stackprof.v1.Fatal
             * @instance
             */
            Fatal.prototype.message = "";

            /**
             * Fatal hint.
             * @member {string} hint
             * @memberof stackprof.v1.Fatal
             * @instance
             */
            Fatal.prototype.hint = "";

            /**
             * Encodes the specified Fatal message. Does not implicitly {@link stackprof.v1.Fatal.verify|verify} messages.
             * @function encode
             * @memberof stackprof.v1.Fatal
             * @static
             * @param {stackprof.v1.IFatal} message Fatal message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Fatal.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.code != null && Object.hasOwnProperty.call(message, "code"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.code);
                if (message.message != null && Object.hasOwnProperty.call(message, "message"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                if (message.hint != null && Object.hasOwnProperty.call(message, "hint"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.hint);
                return writer;
            };

            /**
             * Encodes the specified Fatal message, length delimited. Does not implicitly {@link stackprof.v1.Fatal.verify|verify} messages.
             * @function encodeDelimited
             * @memberof stackprof.v1.Fatal
             * @static
             * @param {stackprof.v1.IFatal} message Fatal message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Fatal.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a Fatal message from the specified reader or buffer.
             * @function decode
             * @memberof stackprof.v1.Fatal
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {stackprof.v1.Fatal} Fatal
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Fatal.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.stackprof.v1.Fatal();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.code = reader.string();
                            break;
                        }
                    case 2: {
                            message.message = reader.string();
                            break;
                        }
                    case 3: {
                            message.hint = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a Fatal message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof stackprof.v1.Fatal
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {stackprof.v1.Fatal} Fatal
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Fatal.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Gets the default type url for Fatal
             * @function getTypeUrl
             * @memberof stackprof.v1.Fatal
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Fatal.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/stackprof.v1.Fatal";
            };

            return Fatal;
        })();

        v1.FeatureResult = (function() {

            /**
             * Properties of a FeatureResult.
             * @memberof stackprof.v1
             * @interface IFeatureResult
             * @property {string|null} [name] FeatureResult name
             * @property {stackprof.v1.FeatureResult.Status|null} [status] FeatureResult status
             * @property {string|null} [detail] FeatureResult detail
             */

            /**
             * Constructs a new FeatureResult.
             * @memberof stackprof.v1
             * @classdesc Represents a FeatureResult.
             * @implements IFeatureResult
             * @constructor
             * @param {stackprof.v1.IFeatureResult=} [properties] Properties to set
             */
            function FeatureResult(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * FeatureResult name.
             * @member {string} name
             * @memberof stackprof.v1.FeatureResult
             * @instance
             */
            FeatureResult.prototype.name = "";

            /**
             * FeatureResult status.
             * @member {stackprof.v1.FeatureResult.Status} status
             * @memberof stackprof.v1.FeatureResult
             * @instance
             */
            FeatureResult.prototype.status = 0;

            /**
             * FeatureResult detail.
             * @member {string} detail
             * @memberof stackprof.v1.FeatureResult
             * @instance
             */
            FeatureResult.prototype.detail = "";

            /**
             * Encodes the specified FeatureResult message. Does not implicitly {@link stackprof.v1.FeatureResult.verify|verify} messages.
             * @function encode
             * @memberof stackprof.v1.FeatureResult
             * @static
             * @param {stackprof.v1.IFeatureResult} message FeatureResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FeatureResult.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.status);
                if (message.detail != null && Object.hasOwnProperty.call(message, "detail"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.detail);
                return writer;
            };

            /**
             * Encodes the specified FeatureResult message, length delimited. Does not implicitly {@link stackprof.v1.FeatureResult.verify|verify} messages.
             * @function encodeDelimited
             * @memberof stackprof.v1.FeatureResult
             * @static
             * @param {stackprof.v1.IFeatureResult} message FeatureResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FeatureResult.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a FeatureResult message from the specified reader or buffer.
             * @function decode
             * @memberof stackprof.v1.FeatureResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {stackprof.v1.FeatureResult} FeatureResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FeatureResult.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.stackprof.v1.FeatureResult();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.name = reader.string();
                            break;
                        }
                    case 2: {
                            message.status = reader.int32();
                            break;
                        }
                    case 3: {
                            message.detail = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a FeatureResult message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof stackprof.v1.FeatureResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {stackprof.v1.FeatureResult} FeatureResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FeatureResult.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Gets the default type url for FeatureResult
             * @function getTypeUrl
             * @memberof stackprof.v1.FeatureResult
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            FeatureResult.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/stackprof.v1.FeatureResult";
            };

            /**
             * Status enum.
             * @name stackprof.v1.FeatureResult.Status
             * @enum {number}
             * @property {number} UNKNOWN=0 UNKNOWN value
             * @property {number} AVAILABLE=1 AVAILABLE value
             * @property {number} MISSING=2 MISSING value
             * @property {number} INCONCLUSIVE=3 INCONCLUSIVE value
             */
            FeatureResult.Status = (function() {
                const valuesById = {}, values = Object.create(valuesById);
                values[valuesById[0] = "UNKNOWN"] = 0;
                values[valuesById[1] = "AVAILABLE"] = 1;
                values[valuesById[2] = "MISSING"] = 2;
                values[valuesById[3] = "INCONCLUSIVE"] = 3;
                return values;
            })();

            return FeatureResult;
        })();

        v1.CheckReport = (function() {

            /**
             * Properties of a CheckReport.
             * @memberof stackprof.v1
             * @interface ICheckReport
             * @property {Array.<stackprof.v1.IFeatureResult>|null} [features] CheckReport features
             * @property {boolean|null} [root] CheckReport root
             * @property {boolean|null} [capBpf] CheckReport capBpf
             * @property {boolean|null} [capPerfmon] CheckReport capPerfmon
             * @property {boolean|null} [capSysAdmin] CheckReport capSysAdmin
             * @property {string|null} [kernelRelease] CheckReport kernelRelease
             * @property {string|null} [machine] CheckReport machine
             */

            /**
             * Constructs a new CheckReport.
             * @memberof stackprof.v1
             * @classdesc Represents a CheckReport.
             * @implements ICheckReport
             * @constructor
             * @param {stackprof.v1.ICheckReport=} [properties] Properties to set
             */
            function CheckReport(properties) {
                this.features = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * CheckReport features.
             * @member {Array.<stackprof.v1.IFeatureResult>} features
             * @memberof stackprof.v1.CheckReport
             * @instance
             */
            CheckReport.prototype.features = $util.emptyArray;

            /**
             * CheckReport root.
             * @member {boolean} root
             * @memberof stackprof.v1.CheckReport
             * @instance
             */
            CheckReport.prototype.root = false;

            /**
             * CheckReport capBpf.
             * @member {boolean} capBpf
             * @memberof stackprof.v1.CheckReport
             * @instance
             */
            CheckReport.prototype.capBpf = false;

            /**
             * CheckReport capPerfmon.
             * @member {boolean} capPerfmon
             * @memberof stackprof.v1.CheckReport
             * @instance
             */
            CheckReport.prototype.capPerfmon = false;

            /**
             * CheckReport capSysAdmin.
             * @member {boolean} capSysAdmin
             * @memberof stackprof.v1.CheckReport
             * @instance
             */
            CheckReport.prototype.capSysAdmin = false;

            /**
             * CheckReport kernelRelease.
             * @member {string} kernelRelease
             * @memberof stackprof.v1.CheckReport
             * @instance
             */
            CheckReport.prototype.kernelRelease = "";

            /**
             * CheckReport machine.
             * @member {string} machine
             * @memberof stackprof.v1.CheckReport
             * @instance
             */
            CheckReport.prototype.machine = "";

            /**
             * Encodes the specified CheckReport message. Does not implicitly {@link stackprof.v1.CheckReport.verify|verify} messages.
             * @function encode
             * @memberof stackprof.v1.CheckReport
             * @static
             * @param {stackprof.v1.ICheckReport} message CheckReport message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CheckReport.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.features != null && message.features.length)
                    for (let i = 0; i < message.features.length; ++i)
                        $root.stackprof.v1.FeatureResult.encode(message.features[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (message.root != null && Object.hasOwnProperty.call(message, "root"))
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.root);
                if (message.capBpf != null && Object.hasOwnProperty.call(message, "capBpf"))
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.capBpf);
                if (message.capPerfmon != null && Object.hasOwnProperty.call(message, "capPerfmon"))
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.capPerfmon);
                if (message.capSysAdmin != null && Object.hasOwnProperty.call(message, "capSysAdmin"))
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.capSysAdmin);
                if (message.kernelRelease != null && Object.hasOwnProperty.call(message, "kernelRelease"))
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.kernelRelease);
                if (message.machine != null && Object.hasOwnProperty.call(message, "machine"))
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.machine);
                return writer;
            };

            /**
             * Encodes the specified CheckReport message, length delimited. Does not implicitly {@link stackprof.v1.CheckReport.verify|verify} messages.
             * @function encodeDelimited
             * @memberof stackprof.v1.CheckReport
             * @static
             * @param {stackprof.v1.ICheckReport} message CheckReport message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CheckReport.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a CheckReport message from the specified reader or buffer.
             * @function decode
             * @memberof stackprof.v1.CheckReport
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {stackprof.v1.CheckReport} CheckReport
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CheckReport.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.stackprof.v1.CheckReport();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (!(message.features && message.features.length))
                                message.features = [];
                            message.features.push($root.stackprof.v1.FeatureResult.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 2: {
                            message.root = reader.bool();
                            break;
                        }
                    case 3: {
                            message.capBpf = reader.bool();
                            break;
                        }
                    case 4: {
                            message.capPerfmon = reader.bool();
                            break;
                        }
                    case 5: {
                            message.capSysAdmin = reader.bool();
                            break;
                        }
                    case 6: {
                            message.kernelRelease = reader.string();
                            break;
                        }
                    case 7: {
                            message.machine = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a CheckReport message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof stackprof.v1.CheckReport
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {stackprof.v1.CheckReport} CheckReport
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CheckReport.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Gets the default type url for CheckReport
             * @function getTypeUrl
             * @memberof stackprof.v1.CheckReport
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            CheckReport.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/stackprof.v1.CheckReport";
            };

            return CheckReport;
        })();

        return v1;
    })();

    return stackprof;
})();

export { $root as default };
