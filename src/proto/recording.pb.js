/* eslint-disable */
// GENERATED FILE, DO NOT EDIT. Source: proto/recording.proto
// Regenerate with: npm run gen:proto   (test/unit/proto-fresh.test.ts fails when stale)
/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;

// Exported root namespace
const $root = $protobuf.roots["recording"] || ($protobuf.roots["recording"] = {});

export const stackprof = $root.stackprof = (() => {

    /**
     * Namespace stackprof.
     * @exports stackprof
     * @namespace
     */
    const stackprof = {};

    stackprof.recording = (function() {

        /**
         * Namespace recording.
         * @memberof stackprof
         * @namespace
         */
        const recording = {};

        recording.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof stackprof.recording
             * @namespace
             */
            const v1 = {};

            v1.Record = (function() {

                /**
                 * Properties of a Record.
                 * @memberof stackprof.recording.v1
                 * @interface IRecord
                 * @property {Uint8Array|null} [loaderFrame] Record loaderFrame
                 * @property {stackprof.recording.v1.IHeader|null} [header] Record header
                 * @property {stackprof.recording.v1.IHostState|null} [hostState] Record hostState
                 * @property {stackprof.recording.v1.IEnd|null} [end] Record end
                 */

                /**
                 * Constructs a new Record.
                 * @memberof stackprof.recording.v1
                 * @classdesc Represents a Record.
                 * @implements IRecord
                 * @constructor
                 * @param {stackprof.recording.v1.IRecord=} [properties] Properties to set
                 */
                function Record(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Record loaderFrame.
                 * @member {Uint8Array|null|undefined} loaderFrame
                 * @memberof stackprof.recording.v1.Record
                 * @instance
                 */
                Record.prototype.loaderFrame = null;

                /**
                 * Record header.
                 * @member {stackprof.recording.v1.IHeader|null|undefined} header
                 * @memberof stackprof.recording.v1.Record
                 * @instance
                 */
                Record.prototype.header = null;

                /**
                 * Record hostState.
                 * @member {stackprof.recording.v1.IHostState|null|undefined} hostState
                 * @memberof stackprof.recording.v1.Record
                 * @instance
                 */
                Record.prototype.hostState = null;

                /**
                 * Record end.
                 * @member {stackprof.recording.v1.IEnd|null|undefined} end
                 * @memberof stackprof.recording.v1.Record
                 * @instance
                 */
                Record.prototype.end = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * Record kind.
                 * @member {"loaderFrame"|"header"|"hostState"|"end"|undefined} kind
                 * @memberof stackprof.recording.v1.Record
                 * @instance
                 */
                Object.defineProperty(Record.prototype, "kind", {
                    get: $util.oneOfGetter($oneOfFields = ["loaderFrame", "header", "hostState", "end"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Encodes the specified Record message. Does not implicitly {@link stackprof.recording.v1.Record.verify|verify} messages.
                 * @function encode
                 * @memberof stackprof.recording.v1.Record
                 * @static
                 * @param {stackprof.recording.v1.IRecord} message Record message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Record.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.loaderFrame != null && Object.hasOwnProperty.call(message, "loaderFrame"))
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.loaderFrame);
                    if (message.header != null && Object.hasOwnProperty.call(message, "header"))
                        $root.stackprof.recording.v1.Header.encode(message.header, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    if (message.hostState != null && Object.hasOwnProperty.call(message, "hostState"))
                        $root.stackprof.recording.v1.HostState.encode(message.hostState, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    if (message.end != null && Object.hasOwnProperty.call(message, "end"))
                        $root.stackprof.recording.v1.End.encode(message.end, writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Encodes the specified Record message, length delimited. Does not implicitly {@link stackprof.recording.v1.Record.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof stackprof.recording.v1.Record
                 * @static
                 * @param {stackprof.recording.v1.IRecord} message Record message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Record.encodeDelimited = function encodeDelimited(message, writer) {
                    return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
                };

                /**
                 * Decodes a Record message from the specified reader or buffer.
                 * @function decode
                 * @memberof stackprof.recording.v1.Record
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {stackprof.recording.v1.Record} Record
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Record.decode = function decode(reader, length, error, long) {
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
                    message = new $root.stackprof.recording.v1.Record();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.loaderFrame = reader.bytes();
                                break;
                            }
                        case 2: {
                                message.header = $root.stackprof.recording.v1.Header.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 3: {
                                message.hostState = $root.stackprof.recording.v1.HostState.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 4: {
                                message.end = $root.stackprof.recording.v1.End.decode(reader, reader.uint32(), undefined, long + 1);
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
                 * Decodes a Record message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof stackprof.recording.v1.Record
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {stackprof.recording.v1.Record} Record
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Record.decodeDelimited = function decodeDelimited(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.uint32());
                };

                /**
                 * Gets the default type url for Record
                 * @function getTypeUrl
                 * @memberof stackprof.recording.v1.Record
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Record.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/stackprof.recording.v1.Record";
                };

                return Record;
            })();

            v1.Header = (function() {

                /**
                 * Properties of a Header.
                 * @memberof stackprof.recording.v1
                 * @interface IHeader
                 * @property {number|null} [formatVersion] Header formatVersion
                 * @property {number|null} [minReaderVersion] Header minReaderVersion
                 * @property {string|null} [toolVersion] Header toolVersion
                 * @property {Long|null} [createdUnixMs] Header createdUnixMs
                 * @property {string|null} [hostKernel] Header hostKernel
                 * @property {string|null} [hostMachine] Header hostMachine
                 * @property {number|null} [targetPid] Header targetPid
                 * @property {string|null} [targetComm] Header targetComm
                 * @property {Array.<string>|null} [targetCmdline] Header targetCmdline
                 * @property {number|null} [intervalMs] Header intervalMs
                 * @property {number|null} [requestedDurationMs] Header requestedDurationMs
                 * @property {string|null} [command] Header command
                 */

                /**
                 * Constructs a new Header.
                 * @memberof stackprof.recording.v1
                 * @classdesc Represents a Header.
                 * @implements IHeader
                 * @constructor
                 * @param {stackprof.recording.v1.IHeader=} [properties] Properties to set
                 */
                function Header(properties) {
                    this.targetCmdline = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Header formatVersion.
                 * @member {number} formatVersion
                 * @memberof stackprof.recording.v1.Header
                 * @instance
                 */
                Header.prototype.formatVersion = 0;

                /**
                 * Header minReaderVersion.
                 * @member {number} minReaderVersion
                 * @memberof stackprof.recording.v1.Header
                 * @instance
                 */
                Header.prototype.minReaderVersion = 0;

                /**
                 * Header toolVersion.
                 * @member {string} toolVersion
                 * @memberof stackprof.recording.v1.Header
                 * @instance
                 */
                Header.prototype.toolVersion = "";

                /**
                 * Header createdUnixMs.
                 * @member {Long} createdUnixMs
                 * @memberof stackprof.recording.v1.Header
                 * @instance
                 */
                Header.prototype.createdUnixMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Header hostKernel.
                 * @member {string} hostKernel
                 * @memberof stackprof.recording.v1.Header
                 * @instance
                 */
                Header.prototype.hostKernel = "";

                /**
                 * Header hostMachine.
                 * @member {string} hostMachine
                 * @memberof stackprof.recording.v1.Header
                 * @instance
                 */
                Header.prototype.hostMachine = "";

                /**
                 * Header targetPid.
                 * @member {number} targetPid
                 * @memberof stackprof.recording.v1.Header
                 * @instance
                 */
                Header.prototype.targetPid = 0;

                /**
                 * Header targetComm.
                 * @member {string} targetComm
                 * @memberof stackprof.recording.v1.Header
                 * @instance
                 */
                Header.prototype.targetComm = "";

                /**
                 * Header targetCmdline.
                 * @member {Array.<string>} targetCmdline
                 * @memberof stackprof.recording.v1.Header
                 * @instance
                 */
                Header.prototype.targetCmdline = $util.emptyArray;

                /**
                 * Header intervalMs.
                 * @member {number} intervalMs
                 * @memberof stackprof.recording.v1.Header
                 * @instance
                 */
                Header.prototype.intervalMs = 0;

                /**
                 * Header requestedDurationMs.
                 * @member {number} requestedDurationMs
                 * @memberof stackprof.recording.v1.Header
                 * @instance
                 */
                Header.prototype.requestedDurationMs = 0;

                /**
                 * Header command.
                 * @member {string} command
                 * @memberof stackprof.recording.v1.Header
                 * @instance
                 */
                Header.prototype.command = "";

                /**
                 * Encodes the specified Header message. Does not implicitly {@link stackprof.recording.v1.Header.verify|verify} messages.
                 * @function encode
                 * @memberof stackprof.recording.v1.Header
                 * @static
                 * @param {stackprof.recording.v1.IHeader} message Header message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Header.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.formatVersion != null && Object.hasOwnProperty.call(message, "formatVersion"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.formatVersion);
                    if (message.minReaderVersion != null && Object.hasOwnProperty.call(message, "minReaderVersion"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.minReaderVersion);
                    if (message.toolVersion != null && Object.hasOwnProperty.call(message, "toolVersion"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.toolVersion);
                    if (message.createdUnixMs != null && Object.hasOwnProperty.call(message, "createdUnixMs"))
                        writer.uint32(/* id 4, wireType 0 =*/32).int64(message.createdUnixMs);
                    if (message.hostKernel != null && Object.hasOwnProperty.call(message, "hostKernel"))
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.hostKernel);
                    if (message.hostMachine != null && Object.hasOwnProperty.call(message, "hostMachine"))
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.hostMachine);
                    if (message.targetPid != null && Object.hasOwnProperty.call(message, "targetPid"))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.targetPid);
                    if (message.targetComm != null && Object.hasOwnProperty.call(message, "targetComm"))
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.targetComm);
                    if (message.targetCmdline != null && message.targetCmdline.length)
                        for (let i = 0; i < message.targetCmdline.length; ++i)
                            writer.uint32(/* id 9, wireType 2 =*/74).string(message.targetCmdline[i]);
                    if (message.intervalMs != null && Object.hasOwnProperty.call(message, "intervalMs"))
                        writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.intervalMs);
                    if (message.requestedDurationMs != null && Object.hasOwnProperty.call(message, "requestedDurationMs"))
                        writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.requestedDurationMs);
                    if (message.command != null && Object.hasOwnProperty.call(message, "command"))
                        writer.uint32(/* id 12, wireType 2 =*/98).string(message.command);
                    return writer;
                };

                /**
                 * Encodes the specified Header message, length delimited. Does not implicitly {@link stackprof.recording.v1.Header.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof stackprof.recording.v1.Header
                 * @static
                 * @param {stackprof.recording.v1.IHeader} message Header message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Header.encodeDelimited = function encodeDelimited(message, writer) {
                    return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
                };

                /**
                 * Decodes a Header message from the specified reader or buffer.
                 * @function decode
                 * @memberof stackprof.recording.v1.Header
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {stackprof.recording.v1.Header} Header
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Header.decode = function decode(reader, length, error, long) {
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
                    message = new $root.stackprof.recording.v1.Header();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.formatVersion = reader.uint32();
                                break;
                            }
                        case 2: {
                                message.minReaderVersion = reader.uint32();
                                break;
                            }
                        case 3: {
                                message.toolVersion = reader.string();
                                break;
                            }
                        case 4: {
                                message.createdUnixMs = reader.int64();
                                break;
                            }
                        case 5: {
                                message.hostKernel = reader.string();
                                break;
                            }
                        case 6: {
                                message.hostMachine = reader.string();
                                break;
                            }
                        case 7: {
                                message.targetPid = reader.uint32();
                                break;
                            }
                        case 8: {
                                message.targetComm = reader.string();
                                break;
                            }
                        case 9: {
                                if (!(message.targetCmdline && message.targetCmdline.length))
                                    message.targetCmdline = [];
                                message.targetCmdline.push(reader.string());
                                break;
                            }
                        case 10: {
                                message.intervalMs = reader.uint32();
                                break;
                            }
                        case 11: {
                                message.requestedDurationMs = reader.uint32();
                                break;
                            }
                        case 12: {
                                message.command = reader.string();
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
                 * Decodes a Header message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof stackprof.recording.v1.Header
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {stackprof.recording.v1.Header} Header
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Header.decodeDelimited = function decodeDelimited(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.uint32());
                };

                /**
                 * Gets the default type url for Header
                 * @function getTypeUrl
                 * @memberof stackprof.recording.v1.Header
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Header.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/stackprof.recording.v1.Header";
                };

                return Header;
            })();

            v1.HostState = (function() {

                /**
                 * Properties of a HostState.
                 * @memberof stackprof.recording.v1
                 * @interface IHostState
                 * @property {stackprof.recording.v1.IIdentity|null} [identity] HostState identity
                 * @property {string|null} [netKnobsAtStart] HostState netKnobsAtStart
                 * @property {string|null} [netKnobsLatest] HostState netKnobsLatest
                 * @property {string|null} [nic] HostState nic
                 */

                /**
                 * Constructs a new HostState.
                 * @memberof stackprof.recording.v1
                 * @classdesc Represents a HostState.
                 * @implements IHostState
                 * @constructor
                 * @param {stackprof.recording.v1.IHostState=} [properties] Properties to set
                 */
                function HostState(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * HostState identity.
                 * @member {stackprof.recording.v1.IIdentity|null|undefined} identity
                 * @memberof stackprof.recording.v1.HostState
                 * @instance
                 */
                HostState.prototype.identity = null;

                /**
                 * HostState netKnobsAtStart.
                 * @member {string} netKnobsAtStart
                 * @memberof stackprof.recording.v1.HostState
                 * @instance
                 */
                HostState.prototype.netKnobsAtStart = "";

                /**
                 * HostState netKnobsLatest.
                 * @member {string} netKnobsLatest
                 * @memberof stackprof.recording.v1.HostState
                 * @instance
                 */
                HostState.prototype.netKnobsLatest = "";

                /**
                 * HostState nic.
                 * @member {string} nic
                 * @memberof stackprof.recording.v1.HostState
                 * @instance
                 */
                HostState.prototype.nic = "";

                /**
                 * Encodes the specified HostState message. Does not implicitly {@link stackprof.recording.v1.HostState.verify|verify} messages.
                 * @function encode
                 * @memberof stackprof.recording.v1.HostState
                 * @static
                 * @param {stackprof.recording.v1.IHostState} message HostState message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                HostState.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.identity != null && Object.hasOwnProperty.call(message, "identity"))
                        $root.stackprof.recording.v1.Identity.encode(message.identity, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    if (message.netKnobsAtStart != null && Object.hasOwnProperty.call(message, "netKnobsAtStart"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.netKnobsAtStart);
                    if (message.netKnobsLatest != null && Object.hasOwnProperty.call(message, "netKnobsLatest"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.netKnobsLatest);
                    if (message.nic != null && Object.hasOwnProperty.call(message, "nic"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.nic);
                    return writer;
                };

                /**
                 * Encodes the specified HostState message, length delimited. Does not implicitly {@link stackprof.recording.v1.HostState.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof stackprof.recording.v1.HostState
                 * @static
                 * @param {stackprof.recording.v1.IHostState} message HostState message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                HostState.encodeDelimited = function encodeDelimited(message, writer) {
                    return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
                };

                /**
                 * Decodes a HostState message from the specified reader or buffer.
                 * @function decode
                 * @memberof stackprof.recording.v1.HostState
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {stackprof.recording.v1.HostState} HostState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                HostState.decode = function decode(reader, length, error, long) {
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
                    message = new $root.stackprof.recording.v1.HostState();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.identity = $root.stackprof.recording.v1.Identity.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 2: {
                                message.netKnobsAtStart = reader.string();
                                break;
                            }
                        case 3: {
                                message.netKnobsLatest = reader.string();
                                break;
                            }
                        case 4: {
                                message.nic = reader.string();
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
                 * Decodes a HostState message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof stackprof.recording.v1.HostState
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {stackprof.recording.v1.HostState} HostState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                HostState.decodeDelimited = function decodeDelimited(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.uint32());
                };

                /**
                 * Gets the default type url for HostState
                 * @function getTypeUrl
                 * @memberof stackprof.recording.v1.HostState
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                HostState.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/stackprof.recording.v1.HostState";
                };

                return HostState;
            })();

            v1.Identity = (function() {

                /**
                 * Properties of an Identity.
                 * @memberof stackprof.recording.v1
                 * @interface IIdentity
                 * @property {string|null} [comm] Identity comm
                 * @property {Array.<string>|null} [cmdline] Identity cmdline
                 */

                /**
                 * Constructs a new Identity.
                 * @memberof stackprof.recording.v1
                 * @classdesc Represents an Identity.
                 * @implements IIdentity
                 * @constructor
                 * @param {stackprof.recording.v1.IIdentity=} [properties] Properties to set
                 */
                function Identity(properties) {
                    this.cmdline = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Identity comm.
                 * @member {string} comm
                 * @memberof stackprof.recording.v1.Identity
                 * @instance
                 */
                Identity.prototype.comm = "";

                /**
                 * Identity cmdline.
                 * @member {Array.<string>} cmdline
                 * @memberof stackprof.recording.v1.Identity
                 * @instance
                 */
                Identity.prototype.cmdline = $util.emptyArray;

                /**
                 * Encodes the specified Identity message. Does not implicitly {@link stackprof.recording.v1.Identity.verify|verify} messages.
                 * @function encode
                 * @memberof stackprof.recording.v1.Identity
                 * @static
                 * @param {stackprof.recording.v1.IIdentity} message Identity message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Identity.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.comm != null && Object.hasOwnProperty.call(message, "comm"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.comm);
                    if (message.cmdline != null && message.cmdline.length)
                        for (let i = 0; i < message.cmdline.length; ++i)
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.cmdline[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Identity message, length delimited. Does not implicitly {@link stackprof.recording.v1.Identity.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof stackprof.recording.v1.Identity
                 * @static
                 * @param {stackprof.recording.v1.IIdentity} message Identity message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Identity.encodeDelimited = function encodeDelimited(message, writer) {
                    return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
                };

                /**
                 * Decodes an Identity message from the specified reader or buffer.
                 * @function decode
                 * @memberof stackprof.recording.v1.Identity
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {stackprof.recording.v1.Identity} Identity
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Identity.decode = function decode(reader, length, error, long) {
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
                    message = new $root.stackprof.recording.v1.Identity();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.comm = reader.string();
                                break;
                            }
                        case 2: {
                                if (!(message.cmdline && message.cmdline.length))
                                    message.cmdline = [];
                                message.cmdline.push(reader.string());
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
                 * Decodes an Identity message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof stackprof.recording.v1.Identity
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {stackprof.recording.v1.Identity} Identity
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Identity.decodeDelimited = function decodeDelimited(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.uint32());
                };

                /**
                 * Gets the default type url for Identity
                 * @function getTypeUrl
                 * @memberof stackprof.recording.v1.Identity
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Identity.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/stackprof.recording.v1.Identity";
                };

                return Identity;
            })();

            v1.End = (function() {

                /**
                 * Properties of an End.
                 * @memberof stackprof.recording.v1
                 * @interface IEnd
                 * @property {string|null} [reason] End reason
                 * @property {Long|null} [endedUnixMs] End endedUnixMs
                 */

                /**
                 * Constructs a new End.
                 * @memberof stackprof.recording.v1
                 * @classdesc Represents an End.
                 * @implements IEnd
                 * @constructor
                 * @param {stackprof.recording.v1.IEnd=} [properties] Properties to set
                 */
                function End(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * End reason.
                 * @member {string} reason
                 * @memberof stackprof.recording.v1.End
                 * @instance
                 */
                End.prototype.reason = "";

                /**
                 * End endedUnixMs.
                 * @member {Long} endedUnixMs
                 * @memberof stackprof.recording.v1.End
                 * @instance
                 */
                End.prototype.endedUnixMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Encodes the specified End message. Does not implicitly {@link stackprof.recording.v1.End.verify|verify} messages.
                 * @function encode
                 * @memberof stackprof.recording.v1.End
                 * @static
                 * @param {stackprof.recording.v1.IEnd} message End message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                End.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.reason != null && Object.hasOwnProperty.call(message, "reason"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.reason);
                    if (message.endedUnixMs != null && Object.hasOwnProperty.call(message, "endedUnixMs"))
                        writer.uint32(/* id 2, wireType 0 =*/16).int64(message.endedUnixMs);
                    return writer;
                };

                /**
                 * Encodes the specified End message, length delimited. Does not implicitly {@link stackprof.recording.v1.End.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof stackprof.recording.v1.End
                 * @static
                 * @param {stackprof.recording.v1.IEnd} message End message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                End.encodeDelimited = function encodeDelimited(message, writer) {
                    return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
                };

                /**
                 * Decodes an End message from the specified reader or buffer.
                 * @function decode
                 * @memberof stackprof.recording.v1.End
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {stackprof.recording.v1.End} End
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                End.decode = function decode(reader, length, error, long) {
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
                    message = new $root.stackprof.recording.v1.End();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.reason = reader.string();
                                break;
                            }
                        case 2: {
                                message.endedUnixMs = reader.int64();
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
                 * Decodes an End message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof stackprof.recording.v1.End
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {stackprof.recording.v1.End} End
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                End.decodeDelimited = function decodeDelimited(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.uint32());
                };

                /**
                 * Gets the default type url for End
                 * @function getTypeUrl
                 * @memberof stackprof.recording.v1.End
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                End.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/stackprof.recording.v1.End";
                };

                return End;
            })();

            return v1;
        })();

        return recording;
    })();

    return stackprof;
})();

export { $root as default };
