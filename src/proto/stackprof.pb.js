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
