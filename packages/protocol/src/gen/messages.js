/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const gpumesh = $root.gpumesh = (() => {

    /**
     * Namespace gpumesh.
     * @exports gpumesh
     * @namespace
     */
    const gpumesh = {};

    gpumesh.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof gpumesh
         * @namespace
         */
        const v1 = {};

        v1.SignedEnvelope = (function() {

            /**
             * Properties of a SignedEnvelope.
             * @typedef {Object} gpumesh.v1.SignedEnvelope.$Properties
             * @property {string|null} [payloadType] SignedEnvelope payloadType
             * @property {Uint8Array|null} [payload] SignedEnvelope payload
             * @property {Uint8Array|null} [publicKey] SignedEnvelope publicKey
             * @property {Uint8Array|null} [signature] SignedEnvelope signature
             * @property {number|Long|null} [signedAtMs] SignedEnvelope signedAtMs
             * @property {number|Long|null} [expiresAtMs] SignedEnvelope expiresAtMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SignedEnvelope.
             * @memberof gpumesh.v1
             * @interface ISignedEnvelope
             * @augments gpumesh.v1.SignedEnvelope.$Properties
             * @deprecated Use gpumesh.v1.SignedEnvelope.$Properties instead.
             */

            /**
             * Shape of a SignedEnvelope.
             * @typedef {gpumesh.v1.SignedEnvelope.$Properties} gpumesh.v1.SignedEnvelope.$Shape
             */

            /**
             * Constructs a new SignedEnvelope.
             * @memberof gpumesh.v1
             * @classdesc Represents a SignedEnvelope.
             * @constructor
             * @param {gpumesh.v1.SignedEnvelope.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SignedEnvelope = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SignedEnvelope payloadType.
             * @member {string} payloadType
             * @memberof gpumesh.v1.SignedEnvelope
             * @instance
             */
            SignedEnvelope.prototype.payloadType = "";

            /**
             * SignedEnvelope payload.
             * @member {Uint8Array} payload
             * @memberof gpumesh.v1.SignedEnvelope
             * @instance
             */
            SignedEnvelope.prototype.payload = $util.newBuffer([]);

            /**
             * SignedEnvelope publicKey.
             * @member {Uint8Array} publicKey
             * @memberof gpumesh.v1.SignedEnvelope
             * @instance
             */
            SignedEnvelope.prototype.publicKey = $util.newBuffer([]);

            /**
             * SignedEnvelope signature.
             * @member {Uint8Array} signature
             * @memberof gpumesh.v1.SignedEnvelope
             * @instance
             */
            SignedEnvelope.prototype.signature = $util.newBuffer([]);

            /**
             * SignedEnvelope signedAtMs.
             * @member {number|Long} signedAtMs
             * @memberof gpumesh.v1.SignedEnvelope
             * @instance
             */
            SignedEnvelope.prototype.signedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SignedEnvelope expiresAtMs.
             * @member {number|Long} expiresAtMs
             * @memberof gpumesh.v1.SignedEnvelope
             * @instance
             */
            SignedEnvelope.prototype.expiresAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new SignedEnvelope instance using the specified properties.
             * @function create
             * @memberof gpumesh.v1.SignedEnvelope
             * @static
             * @param {gpumesh.v1.SignedEnvelope.$Properties=} [properties] Properties to set
             * @returns {gpumesh.v1.SignedEnvelope} SignedEnvelope instance
             * @type {{
             *   (properties: gpumesh.v1.SignedEnvelope.$Shape): gpumesh.v1.SignedEnvelope & gpumesh.v1.SignedEnvelope.$Shape;
             *   (properties?: gpumesh.v1.SignedEnvelope.$Properties): gpumesh.v1.SignedEnvelope;
             * }}
             */
            SignedEnvelope.create = function(properties) {
                return new SignedEnvelope(properties);
            };

            /**
             * Encodes the specified SignedEnvelope message. Does not implicitly {@link gpumesh.v1.SignedEnvelope.verify|verify} messages.
             * @function encode
             * @memberof gpumesh.v1.SignedEnvelope
             * @static
             * @param {gpumesh.v1.SignedEnvelope.$Properties} message SignedEnvelope message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SignedEnvelope.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.payloadType != null && $Object.hasOwnProperty.call(message, "payloadType") && message.payloadType !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.payloadType);
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.payload);
                if (message.publicKey != null && $Object.hasOwnProperty.call(message, "publicKey") && message.publicKey.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.publicKey);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.signature);
                if (message.signedAtMs != null && $Object.hasOwnProperty.call(message, "signedAtMs") && (typeof message.signedAtMs === "object" ? message.signedAtMs.low || message.signedAtMs.high : message.signedAtMs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.signedAtMs);
                if (message.expiresAtMs != null && $Object.hasOwnProperty.call(message, "expiresAtMs") && (typeof message.expiresAtMs === "object" ? message.expiresAtMs.low || message.expiresAtMs.high : message.expiresAtMs !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.expiresAtMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SignedEnvelope message from the specified reader or buffer.
             * @function decode
             * @memberof gpumesh.v1.SignedEnvelope
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {gpumesh.v1.SignedEnvelope & gpumesh.v1.SignedEnvelope.$Shape} SignedEnvelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SignedEnvelope.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.gpumesh.v1.SignedEnvelope();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.payloadType = value;
                            else
                                delete message.payloadType;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.payload = value;
                            else
                                delete message.payload;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.publicKey = value;
                            else
                                delete message.publicKey;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.signedAtMs = value;
                            else
                                delete message.signedAtMs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.expiresAtMs = value;
                            else
                                delete message.expiresAtMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return SignedEnvelope;
        })();

        v1.InputFile = (function() {

            /**
             * Properties of an InputFile.
             * @typedef {Object} gpumesh.v1.InputFile.$Properties
             * @property {string|null} [name] InputFile name
             * @property {Uint8Array|null} [content] InputFile content
             * @property {string|null} [url] InputFile url
             * @property {Uint8Array|null} [sha256] InputFile sha256
             * @property {number|Long|null} [size] InputFile size
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an InputFile.
             * @memberof gpumesh.v1
             * @interface IInputFile
             * @augments gpumesh.v1.InputFile.$Properties
             * @deprecated Use gpumesh.v1.InputFile.$Properties instead.
             */

            /**
             * Shape of an InputFile.
             * @typedef {gpumesh.v1.InputFile.$Properties} gpumesh.v1.InputFile.$Shape
             */

            /**
             * Constructs a new InputFile.
             * @memberof gpumesh.v1
             * @classdesc Represents an InputFile.
             * @constructor
             * @param {gpumesh.v1.InputFile.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const InputFile = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * InputFile name.
             * @member {string} name
             * @memberof gpumesh.v1.InputFile
             * @instance
             */
            InputFile.prototype.name = "";

            /**
             * InputFile content.
             * @member {Uint8Array} content
             * @memberof gpumesh.v1.InputFile
             * @instance
             */
            InputFile.prototype.content = $util.newBuffer([]);

            /**
             * InputFile url.
             * @member {string} url
             * @memberof gpumesh.v1.InputFile
             * @instance
             */
            InputFile.prototype.url = "";

            /**
             * InputFile sha256.
             * @member {Uint8Array} sha256
             * @memberof gpumesh.v1.InputFile
             * @instance
             */
            InputFile.prototype.sha256 = $util.newBuffer([]);

            /**
             * InputFile size.
             * @member {number|Long} size
             * @memberof gpumesh.v1.InputFile
             * @instance
             */
            InputFile.prototype.size = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new InputFile instance using the specified properties.
             * @function create
             * @memberof gpumesh.v1.InputFile
             * @static
             * @param {gpumesh.v1.InputFile.$Properties=} [properties] Properties to set
             * @returns {gpumesh.v1.InputFile} InputFile instance
             * @type {{
             *   (properties: gpumesh.v1.InputFile.$Shape): gpumesh.v1.InputFile & gpumesh.v1.InputFile.$Shape;
             *   (properties?: gpumesh.v1.InputFile.$Properties): gpumesh.v1.InputFile;
             * }}
             */
            InputFile.create = function(properties) {
                return new InputFile(properties);
            };

            /**
             * Encodes the specified InputFile message. Does not implicitly {@link gpumesh.v1.InputFile.verify|verify} messages.
             * @function encode
             * @memberof gpumesh.v1.InputFile
             * @static
             * @param {gpumesh.v1.InputFile.$Properties} message InputFile message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            InputFile.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.content != null && $Object.hasOwnProperty.call(message, "content") && message.content.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.content);
                if (message.url != null && $Object.hasOwnProperty.call(message, "url") && message.url !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.url);
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256") && message.sha256.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.sha256);
                if (message.size != null && $Object.hasOwnProperty.call(message, "size") && (typeof message.size === "object" ? message.size.low || message.size.high : message.size !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.size);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an InputFile message from the specified reader or buffer.
             * @function decode
             * @memberof gpumesh.v1.InputFile
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {gpumesh.v1.InputFile & gpumesh.v1.InputFile.$Shape} InputFile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            InputFile.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.gpumesh.v1.InputFile();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.content = value;
                            else
                                delete message.content;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.url = value;
                            else
                                delete message.url;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.sha256 = value;
                            else
                                delete message.sha256;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.size = value;
                            else
                                delete message.size;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return InputFile;
        })();

        v1.WorkloadSpec = (function() {

            /**
             * Properties of a WorkloadSpec.
             * @typedef {Object} gpumesh.v1.WorkloadSpec.$Properties
             * @property {string|null} [runtime] WorkloadSpec runtime
             * @property {string|null} [image] WorkloadSpec image
             * @property {Array.<string>|null} [command] WorkloadSpec command
             * @property {Object.<string,string>|null} [env] WorkloadSpec env
             * @property {Array.<gpumesh.v1.InputFile.$Properties>|null} [inputs] WorkloadSpec inputs
             * @property {number|null} [timeoutS] WorkloadSpec timeoutS
             * @property {boolean|null} [network] WorkloadSpec network
             * @property {number|null} [preparingTimeoutS] WorkloadSpec preparingTimeoutS
             * @property {boolean|null} [service] WorkloadSpec service
             * @property {Array.<number>|null} [ports] WorkloadSpec ports
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a WorkloadSpec.
             * @memberof gpumesh.v1
             * @interface IWorkloadSpec
             * @augments gpumesh.v1.WorkloadSpec.$Properties
             * @deprecated Use gpumesh.v1.WorkloadSpec.$Properties instead.
             */

            /**
             * Shape of a WorkloadSpec.
             * @typedef {gpumesh.v1.WorkloadSpec.$Properties} gpumesh.v1.WorkloadSpec.$Shape
             */

            /**
             * Constructs a new WorkloadSpec.
             * @memberof gpumesh.v1
             * @classdesc Represents a WorkloadSpec.
             * @constructor
             * @param {gpumesh.v1.WorkloadSpec.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const WorkloadSpec = function (properties) {
                this.command = [];
                this.env = {};
                this.inputs = [];
                this.ports = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * WorkloadSpec runtime.
             * @member {string} runtime
             * @memberof gpumesh.v1.WorkloadSpec
             * @instance
             */
            WorkloadSpec.prototype.runtime = "";

            /**
             * WorkloadSpec image.
             * @member {string} image
             * @memberof gpumesh.v1.WorkloadSpec
             * @instance
             */
            WorkloadSpec.prototype.image = "";

            /**
             * WorkloadSpec command.
             * @member {Array.<string>} command
             * @memberof gpumesh.v1.WorkloadSpec
             * @instance
             */
            WorkloadSpec.prototype.command = $util.emptyArray;

            /**
             * WorkloadSpec env.
             * @member {Object.<string,string>} env
             * @memberof gpumesh.v1.WorkloadSpec
             * @instance
             */
            WorkloadSpec.prototype.env = $util.emptyObject;

            /**
             * WorkloadSpec inputs.
             * @member {Array.<gpumesh.v1.InputFile.$Properties>} inputs
             * @memberof gpumesh.v1.WorkloadSpec
             * @instance
             */
            WorkloadSpec.prototype.inputs = $util.emptyArray;

            /**
             * WorkloadSpec timeoutS.
             * @member {number} timeoutS
             * @memberof gpumesh.v1.WorkloadSpec
             * @instance
             */
            WorkloadSpec.prototype.timeoutS = 0;

            /**
             * WorkloadSpec network.
             * @member {boolean} network
             * @memberof gpumesh.v1.WorkloadSpec
             * @instance
             */
            WorkloadSpec.prototype.network = false;

            /**
             * WorkloadSpec preparingTimeoutS.
             * @member {number} preparingTimeoutS
             * @memberof gpumesh.v1.WorkloadSpec
             * @instance
             */
            WorkloadSpec.prototype.preparingTimeoutS = 0;

            /**
             * WorkloadSpec service.
             * @member {boolean} service
             * @memberof gpumesh.v1.WorkloadSpec
             * @instance
             */
            WorkloadSpec.prototype.service = false;

            /**
             * WorkloadSpec ports.
             * @member {Array.<number>} ports
             * @memberof gpumesh.v1.WorkloadSpec
             * @instance
             */
            WorkloadSpec.prototype.ports = $util.emptyArray;

            /**
             * Creates a new WorkloadSpec instance using the specified properties.
             * @function create
             * @memberof gpumesh.v1.WorkloadSpec
             * @static
             * @param {gpumesh.v1.WorkloadSpec.$Properties=} [properties] Properties to set
             * @returns {gpumesh.v1.WorkloadSpec} WorkloadSpec instance
             * @type {{
             *   (properties: gpumesh.v1.WorkloadSpec.$Shape): gpumesh.v1.WorkloadSpec & gpumesh.v1.WorkloadSpec.$Shape;
             *   (properties?: gpumesh.v1.WorkloadSpec.$Properties): gpumesh.v1.WorkloadSpec;
             * }}
             */
            WorkloadSpec.create = function(properties) {
                return new WorkloadSpec(properties);
            };

            /**
             * Encodes the specified WorkloadSpec message. Does not implicitly {@link gpumesh.v1.WorkloadSpec.verify|verify} messages.
             * @function encode
             * @memberof gpumesh.v1.WorkloadSpec
             * @static
             * @param {gpumesh.v1.WorkloadSpec.$Properties} message WorkloadSpec message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WorkloadSpec.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.runtime != null && $Object.hasOwnProperty.call(message, "runtime") && message.runtime !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.runtime);
                if (message.image != null && $Object.hasOwnProperty.call(message, "image") && message.image !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.image);
                if (message.command != null && message.command.length)
                    for (let i = 0; i < message.command.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.command[i]);
                if (message.env != null && $Object.hasOwnProperty.call(message, "env"))
                    for (let keys = $Object.keys(message.env), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.env[keys[i]]).ldelim();
                if (message.inputs != null && message.inputs.length)
                    for (let i = 0; i < message.inputs.length; ++i)
                        $root.gpumesh.v1.InputFile.encode(message.inputs[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.timeoutS != null && $Object.hasOwnProperty.call(message, "timeoutS") && message.timeoutS !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.timeoutS);
                if (message.network != null && $Object.hasOwnProperty.call(message, "network") && message.network !== false)
                    writer.uint32(/* id 7, wireType 0 =*/56).bool(message.network);
                if (message.preparingTimeoutS != null && $Object.hasOwnProperty.call(message, "preparingTimeoutS") && message.preparingTimeoutS !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.preparingTimeoutS);
                if (message.service != null && $Object.hasOwnProperty.call(message, "service") && message.service !== false)
                    writer.uint32(/* id 16, wireType 0 =*/128).bool(message.service);
                if (message.ports != null && message.ports.length)
                    writer.uint32(/* id 17, wireType 2 =*/138).uint32s(message.ports);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a WorkloadSpec message from the specified reader or buffer.
             * @function decode
             * @memberof gpumesh.v1.WorkloadSpec
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {gpumesh.v1.WorkloadSpec & gpumesh.v1.WorkloadSpec.$Shape} WorkloadSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WorkloadSpec.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.gpumesh.v1.WorkloadSpec();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.runtime = value;
                            else
                                delete message.runtime;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.image = value;
                            else
                                delete message.image;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.command && message.command.length))
                                message.command = [];
                            message.command.push(reader.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (message.env === $util.emptyObject)
                                message.env = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.env, key);
                            message.env[key] = value;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.inputs && message.inputs.length))
                                message.inputs = [];
                            message.inputs.push($root.gpumesh.v1.InputFile.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.timeoutS = value;
                            else
                                delete message.timeoutS;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.network = value;
                            else
                                delete message.network;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.preparingTimeoutS = value;
                            else
                                delete message.preparingTimeoutS;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.service = value;
                            else
                                delete message.service;
                            continue;
                        }
                    case 17: {
                            if (wireType === 2) {
                                if (!(message.ports && message.ports.length))
                                    message.ports = [];
                                reader.uint32s(message.ports);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.ports && message.ports.length))
                                message.ports = [];
                            message.ports.push(reader.uint32());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return WorkloadSpec;
        })();

        v1.Submit = (function() {

            /**
             * Properties of a Submit.
             * @typedef {Object} gpumesh.v1.Submit.$Properties
             * @property {string|null} [leaseId] Submit leaseId
             * @property {gpumesh.v1.WorkloadSpec.$Properties|null} [spec] Submit spec
             * @property {gpumesh.v1.SignedEnvelope.$Properties|null} [leaseRequest] Submit leaseRequest
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Submit.
             * @memberof gpumesh.v1
             * @interface ISubmit
             * @augments gpumesh.v1.Submit.$Properties
             * @deprecated Use gpumesh.v1.Submit.$Properties instead.
             */

            /**
             * Shape of a Submit.
             * @typedef {gpumesh.v1.Submit.$Properties} gpumesh.v1.Submit.$Shape
             */

            /**
             * Constructs a new Submit.
             * @memberof gpumesh.v1
             * @classdesc Represents a Submit.
             * @constructor
             * @param {gpumesh.v1.Submit.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Submit = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Submit leaseId.
             * @member {string} leaseId
             * @memberof gpumesh.v1.Submit
             * @instance
             */
            Submit.prototype.leaseId = "";

            /**
             * Submit spec.
             * @member {gpumesh.v1.WorkloadSpec.$Properties|null|undefined} spec
             * @memberof gpumesh.v1.Submit
             * @instance
             */
            Submit.prototype.spec = null;

            /**
             * Submit leaseRequest.
             * @member {gpumesh.v1.SignedEnvelope.$Properties|null|undefined} leaseRequest
             * @memberof gpumesh.v1.Submit
             * @instance
             */
            Submit.prototype.leaseRequest = null;

            /**
             * Creates a new Submit instance using the specified properties.
             * @function create
             * @memberof gpumesh.v1.Submit
             * @static
             * @param {gpumesh.v1.Submit.$Properties=} [properties] Properties to set
             * @returns {gpumesh.v1.Submit} Submit instance
             * @type {{
             *   (properties: gpumesh.v1.Submit.$Shape): gpumesh.v1.Submit & gpumesh.v1.Submit.$Shape;
             *   (properties?: gpumesh.v1.Submit.$Properties): gpumesh.v1.Submit;
             * }}
             */
            Submit.create = function(properties) {
                return new Submit(properties);
            };

            /**
             * Encodes the specified Submit message. Does not implicitly {@link gpumesh.v1.Submit.verify|verify} messages.
             * @function encode
             * @memberof gpumesh.v1.Submit
             * @static
             * @param {gpumesh.v1.Submit.$Properties} message Submit message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Submit.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.leaseId != null && $Object.hasOwnProperty.call(message, "leaseId") && message.leaseId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.leaseId);
                if (message.spec != null && $Object.hasOwnProperty.call(message, "spec"))
                    $root.gpumesh.v1.WorkloadSpec.encode(message.spec, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.leaseRequest != null && $Object.hasOwnProperty.call(message, "leaseRequest"))
                    $root.gpumesh.v1.SignedEnvelope.encode(message.leaseRequest, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Submit message from the specified reader or buffer.
             * @function decode
             * @memberof gpumesh.v1.Submit
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {gpumesh.v1.Submit & gpumesh.v1.Submit.$Shape} Submit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Submit.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.gpumesh.v1.Submit();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.leaseId = value;
                            else
                                delete message.leaseId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.spec = $root.gpumesh.v1.WorkloadSpec.decode(reader, reader.size(), $undefined, _depth + 1, message.spec);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.leaseRequest = $root.gpumesh.v1.SignedEnvelope.decode(reader, reader.size(), $undefined, _depth + 1, message.leaseRequest);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Submit;
        })();

        v1.Attach = (function() {

            /**
             * Properties of an Attach.
             * @typedef {Object} gpumesh.v1.Attach.$Properties
             * @property {string|null} [jobId] Attach jobId
             * @property {number|Long|null} [fromSeq] Attach fromSeq
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Attach.
             * @memberof gpumesh.v1
             * @interface IAttach
             * @augments gpumesh.v1.Attach.$Properties
             * @deprecated Use gpumesh.v1.Attach.$Properties instead.
             */

            /**
             * Shape of an Attach.
             * @typedef {gpumesh.v1.Attach.$Properties} gpumesh.v1.Attach.$Shape
             */

            /**
             * Constructs a new Attach.
             * @memberof gpumesh.v1
             * @classdesc Represents an Attach.
             * @constructor
             * @param {gpumesh.v1.Attach.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Attach = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Attach jobId.
             * @member {string} jobId
             * @memberof gpumesh.v1.Attach
             * @instance
             */
            Attach.prototype.jobId = "";

            /**
             * Attach fromSeq.
             * @member {number|Long} fromSeq
             * @memberof gpumesh.v1.Attach
             * @instance
             */
            Attach.prototype.fromSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Attach instance using the specified properties.
             * @function create
             * @memberof gpumesh.v1.Attach
             * @static
             * @param {gpumesh.v1.Attach.$Properties=} [properties] Properties to set
             * @returns {gpumesh.v1.Attach} Attach instance
             * @type {{
             *   (properties: gpumesh.v1.Attach.$Shape): gpumesh.v1.Attach & gpumesh.v1.Attach.$Shape;
             *   (properties?: gpumesh.v1.Attach.$Properties): gpumesh.v1.Attach;
             * }}
             */
            Attach.create = function(properties) {
                return new Attach(properties);
            };

            /**
             * Encodes the specified Attach message. Does not implicitly {@link gpumesh.v1.Attach.verify|verify} messages.
             * @function encode
             * @memberof gpumesh.v1.Attach
             * @static
             * @param {gpumesh.v1.Attach.$Properties} message Attach message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Attach.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && message.jobId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.jobId);
                if (message.fromSeq != null && $Object.hasOwnProperty.call(message, "fromSeq") && (typeof message.fromSeq === "object" ? message.fromSeq.low || message.fromSeq.high : message.fromSeq !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.fromSeq);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Attach message from the specified reader or buffer.
             * @function decode
             * @memberof gpumesh.v1.Attach
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {gpumesh.v1.Attach & gpumesh.v1.Attach.$Shape} Attach
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Attach.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.gpumesh.v1.Attach();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.jobId = value;
                            else
                                delete message.jobId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.fromSeq = value;
                            else
                                delete message.fromSeq;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Attach;
        })();

        v1.Cancel = (function() {

            /**
             * Properties of a Cancel.
             * @typedef {Object} gpumesh.v1.Cancel.$Properties
             * @property {string|null} [jobId] Cancel jobId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Cancel.
             * @memberof gpumesh.v1
             * @interface ICancel
             * @augments gpumesh.v1.Cancel.$Properties
             * @deprecated Use gpumesh.v1.Cancel.$Properties instead.
             */

            /**
             * Shape of a Cancel.
             * @typedef {gpumesh.v1.Cancel.$Properties} gpumesh.v1.Cancel.$Shape
             */

            /**
             * Constructs a new Cancel.
             * @memberof gpumesh.v1
             * @classdesc Represents a Cancel.
             * @constructor
             * @param {gpumesh.v1.Cancel.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Cancel = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Cancel jobId.
             * @member {string} jobId
             * @memberof gpumesh.v1.Cancel
             * @instance
             */
            Cancel.prototype.jobId = "";

            /**
             * Creates a new Cancel instance using the specified properties.
             * @function create
             * @memberof gpumesh.v1.Cancel
             * @static
             * @param {gpumesh.v1.Cancel.$Properties=} [properties] Properties to set
             * @returns {gpumesh.v1.Cancel} Cancel instance
             * @type {{
             *   (properties: gpumesh.v1.Cancel.$Shape): gpumesh.v1.Cancel & gpumesh.v1.Cancel.$Shape;
             *   (properties?: gpumesh.v1.Cancel.$Properties): gpumesh.v1.Cancel;
             * }}
             */
            Cancel.create = function(properties) {
                return new Cancel(properties);
            };

            /**
             * Encodes the specified Cancel message. Does not implicitly {@link gpumesh.v1.Cancel.verify|verify} messages.
             * @function encode
             * @memberof gpumesh.v1.Cancel
             * @static
             * @param {gpumesh.v1.Cancel.$Properties} message Cancel message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Cancel.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && message.jobId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.jobId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Cancel message from the specified reader or buffer.
             * @function decode
             * @memberof gpumesh.v1.Cancel
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {gpumesh.v1.Cancel & gpumesh.v1.Cancel.$Shape} Cancel
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Cancel.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.gpumesh.v1.Cancel();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.jobId = value;
                            else
                                delete message.jobId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Cancel;
        })();

        v1.Countersign = (function() {

            /**
             * Properties of a Countersign.
             * @typedef {Object} gpumesh.v1.Countersign.$Properties
             * @property {string|null} [jobId] Countersign jobId
             * @property {gpumesh.v1.SignedEnvelope.$Properties|null} [acceptance] Countersign acceptance
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Countersign.
             * @memberof gpumesh.v1
             * @interface ICountersign
             * @augments gpumesh.v1.Countersign.$Properties
             * @deprecated Use gpumesh.v1.Countersign.$Properties instead.
             */

            /**
             * Shape of a Countersign.
             * @typedef {gpumesh.v1.Countersign.$Properties} gpumesh.v1.Countersign.$Shape
             */

            /**
             * Constructs a new Countersign.
             * @memberof gpumesh.v1
             * @classdesc Represents a Countersign.
             * @constructor
             * @param {gpumesh.v1.Countersign.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Countersign = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Countersign jobId.
             * @member {string} jobId
             * @memberof gpumesh.v1.Countersign
             * @instance
             */
            Countersign.prototype.jobId = "";

            /**
             * Countersign acceptance.
             * @member {gpumesh.v1.SignedEnvelope.$Properties|null|undefined} acceptance
             * @memberof gpumesh.v1.Countersign
             * @instance
             */
            Countersign.prototype.acceptance = null;

            /**
             * Creates a new Countersign instance using the specified properties.
             * @function create
             * @memberof gpumesh.v1.Countersign
             * @static
             * @param {gpumesh.v1.Countersign.$Properties=} [properties] Properties to set
             * @returns {gpumesh.v1.Countersign} Countersign instance
             * @type {{
             *   (properties: gpumesh.v1.Countersign.$Shape): gpumesh.v1.Countersign & gpumesh.v1.Countersign.$Shape;
             *   (properties?: gpumesh.v1.Countersign.$Properties): gpumesh.v1.Countersign;
             * }}
             */
            Countersign.create = function(properties) {
                return new Countersign(properties);
            };

            /**
             * Encodes the specified Countersign message. Does not implicitly {@link gpumesh.v1.Countersign.verify|verify} messages.
             * @function encode
             * @memberof gpumesh.v1.Countersign
             * @static
             * @param {gpumesh.v1.Countersign.$Properties} message Countersign message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Countersign.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && message.jobId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.jobId);
                if (message.acceptance != null && $Object.hasOwnProperty.call(message, "acceptance"))
                    $root.gpumesh.v1.SignedEnvelope.encode(message.acceptance, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Countersign message from the specified reader or buffer.
             * @function decode
             * @memberof gpumesh.v1.Countersign
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {gpumesh.v1.Countersign & gpumesh.v1.Countersign.$Shape} Countersign
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Countersign.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.gpumesh.v1.Countersign();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.jobId = value;
                            else
                                delete message.jobId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.acceptance = $root.gpumesh.v1.SignedEnvelope.decode(reader, reader.size(), $undefined, _depth + 1, message.acceptance);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Countersign;
        })();

        v1.ReceiptAcceptance = (function() {

            /**
             * Properties of a ReceiptAcceptance.
             * @typedef {Object} gpumesh.v1.ReceiptAcceptance.$Properties
             * @property {string|null} [jobId] ReceiptAcceptance jobId
             * @property {Uint8Array|null} [receiptDigest] ReceiptAcceptance receiptDigest
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReceiptAcceptance.
             * @memberof gpumesh.v1
             * @interface IReceiptAcceptance
             * @augments gpumesh.v1.ReceiptAcceptance.$Properties
             * @deprecated Use gpumesh.v1.ReceiptAcceptance.$Properties instead.
             */

            /**
             * Shape of a ReceiptAcceptance.
             * @typedef {gpumesh.v1.ReceiptAcceptance.$Properties} gpumesh.v1.ReceiptAcceptance.$Shape
             */

            /**
             * Constructs a new ReceiptAcceptance.
             * @memberof gpumesh.v1
             * @classdesc Represents a ReceiptAcceptance.
             * @constructor
             * @param {gpumesh.v1.ReceiptAcceptance.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReceiptAcceptance = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ReceiptAcceptance jobId.
             * @member {string} jobId
             * @memberof gpumesh.v1.ReceiptAcceptance
             * @instance
             */
            ReceiptAcceptance.prototype.jobId = "";

            /**
             * ReceiptAcceptance receiptDigest.
             * @member {Uint8Array} receiptDigest
             * @memberof gpumesh.v1.ReceiptAcceptance
             * @instance
             */
            ReceiptAcceptance.prototype.receiptDigest = $util.newBuffer([]);

            /**
             * Creates a new ReceiptAcceptance instance using the specified properties.
             * @function create
             * @memberof gpumesh.v1.ReceiptAcceptance
             * @static
             * @param {gpumesh.v1.ReceiptAcceptance.$Properties=} [properties] Properties to set
             * @returns {gpumesh.v1.ReceiptAcceptance} ReceiptAcceptance instance
             * @type {{
             *   (properties: gpumesh.v1.ReceiptAcceptance.$Shape): gpumesh.v1.ReceiptAcceptance & gpumesh.v1.ReceiptAcceptance.$Shape;
             *   (properties?: gpumesh.v1.ReceiptAcceptance.$Properties): gpumesh.v1.ReceiptAcceptance;
             * }}
             */
            ReceiptAcceptance.create = function(properties) {
                return new ReceiptAcceptance(properties);
            };

            /**
             * Encodes the specified ReceiptAcceptance message. Does not implicitly {@link gpumesh.v1.ReceiptAcceptance.verify|verify} messages.
             * @function encode
             * @memberof gpumesh.v1.ReceiptAcceptance
             * @static
             * @param {gpumesh.v1.ReceiptAcceptance.$Properties} message ReceiptAcceptance message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReceiptAcceptance.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && message.jobId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.jobId);
                if (message.receiptDigest != null && $Object.hasOwnProperty.call(message, "receiptDigest") && message.receiptDigest.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.receiptDigest);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ReceiptAcceptance message from the specified reader or buffer.
             * @function decode
             * @memberof gpumesh.v1.ReceiptAcceptance
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {gpumesh.v1.ReceiptAcceptance & gpumesh.v1.ReceiptAcceptance.$Shape} ReceiptAcceptance
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReceiptAcceptance.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.gpumesh.v1.ReceiptAcceptance();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.jobId = value;
                            else
                                delete message.jobId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.receiptDigest = value;
                            else
                                delete message.receiptDigest;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ReceiptAcceptance;
        })();

        v1.Renew = (function() {

            /**
             * Properties of a Renew.
             * @typedef {Object} gpumesh.v1.Renew.$Properties
             * @property {string|null} [jobId] Renew jobId
             * @property {gpumesh.v1.SignedEnvelope.$Properties|null} [renewal] Renew renewal
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Renew.
             * @memberof gpumesh.v1
             * @interface IRenew
             * @augments gpumesh.v1.Renew.$Properties
             * @deprecated Use gpumesh.v1.Renew.$Properties instead.
             */

            /**
             * Shape of a Renew.
             * @typedef {gpumesh.v1.Renew.$Properties} gpumesh.v1.Renew.$Shape
             */

            /**
             * Constructs a new Renew.
             * @memberof gpumesh.v1
             * @classdesc Represents a Renew.
             * @constructor
             * @param {gpumesh.v1.Renew.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Renew = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Renew jobId.
             * @member {string} jobId
             * @memberof gpumesh.v1.Renew
             * @instance
             */
            Renew.prototype.jobId = "";

            /**
             * Renew renewal.
             * @member {gpumesh.v1.SignedEnvelope.$Properties|null|undefined} renewal
             * @memberof gpumesh.v1.Renew
             * @instance
             */
            Renew.prototype.renewal = null;

            /**
             * Creates a new Renew instance using the specified properties.
             * @function create
             * @memberof gpumesh.v1.Renew
             * @static
             * @param {gpumesh.v1.Renew.$Properties=} [properties] Properties to set
             * @returns {gpumesh.v1.Renew} Renew instance
             * @type {{
             *   (properties: gpumesh.v1.Renew.$Shape): gpumesh.v1.Renew & gpumesh.v1.Renew.$Shape;
             *   (properties?: gpumesh.v1.Renew.$Properties): gpumesh.v1.Renew;
             * }}
             */
            Renew.create = function(properties) {
                return new Renew(properties);
            };

            /**
             * Encodes the specified Renew message. Does not implicitly {@link gpumesh.v1.Renew.verify|verify} messages.
             * @function encode
             * @memberof gpumesh.v1.Renew
             * @static
             * @param {gpumesh.v1.Renew.$Properties} message Renew message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Renew.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && message.jobId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.jobId);
                if (message.renewal != null && $Object.hasOwnProperty.call(message, "renewal"))
                    $root.gpumesh.v1.SignedEnvelope.encode(message.renewal, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Renew message from the specified reader or buffer.
             * @function decode
             * @memberof gpumesh.v1.Renew
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {gpumesh.v1.Renew & gpumesh.v1.Renew.$Shape} Renew
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Renew.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.gpumesh.v1.Renew();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.jobId = value;
                            else
                                delete message.jobId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.renewal = $root.gpumesh.v1.SignedEnvelope.decode(reader, reader.size(), $undefined, _depth + 1, message.renewal);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Renew;
        })();

        v1.LeaseRenewal = (function() {

            /**
             * Properties of a LeaseRenewal.
             * @typedef {Object} gpumesh.v1.LeaseRenewal.$Properties
             * @property {string|null} [jobId] LeaseRenewal jobId
             * @property {string|null} [leaseId] LeaseRenewal leaseId
             * @property {number|null} [maxDurationS] LeaseRenewal maxDurationS
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LeaseRenewal.
             * @memberof gpumesh.v1
             * @interface ILeaseRenewal
             * @augments gpumesh.v1.LeaseRenewal.$Properties
             * @deprecated Use gpumesh.v1.LeaseRenewal.$Properties instead.
             */

            /**
             * Shape of a LeaseRenewal.
             * @typedef {gpumesh.v1.LeaseRenewal.$Properties} gpumesh.v1.LeaseRenewal.$Shape
             */

            /**
             * Constructs a new LeaseRenewal.
             * @memberof gpumesh.v1
             * @classdesc Represents a LeaseRenewal.
             * @constructor
             * @param {gpumesh.v1.LeaseRenewal.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LeaseRenewal = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LeaseRenewal jobId.
             * @member {string} jobId
             * @memberof gpumesh.v1.LeaseRenewal
             * @instance
             */
            LeaseRenewal.prototype.jobId = "";

            /**
             * LeaseRenewal leaseId.
             * @member {string} leaseId
             * @memberof gpumesh.v1.LeaseRenewal
             * @instance
             */
            LeaseRenewal.prototype.leaseId = "";

            /**
             * LeaseRenewal maxDurationS.
             * @member {number} maxDurationS
             * @memberof gpumesh.v1.LeaseRenewal
             * @instance
             */
            LeaseRenewal.prototype.maxDurationS = 0;

            /**
             * Creates a new LeaseRenewal instance using the specified properties.
             * @function create
             * @memberof gpumesh.v1.LeaseRenewal
             * @static
             * @param {gpumesh.v1.LeaseRenewal.$Properties=} [properties] Properties to set
             * @returns {gpumesh.v1.LeaseRenewal} LeaseRenewal instance
             * @type {{
             *   (properties: gpumesh.v1.LeaseRenewal.$Shape): gpumesh.v1.LeaseRenewal & gpumesh.v1.LeaseRenewal.$Shape;
             *   (properties?: gpumesh.v1.LeaseRenewal.$Properties): gpumesh.v1.LeaseRenewal;
             * }}
             */
            LeaseRenewal.create = function(properties) {
                return new LeaseRenewal(properties);
            };

            /**
             * Encodes the specified LeaseRenewal message. Does not implicitly {@link gpumesh.v1.LeaseRenewal.verify|verify} messages.
             * @function encode
             * @memberof gpumesh.v1.LeaseRenewal
             * @static
             * @param {gpumesh.v1.LeaseRenewal.$Properties} message LeaseRenewal message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LeaseRenewal.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && message.jobId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.jobId);
                if (message.leaseId != null && $Object.hasOwnProperty.call(message, "leaseId") && message.leaseId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.leaseId);
                if (message.maxDurationS != null && $Object.hasOwnProperty.call(message, "maxDurationS") && message.maxDurationS !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.maxDurationS);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a LeaseRenewal message from the specified reader or buffer.
             * @function decode
             * @memberof gpumesh.v1.LeaseRenewal
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {gpumesh.v1.LeaseRenewal & gpumesh.v1.LeaseRenewal.$Shape} LeaseRenewal
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LeaseRenewal.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.gpumesh.v1.LeaseRenewal();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.jobId = value;
                            else
                                delete message.jobId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.leaseId = value;
                            else
                                delete message.leaseId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxDurationS = value;
                            else
                                delete message.maxDurationS;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return LeaseRenewal;
        })();

        v1.JobRequest = (function() {

            /**
             * Properties of a JobRequest.
             * @typedef {Object} gpumesh.v1.JobRequest.$Properties
             * @property {gpumesh.v1.Submit.$Properties|null} [submit] JobRequest submit
             * @property {gpumesh.v1.Attach.$Properties|null} [attach] JobRequest attach
             * @property {gpumesh.v1.Cancel.$Properties|null} [cancel] JobRequest cancel
             * @property {gpumesh.v1.Countersign.$Properties|null} [countersign] JobRequest countersign
             * @property {gpumesh.v1.Renew.$Properties|null} [renew] JobRequest renew
             * @property {"submit"|"attach"|"cancel"|"countersign"|"renew"} [request] JobRequest request
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a JobRequest.
             * @memberof gpumesh.v1
             * @interface IJobRequest
             * @augments gpumesh.v1.JobRequest.$Properties
             * @deprecated Use gpumesh.v1.JobRequest.$Properties instead.
             */

            /**
             * Narrowed shape of a JobRequest.
             * @typedef {{
             *   submit?: gpumesh.v1.Submit.$Shape|null;
             *   attach?: gpumesh.v1.Attach.$Shape|null;
             *   cancel?: gpumesh.v1.Cancel.$Shape|null;
             *   countersign?: gpumesh.v1.Countersign.$Shape|null;
             *   renew?: gpumesh.v1.Renew.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ request?: undefined; submit?: null; attach?: null; cancel?: null; countersign?: null; renew?: null }|{ request?: "submit"; submit: gpumesh.v1.Submit.$Shape; attach?: null; cancel?: null; countersign?: null; renew?: null }|{ request?: "attach"; submit?: null; attach: gpumesh.v1.Attach.$Shape; cancel?: null; countersign?: null; renew?: null }|{ request?: "cancel"; submit?: null; attach?: null; cancel: gpumesh.v1.Cancel.$Shape; countersign?: null; renew?: null }|{ request?: "countersign"; submit?: null; attach?: null; cancel?: null; countersign: gpumesh.v1.Countersign.$Shape; renew?: null }|{ request?: "renew"; submit?: null; attach?: null; cancel?: null; countersign?: null; renew: gpumesh.v1.Renew.$Shape })
             * )} gpumesh.v1.JobRequest.$Shape
             */

            /**
             * Constructs a new JobRequest.
             * @memberof gpumesh.v1
             * @classdesc Represents a JobRequest.
             * @constructor
             * @param {gpumesh.v1.JobRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const JobRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * JobRequest submit.
             * @member {gpumesh.v1.Submit.$Properties|null|undefined} submit
             * @memberof gpumesh.v1.JobRequest
             * @instance
             */
            JobRequest.prototype.submit = null;

            /**
             * JobRequest attach.
             * @member {gpumesh.v1.Attach.$Properties|null|undefined} attach
             * @memberof gpumesh.v1.JobRequest
             * @instance
             */
            JobRequest.prototype.attach = null;

            /**
             * JobRequest cancel.
             * @member {gpumesh.v1.Cancel.$Properties|null|undefined} cancel
             * @memberof gpumesh.v1.JobRequest
             * @instance
             */
            JobRequest.prototype.cancel = null;

            /**
             * JobRequest countersign.
             * @member {gpumesh.v1.Countersign.$Properties|null|undefined} countersign
             * @memberof gpumesh.v1.JobRequest
             * @instance
             */
            JobRequest.prototype.countersign = null;

            /**
             * JobRequest renew.
             * @member {gpumesh.v1.Renew.$Properties|null|undefined} renew
             * @memberof gpumesh.v1.JobRequest
             * @instance
             */
            JobRequest.prototype.renew = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * JobRequest request.
             * @member {"submit"|"attach"|"cancel"|"countersign"|"renew"|undefined} request
             * @memberof gpumesh.v1.JobRequest
             * @instance
             */
            $Object.defineProperty(JobRequest.prototype, "request", {
                get: $util.oneOfGetter($oneOfFields = ["submit", "attach", "cancel", "countersign", "renew"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new JobRequest instance using the specified properties.
             * @function create
             * @memberof gpumesh.v1.JobRequest
             * @static
             * @param {gpumesh.v1.JobRequest.$Properties=} [properties] Properties to set
             * @returns {gpumesh.v1.JobRequest} JobRequest instance
             * @type {{
             *   (properties: gpumesh.v1.JobRequest.$Shape): gpumesh.v1.JobRequest & gpumesh.v1.JobRequest.$Shape;
             *   (properties?: gpumesh.v1.JobRequest.$Properties): gpumesh.v1.JobRequest;
             * }}
             */
            JobRequest.create = function(properties) {
                return new JobRequest(properties);
            };

            /**
             * Encodes the specified JobRequest message. Does not implicitly {@link gpumesh.v1.JobRequest.verify|verify} messages.
             * @function encode
             * @memberof gpumesh.v1.JobRequest
             * @static
             * @param {gpumesh.v1.JobRequest.$Properties} message JobRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            JobRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.submit != null && $Object.hasOwnProperty.call(message, "submit"))
                    $root.gpumesh.v1.Submit.encode(message.submit, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.attach != null && $Object.hasOwnProperty.call(message, "attach"))
                    $root.gpumesh.v1.Attach.encode(message.attach, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.cancel != null && $Object.hasOwnProperty.call(message, "cancel"))
                    $root.gpumesh.v1.Cancel.encode(message.cancel, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.countersign != null && $Object.hasOwnProperty.call(message, "countersign"))
                    $root.gpumesh.v1.Countersign.encode(message.countersign, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.renew != null && $Object.hasOwnProperty.call(message, "renew"))
                    $root.gpumesh.v1.Renew.encode(message.renew, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a JobRequest message from the specified reader or buffer.
             * @function decode
             * @memberof gpumesh.v1.JobRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {gpumesh.v1.JobRequest & gpumesh.v1.JobRequest.$Shape} JobRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            JobRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.gpumesh.v1.JobRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.submit = $root.gpumesh.v1.Submit.decode(reader, reader.size(), $undefined, _depth + 1, message.submit);
                            message.request = "submit";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.attach = $root.gpumesh.v1.Attach.decode(reader, reader.size(), $undefined, _depth + 1, message.attach);
                            message.request = "attach";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.cancel = $root.gpumesh.v1.Cancel.decode(reader, reader.size(), $undefined, _depth + 1, message.cancel);
                            message.request = "cancel";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.countersign = $root.gpumesh.v1.Countersign.decode(reader, reader.size(), $undefined, _depth + 1, message.countersign);
                            message.request = "countersign";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.renew = $root.gpumesh.v1.Renew.decode(reader, reader.size(), $undefined, _depth + 1, message.renew);
                            message.request = "renew";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return JobRequest;
        })();

        /**
         * JobState enum.
         * @name gpumesh.v1.JobState
         * @enum {number}
         * @property {number} JOB_STATE_UNSPECIFIED=0 JOB_STATE_UNSPECIFIED value
         * @property {number} JOB_STATE_PENDING=1 JOB_STATE_PENDING value
         * @property {number} JOB_STATE_BIDDING=2 JOB_STATE_BIDDING value
         * @property {number} JOB_STATE_LEASED=3 JOB_STATE_LEASED value
         * @property {number} JOB_STATE_RUNNING=4 JOB_STATE_RUNNING value
         * @property {number} JOB_STATE_SUCCEEDED=5 JOB_STATE_SUCCEEDED value
         * @property {number} JOB_STATE_FAILED=6 JOB_STATE_FAILED value
         * @property {number} JOB_STATE_CANCELLED=7 JOB_STATE_CANCELLED value
         * @property {number} JOB_STATE_LOST=8 JOB_STATE_LOST value
         * @property {number} JOB_STATE_PREEMPTED=9 JOB_STATE_PREEMPTED value
         */
        v1.JobState = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "JOB_STATE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "JOB_STATE_PENDING"] = 1;
            values[valuesById[2] = "JOB_STATE_BIDDING"] = 2;
            values[valuesById[3] = "JOB_STATE_LEASED"] = 3;
            values[valuesById[4] = "JOB_STATE_RUNNING"] = 4;
            values[valuesById[5] = "JOB_STATE_SUCCEEDED"] = 5;
            values[valuesById[6] = "JOB_STATE_FAILED"] = 6;
            values[valuesById[7] = "JOB_STATE_CANCELLED"] = 7;
            values[valuesById[8] = "JOB_STATE_LOST"] = 8;
            values[valuesById[9] = "JOB_STATE_PREEMPTED"] = 9;
            return values;
        })();

        v1.StateChange = (function() {

            /**
             * Properties of a StateChange.
             * @typedef {Object} gpumesh.v1.StateChange.$Properties
             * @property {gpumesh.v1.JobState|null} [state] StateChange state
             * @property {string|null} [reason] StateChange reason
             * @property {number|null} [exitCode] StateChange exitCode
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StateChange.
             * @memberof gpumesh.v1
             * @interface IStateChange
             * @augments gpumesh.v1.StateChange.$Properties
             * @deprecated Use gpumesh.v1.StateChange.$Properties instead.
             */

            /**
             * Shape of a StateChange.
             * @typedef {gpumesh.v1.StateChange.$Properties} gpumesh.v1.StateChange.$Shape
             */

            /**
             * Constructs a new StateChange.
             * @memberof gpumesh.v1
             * @classdesc Represents a StateChange.
             * @constructor
             * @param {gpumesh.v1.StateChange.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StateChange = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * StateChange state.
             * @member {gpumesh.v1.JobState} state
             * @memberof gpumesh.v1.StateChange
             * @instance
             */
            StateChange.prototype.state = 0;

            /**
             * StateChange reason.
             * @member {string} reason
             * @memberof gpumesh.v1.StateChange
             * @instance
             */
            StateChange.prototype.reason = "";

            /**
             * StateChange exitCode.
             * @member {number} exitCode
             * @memberof gpumesh.v1.StateChange
             * @instance
             */
            StateChange.prototype.exitCode = 0;

            /**
             * Creates a new StateChange instance using the specified properties.
             * @function create
             * @memberof gpumesh.v1.StateChange
             * @static
             * @param {gpumesh.v1.StateChange.$Properties=} [properties] Properties to set
             * @returns {gpumesh.v1.StateChange} StateChange instance
             * @type {{
             *   (properties: gpumesh.v1.StateChange.$Shape): gpumesh.v1.StateChange & gpumesh.v1.StateChange.$Shape;
             *   (properties?: gpumesh.v1.StateChange.$Properties): gpumesh.v1.StateChange;
             * }}
             */
            StateChange.create = function(properties) {
                return new StateChange(properties);
            };

            /**
             * Encodes the specified StateChange message. Does not implicitly {@link gpumesh.v1.StateChange.verify|verify} messages.
             * @function encode
             * @memberof gpumesh.v1.StateChange
             * @static
             * @param {gpumesh.v1.StateChange.$Properties} message StateChange message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StateChange.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.state);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.reason);
                if (message.exitCode != null && $Object.hasOwnProperty.call(message, "exitCode") && message.exitCode !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).sint32(message.exitCode);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a StateChange message from the specified reader or buffer.
             * @function decode
             * @memberof gpumesh.v1.StateChange
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {gpumesh.v1.StateChange & gpumesh.v1.StateChange.$Shape} StateChange
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StateChange.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.gpumesh.v1.StateChange();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.exitCode = value;
                            else
                                delete message.exitCode;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return StateChange;
        })();

        /**
         * LogStream enum.
         * @name gpumesh.v1.LogStream
         * @enum {number}
         * @property {number} LOG_STREAM_UNSPECIFIED=0 LOG_STREAM_UNSPECIFIED value
         * @property {number} LOG_STREAM_STDOUT=1 LOG_STREAM_STDOUT value
         * @property {number} LOG_STREAM_STDERR=2 LOG_STREAM_STDERR value
         * @property {number} LOG_STREAM_SYSTEM=3 LOG_STREAM_SYSTEM value
         */
        v1.LogStream = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "LOG_STREAM_UNSPECIFIED"] = 0;
            values[valuesById[1] = "LOG_STREAM_STDOUT"] = 1;
            values[valuesById[2] = "LOG_STREAM_STDERR"] = 2;
            values[valuesById[3] = "LOG_STREAM_SYSTEM"] = 3;
            return values;
        })();

        v1.LogLine = (function() {

            /**
             * Properties of a LogLine.
             * @typedef {Object} gpumesh.v1.LogLine.$Properties
             * @property {gpumesh.v1.LogStream|null} [stream] LogLine stream
             * @property {string|null} [line] LogLine line
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LogLine.
             * @memberof gpumesh.v1
             * @interface ILogLine
             * @augments gpumesh.v1.LogLine.$Properties
             * @deprecated Use gpumesh.v1.LogLine.$Properties instead.
             */

            /**
             * Shape of a LogLine.
             * @typedef {gpumesh.v1.LogLine.$Properties} gpumesh.v1.LogLine.$Shape
             */

            /**
             * Constructs a new LogLine.
             * @memberof gpumesh.v1
             * @classdesc Represents a LogLine.
             * @constructor
             * @param {gpumesh.v1.LogLine.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LogLine = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LogLine stream.
             * @member {gpumesh.v1.LogStream} stream
             * @memberof gpumesh.v1.LogLine
             * @instance
             */
            LogLine.prototype.stream = 0;

            /**
             * LogLine line.
             * @member {string} line
             * @memberof gpumesh.v1.LogLine
             * @instance
             */
            LogLine.prototype.line = "";

            /**
             * Creates a new LogLine instance using the specified properties.
             * @function create
             * @memberof gpumesh.v1.LogLine
             * @static
             * @param {gpumesh.v1.LogLine.$Properties=} [properties] Properties to set
             * @returns {gpumesh.v1.LogLine} LogLine instance
             * @type {{
             *   (properties: gpumesh.v1.LogLine.$Shape): gpumesh.v1.LogLine & gpumesh.v1.LogLine.$Shape;
             *   (properties?: gpumesh.v1.LogLine.$Properties): gpumesh.v1.LogLine;
             * }}
             */
            LogLine.create = function(properties) {
                return new LogLine(properties);
            };

            /**
             * Encodes the specified LogLine message. Does not implicitly {@link gpumesh.v1.LogLine.verify|verify} messages.
             * @function encode
             * @memberof gpumesh.v1.LogLine
             * @static
             * @param {gpumesh.v1.LogLine.$Properties} message LogLine message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LogLine.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.stream != null && $Object.hasOwnProperty.call(message, "stream") && message.stream !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.stream);
                if (message.line != null && $Object.hasOwnProperty.call(message, "line") && message.line !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.line);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a LogLine message from the specified reader or buffer.
             * @function decode
             * @memberof gpumesh.v1.LogLine
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {gpumesh.v1.LogLine & gpumesh.v1.LogLine.$Shape} LogLine
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LogLine.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.gpumesh.v1.LogLine();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.stream = value;
                            else
                                delete message.stream;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.line = value;
                            else
                                delete message.line;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return LogLine;
        })();

        v1.SessionUsage = (function() {

            /**
             * Properties of a SessionUsage.
             * @typedef {Object} gpumesh.v1.SessionUsage.$Properties
             * @property {number|null} [execSessions] SessionUsage execSessions
             * @property {number|Long|null} [execMs] SessionUsage execMs
             * @property {number|null} [forwardedConnections] SessionUsage forwardedConnections
             * @property {number|Long|null} [forwardedBytes] SessionUsage forwardedBytes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SessionUsage.
             * @memberof gpumesh.v1
             * @interface ISessionUsage
             * @augments gpumesh.v1.SessionUsage.$Properties
             * @deprecated Use gpumesh.v1.SessionUsage.$Properties instead.
             */

            /**
             * Shape of a SessionUsage.
             * @typedef {gpumesh.v1.SessionUsage.$Properties} gpumesh.v1.SessionUsage.$Shape
             */

            /**
             * Constructs a new SessionUsage.
             * @memberof gpumesh.v1
             * @classdesc Represents a SessionUsage.
             * @constructor
             * @param {gpumesh.v1.SessionUsage.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SessionUsage = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SessionUsage execSessions.
             * @member {number} execSessions
             * @memberof gpumesh.v1.SessionUsage
             * @instance
             */
            SessionUsage.prototype.execSessions = 0;

            /**
             * SessionUsage execMs.
             * @member {number|Long} execMs
             * @memberof gpumesh.v1.SessionUsage
             * @instance
             */
            SessionUsage.prototype.execMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SessionUsage forwardedConnections.
             * @member {number} forwardedConnections
             * @memberof gpumesh.v1.SessionUsage
             * @instance
             */
            SessionUsage.prototype.forwardedConnections = 0;

            /**
             * SessionUsage forwardedBytes.
             * @member {number|Long} forwardedBytes
             * @memberof gpumesh.v1.SessionUsage
             * @instance
             */
            SessionUsage.prototype.forwardedBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new SessionUsage instance using the specified properties.
             * @function create
             * @memberof gpumesh.v1.SessionUsage
             * @static
             * @param {gpumesh.v1.SessionUsage.$Properties=} [properties] Properties to set
             * @returns {gpumesh.v1.SessionUsage} SessionUsage instance
             * @type {{
             *   (properties: gpumesh.v1.SessionUsage.$Shape): gpumesh.v1.SessionUsage & gpumesh.v1.SessionUsage.$Shape;
             *   (properties?: gpumesh.v1.SessionUsage.$Properties): gpumesh.v1.SessionUsage;
             * }}
             */
            SessionUsage.create = function(properties) {
                return new SessionUsage(properties);
            };

            /**
             * Encodes the specified SessionUsage message. Does not implicitly {@link gpumesh.v1.SessionUsage.verify|verify} messages.
             * @function encode
             * @memberof gpumesh.v1.SessionUsage
             * @static
             * @param {gpumesh.v1.SessionUsage.$Properties} message SessionUsage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SessionUsage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.execSessions != null && $Object.hasOwnProperty.call(message, "execSessions") && message.execSessions !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.execSessions);
                if (message.execMs != null && $Object.hasOwnProperty.call(message, "execMs") && (typeof message.execMs === "object" ? message.execMs.low || message.execMs.high : message.execMs !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.execMs);
                if (message.forwardedConnections != null && $Object.hasOwnProperty.call(message, "forwardedConnections") && message.forwardedConnections !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.forwardedConnections);
                if (message.forwardedBytes != null && $Object.hasOwnProperty.call(message, "forwardedBytes") && (typeof message.forwardedBytes === "object" ? message.forwardedBytes.low || message.forwardedBytes.high : message.forwardedBytes !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.forwardedBytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SessionUsage message from the specified reader or buffer.
             * @function decode
             * @memberof gpumesh.v1.SessionUsage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {gpumesh.v1.SessionUsage & gpumesh.v1.SessionUsage.$Shape} SessionUsage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SessionUsage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.gpumesh.v1.SessionUsage();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.execSessions = value;
                            else
                                delete message.execSessions;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.execMs = value;
                            else
                                delete message.execMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.forwardedConnections = value;
                            else
                                delete message.forwardedConnections;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.forwardedBytes = value;
                            else
                                delete message.forwardedBytes;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return SessionUsage;
        })();

        v1.Usage = (function() {

            /**
             * Properties of a Usage.
             * @typedef {Object} gpumesh.v1.Usage.$Properties
             * @property {number|Long|null} [wallMs] Usage wallMs
             * @property {number|Long|null} [gpuMs] Usage gpuMs
             * @property {gpumesh.v1.SessionUsage.$Properties|null} [sessions] Usage sessions
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Usage.
             * @memberof gpumesh.v1
             * @interface IUsage
             * @augments gpumesh.v1.Usage.$Properties
             * @deprecated Use gpumesh.v1.Usage.$Properties instead.
             */

            /**
             * Shape of a Usage.
             * @typedef {gpumesh.v1.Usage.$Properties} gpumesh.v1.Usage.$Shape
             */

            /**
             * Constructs a new Usage.
             * @memberof gpumesh.v1
             * @classdesc Represents a Usage.
             * @constructor
             * @param {gpumesh.v1.Usage.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Usage = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Usage wallMs.
             * @member {number|Long} wallMs
             * @memberof gpumesh.v1.Usage
             * @instance
             */
            Usage.prototype.wallMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Usage gpuMs.
             * @member {number|Long} gpuMs
             * @memberof gpumesh.v1.Usage
             * @instance
             */
            Usage.prototype.gpuMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Usage sessions.
             * @member {gpumesh.v1.SessionUsage.$Properties|null|undefined} sessions
             * @memberof gpumesh.v1.Usage
             * @instance
             */
            Usage.prototype.sessions = null;

            /**
             * Creates a new Usage instance using the specified properties.
             * @function create
             * @memberof gpumesh.v1.Usage
             * @static
             * @param {gpumesh.v1.Usage.$Properties=} [properties] Properties to set
             * @returns {gpumesh.v1.Usage} Usage instance
             * @type {{
             *   (properties: gpumesh.v1.Usage.$Shape): gpumesh.v1.Usage & gpumesh.v1.Usage.$Shape;
             *   (properties?: gpumesh.v1.Usage.$Properties): gpumesh.v1.Usage;
             * }}
             */
            Usage.create = function(properties) {
                return new Usage(properties);
            };

            /**
             * Encodes the specified Usage message. Does not implicitly {@link gpumesh.v1.Usage.verify|verify} messages.
             * @function encode
             * @memberof gpumesh.v1.Usage
             * @static
             * @param {gpumesh.v1.Usage.$Properties} message Usage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Usage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.wallMs != null && $Object.hasOwnProperty.call(message, "wallMs") && (typeof message.wallMs === "object" ? message.wallMs.low || message.wallMs.high : message.wallMs !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.wallMs);
                if (message.gpuMs != null && $Object.hasOwnProperty.call(message, "gpuMs") && (typeof message.gpuMs === "object" ? message.gpuMs.low || message.gpuMs.high : message.gpuMs !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.gpuMs);
                if (message.sessions != null && $Object.hasOwnProperty.call(message, "sessions"))
                    $root.gpumesh.v1.SessionUsage.encode(message.sessions, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Usage message from the specified reader or buffer.
             * @function decode
             * @memberof gpumesh.v1.Usage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {gpumesh.v1.Usage & gpumesh.v1.Usage.$Shape} Usage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Usage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.gpumesh.v1.Usage();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.wallMs = value;
                            else
                                delete message.wallMs;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.gpuMs = value;
                            else
                                delete message.gpuMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.sessions = $root.gpumesh.v1.SessionUsage.decode(reader, reader.size(), $undefined, _depth + 1, message.sessions);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Usage;
        })();

        v1.ResultFile = (function() {

            /**
             * Properties of a ResultFile.
             * @typedef {Object} gpumesh.v1.ResultFile.$Properties
             * @property {string|null} [name] ResultFile name
             * @property {number|Long|null} [size] ResultFile size
             * @property {Uint8Array|null} [sha256] ResultFile sha256
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ResultFile.
             * @memberof gpumesh.v1
             * @interface IResultFile
             * @augments gpumesh.v1.ResultFile.$Properties
             * @deprecated Use gpumesh.v1.ResultFile.$Properties instead.
             */

            /**
             * Shape of a ResultFile.
             * @typedef {gpumesh.v1.ResultFile.$Properties} gpumesh.v1.ResultFile.$Shape
             */

            /**
             * Constructs a new ResultFile.
             * @memberof gpumesh.v1
             * @classdesc Represents a ResultFile.
             * @constructor
             * @param {gpumesh.v1.ResultFile.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ResultFile = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ResultFile name.
             * @member {string} name
             * @memberof gpumesh.v1.ResultFile
             * @instance
             */
            ResultFile.prototype.name = "";

            /**
             * ResultFile size.
             * @member {number|Long} size
             * @memberof gpumesh.v1.ResultFile
             * @instance
             */
            ResultFile.prototype.size = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ResultFile sha256.
             * @member {Uint8Array} sha256
             * @memberof gpumesh.v1.ResultFile
             * @instance
             */
            ResultFile.prototype.sha256 = $util.newBuffer([]);

            /**
             * Creates a new ResultFile instance using the specified properties.
             * @function create
             * @memberof gpumesh.v1.ResultFile
             * @static
             * @param {gpumesh.v1.ResultFile.$Properties=} [properties] Properties to set
             * @returns {gpumesh.v1.ResultFile} ResultFile instance
             * @type {{
             *   (properties: gpumesh.v1.ResultFile.$Shape): gpumesh.v1.ResultFile & gpumesh.v1.ResultFile.$Shape;
             *   (properties?: gpumesh.v1.ResultFile.$Properties): gpumesh.v1.ResultFile;
             * }}
             */
            ResultFile.create = function(properties) {
                return new ResultFile(properties);
            };

            /**
             * Encodes the specified ResultFile message. Does not implicitly {@link gpumesh.v1.ResultFile.verify|verify} messages.
             * @function encode
             * @memberof gpumesh.v1.ResultFile
             * @static
             * @param {gpumesh.v1.ResultFile.$Properties} message ResultFile message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ResultFile.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.size != null && $Object.hasOwnProperty.call(message, "size") && (typeof message.size === "object" ? message.size.low || message.size.high : message.size !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.size);
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256") && message.sha256.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.sha256);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ResultFile message from the specified reader or buffer.
             * @function decode
             * @memberof gpumesh.v1.ResultFile
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {gpumesh.v1.ResultFile & gpumesh.v1.ResultFile.$Shape} ResultFile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ResultFile.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.gpumesh.v1.ResultFile();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.size = value;
                            else
                                delete message.size;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.sha256 = value;
                            else
                                delete message.sha256;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ResultFile;
        })();

        v1.ResultChunk = (function() {

            /**
             * Properties of a ResultChunk.
             * @typedef {Object} gpumesh.v1.ResultChunk.$Properties
             * @property {string|null} [name] ResultChunk name
             * @property {number|Long|null} [offset] ResultChunk offset
             * @property {Uint8Array|null} [data] ResultChunk data
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ResultChunk.
             * @memberof gpumesh.v1
             * @interface IResultChunk
             * @augments gpumesh.v1.ResultChunk.$Properties
             * @deprecated Use gpumesh.v1.ResultChunk.$Properties instead.
             */

            /**
             * Shape of a ResultChunk.
             * @typedef {gpumesh.v1.ResultChunk.$Properties} gpumesh.v1.ResultChunk.$Shape
             */

            /**
             * Constructs a new ResultChunk.
             * @memberof gpumesh.v1
             * @classdesc Represents a ResultChunk.
             * @constructor
             * @param {gpumesh.v1.ResultChunk.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ResultChunk = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ResultChunk name.
             * @member {string} name
             * @memberof gpumesh.v1.ResultChunk
             * @instance
             */
            ResultChunk.prototype.name = "";

            /**
             * ResultChunk offset.
             * @member {number|Long} offset
             * @memberof gpumesh.v1.ResultChunk
             * @instance
             */
            ResultChunk.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ResultChunk data.
             * @member {Uint8Array} data
             * @memberof gpumesh.v1.ResultChunk
             * @instance
             */
            ResultChunk.prototype.data = $util.newBuffer([]);

            /**
             * Creates a new ResultChunk instance using the specified properties.
             * @function create
             * @memberof gpumesh.v1.ResultChunk
             * @static
             * @param {gpumesh.v1.ResultChunk.$Properties=} [properties] Properties to set
             * @returns {gpumesh.v1.ResultChunk} ResultChunk instance
             * @type {{
             *   (properties: gpumesh.v1.ResultChunk.$Shape): gpumesh.v1.ResultChunk & gpumesh.v1.ResultChunk.$Shape;
             *   (properties?: gpumesh.v1.ResultChunk.$Properties): gpumesh.v1.ResultChunk;
             * }}
             */
            ResultChunk.create = function(properties) {
                return new ResultChunk(properties);
            };

            /**
             * Encodes the specified ResultChunk message. Does not implicitly {@link gpumesh.v1.ResultChunk.verify|verify} messages.
             * @function encode
             * @memberof gpumesh.v1.ResultChunk
             * @static
             * @param {gpumesh.v1.ResultChunk.$Properties} message ResultChunk message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ResultChunk.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && (typeof message.offset === "object" ? message.offset.low || message.offset.high : message.offset !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.offset);
                if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.data);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ResultChunk message from the specified reader or buffer.
             * @function decode
             * @memberof gpumesh.v1.ResultChunk
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {gpumesh.v1.ResultChunk & gpumesh.v1.ResultChunk.$Shape} ResultChunk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ResultChunk.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.gpumesh.v1.ResultChunk();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.offset = value;
                            else
                                delete message.offset;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.data = value;
                            else
                                delete message.data;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ResultChunk;
        })();

        v1.Heartbeat = (function() {

            /**
             * Properties of a Heartbeat.
             * @typedef {Object} gpumesh.v1.Heartbeat.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Heartbeat.
             * @memberof gpumesh.v1
             * @interface IHeartbeat
             * @augments gpumesh.v1.Heartbeat.$Properties
             * @deprecated Use gpumesh.v1.Heartbeat.$Properties instead.
             */

            /**
             * Shape of a Heartbeat.
             * @typedef {gpumesh.v1.Heartbeat.$Properties} gpumesh.v1.Heartbeat.$Shape
             */

            /**
             * Constructs a new Heartbeat.
             * @memberof gpumesh.v1
             * @classdesc Represents a Heartbeat.
             * @constructor
             * @param {gpumesh.v1.Heartbeat.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Heartbeat = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new Heartbeat instance using the specified properties.
             * @function create
             * @memberof gpumesh.v1.Heartbeat
             * @static
             * @param {gpumesh.v1.Heartbeat.$Properties=} [properties] Properties to set
             * @returns {gpumesh.v1.Heartbeat} Heartbeat instance
             * @type {{
             *   (properties: gpumesh.v1.Heartbeat.$Shape): gpumesh.v1.Heartbeat & gpumesh.v1.Heartbeat.$Shape;
             *   (properties?: gpumesh.v1.Heartbeat.$Properties): gpumesh.v1.Heartbeat;
             * }}
             */
            Heartbeat.create = function(properties) {
                return new Heartbeat(properties);
            };

            /**
             * Encodes the specified Heartbeat message. Does not implicitly {@link gpumesh.v1.Heartbeat.verify|verify} messages.
             * @function encode
             * @memberof gpumesh.v1.Heartbeat
             * @static
             * @param {gpumesh.v1.Heartbeat.$Properties} message Heartbeat message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Heartbeat.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Heartbeat message from the specified reader or buffer.
             * @function decode
             * @memberof gpumesh.v1.Heartbeat
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {gpumesh.v1.Heartbeat & gpumesh.v1.Heartbeat.$Shape} Heartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Heartbeat.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.gpumesh.v1.Heartbeat();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Heartbeat;
        })();

        v1.PrepareProgress = (function() {

            /**
             * Properties of a PrepareProgress.
             * @typedef {Object} gpumesh.v1.PrepareProgress.$Properties
             * @property {string|null} [name] PrepareProgress name
             * @property {number|Long|null} [bytesDone] PrepareProgress bytesDone
             * @property {number|Long|null} [bytesTotal] PrepareProgress bytesTotal
             * @property {boolean|null} [cached] PrepareProgress cached
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PrepareProgress.
             * @memberof gpumesh.v1
             * @interface IPrepareProgress
             * @augments gpumesh.v1.PrepareProgress.$Properties
             * @deprecated Use gpumesh.v1.PrepareProgress.$Properties instead.
             */

            /**
             * Shape of a PrepareProgress.
             * @typedef {gpumesh.v1.PrepareProgress.$Properties} gpumesh.v1.PrepareProgress.$Shape
             */

            /**
             * Constructs a new PrepareProgress.
             * @memberof gpumesh.v1
             * @classdesc Represents a PrepareProgress.
             * @constructor
             * @param {gpumesh.v1.PrepareProgress.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PrepareProgress = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PrepareProgress name.
             * @member {string} name
             * @memberof gpumesh.v1.PrepareProgress
             * @instance
             */
            PrepareProgress.prototype.name = "";

            /**
             * PrepareProgress bytesDone.
             * @member {number|Long} bytesDone
             * @memberof gpumesh.v1.PrepareProgress
             * @instance
             */
            PrepareProgress.prototype.bytesDone = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * PrepareProgress bytesTotal.
             * @member {number|Long} bytesTotal
             * @memberof gpumesh.v1.PrepareProgress
             * @instance
             */
            PrepareProgress.prototype.bytesTotal = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * PrepareProgress cached.
             * @member {boolean} cached
             * @memberof gpumesh.v1.PrepareProgress
             * @instance
             */
            PrepareProgress.prototype.cached = false;

            /**
             * Creates a new PrepareProgress instance using the specified properties.
             * @function create
             * @memberof gpumesh.v1.PrepareProgress
             * @static
             * @param {gpumesh.v1.PrepareProgress.$Properties=} [properties] Properties to set
             * @returns {gpumesh.v1.PrepareProgress} PrepareProgress instance
             * @type {{
             *   (properties: gpumesh.v1.PrepareProgress.$Shape): gpumesh.v1.PrepareProgress & gpumesh.v1.PrepareProgress.$Shape;
             *   (properties?: gpumesh.v1.PrepareProgress.$Properties): gpumesh.v1.PrepareProgress;
             * }}
             */
            PrepareProgress.create = function(properties) {
                return new PrepareProgress(properties);
            };

            /**
             * Encodes the specified PrepareProgress message. Does not implicitly {@link gpumesh.v1.PrepareProgress.verify|verify} messages.
             * @function encode
             * @memberof gpumesh.v1.PrepareProgress
             * @static
             * @param {gpumesh.v1.PrepareProgress.$Properties} message PrepareProgress message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PrepareProgress.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.bytesDone != null && $Object.hasOwnProperty.call(message, "bytesDone") && (typeof message.bytesDone === "object" ? message.bytesDone.low || message.bytesDone.high : message.bytesDone !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.bytesDone);
                if (message.bytesTotal != null && $Object.hasOwnProperty.call(message, "bytesTotal") && (typeof message.bytesTotal === "object" ? message.bytesTotal.low || message.bytesTotal.high : message.bytesTotal !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.bytesTotal);
                if (message.cached != null && $Object.hasOwnProperty.call(message, "cached") && message.cached !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.cached);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PrepareProgress message from the specified reader or buffer.
             * @function decode
             * @memberof gpumesh.v1.PrepareProgress
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {gpumesh.v1.PrepareProgress & gpumesh.v1.PrepareProgress.$Shape} PrepareProgress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PrepareProgress.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.gpumesh.v1.PrepareProgress();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.bytesDone = value;
                            else
                                delete message.bytesDone;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.bytesTotal = value;
                            else
                                delete message.bytesTotal;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.cached = value;
                            else
                                delete message.cached;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return PrepareProgress;
        })();

        v1.LeaseRenewed = (function() {

            /**
             * Properties of a LeaseRenewed.
             * @typedef {Object} gpumesh.v1.LeaseRenewed.$Properties
             * @property {number|null} [maxDurationS] LeaseRenewed maxDurationS
             * @property {number|Long|null} [endsAtMs] LeaseRenewed endsAtMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LeaseRenewed.
             * @memberof gpumesh.v1
             * @interface ILeaseRenewed
             * @augments gpumesh.v1.LeaseRenewed.$Properties
             * @deprecated Use gpumesh.v1.LeaseRenewed.$Properties instead.
             */

            /**
             * Shape of a LeaseRenewed.
             * @typedef {gpumesh.v1.LeaseRenewed.$Properties} gpumesh.v1.LeaseRenewed.$Shape
             */

            /**
             * Constructs a new LeaseRenewed.
             * @memberof gpumesh.v1
             * @classdesc Represents a LeaseRenewed.
             * @constructor
             * @param {gpumesh.v1.LeaseRenewed.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LeaseRenewed = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LeaseRenewed maxDurationS.
             * @member {number} maxDurationS
             * @memberof gpumesh.v1.LeaseRenewed
             * @instance
             */
            LeaseRenewed.prototype.maxDurationS = 0;

            /**
             * LeaseRenewed endsAtMs.
             * @member {number|Long} endsAtMs
             * @memberof gpumesh.v1.LeaseRenewed
             * @instance
             */
            LeaseRenewed.prototype.endsAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new LeaseRenewed instance using the specified properties.
             * @function create
             * @memberof gpumesh.v1.LeaseRenewed
             * @static
             * @param {gpumesh.v1.LeaseRenewed.$Properties=} [properties] Properties to set
             * @returns {gpumesh.v1.LeaseRenewed} LeaseRenewed instance
             * @type {{
             *   (properties: gpumesh.v1.LeaseRenewed.$Shape): gpumesh.v1.LeaseRenewed & gpumesh.v1.LeaseRenewed.$Shape;
             *   (properties?: gpumesh.v1.LeaseRenewed.$Properties): gpumesh.v1.LeaseRenewed;
             * }}
             */
            LeaseRenewed.create = function(properties) {
                return new LeaseRenewed(properties);
            };

            /**
             * Encodes the specified LeaseRenewed message. Does not implicitly {@link gpumesh.v1.LeaseRenewed.verify|verify} messages.
             * @function encode
             * @memberof gpumesh.v1.LeaseRenewed
             * @static
             * @param {gpumesh.v1.LeaseRenewed.$Properties} message LeaseRenewed message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LeaseRenewed.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.maxDurationS != null && $Object.hasOwnProperty.call(message, "maxDurationS") && message.maxDurationS !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.maxDurationS);
                if (message.endsAtMs != null && $Object.hasOwnProperty.call(message, "endsAtMs") && (typeof message.endsAtMs === "object" ? message.endsAtMs.low || message.endsAtMs.high : message.endsAtMs !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.endsAtMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a LeaseRenewed message from the specified reader or buffer.
             * @function decode
             * @memberof gpumesh.v1.LeaseRenewed
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {gpumesh.v1.LeaseRenewed & gpumesh.v1.LeaseRenewed.$Shape} LeaseRenewed
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LeaseRenewed.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.gpumesh.v1.LeaseRenewed();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxDurationS = value;
                            else
                                delete message.maxDurationS;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.endsAtMs = value;
                            else
                                delete message.endsAtMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return LeaseRenewed;
        })();

        v1.JobEvent = (function() {

            /**
             * Properties of a JobEvent.
             * @typedef {Object} gpumesh.v1.JobEvent.$Properties
             * @property {string|null} [jobId] JobEvent jobId
             * @property {number|Long|null} [seq] JobEvent seq
             * @property {number|Long|null} [atMs] JobEvent atMs
             * @property {gpumesh.v1.StateChange.$Properties|null} [state] JobEvent state
             * @property {gpumesh.v1.LogLine.$Properties|null} [log] JobEvent log
             * @property {gpumesh.v1.Usage.$Properties|null} [usage] JobEvent usage
             * @property {gpumesh.v1.ResultFile.$Properties|null} [result] JobEvent result
             * @property {gpumesh.v1.ResultChunk.$Properties|null} [chunk] JobEvent chunk
             * @property {gpumesh.v1.Heartbeat.$Properties|null} [heartbeat] JobEvent heartbeat
             * @property {gpumesh.v1.SignedEnvelope.$Properties|null} [receipt] JobEvent receipt
             * @property {gpumesh.v1.PrepareProgress.$Properties|null} [preparing] JobEvent preparing
             * @property {gpumesh.v1.LeaseRenewed.$Properties|null} [renewed] JobEvent renewed
             * @property {"state"|"log"|"usage"|"result"|"chunk"|"heartbeat"|"receipt"|"preparing"|"renewed"} [kind] JobEvent kind
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a JobEvent.
             * @memberof gpumesh.v1
             * @interface IJobEvent
             * @augments gpumesh.v1.JobEvent.$Properties
             * @deprecated Use gpumesh.v1.JobEvent.$Properties instead.
             */

            /**
             * Narrowed shape of a JobEvent.
             * @typedef {{
             *   jobId?: string|null;
             *   seq?: number|Long|null;
             *   atMs?: number|Long|null;
             *   state?: gpumesh.v1.StateChange.$Shape|null;
             *   log?: gpumesh.v1.LogLine.$Shape|null;
             *   usage?: gpumesh.v1.Usage.$Shape|null;
             *   result?: gpumesh.v1.ResultFile.$Shape|null;
             *   chunk?: gpumesh.v1.ResultChunk.$Shape|null;
             *   heartbeat?: gpumesh.v1.Heartbeat.$Shape|null;
             *   receipt?: gpumesh.v1.SignedEnvelope.$Shape|null;
             *   preparing?: gpumesh.v1.PrepareProgress.$Shape|null;
             *   renewed?: gpumesh.v1.LeaseRenewed.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ kind?: undefined; state?: null; log?: null; usage?: null; result?: null; chunk?: null; heartbeat?: null; receipt?: null; preparing?: null; renewed?: null }|{ kind?: "state"; state: gpumesh.v1.StateChange.$Shape; log?: null; usage?: null; result?: null; chunk?: null; heartbeat?: null; receipt?: null; preparing?: null; renewed?: null }|{ kind?: "log"; state?: null; log: gpumesh.v1.LogLine.$Shape; usage?: null; result?: null; chunk?: null; heartbeat?: null; receipt?: null; preparing?: null; renewed?: null }|{ kind?: "usage"; state?: null; log?: null; usage: gpumesh.v1.Usage.$Shape; result?: null; chunk?: null; heartbeat?: null; receipt?: null; preparing?: null; renewed?: null }|{ kind?: "result"; state?: null; log?: null; usage?: null; result: gpumesh.v1.ResultFile.$Shape; chunk?: null; heartbeat?: null; receipt?: null; preparing?: null; renewed?: null }|{ kind?: "chunk"; state?: null; log?: null; usage?: null; result?: null; chunk: gpumesh.v1.ResultChunk.$Shape; heartbeat?: null; receipt?: null; preparing?: null; renewed?: null }|{ kind?: "heartbeat"; state?: null; log?: null; usage?: null; result?: null; chunk?: null; heartbeat: gpumesh.v1.Heartbeat.$Shape; receipt?: null; preparing?: null; renewed?: null }|{ kind?: "receipt"; state?: null; log?: null; usage?: null; result?: null; chunk?: null; heartbeat?: null; receipt: gpumesh.v1.SignedEnvelope.$Shape; preparing?: null; renewed?: null }|{ kind?: "preparing"; state?: null; log?: null; usage?: null; result?: null; chunk?: null; heartbeat?: null; receipt?: null; preparing: gpumesh.v1.PrepareProgress.$Shape; renewed?: null }|{ kind?: "renewed"; state?: null; log?: null; usage?: null; result?: null; chunk?: null; heartbeat?: null; receipt?: null; preparing?: null; renewed: gpumesh.v1.LeaseRenewed.$Shape })
             * )} gpumesh.v1.JobEvent.$Shape
             */

            /**
             * Constructs a new JobEvent.
             * @memberof gpumesh.v1
             * @classdesc Represents a JobEvent.
             * @constructor
             * @param {gpumesh.v1.JobEvent.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const JobEvent = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * JobEvent jobId.
             * @member {string} jobId
             * @memberof gpumesh.v1.JobEvent
             * @instance
             */
            JobEvent.prototype.jobId = "";

            /**
             * JobEvent seq.
             * @member {number|Long} seq
             * @memberof gpumesh.v1.JobEvent
             * @instance
             */
            JobEvent.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * JobEvent atMs.
             * @member {number|Long} atMs
             * @memberof gpumesh.v1.JobEvent
             * @instance
             */
            JobEvent.prototype.atMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * JobEvent state.
             * @member {gpumesh.v1.StateChange.$Properties|null|undefined} state
             * @memberof gpumesh.v1.JobEvent
             * @instance
             */
            JobEvent.prototype.state = null;

            /**
             * JobEvent log.
             * @member {gpumesh.v1.LogLine.$Properties|null|undefined} log
             * @memberof gpumesh.v1.JobEvent
             * @instance
             */
            JobEvent.prototype.log = null;

            /**
             * JobEvent usage.
             * @member {gpumesh.v1.Usage.$Properties|null|undefined} usage
             * @memberof gpumesh.v1.JobEvent
             * @instance
             */
            JobEvent.prototype.usage = null;

            /**
             * JobEvent result.
             * @member {gpumesh.v1.ResultFile.$Properties|null|undefined} result
             * @memberof gpumesh.v1.JobEvent
             * @instance
             */
            JobEvent.prototype.result = null;

            /**
             * JobEvent chunk.
             * @member {gpumesh.v1.ResultChunk.$Properties|null|undefined} chunk
             * @memberof gpumesh.v1.JobEvent
             * @instance
             */
            JobEvent.prototype.chunk = null;

            /**
             * JobEvent heartbeat.
             * @member {gpumesh.v1.Heartbeat.$Properties|null|undefined} heartbeat
             * @memberof gpumesh.v1.JobEvent
             * @instance
             */
            JobEvent.prototype.heartbeat = null;

            /**
             * JobEvent receipt.
             * @member {gpumesh.v1.SignedEnvelope.$Properties|null|undefined} receipt
             * @memberof gpumesh.v1.JobEvent
             * @instance
             */
            JobEvent.prototype.receipt = null;

            /**
             * JobEvent preparing.
             * @member {gpumesh.v1.PrepareProgress.$Properties|null|undefined} preparing
             * @memberof gpumesh.v1.JobEvent
             * @instance
             */
            JobEvent.prototype.preparing = null;

            /**
             * JobEvent renewed.
             * @member {gpumesh.v1.LeaseRenewed.$Properties|null|undefined} renewed
             * @memberof gpumesh.v1.JobEvent
             * @instance
             */
            JobEvent.prototype.renewed = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * JobEvent kind.
             * @member {"state"|"log"|"usage"|"result"|"chunk"|"heartbeat"|"receipt"|"preparing"|"renewed"|undefined} kind
             * @memberof gpumesh.v1.JobEvent
             * @instance
             */
            $Object.defineProperty(JobEvent.prototype, "kind", {
                get: $util.oneOfGetter($oneOfFields = ["state", "log", "usage", "result", "chunk", "heartbeat", "receipt", "preparing", "renewed"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new JobEvent instance using the specified properties.
             * @function create
             * @memberof gpumesh.v1.JobEvent
             * @static
             * @param {gpumesh.v1.JobEvent.$Properties=} [properties] Properties to set
             * @returns {gpumesh.v1.JobEvent} JobEvent instance
             * @type {{
             *   (properties: gpumesh.v1.JobEvent.$Shape): gpumesh.v1.JobEvent & gpumesh.v1.JobEvent.$Shape;
             *   (properties?: gpumesh.v1.JobEvent.$Properties): gpumesh.v1.JobEvent;
             * }}
             */
            JobEvent.create = function(properties) {
                return new JobEvent(properties);
            };

            /**
             * Encodes the specified JobEvent message. Does not implicitly {@link gpumesh.v1.JobEvent.verify|verify} messages.
             * @function encode
             * @memberof gpumesh.v1.JobEvent
             * @static
             * @param {gpumesh.v1.JobEvent.$Properties} message JobEvent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            JobEvent.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && message.jobId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.jobId);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.seq);
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs") && (typeof message.atMs === "object" ? message.atMs.low || message.atMs.high : message.atMs !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.atMs);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    $root.gpumesh.v1.StateChange.encode(message.state, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.log != null && $Object.hasOwnProperty.call(message, "log"))
                    $root.gpumesh.v1.LogLine.encode(message.log, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.usage != null && $Object.hasOwnProperty.call(message, "usage"))
                    $root.gpumesh.v1.Usage.encode(message.usage, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.result != null && $Object.hasOwnProperty.call(message, "result"))
                    $root.gpumesh.v1.ResultFile.encode(message.result, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.chunk != null && $Object.hasOwnProperty.call(message, "chunk"))
                    $root.gpumesh.v1.ResultChunk.encode(message.chunk, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.heartbeat != null && $Object.hasOwnProperty.call(message, "heartbeat"))
                    $root.gpumesh.v1.Heartbeat.encode(message.heartbeat, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.receipt != null && $Object.hasOwnProperty.call(message, "receipt"))
                    $root.gpumesh.v1.SignedEnvelope.encode(message.receipt, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.preparing != null && $Object.hasOwnProperty.call(message, "preparing"))
                    $root.gpumesh.v1.PrepareProgress.encode(message.preparing, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.renewed != null && $Object.hasOwnProperty.call(message, "renewed"))
                    $root.gpumesh.v1.LeaseRenewed.encode(message.renewed, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a JobEvent message from the specified reader or buffer.
             * @function decode
             * @memberof gpumesh.v1.JobEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {gpumesh.v1.JobEvent & gpumesh.v1.JobEvent.$Shape} JobEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            JobEvent.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.gpumesh.v1.JobEvent();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.jobId = value;
                            else
                                delete message.jobId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.atMs = value;
                            else
                                delete message.atMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.state = $root.gpumesh.v1.StateChange.decode(reader, reader.size(), $undefined, _depth + 1, message.state);
                            message.kind = "state";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.log = $root.gpumesh.v1.LogLine.decode(reader, reader.size(), $undefined, _depth + 1, message.log);
                            message.kind = "log";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.usage = $root.gpumesh.v1.Usage.decode(reader, reader.size(), $undefined, _depth + 1, message.usage);
                            message.kind = "usage";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.result = $root.gpumesh.v1.ResultFile.decode(reader, reader.size(), $undefined, _depth + 1, message.result);
                            message.kind = "result";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.chunk = $root.gpumesh.v1.ResultChunk.decode(reader, reader.size(), $undefined, _depth + 1, message.chunk);
                            message.kind = "chunk";
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.heartbeat = $root.gpumesh.v1.Heartbeat.decode(reader, reader.size(), $undefined, _depth + 1, message.heartbeat);
                            message.kind = "heartbeat";
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.receipt = $root.gpumesh.v1.SignedEnvelope.decode(reader, reader.size(), $undefined, _depth + 1, message.receipt);
                            message.kind = "receipt";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.preparing = $root.gpumesh.v1.PrepareProgress.decode(reader, reader.size(), $undefined, _depth + 1, message.preparing);
                            message.kind = "preparing";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.renewed = $root.gpumesh.v1.LeaseRenewed.decode(reader, reader.size(), $undefined, _depth + 1, message.renewed);
                            message.kind = "renewed";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return JobEvent;
        })();

        /**
         * JobRefusalCode enum.
         * @name gpumesh.v1.JobRefusalCode
         * @enum {number}
         * @property {number} JOB_REFUSAL_CODE_UNSPECIFIED=0 JOB_REFUSAL_CODE_UNSPECIFIED value
         * @property {number} JOB_REFUSAL_CODE_INVALID_REQUEST=1 JOB_REFUSAL_CODE_INVALID_REQUEST value
         * @property {number} JOB_REFUSAL_CODE_UNKNOWN_LEASE=2 JOB_REFUSAL_CODE_UNKNOWN_LEASE value
         * @property {number} JOB_REFUSAL_CODE_UNKNOWN_JOB=3 JOB_REFUSAL_CODE_UNKNOWN_JOB value
         * @property {number} JOB_REFUSAL_CODE_NOT_OWNER=4 JOB_REFUSAL_CODE_NOT_OWNER value
         * @property {number} JOB_REFUSAL_CODE_INVALID_SPEC=5 JOB_REFUSAL_CODE_INVALID_SPEC value
         * @property {number} JOB_REFUSAL_CODE_LEASE_USED=6 JOB_REFUSAL_CODE_LEASE_USED value
         * @property {number} JOB_REFUSAL_CODE_LEASE_EXPIRED=7 JOB_REFUSAL_CODE_LEASE_EXPIRED value
         * @property {number} JOB_REFUSAL_CODE_RUNTIME_UNAVAILABLE=8 JOB_REFUSAL_CODE_RUNTIME_UNAVAILABLE value
         * @property {number} JOB_REFUSAL_CODE_POLICY=9 JOB_REFUSAL_CODE_POLICY value
         * @property {number} JOB_REFUSAL_CODE_BAD_SIGNATURE=10 JOB_REFUSAL_CODE_BAD_SIGNATURE value
         * @property {number} JOB_REFUSAL_CODE_LEASE_REJECTED=11 JOB_REFUSAL_CODE_LEASE_REJECTED value
         * @property {number} JOB_REFUSAL_CODE_RENEWAL_REFUSED=14 JOB_REFUSAL_CODE_RENEWAL_REFUSED value
         */
        v1.JobRefusalCode = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "JOB_REFUSAL_CODE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "JOB_REFUSAL_CODE_INVALID_REQUEST"] = 1;
            values[valuesById[2] = "JOB_REFUSAL_CODE_UNKNOWN_LEASE"] = 2;
            values[valuesById[3] = "JOB_REFUSAL_CODE_UNKNOWN_JOB"] = 3;
            values[valuesById[4] = "JOB_REFUSAL_CODE_NOT_OWNER"] = 4;
            values[valuesById[5] = "JOB_REFUSAL_CODE_INVALID_SPEC"] = 5;
            values[valuesById[6] = "JOB_REFUSAL_CODE_LEASE_USED"] = 6;
            values[valuesById[7] = "JOB_REFUSAL_CODE_LEASE_EXPIRED"] = 7;
            values[valuesById[8] = "JOB_REFUSAL_CODE_RUNTIME_UNAVAILABLE"] = 8;
            values[valuesById[9] = "JOB_REFUSAL_CODE_POLICY"] = 9;
            values[valuesById[10] = "JOB_REFUSAL_CODE_BAD_SIGNATURE"] = 10;
            values[valuesById[11] = "JOB_REFUSAL_CODE_LEASE_REJECTED"] = 11;
            values[valuesById[14] = "JOB_REFUSAL_CODE_RENEWAL_REFUSED"] = 14;
            return values;
        })();

        v1.JobRefusal = (function() {

            /**
             * Properties of a JobRefusal.
             * @typedef {Object} gpumesh.v1.JobRefusal.$Properties
             * @property {gpumesh.v1.JobRefusalCode|null} [code] JobRefusal code
             * @property {string|null} [detail] JobRefusal detail
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a JobRefusal.
             * @memberof gpumesh.v1
             * @interface IJobRefusal
             * @augments gpumesh.v1.JobRefusal.$Properties
             * @deprecated Use gpumesh.v1.JobRefusal.$Properties instead.
             */

            /**
             * Shape of a JobRefusal.
             * @typedef {gpumesh.v1.JobRefusal.$Properties} gpumesh.v1.JobRefusal.$Shape
             */

            /**
             * Constructs a new JobRefusal.
             * @memberof gpumesh.v1
             * @classdesc Represents a JobRefusal.
             * @constructor
             * @param {gpumesh.v1.JobRefusal.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const JobRefusal = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * JobRefusal code.
             * @member {gpumesh.v1.JobRefusalCode} code
             * @memberof gpumesh.v1.JobRefusal
             * @instance
             */
            JobRefusal.prototype.code = 0;

            /**
             * JobRefusal detail.
             * @member {string} detail
             * @memberof gpumesh.v1.JobRefusal
             * @instance
             */
            JobRefusal.prototype.detail = "";

            /**
             * Creates a new JobRefusal instance using the specified properties.
             * @function create
             * @memberof gpumesh.v1.JobRefusal
             * @static
             * @param {gpumesh.v1.JobRefusal.$Properties=} [properties] Properties to set
             * @returns {gpumesh.v1.JobRefusal} JobRefusal instance
             * @type {{
             *   (properties: gpumesh.v1.JobRefusal.$Shape): gpumesh.v1.JobRefusal & gpumesh.v1.JobRefusal.$Shape;
             *   (properties?: gpumesh.v1.JobRefusal.$Properties): gpumesh.v1.JobRefusal;
             * }}
             */
            JobRefusal.create = function(properties) {
                return new JobRefusal(properties);
            };

            /**
             * Encodes the specified JobRefusal message. Does not implicitly {@link gpumesh.v1.JobRefusal.verify|verify} messages.
             * @function encode
             * @memberof gpumesh.v1.JobRefusal
             * @static
             * @param {gpumesh.v1.JobRefusal.$Properties} message JobRefusal message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            JobRefusal.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.code);
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail") && message.detail !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.detail);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a JobRefusal message from the specified reader or buffer.
             * @function decode
             * @memberof gpumesh.v1.JobRefusal
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {gpumesh.v1.JobRefusal & gpumesh.v1.JobRefusal.$Shape} JobRefusal
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            JobRefusal.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.gpumesh.v1.JobRefusal();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.detail = value;
                            else
                                delete message.detail;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return JobRefusal;
        })();

        v1.JobResponse = (function() {

            /**
             * Properties of a JobResponse.
             * @typedef {Object} gpumesh.v1.JobResponse.$Properties
             * @property {gpumesh.v1.JobEvent.$Properties|null} [event] JobResponse event
             * @property {gpumesh.v1.JobRefusal.$Properties|null} [refusal] JobResponse refusal
             * @property {gpumesh.v1.SignedEnvelope.$Properties|null} [lease] JobResponse lease
             * @property {"event"|"refusal"|"lease"} [response] JobResponse response
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a JobResponse.
             * @memberof gpumesh.v1
             * @interface IJobResponse
             * @augments gpumesh.v1.JobResponse.$Properties
             * @deprecated Use gpumesh.v1.JobResponse.$Properties instead.
             */

            /**
             * Narrowed shape of a JobResponse.
             * @typedef {{
             *   event?: gpumesh.v1.JobEvent.$Shape|null;
             *   refusal?: gpumesh.v1.JobRefusal.$Shape|null;
             *   lease?: gpumesh.v1.SignedEnvelope.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ response?: undefined; event?: null; refusal?: null; lease?: null }|{ response?: "event"; event: gpumesh.v1.JobEvent.$Shape; refusal?: null; lease?: null }|{ response?: "refusal"; event?: null; refusal: gpumesh.v1.JobRefusal.$Shape; lease?: null }|{ response?: "lease"; event?: null; refusal?: null; lease: gpumesh.v1.SignedEnvelope.$Shape })
             * )} gpumesh.v1.JobResponse.$Shape
             */

            /**
             * Constructs a new JobResponse.
             * @memberof gpumesh.v1
             * @classdesc Represents a JobResponse.
             * @constructor
             * @param {gpumesh.v1.JobResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const JobResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * JobResponse event.
             * @member {gpumesh.v1.JobEvent.$Properties|null|undefined} event
             * @memberof gpumesh.v1.JobResponse
             * @instance
             */
            JobResponse.prototype.event = null;

            /**
             * JobResponse refusal.
             * @member {gpumesh.v1.JobRefusal.$Properties|null|undefined} refusal
             * @memberof gpumesh.v1.JobResponse
             * @instance
             */
            JobResponse.prototype.refusal = null;

            /**
             * JobResponse lease.
             * @member {gpumesh.v1.SignedEnvelope.$Properties|null|undefined} lease
             * @memberof gpumesh.v1.JobResponse
             * @instance
             */
            JobResponse.prototype.lease = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * JobResponse response.
             * @member {"event"|"refusal"|"lease"|undefined} response
             * @memberof gpumesh.v1.JobResponse
             * @instance
             */
            $Object.defineProperty(JobResponse.prototype, "response", {
                get: $util.oneOfGetter($oneOfFields = ["event", "refusal", "lease"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new JobResponse instance using the specified properties.
             * @function create
             * @memberof gpumesh.v1.JobResponse
             * @static
             * @param {gpumesh.v1.JobResponse.$Properties=} [properties] Properties to set
             * @returns {gpumesh.v1.JobResponse} JobResponse instance
             * @type {{
             *   (properties: gpumesh.v1.JobResponse.$Shape): gpumesh.v1.JobResponse & gpumesh.v1.JobResponse.$Shape;
             *   (properties?: gpumesh.v1.JobResponse.$Properties): gpumesh.v1.JobResponse;
             * }}
             */
            JobResponse.create = function(properties) {
                return new JobResponse(properties);
            };

            /**
             * Encodes the specified JobResponse message. Does not implicitly {@link gpumesh.v1.JobResponse.verify|verify} messages.
             * @function encode
             * @memberof gpumesh.v1.JobResponse
             * @static
             * @param {gpumesh.v1.JobResponse.$Properties} message JobResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            JobResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.event != null && $Object.hasOwnProperty.call(message, "event"))
                    $root.gpumesh.v1.JobEvent.encode(message.event, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.refusal != null && $Object.hasOwnProperty.call(message, "refusal"))
                    $root.gpumesh.v1.JobRefusal.encode(message.refusal, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.lease != null && $Object.hasOwnProperty.call(message, "lease"))
                    $root.gpumesh.v1.SignedEnvelope.encode(message.lease, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a JobResponse message from the specified reader or buffer.
             * @function decode
             * @memberof gpumesh.v1.JobResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {gpumesh.v1.JobResponse & gpumesh.v1.JobResponse.$Shape} JobResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            JobResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.gpumesh.v1.JobResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.event = $root.gpumesh.v1.JobEvent.decode(reader, reader.size(), $undefined, _depth + 1, message.event);
                            message.response = "event";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.refusal = $root.gpumesh.v1.JobRefusal.decode(reader, reader.size(), $undefined, _depth + 1, message.refusal);
                            message.response = "refusal";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.lease = $root.gpumesh.v1.SignedEnvelope.decode(reader, reader.size(), $undefined, _depth + 1, message.lease);
                            message.response = "lease";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return JobResponse;
        })();

        v1.ResultDigest = (function() {

            /**
             * Properties of a ResultDigest.
             * @typedef {Object} gpumesh.v1.ResultDigest.$Properties
             * @property {string|null} [name] ResultDigest name
             * @property {number|Long|null} [size] ResultDigest size
             * @property {Uint8Array|null} [sha256] ResultDigest sha256
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ResultDigest.
             * @memberof gpumesh.v1
             * @interface IResultDigest
             * @augments gpumesh.v1.ResultDigest.$Properties
             * @deprecated Use gpumesh.v1.ResultDigest.$Properties instead.
             */

            /**
             * Shape of a ResultDigest.
             * @typedef {gpumesh.v1.ResultDigest.$Properties} gpumesh.v1.ResultDigest.$Shape
             */

            /**
             * Constructs a new ResultDigest.
             * @memberof gpumesh.v1
             * @classdesc Represents a ResultDigest.
             * @constructor
             * @param {gpumesh.v1.ResultDigest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ResultDigest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ResultDigest name.
             * @member {string} name
             * @memberof gpumesh.v1.ResultDigest
             * @instance
             */
            ResultDigest.prototype.name = "";

            /**
             * ResultDigest size.
             * @member {number|Long} size
             * @memberof gpumesh.v1.ResultDigest
             * @instance
             */
            ResultDigest.prototype.size = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ResultDigest sha256.
             * @member {Uint8Array} sha256
             * @memberof gpumesh.v1.ResultDigest
             * @instance
             */
            ResultDigest.prototype.sha256 = $util.newBuffer([]);

            /**
             * Creates a new ResultDigest instance using the specified properties.
             * @function create
             * @memberof gpumesh.v1.ResultDigest
             * @static
             * @param {gpumesh.v1.ResultDigest.$Properties=} [properties] Properties to set
             * @returns {gpumesh.v1.ResultDigest} ResultDigest instance
             * @type {{
             *   (properties: gpumesh.v1.ResultDigest.$Shape): gpumesh.v1.ResultDigest & gpumesh.v1.ResultDigest.$Shape;
             *   (properties?: gpumesh.v1.ResultDigest.$Properties): gpumesh.v1.ResultDigest;
             * }}
             */
            ResultDigest.create = function(properties) {
                return new ResultDigest(properties);
            };

            /**
             * Encodes the specified ResultDigest message. Does not implicitly {@link gpumesh.v1.ResultDigest.verify|verify} messages.
             * @function encode
             * @memberof gpumesh.v1.ResultDigest
             * @static
             * @param {gpumesh.v1.ResultDigest.$Properties} message ResultDigest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ResultDigest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.size != null && $Object.hasOwnProperty.call(message, "size") && (typeof message.size === "object" ? message.size.low || message.size.high : message.size !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.size);
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256") && message.sha256.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.sha256);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ResultDigest message from the specified reader or buffer.
             * @function decode
             * @memberof gpumesh.v1.ResultDigest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {gpumesh.v1.ResultDigest & gpumesh.v1.ResultDigest.$Shape} ResultDigest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ResultDigest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.gpumesh.v1.ResultDigest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.size = value;
                            else
                                delete message.size;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.sha256 = value;
                            else
                                delete message.sha256;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ResultDigest;
        })();

        v1.Receipt = (function() {

            /**
             * Properties of a Receipt.
             * @typedef {Object} gpumesh.v1.Receipt.$Properties
             * @property {string|null} [receiptId] Receipt receiptId
             * @property {string|null} [leaseId] Receipt leaseId
             * @property {string|null} [jobId] Receipt jobId
             * @property {string|null} [provider] Receipt provider
             * @property {string|null} [client] Receipt client
             * @property {number|Long|null} [wallMs] Receipt wallMs
             * @property {number|Long|null} [gpuMs] Receipt gpuMs
             * @property {number|Long|null} [pricePerGpuHour] Receipt pricePerGpuHour
             * @property {number|Long|null} [cost] Receipt cost
             * @property {Array.<gpumesh.v1.ResultDigest.$Properties>|null} [results] Receipt results
             * @property {number|null} [exitCode] Receipt exitCode
             * @property {gpumesh.v1.JobState|null} [finalState] Receipt finalState
             * @property {string|null} [reason] Receipt reason
             * @property {number|Long|null} [endedAtMs] Receipt endedAtMs
             * @property {gpumesh.v1.SessionUsage.$Properties|null} [sessions] Receipt sessions
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Receipt.
             * @memberof gpumesh.v1
             * @interface IReceipt
             * @augments gpumesh.v1.Receipt.$Properties
             * @deprecated Use gpumesh.v1.Receipt.$Properties instead.
             */

            /**
             * Shape of a Receipt.
             * @typedef {gpumesh.v1.Receipt.$Properties} gpumesh.v1.Receipt.$Shape
             */

            /**
             * Constructs a new Receipt.
             * @memberof gpumesh.v1
             * @classdesc Represents a Receipt.
             * @constructor
             * @param {gpumesh.v1.Receipt.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Receipt = function (properties) {
                this.results = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Receipt receiptId.
             * @member {string} receiptId
             * @memberof gpumesh.v1.Receipt
             * @instance
             */
            Receipt.prototype.receiptId = "";

            /**
             * Receipt leaseId.
             * @member {string} leaseId
             * @memberof gpumesh.v1.Receipt
             * @instance
             */
            Receipt.prototype.leaseId = "";

            /**
             * Receipt jobId.
             * @member {string} jobId
             * @memberof gpumesh.v1.Receipt
             * @instance
             */
            Receipt.prototype.jobId = "";

            /**
             * Receipt provider.
             * @member {string} provider
             * @memberof gpumesh.v1.Receipt
             * @instance
             */
            Receipt.prototype.provider = "";

            /**
             * Receipt client.
             * @member {string} client
             * @memberof gpumesh.v1.Receipt
             * @instance
             */
            Receipt.prototype.client = "";

            /**
             * Receipt wallMs.
             * @member {number|Long} wallMs
             * @memberof gpumesh.v1.Receipt
             * @instance
             */
            Receipt.prototype.wallMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Receipt gpuMs.
             * @member {number|Long} gpuMs
             * @memberof gpumesh.v1.Receipt
             * @instance
             */
            Receipt.prototype.gpuMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Receipt pricePerGpuHour.
             * @member {number|Long} pricePerGpuHour
             * @memberof gpumesh.v1.Receipt
             * @instance
             */
            Receipt.prototype.pricePerGpuHour = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Receipt cost.
             * @member {number|Long} cost
             * @memberof gpumesh.v1.Receipt
             * @instance
             */
            Receipt.prototype.cost = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Receipt results.
             * @member {Array.<gpumesh.v1.ResultDigest.$Properties>} results
             * @memberof gpumesh.v1.Receipt
             * @instance
             */
            Receipt.prototype.results = $util.emptyArray;

            /**
             * Receipt exitCode.
             * @member {number} exitCode
             * @memberof gpumesh.v1.Receipt
             * @instance
             */
            Receipt.prototype.exitCode = 0;

            /**
             * Receipt finalState.
             * @member {gpumesh.v1.JobState} finalState
             * @memberof gpumesh.v1.Receipt
             * @instance
             */
            Receipt.prototype.finalState = 0;

            /**
             * Receipt reason.
             * @member {string} reason
             * @memberof gpumesh.v1.Receipt
             * @instance
             */
            Receipt.prototype.reason = "";

            /**
             * Receipt endedAtMs.
             * @member {number|Long} endedAtMs
             * @memberof gpumesh.v1.Receipt
             * @instance
             */
            Receipt.prototype.endedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Receipt sessions.
             * @member {gpumesh.v1.SessionUsage.$Properties|null|undefined} sessions
             * @memberof gpumesh.v1.Receipt
             * @instance
             */
            Receipt.prototype.sessions = null;

            /**
             * Creates a new Receipt instance using the specified properties.
             * @function create
             * @memberof gpumesh.v1.Receipt
             * @static
             * @param {gpumesh.v1.Receipt.$Properties=} [properties] Properties to set
             * @returns {gpumesh.v1.Receipt} Receipt instance
             * @type {{
             *   (properties: gpumesh.v1.Receipt.$Shape): gpumesh.v1.Receipt & gpumesh.v1.Receipt.$Shape;
             *   (properties?: gpumesh.v1.Receipt.$Properties): gpumesh.v1.Receipt;
             * }}
             */
            Receipt.create = function(properties) {
                return new Receipt(properties);
            };

            /**
             * Encodes the specified Receipt message. Does not implicitly {@link gpumesh.v1.Receipt.verify|verify} messages.
             * @function encode
             * @memberof gpumesh.v1.Receipt
             * @static
             * @param {gpumesh.v1.Receipt.$Properties} message Receipt message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Receipt.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.receiptId != null && $Object.hasOwnProperty.call(message, "receiptId") && message.receiptId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.receiptId);
                if (message.leaseId != null && $Object.hasOwnProperty.call(message, "leaseId") && message.leaseId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.leaseId);
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && message.jobId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.jobId);
                if (message.provider != null && $Object.hasOwnProperty.call(message, "provider") && message.provider !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.provider);
                if (message.client != null && $Object.hasOwnProperty.call(message, "client") && message.client !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.client);
                if (message.wallMs != null && $Object.hasOwnProperty.call(message, "wallMs") && (typeof message.wallMs === "object" ? message.wallMs.low || message.wallMs.high : message.wallMs !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.wallMs);
                if (message.gpuMs != null && $Object.hasOwnProperty.call(message, "gpuMs") && (typeof message.gpuMs === "object" ? message.gpuMs.low || message.gpuMs.high : message.gpuMs !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.gpuMs);
                if (message.pricePerGpuHour != null && $Object.hasOwnProperty.call(message, "pricePerGpuHour") && (typeof message.pricePerGpuHour === "object" ? message.pricePerGpuHour.low || message.pricePerGpuHour.high : message.pricePerGpuHour !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.pricePerGpuHour);
                if (message.cost != null && $Object.hasOwnProperty.call(message, "cost") && (typeof message.cost === "object" ? message.cost.low || message.cost.high : message.cost !== 0))
                    writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.cost);
                if (message.results != null && message.results.length)
                    for (let i = 0; i < message.results.length; ++i)
                        $root.gpumesh.v1.ResultDigest.encode(message.results[i], writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.exitCode != null && $Object.hasOwnProperty.call(message, "exitCode") && message.exitCode !== 0)
                    writer.uint32(/* id 11, wireType 0 =*/88).sint32(message.exitCode);
                if (message.finalState != null && $Object.hasOwnProperty.call(message, "finalState") && message.finalState !== 0)
                    writer.uint32(/* id 12, wireType 0 =*/96).int32(message.finalState);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 13, wireType 2 =*/106).string(message.reason);
                if (message.endedAtMs != null && $Object.hasOwnProperty.call(message, "endedAtMs") && (typeof message.endedAtMs === "object" ? message.endedAtMs.low || message.endedAtMs.high : message.endedAtMs !== 0))
                    writer.uint32(/* id 14, wireType 0 =*/112).uint64(message.endedAtMs);
                if (message.sessions != null && $Object.hasOwnProperty.call(message, "sessions"))
                    $root.gpumesh.v1.SessionUsage.encode(message.sessions, writer.uint32(/* id 19, wireType 2 =*/154).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Receipt message from the specified reader or buffer.
             * @function decode
             * @memberof gpumesh.v1.Receipt
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {gpumesh.v1.Receipt & gpumesh.v1.Receipt.$Shape} Receipt
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Receipt.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.gpumesh.v1.Receipt();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.receiptId = value;
                            else
                                delete message.receiptId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.leaseId = value;
                            else
                                delete message.leaseId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.jobId = value;
                            else
                                delete message.jobId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.provider = value;
                            else
                                delete message.provider;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.client = value;
                            else
                                delete message.client;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.wallMs = value;
                            else
                                delete message.wallMs;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.gpuMs = value;
                            else
                                delete message.gpuMs;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.pricePerGpuHour = value;
                            else
                                delete message.pricePerGpuHour;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.cost = value;
                            else
                                delete message.cost;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if (!(message.results && message.results.length))
                                message.results = [];
                            message.results.push($root.gpumesh.v1.ResultDigest.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.exitCode = value;
                            else
                                delete message.exitCode;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.finalState = value;
                            else
                                delete message.finalState;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.endedAtMs = value;
                            else
                                delete message.endedAtMs;
                            continue;
                        }
                    case 19: {
                            if (wireType !== 2)
                                break;
                            message.sessions = $root.gpumesh.v1.SessionUsage.decode(reader, reader.size(), $undefined, _depth + 1, message.sessions);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Receipt;
        })();

        v1.GpuOffer = (function() {

            /**
             * Properties of a GpuOffer.
             * @typedef {Object} gpumesh.v1.GpuOffer.$Properties
             * @property {string|null} [vendor] GpuOffer vendor
             * @property {string|null} [model] GpuOffer model
             * @property {number|null} [vramMib] GpuOffer vramMib
             * @property {string|null} [computeCapability] GpuOffer computeCapability
             * @property {number|null} [countTotal] GpuOffer countTotal
             * @property {number|null} [countFree] GpuOffer countFree
             * @property {boolean|null} [declared] GpuOffer declared
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GpuOffer.
             * @memberof gpumesh.v1
             * @interface IGpuOffer
             * @augments gpumesh.v1.GpuOffer.$Properties
             * @deprecated Use gpumesh.v1.GpuOffer.$Properties instead.
             */

            /**
             * Shape of a GpuOffer.
             * @typedef {gpumesh.v1.GpuOffer.$Properties} gpumesh.v1.GpuOffer.$Shape
             */

            /**
             * Constructs a new GpuOffer.
             * @memberof gpumesh.v1
             * @classdesc Represents a GpuOffer.
             * @constructor
             * @param {gpumesh.v1.GpuOffer.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GpuOffer = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * GpuOffer vendor.
             * @member {string} vendor
             * @memberof gpumesh.v1.GpuOffer
             * @instance
             */
            GpuOffer.prototype.vendor = "";

            /**
             * GpuOffer model.
             * @member {string} model
             * @memberof gpumesh.v1.GpuOffer
             * @instance
             */
            GpuOffer.prototype.model = "";

            /**
             * GpuOffer vramMib.
             * @member {number} vramMib
             * @memberof gpumesh.v1.GpuOffer
             * @instance
             */
            GpuOffer.prototype.vramMib = 0;

            /**
             * GpuOffer computeCapability.
             * @member {string} computeCapability
             * @memberof gpumesh.v1.GpuOffer
             * @instance
             */
            GpuOffer.prototype.computeCapability = "";

            /**
             * GpuOffer countTotal.
             * @member {number} countTotal
             * @memberof gpumesh.v1.GpuOffer
             * @instance
             */
            GpuOffer.prototype.countTotal = 0;

            /**
             * GpuOffer countFree.
             * @member {number} countFree
             * @memberof gpumesh.v1.GpuOffer
             * @instance
             */
            GpuOffer.prototype.countFree = 0;

            /**
             * GpuOffer declared.
             * @member {boolean} declared
             * @memberof gpumesh.v1.GpuOffer
             * @instance
             */
            GpuOffer.prototype.declared = false;

            /**
             * Creates a new GpuOffer instance using the specified properties.
             * @function create
             * @memberof gpumesh.v1.GpuOffer
             * @static
             * @param {gpumesh.v1.GpuOffer.$Properties=} [properties] Properties to set
             * @returns {gpumesh.v1.GpuOffer} GpuOffer instance
             * @type {{
             *   (properties: gpumesh.v1.GpuOffer.$Shape): gpumesh.v1.GpuOffer & gpumesh.v1.GpuOffer.$Shape;
             *   (properties?: gpumesh.v1.GpuOffer.$Properties): gpumesh.v1.GpuOffer;
             * }}
             */
            GpuOffer.create = function(properties) {
                return new GpuOffer(properties);
            };

            /**
             * Encodes the specified GpuOffer message. Does not implicitly {@link gpumesh.v1.GpuOffer.verify|verify} messages.
             * @function encode
             * @memberof gpumesh.v1.GpuOffer
             * @static
             * @param {gpumesh.v1.GpuOffer.$Properties} message GpuOffer message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GpuOffer.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.vendor != null && $Object.hasOwnProperty.call(message, "vendor") && message.vendor !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.vendor);
                if (message.model != null && $Object.hasOwnProperty.call(message, "model") && message.model !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.model);
                if (message.vramMib != null && $Object.hasOwnProperty.call(message, "vramMib") && message.vramMib !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.vramMib);
                if (message.computeCapability != null && $Object.hasOwnProperty.call(message, "computeCapability") && message.computeCapability !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.computeCapability);
                if (message.countTotal != null && $Object.hasOwnProperty.call(message, "countTotal") && message.countTotal !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.countTotal);
                if (message.countFree != null && $Object.hasOwnProperty.call(message, "countFree") && message.countFree !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.countFree);
                if (message.declared != null && $Object.hasOwnProperty.call(message, "declared") && message.declared !== false)
                    writer.uint32(/* id 7, wireType 0 =*/56).bool(message.declared);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a GpuOffer message from the specified reader or buffer.
             * @function decode
             * @memberof gpumesh.v1.GpuOffer
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {gpumesh.v1.GpuOffer & gpumesh.v1.GpuOffer.$Shape} GpuOffer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GpuOffer.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.gpumesh.v1.GpuOffer();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.vendor = value;
                            else
                                delete message.vendor;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.model = value;
                            else
                                delete message.model;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.vramMib = value;
                            else
                                delete message.vramMib;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.computeCapability = value;
                            else
                                delete message.computeCapability;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.countTotal = value;
                            else
                                delete message.countTotal;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.countFree = value;
                            else
                                delete message.countFree;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.declared = value;
                            else
                                delete message.declared;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return GpuOffer;
        })();

        v1.CapacityOffer = (function() {

            /**
             * Properties of a CapacityOffer.
             * @typedef {Object} gpumesh.v1.CapacityOffer.$Properties
             * @property {string|null} [provider] CapacityOffer provider
             * @property {number|Long|null} [seq] CapacityOffer seq
             * @property {Array.<gpumesh.v1.GpuOffer.$Properties>|null} [gpus] CapacityOffer gpus
             * @property {number|null} [cpuCores] CapacityOffer cpuCores
             * @property {number|Long|null} [memoryMib] CapacityOffer memoryMib
             * @property {number|Long|null} [diskMib] CapacityOffer diskMib
             * @property {Array.<string>|null} [runtimes] CapacityOffer runtimes
             * @property {number|Long|null} [pricePerGpuHour] CapacityOffer pricePerGpuHour
             * @property {string|null} [region] CapacityOffer region
             * @property {Object.<string,string>|null} [attributes] CapacityOffer attributes
             * @property {number|Long|null} [expiresAtMs] CapacityOffer expiresAtMs
             * @property {Array.<string>|null} [addrs] CapacityOffer addrs
             * @property {Array.<string>|null} [images] CapacityOffer images
             * @property {gpumesh.v1.OfferMeasurement.$Properties|null} [measured] CapacityOffer measured
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CapacityOffer.
             * @memberof gpumesh.v1
             * @interface ICapacityOffer
             * @augments gpumesh.v1.CapacityOffer.$Properties
             * @deprecated Use gpumesh.v1.CapacityOffer.$Properties instead.
             */

            /**
             * Shape of a CapacityOffer.
             * @typedef {gpumesh.v1.CapacityOffer.$Properties} gpumesh.v1.CapacityOffer.$Shape
             */

            /**
             * Constructs a new CapacityOffer.
             * @memberof gpumesh.v1
             * @classdesc Represents a CapacityOffer.
             * @constructor
             * @param {gpumesh.v1.CapacityOffer.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CapacityOffer = function (properties) {
                this.gpus = [];
                this.runtimes = [];
                this.attributes = {};
                this.addrs = [];
                this.images = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CapacityOffer provider.
             * @member {string} provider
             * @memberof gpumesh.v1.CapacityOffer
             * @instance
             */
            CapacityOffer.prototype.provider = "";

            /**
             * CapacityOffer seq.
             * @member {number|Long} seq
             * @memberof gpumesh.v1.CapacityOffer
             * @instance
             */
            CapacityOffer.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * CapacityOffer gpus.
             * @member {Array.<gpumesh.v1.GpuOffer.$Properties>} gpus
             * @memberof gpumesh.v1.CapacityOffer
             * @instance
             */
            CapacityOffer.prototype.gpus = $util.emptyArray;

            /**
             * CapacityOffer cpuCores.
             * @member {number} cpuCores
             * @memberof gpumesh.v1.CapacityOffer
             * @instance
             */
            CapacityOffer.prototype.cpuCores = 0;

            /**
             * CapacityOffer memoryMib.
             * @member {number|Long} memoryMib
             * @memberof gpumesh.v1.CapacityOffer
             * @instance
             */
            CapacityOffer.prototype.memoryMib = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * CapacityOffer diskMib.
             * @member {number|Long} diskMib
             * @memberof gpumesh.v1.CapacityOffer
             * @instance
             */
            CapacityOffer.prototype.diskMib = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * CapacityOffer runtimes.
             * @member {Array.<string>} runtimes
             * @memberof gpumesh.v1.CapacityOffer
             * @instance
             */
            CapacityOffer.prototype.runtimes = $util.emptyArray;

            /**
             * CapacityOffer pricePerGpuHour.
             * @member {number|Long} pricePerGpuHour
             * @memberof gpumesh.v1.CapacityOffer
             * @instance
             */
            CapacityOffer.prototype.pricePerGpuHour = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * CapacityOffer region.
             * @member {string} region
             * @memberof gpumesh.v1.CapacityOffer
             * @instance
             */
            CapacityOffer.prototype.region = "";

            /**
             * CapacityOffer attributes.
             * @member {Object.<string,string>} attributes
             * @memberof gpumesh.v1.CapacityOffer
             * @instance
             */
            CapacityOffer.prototype.attributes = $util.emptyObject;

            /**
             * CapacityOffer expiresAtMs.
             * @member {number|Long} expiresAtMs
             * @memberof gpumesh.v1.CapacityOffer
             * @instance
             */
            CapacityOffer.prototype.expiresAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * CapacityOffer addrs.
             * @member {Array.<string>} addrs
             * @memberof gpumesh.v1.CapacityOffer
             * @instance
             */
            CapacityOffer.prototype.addrs = $util.emptyArray;

            /**
             * CapacityOffer images.
             * @member {Array.<string>} images
             * @memberof gpumesh.v1.CapacityOffer
             * @instance
             */
            CapacityOffer.prototype.images = $util.emptyArray;

            /**
             * CapacityOffer measured.
             * @member {gpumesh.v1.OfferMeasurement.$Properties|null|undefined} measured
             * @memberof gpumesh.v1.CapacityOffer
             * @instance
             */
            CapacityOffer.prototype.measured = null;

            /**
             * Creates a new CapacityOffer instance using the specified properties.
             * @function create
             * @memberof gpumesh.v1.CapacityOffer
             * @static
             * @param {gpumesh.v1.CapacityOffer.$Properties=} [properties] Properties to set
             * @returns {gpumesh.v1.CapacityOffer} CapacityOffer instance
             * @type {{
             *   (properties: gpumesh.v1.CapacityOffer.$Shape): gpumesh.v1.CapacityOffer & gpumesh.v1.CapacityOffer.$Shape;
             *   (properties?: gpumesh.v1.CapacityOffer.$Properties): gpumesh.v1.CapacityOffer;
             * }}
             */
            CapacityOffer.create = function(properties) {
                return new CapacityOffer(properties);
            };

            /**
             * Encodes the specified CapacityOffer message. Does not implicitly {@link gpumesh.v1.CapacityOffer.verify|verify} messages.
             * @function encode
             * @memberof gpumesh.v1.CapacityOffer
             * @static
             * @param {gpumesh.v1.CapacityOffer.$Properties} message CapacityOffer message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CapacityOffer.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.provider != null && $Object.hasOwnProperty.call(message, "provider") && message.provider !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.provider);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.seq);
                if (message.gpus != null && message.gpus.length)
                    for (let i = 0; i < message.gpus.length; ++i)
                        $root.gpumesh.v1.GpuOffer.encode(message.gpus[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.cpuCores != null && $Object.hasOwnProperty.call(message, "cpuCores") && message.cpuCores !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.cpuCores);
                if (message.memoryMib != null && $Object.hasOwnProperty.call(message, "memoryMib") && (typeof message.memoryMib === "object" ? message.memoryMib.low || message.memoryMib.high : message.memoryMib !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.memoryMib);
                if (message.diskMib != null && $Object.hasOwnProperty.call(message, "diskMib") && (typeof message.diskMib === "object" ? message.diskMib.low || message.diskMib.high : message.diskMib !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.diskMib);
                if (message.runtimes != null && message.runtimes.length)
                    for (let i = 0; i < message.runtimes.length; ++i)
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.runtimes[i]);
                if (message.pricePerGpuHour != null && $Object.hasOwnProperty.call(message, "pricePerGpuHour") && (typeof message.pricePerGpuHour === "object" ? message.pricePerGpuHour.low || message.pricePerGpuHour.high : message.pricePerGpuHour !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.pricePerGpuHour);
                if (message.region != null && $Object.hasOwnProperty.call(message, "region") && message.region !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.region);
                if (message.attributes != null && $Object.hasOwnProperty.call(message, "attributes"))
                    for (let keys = $Object.keys(message.attributes), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 10, wireType 2 =*/82).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.attributes[keys[i]]).ldelim();
                if (message.expiresAtMs != null && $Object.hasOwnProperty.call(message, "expiresAtMs") && (typeof message.expiresAtMs === "object" ? message.expiresAtMs.low || message.expiresAtMs.high : message.expiresAtMs !== 0))
                    writer.uint32(/* id 11, wireType 0 =*/88).uint64(message.expiresAtMs);
                if (message.addrs != null && message.addrs.length)
                    for (let i = 0; i < message.addrs.length; ++i)
                        writer.uint32(/* id 12, wireType 2 =*/98).string(message.addrs[i]);
                if (message.images != null && message.images.length)
                    for (let i = 0; i < message.images.length; ++i)
                        writer.uint32(/* id 13, wireType 2 =*/106).string(message.images[i]);
                if (message.measured != null && $Object.hasOwnProperty.call(message, "measured"))
                    $root.gpumesh.v1.OfferMeasurement.encode(message.measured, writer.uint32(/* id 17, wireType 2 =*/138).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CapacityOffer message from the specified reader or buffer.
             * @function decode
             * @memberof gpumesh.v1.CapacityOffer
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {gpumesh.v1.CapacityOffer & gpumesh.v1.CapacityOffer.$Shape} CapacityOffer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CapacityOffer.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.gpumesh.v1.CapacityOffer();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.provider = value;
                            else
                                delete message.provider;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.gpus && message.gpus.length))
                                message.gpus = [];
                            message.gpus.push($root.gpumesh.v1.GpuOffer.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.cpuCores = value;
                            else
                                delete message.cpuCores;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.memoryMib = value;
                            else
                                delete message.memoryMib;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.diskMib = value;
                            else
                                delete message.diskMib;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.runtimes && message.runtimes.length))
                                message.runtimes = [];
                            message.runtimes.push(reader.stringVerify());
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.pricePerGpuHour = value;
                            else
                                delete message.pricePerGpuHour;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.region = value;
                            else
                                delete message.region;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if (message.attributes === $util.emptyObject)
                                message.attributes = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.attributes, key);
                            message.attributes[key] = value;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.expiresAtMs = value;
                            else
                                delete message.expiresAtMs;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if (!(message.addrs && message.addrs.length))
                                message.addrs = [];
                            message.addrs.push(reader.stringVerify());
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if (!(message.images && message.images.length))
                                message.images = [];
                            message.images.push(reader.stringVerify());
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            message.measured = $root.gpumesh.v1.OfferMeasurement.decode(reader, reader.size(), $undefined, _depth + 1, message.measured);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return CapacityOffer;
        })();

        v1.OfferMeasurement = (function() {

            /**
             * Properties of an OfferMeasurement.
             * @typedef {Object} gpumesh.v1.OfferMeasurement.$Properties
             * @property {number|null} [probeVersion] OfferMeasurement probeVersion
             * @property {number|Long|null} [measuredAtMs] OfferMeasurement measuredAtMs
             * @property {number|null} [durationMs] OfferMeasurement durationMs
             * @property {number|Long|null} [cpuHashMibS] OfferMeasurement cpuHashMibS
             * @property {number|Long|null} [memoryCopyMibS] OfferMeasurement memoryCopyMibS
             * @property {number|Long|null} [diskWriteMibS] OfferMeasurement diskWriteMibS
             * @property {number|Long|null} [gpuGflops] OfferMeasurement gpuGflops
             * @property {number|Long|null} [h2dMibS] OfferMeasurement h2dMibS
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an OfferMeasurement.
             * @memberof gpumesh.v1
             * @interface IOfferMeasurement
             * @augments gpumesh.v1.OfferMeasurement.$Properties
             * @deprecated Use gpumesh.v1.OfferMeasurement.$Properties instead.
             */

            /**
             * Shape of an OfferMeasurement.
             * @typedef {gpumesh.v1.OfferMeasurement.$Properties} gpumesh.v1.OfferMeasurement.$Shape
             */

            /**
             * Constructs a new OfferMeasurement.
             * @memberof gpumesh.v1
             * @classdesc Represents an OfferMeasurement.
             * @constructor
             * @param {gpumesh.v1.OfferMeasurement.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const OfferMeasurement = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * OfferMeasurement probeVersion.
             * @member {number} probeVersion
             * @memberof gpumesh.v1.OfferMeasurement
             * @instance
             */
            OfferMeasurement.prototype.probeVersion = 0;

            /**
             * OfferMeasurement measuredAtMs.
             * @member {number|Long} measuredAtMs
             * @memberof gpumesh.v1.OfferMeasurement
             * @instance
             */
            OfferMeasurement.prototype.measuredAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * OfferMeasurement durationMs.
             * @member {number} durationMs
             * @memberof gpumesh.v1.OfferMeasurement
             * @instance
             */
            OfferMeasurement.prototype.durationMs = 0;

            /**
             * OfferMeasurement cpuHashMibS.
             * @member {number|Long} cpuHashMibS
             * @memberof gpumesh.v1.OfferMeasurement
             * @instance
             */
            OfferMeasurement.prototype.cpuHashMibS = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * OfferMeasurement memoryCopyMibS.
             * @member {number|Long} memoryCopyMibS
             * @memberof gpumesh.v1.OfferMeasurement
             * @instance
             */
            OfferMeasurement.prototype.memoryCopyMibS = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * OfferMeasurement diskWriteMibS.
             * @member {number|Long} diskWriteMibS
             * @memberof gpumesh.v1.OfferMeasurement
             * @instance
             */
            OfferMeasurement.prototype.diskWriteMibS = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * OfferMeasurement gpuGflops.
             * @member {number|Long} gpuGflops
             * @memberof gpumesh.v1.OfferMeasurement
             * @instance
             */
            OfferMeasurement.prototype.gpuGflops = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * OfferMeasurement h2dMibS.
             * @member {number|Long} h2dMibS
             * @memberof gpumesh.v1.OfferMeasurement
             * @instance
             */
            OfferMeasurement.prototype.h2dMibS = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new OfferMeasurement instance using the specified properties.
             * @function create
             * @memberof gpumesh.v1.OfferMeasurement
             * @static
             * @param {gpumesh.v1.OfferMeasurement.$Properties=} [properties] Properties to set
             * @returns {gpumesh.v1.OfferMeasurement} OfferMeasurement instance
             * @type {{
             *   (properties: gpumesh.v1.OfferMeasurement.$Shape): gpumesh.v1.OfferMeasurement & gpumesh.v1.OfferMeasurement.$Shape;
             *   (properties?: gpumesh.v1.OfferMeasurement.$Properties): gpumesh.v1.OfferMeasurement;
             * }}
             */
            OfferMeasurement.create = function(properties) {
                return new OfferMeasurement(properties);
            };

            /**
             * Encodes the specified OfferMeasurement message. Does not implicitly {@link gpumesh.v1.OfferMeasurement.verify|verify} messages.
             * @function encode
             * @memberof gpumesh.v1.OfferMeasurement
             * @static
             * @param {gpumesh.v1.OfferMeasurement.$Properties} message OfferMeasurement message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OfferMeasurement.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.probeVersion != null && $Object.hasOwnProperty.call(message, "probeVersion") && message.probeVersion !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.probeVersion);
                if (message.measuredAtMs != null && $Object.hasOwnProperty.call(message, "measuredAtMs") && (typeof message.measuredAtMs === "object" ? message.measuredAtMs.low || message.measuredAtMs.high : message.measuredAtMs !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.measuredAtMs);
                if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs") && message.durationMs !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.durationMs);
                if (message.cpuHashMibS != null && $Object.hasOwnProperty.call(message, "cpuHashMibS") && (typeof message.cpuHashMibS === "object" ? message.cpuHashMibS.low || message.cpuHashMibS.high : message.cpuHashMibS !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.cpuHashMibS);
                if (message.memoryCopyMibS != null && $Object.hasOwnProperty.call(message, "memoryCopyMibS") && (typeof message.memoryCopyMibS === "object" ? message.memoryCopyMibS.low || message.memoryCopyMibS.high : message.memoryCopyMibS !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.memoryCopyMibS);
                if (message.diskWriteMibS != null && $Object.hasOwnProperty.call(message, "diskWriteMibS") && (typeof message.diskWriteMibS === "object" ? message.diskWriteMibS.low || message.diskWriteMibS.high : message.diskWriteMibS !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.diskWriteMibS);
                if (message.gpuGflops != null && $Object.hasOwnProperty.call(message, "gpuGflops") && (typeof message.gpuGflops === "object" ? message.gpuGflops.low || message.gpuGflops.high : message.gpuGflops !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.gpuGflops);
                if (message.h2dMibS != null && $Object.hasOwnProperty.call(message, "h2dMibS") && (typeof message.h2dMibS === "object" ? message.h2dMibS.low || message.h2dMibS.high : message.h2dMibS !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.h2dMibS);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an OfferMeasurement message from the specified reader or buffer.
             * @function decode
             * @memberof gpumesh.v1.OfferMeasurement
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {gpumesh.v1.OfferMeasurement & gpumesh.v1.OfferMeasurement.$Shape} OfferMeasurement
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OfferMeasurement.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.gpumesh.v1.OfferMeasurement();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.probeVersion = value;
                            else
                                delete message.probeVersion;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.measuredAtMs = value;
                            else
                                delete message.measuredAtMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.durationMs = value;
                            else
                                delete message.durationMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.cpuHashMibS = value;
                            else
                                delete message.cpuHashMibS;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.memoryCopyMibS = value;
                            else
                                delete message.memoryCopyMibS;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.diskWriteMibS = value;
                            else
                                delete message.diskWriteMibS;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.gpuGflops = value;
                            else
                                delete message.gpuGflops;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.h2dMibS = value;
                            else
                                delete message.h2dMibS;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return OfferMeasurement;
        })();

        v1.GpuRequirement = (function() {

            /**
             * Properties of a GpuRequirement.
             * @typedef {Object} gpumesh.v1.GpuRequirement.$Properties
             * @property {number|null} [count] GpuRequirement count
             * @property {number|null} [minVramMib] GpuRequirement minVramMib
             * @property {string|null} [model] GpuRequirement model
             * @property {string|null} [vendor] GpuRequirement vendor
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GpuRequirement.
             * @memberof gpumesh.v1
             * @interface IGpuRequirement
             * @augments gpumesh.v1.GpuRequirement.$Properties
             * @deprecated Use gpumesh.v1.GpuRequirement.$Properties instead.
             */

            /**
             * Shape of a GpuRequirement.
             * @typedef {gpumesh.v1.GpuRequirement.$Properties} gpumesh.v1.GpuRequirement.$Shape
             */

            /**
             * Constructs a new GpuRequirement.
             * @memberof gpumesh.v1
             * @classdesc Represents a GpuRequirement.
             * @constructor
             * @param {gpumesh.v1.GpuRequirement.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GpuRequirement = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * GpuRequirement count.
             * @member {number} count
             * @memberof gpumesh.v1.GpuRequirement
             * @instance
             */
            GpuRequirement.prototype.count = 0;

            /**
             * GpuRequirement minVramMib.
             * @member {number} minVramMib
             * @memberof gpumesh.v1.GpuRequirement
             * @instance
             */
            GpuRequirement.prototype.minVramMib = 0;

            /**
             * GpuRequirement model.
             * @member {string} model
             * @memberof gpumesh.v1.GpuRequirement
             * @instance
             */
            GpuRequirement.prototype.model = "";

            /**
             * GpuRequirement vendor.
             * @member {string} vendor
             * @memberof gpumesh.v1.GpuRequirement
             * @instance
             */
            GpuRequirement.prototype.vendor = "";

            /**
             * Creates a new GpuRequirement instance using the specified properties.
             * @function create
             * @memberof gpumesh.v1.GpuRequirement
             * @static
             * @param {gpumesh.v1.GpuRequirement.$Properties=} [properties] Properties to set
             * @returns {gpumesh.v1.GpuRequirement} GpuRequirement instance
             * @type {{
             *   (properties: gpumesh.v1.GpuRequirement.$Shape): gpumesh.v1.GpuRequirement & gpumesh.v1.GpuRequirement.$Shape;
             *   (properties?: gpumesh.v1.GpuRequirement.$Properties): gpumesh.v1.GpuRequirement;
             * }}
             */
            GpuRequirement.create = function(properties) {
                return new GpuRequirement(properties);
            };

            /**
             * Encodes the specified GpuRequirement message. Does not implicitly {@link gpumesh.v1.GpuRequirement.verify|verify} messages.
             * @function encode
             * @memberof gpumesh.v1.GpuRequirement
             * @static
             * @param {gpumesh.v1.GpuRequirement.$Properties} message GpuRequirement message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GpuRequirement.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.count != null && $Object.hasOwnProperty.call(message, "count") && message.count !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.count);
                if (message.minVramMib != null && $Object.hasOwnProperty.call(message, "minVramMib") && message.minVramMib !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.minVramMib);
                if (message.model != null && $Object.hasOwnProperty.call(message, "model") && message.model !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.model);
                if (message.vendor != null && $Object.hasOwnProperty.call(message, "vendor") && message.vendor !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.vendor);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a GpuRequirement message from the specified reader or buffer.
             * @function decode
             * @memberof gpumesh.v1.GpuRequirement
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {gpumesh.v1.GpuRequirement & gpumesh.v1.GpuRequirement.$Shape} GpuRequirement
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GpuRequirement.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.gpumesh.v1.GpuRequirement();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.count = value;
                            else
                                delete message.count;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.minVramMib = value;
                            else
                                delete message.minVramMib;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.model = value;
                            else
                                delete message.model;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.vendor = value;
                            else
                                delete message.vendor;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return GpuRequirement;
        })();

        v1.JobOrder = (function() {

            /**
             * Properties of a JobOrder.
             * @typedef {Object} gpumesh.v1.JobOrder.$Properties
             * @property {string|null} [orderId] JobOrder orderId
             * @property {string|null} [client] JobOrder client
             * @property {gpumesh.v1.GpuRequirement.$Properties|null} [gpu] JobOrder gpu
             * @property {number|null} [cpuCores] JobOrder cpuCores
             * @property {number|Long|null} [memoryMib] JobOrder memoryMib
             * @property {number|Long|null} [diskMib] JobOrder diskMib
             * @property {string|null} [runtime] JobOrder runtime
             * @property {string|null} [region] JobOrder region
             * @property {Object.<string,string>|null} [attributes] JobOrder attributes
             * @property {number|Long|null} [maxPricePerGpuHour] JobOrder maxPricePerGpuHour
             * @property {number|null} [maxDurationS] JobOrder maxDurationS
             * @property {number|Long|null} [bidDeadlineMs] JobOrder bidDeadlineMs
             * @property {boolean|null} [dryRun] JobOrder dryRun
             * @property {string|null} [image] JobOrder image
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a JobOrder.
             * @memberof gpumesh.v1
             * @interface IJobOrder
             * @augments gpumesh.v1.JobOrder.$Properties
             * @deprecated Use gpumesh.v1.JobOrder.$Properties instead.
             */

            /**
             * Shape of a JobOrder.
             * @typedef {gpumesh.v1.JobOrder.$Properties} gpumesh.v1.JobOrder.$Shape
             */

            /**
             * Constructs a new JobOrder.
             * @memberof gpumesh.v1
             * @classdesc Represents a JobOrder.
             * @constructor
             * @param {gpumesh.v1.JobOrder.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const JobOrder = function (properties) {
                this.attributes = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * JobOrder orderId.
             * @member {string} orderId
             * @memberof gpumesh.v1.JobOrder
             * @instance
             */
            JobOrder.prototype.orderId = "";

            /**
             * JobOrder client.
             * @member {string} client
             * @memberof gpumesh.v1.JobOrder
             * @instance
             */
            JobOrder.prototype.client = "";

            /**
             * JobOrder gpu.
             * @member {gpumesh.v1.GpuRequirement.$Properties|null|undefined} gpu
             * @memberof gpumesh.v1.JobOrder
             * @instance
             */
            JobOrder.prototype.gpu = null;

            /**
             * JobOrder cpuCores.
             * @member {number} cpuCores
             * @memberof gpumesh.v1.JobOrder
             * @instance
             */
            JobOrder.prototype.cpuCores = 0;

            /**
             * JobOrder memoryMib.
             * @member {number|Long} memoryMib
             * @memberof gpumesh.v1.JobOrder
             * @instance
             */
            JobOrder.prototype.memoryMib = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * JobOrder diskMib.
             * @member {number|Long} diskMib
             * @memberof gpumesh.v1.JobOrder
             * @instance
             */
            JobOrder.prototype.diskMib = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * JobOrder runtime.
             * @member {string} runtime
             * @memberof gpumesh.v1.JobOrder
             * @instance
             */
            JobOrder.prototype.runtime = "";

            /**
             * JobOrder region.
             * @member {string} region
             * @memberof gpumesh.v1.JobOrder
             * @instance
             */
            JobOrder.prototype.region = "";

            /**
             * JobOrder attributes.
             * @member {Object.<string,string>} attributes
             * @memberof gpumesh.v1.JobOrder
             * @instance
             */
            JobOrder.prototype.attributes = $util.emptyObject;

            /**
             * JobOrder maxPricePerGpuHour.
             * @member {number|Long} maxPricePerGpuHour
             * @memberof gpumesh.v1.JobOrder
             * @instance
             */
            JobOrder.prototype.maxPricePerGpuHour = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * JobOrder maxDurationS.
             * @member {number} maxDurationS
             * @memberof gpumesh.v1.JobOrder
             * @instance
             */
            JobOrder.prototype.maxDurationS = 0;

            /**
             * JobOrder bidDeadlineMs.
             * @member {number|Long} bidDeadlineMs
             * @memberof gpumesh.v1.JobOrder
             * @instance
             */
            JobOrder.prototype.bidDeadlineMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * JobOrder dryRun.
             * @member {boolean} dryRun
             * @memberof gpumesh.v1.JobOrder
             * @instance
             */
            JobOrder.prototype.dryRun = false;

            /**
             * JobOrder image.
             * @member {string} image
             * @memberof gpumesh.v1.JobOrder
             * @instance
             */
            JobOrder.prototype.image = "";

            /**
             * Creates a new JobOrder instance using the specified properties.
             * @function create
             * @memberof gpumesh.v1.JobOrder
             * @static
             * @param {gpumesh.v1.JobOrder.$Properties=} [properties] Properties to set
             * @returns {gpumesh.v1.JobOrder} JobOrder instance
             * @type {{
             *   (properties: gpumesh.v1.JobOrder.$Shape): gpumesh.v1.JobOrder & gpumesh.v1.JobOrder.$Shape;
             *   (properties?: gpumesh.v1.JobOrder.$Properties): gpumesh.v1.JobOrder;
             * }}
             */
            JobOrder.create = function(properties) {
                return new JobOrder(properties);
            };

            /**
             * Encodes the specified JobOrder message. Does not implicitly {@link gpumesh.v1.JobOrder.verify|verify} messages.
             * @function encode
             * @memberof gpumesh.v1.JobOrder
             * @static
             * @param {gpumesh.v1.JobOrder.$Properties} message JobOrder message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            JobOrder.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.orderId != null && $Object.hasOwnProperty.call(message, "orderId") && message.orderId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.orderId);
                if (message.client != null && $Object.hasOwnProperty.call(message, "client") && message.client !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.client);
                if (message.gpu != null && $Object.hasOwnProperty.call(message, "gpu"))
                    $root.gpumesh.v1.GpuRequirement.encode(message.gpu, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.cpuCores != null && $Object.hasOwnProperty.call(message, "cpuCores") && message.cpuCores !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.cpuCores);
                if (message.memoryMib != null && $Object.hasOwnProperty.call(message, "memoryMib") && (typeof message.memoryMib === "object" ? message.memoryMib.low || message.memoryMib.high : message.memoryMib !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.memoryMib);
                if (message.diskMib != null && $Object.hasOwnProperty.call(message, "diskMib") && (typeof message.diskMib === "object" ? message.diskMib.low || message.diskMib.high : message.diskMib !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.diskMib);
                if (message.runtime != null && $Object.hasOwnProperty.call(message, "runtime") && message.runtime !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.runtime);
                if (message.region != null && $Object.hasOwnProperty.call(message, "region") && message.region !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.region);
                if (message.attributes != null && $Object.hasOwnProperty.call(message, "attributes"))
                    for (let keys = $Object.keys(message.attributes), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 9, wireType 2 =*/74).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.attributes[keys[i]]).ldelim();
                if (message.maxPricePerGpuHour != null && $Object.hasOwnProperty.call(message, "maxPricePerGpuHour") && (typeof message.maxPricePerGpuHour === "object" ? message.maxPricePerGpuHour.low || message.maxPricePerGpuHour.high : message.maxPricePerGpuHour !== 0))
                    writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.maxPricePerGpuHour);
                if (message.maxDurationS != null && $Object.hasOwnProperty.call(message, "maxDurationS") && message.maxDurationS !== 0)
                    writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.maxDurationS);
                if (message.bidDeadlineMs != null && $Object.hasOwnProperty.call(message, "bidDeadlineMs") && (typeof message.bidDeadlineMs === "object" ? message.bidDeadlineMs.low || message.bidDeadlineMs.high : message.bidDeadlineMs !== 0))
                    writer.uint32(/* id 12, wireType 0 =*/96).uint64(message.bidDeadlineMs);
                if (message.dryRun != null && $Object.hasOwnProperty.call(message, "dryRun") && message.dryRun !== false)
                    writer.uint32(/* id 13, wireType 0 =*/104).bool(message.dryRun);
                if (message.image != null && $Object.hasOwnProperty.call(message, "image") && message.image !== "")
                    writer.uint32(/* id 14, wireType 2 =*/114).string(message.image);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a JobOrder message from the specified reader or buffer.
             * @function decode
             * @memberof gpumesh.v1.JobOrder
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {gpumesh.v1.JobOrder & gpumesh.v1.JobOrder.$Shape} JobOrder
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            JobOrder.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.gpumesh.v1.JobOrder();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.orderId = value;
                            else
                                delete message.orderId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.client = value;
                            else
                                delete message.client;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.gpu = $root.gpumesh.v1.GpuRequirement.decode(reader, reader.size(), $undefined, _depth + 1, message.gpu);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.cpuCores = value;
                            else
                                delete message.cpuCores;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.memoryMib = value;
                            else
                                delete message.memoryMib;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.diskMib = value;
                            else
                                delete message.diskMib;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.runtime = value;
                            else
                                delete message.runtime;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.region = value;
                            else
                                delete message.region;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if (message.attributes === $util.emptyObject)
                                message.attributes = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.attributes, key);
                            message.attributes[key] = value;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.maxPricePerGpuHour = value;
                            else
                                delete message.maxPricePerGpuHour;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxDurationS = value;
                            else
                                delete message.maxDurationS;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.bidDeadlineMs = value;
                            else
                                delete message.bidDeadlineMs;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.dryRun = value;
                            else
                                delete message.dryRun;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.image = value;
                            else
                                delete message.image;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return JobOrder;
        })();

        v1.Bid = (function() {

            /**
             * Properties of a Bid.
             * @typedef {Object} gpumesh.v1.Bid.$Properties
             * @property {string|null} [bidId] Bid bidId
             * @property {string|null} [orderId] Bid orderId
             * @property {string|null} [provider] Bid provider
             * @property {string|null} [client] Bid client
             * @property {number|Long|null} [pricePerGpuHour] Bid pricePerGpuHour
             * @property {Array.<number>|null} [gpuIndices] Bid gpuIndices
             * @property {Array.<string>|null} [gpuModels] Bid gpuModels
             * @property {number|null} [maxDurationS] Bid maxDurationS
             * @property {number|Long|null} [expiresAtMs] Bid expiresAtMs
             * @property {Uint8Array|null} [orderDigest] Bid orderDigest
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Bid.
             * @memberof gpumesh.v1
             * @interface IBid
             * @augments gpumesh.v1.Bid.$Properties
             * @deprecated Use gpumesh.v1.Bid.$Properties instead.
             */

            /**
             * Shape of a Bid.
             * @typedef {gpumesh.v1.Bid.$Properties} gpumesh.v1.Bid.$Shape
             */

            /**
             * Constructs a new Bid.
             * @memberof gpumesh.v1
             * @classdesc Represents a Bid.
             * @constructor
             * @param {gpumesh.v1.Bid.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Bid = function (properties) {
                this.gpuIndices = [];
                this.gpuModels = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Bid bidId.
             * @member {string} bidId
             * @memberof gpumesh.v1.Bid
             * @instance
             */
            Bid.prototype.bidId = "";

            /**
             * Bid orderId.
             * @member {string} orderId
             * @memberof gpumesh.v1.Bid
             * @instance
             */
            Bid.prototype.orderId = "";

            /**
             * Bid provider.
             * @member {string} provider
             * @memberof gpumesh.v1.Bid
             * @instance
             */
            Bid.prototype.provider = "";

            /**
             * Bid client.
             * @member {string} client
             * @memberof gpumesh.v1.Bid
             * @instance
             */
            Bid.prototype.client = "";

            /**
             * Bid pricePerGpuHour.
             * @member {number|Long} pricePerGpuHour
             * @memberof gpumesh.v1.Bid
             * @instance
             */
            Bid.prototype.pricePerGpuHour = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Bid gpuIndices.
             * @member {Array.<number>} gpuIndices
             * @memberof gpumesh.v1.Bid
             * @instance
             */
            Bid.prototype.gpuIndices = $util.emptyArray;

            /**
             * Bid gpuModels.
             * @member {Array.<string>} gpuModels
             * @memberof gpumesh.v1.Bid
             * @instance
             */
            Bid.prototype.gpuModels = $util.emptyArray;

            /**
             * Bid maxDurationS.
             * @member {number} maxDurationS
             * @memberof gpumesh.v1.Bid
             * @instance
             */
            Bid.prototype.maxDurationS = 0;

            /**
             * Bid expiresAtMs.
             * @member {number|Long} expiresAtMs
             * @memberof gpumesh.v1.Bid
             * @instance
             */
            Bid.prototype.expiresAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Bid orderDigest.
             * @member {Uint8Array} orderDigest
             * @memberof gpumesh.v1.Bid
             * @instance
             */
            Bid.prototype.orderDigest = $util.newBuffer([]);

            /**
             * Creates a new Bid instance using the specified properties.
             * @function create
             * @memberof gpumesh.v1.Bid
             * @static
             * @param {gpumesh.v1.Bid.$Properties=} [properties] Properties to set
             * @returns {gpumesh.v1.Bid} Bid instance
             * @type {{
             *   (properties: gpumesh.v1.Bid.$Shape): gpumesh.v1.Bid & gpumesh.v1.Bid.$Shape;
             *   (properties?: gpumesh.v1.Bid.$Properties): gpumesh.v1.Bid;
             * }}
             */
            Bid.create = function(properties) {
                return new Bid(properties);
            };

            /**
             * Encodes the specified Bid message. Does not implicitly {@link gpumesh.v1.Bid.verify|verify} messages.
             * @function encode
             * @memberof gpumesh.v1.Bid
             * @static
             * @param {gpumesh.v1.Bid.$Properties} message Bid message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Bid.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.bidId != null && $Object.hasOwnProperty.call(message, "bidId") && message.bidId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.bidId);
                if (message.orderId != null && $Object.hasOwnProperty.call(message, "orderId") && message.orderId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.orderId);
                if (message.provider != null && $Object.hasOwnProperty.call(message, "provider") && message.provider !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.provider);
                if (message.client != null && $Object.hasOwnProperty.call(message, "client") && message.client !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.client);
                if (message.pricePerGpuHour != null && $Object.hasOwnProperty.call(message, "pricePerGpuHour") && (typeof message.pricePerGpuHour === "object" ? message.pricePerGpuHour.low || message.pricePerGpuHour.high : message.pricePerGpuHour !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.pricePerGpuHour);
                if (message.gpuIndices != null && message.gpuIndices.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).uint32s(message.gpuIndices);
                if (message.gpuModels != null && message.gpuModels.length)
                    for (let i = 0; i < message.gpuModels.length; ++i)
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.gpuModels[i]);
                if (message.maxDurationS != null && $Object.hasOwnProperty.call(message, "maxDurationS") && message.maxDurationS !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.maxDurationS);
                if (message.expiresAtMs != null && $Object.hasOwnProperty.call(message, "expiresAtMs") && (typeof message.expiresAtMs === "object" ? message.expiresAtMs.low || message.expiresAtMs.high : message.expiresAtMs !== 0))
                    writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.expiresAtMs);
                if (message.orderDigest != null && $Object.hasOwnProperty.call(message, "orderDigest") && message.orderDigest.length)
                    writer.uint32(/* id 10, wireType 2 =*/82).bytes(message.orderDigest);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Bid message from the specified reader or buffer.
             * @function decode
             * @memberof gpumesh.v1.Bid
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {gpumesh.v1.Bid & gpumesh.v1.Bid.$Shape} Bid
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Bid.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.gpumesh.v1.Bid();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.bidId = value;
                            else
                                delete message.bidId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.orderId = value;
                            else
                                delete message.orderId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.provider = value;
                            else
                                delete message.provider;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.client = value;
                            else
                                delete message.client;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.pricePerGpuHour = value;
                            else
                                delete message.pricePerGpuHour;
                            continue;
                        }
                    case 6: {
                            if (wireType === 2) {
                                if (!(message.gpuIndices && message.gpuIndices.length))
                                    message.gpuIndices = [];
                                reader.uint32s(message.gpuIndices);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.gpuIndices && message.gpuIndices.length))
                                message.gpuIndices = [];
                            message.gpuIndices.push(reader.uint32());
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.gpuModels && message.gpuModels.length))
                                message.gpuModels = [];
                            message.gpuModels.push(reader.stringVerify());
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxDurationS = value;
                            else
                                delete message.maxDurationS;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.expiresAtMs = value;
                            else
                                delete message.expiresAtMs;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.orderDigest = value;
                            else
                                delete message.orderDigest;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Bid;
        })();

        /**
         * DeclineReason enum.
         * @name gpumesh.v1.DeclineReason
         * @enum {number}
         * @property {number} DECLINE_REASON_UNSPECIFIED=0 DECLINE_REASON_UNSPECIFIED value
         * @property {number} DECLINE_REASON_INVALID_ORDER=1 DECLINE_REASON_INVALID_ORDER value
         * @property {number} DECLINE_REASON_BAD_SIGNATURE=2 DECLINE_REASON_BAD_SIGNATURE value
         * @property {number} DECLINE_REASON_EXPIRED=3 DECLINE_REASON_EXPIRED value
         * @property {number} DECLINE_REASON_GPU_MODEL=4 DECLINE_REASON_GPU_MODEL value
         * @property {number} DECLINE_REASON_GPU_VENDOR=5 DECLINE_REASON_GPU_VENDOR value
         * @property {number} DECLINE_REASON_VRAM=6 DECLINE_REASON_VRAM value
         * @property {number} DECLINE_REASON_GPU_COUNT=7 DECLINE_REASON_GPU_COUNT value
         * @property {number} DECLINE_REASON_CPU=8 DECLINE_REASON_CPU value
         * @property {number} DECLINE_REASON_MEMORY=9 DECLINE_REASON_MEMORY value
         * @property {number} DECLINE_REASON_DISK=10 DECLINE_REASON_DISK value
         * @property {number} DECLINE_REASON_RUNTIME=11 DECLINE_REASON_RUNTIME value
         * @property {number} DECLINE_REASON_REGION=12 DECLINE_REASON_REGION value
         * @property {number} DECLINE_REASON_ATTRIBUTES=13 DECLINE_REASON_ATTRIBUTES value
         * @property {number} DECLINE_REASON_PRICE=14 DECLINE_REASON_PRICE value
         * @property {number} DECLINE_REASON_DURATION=15 DECLINE_REASON_DURATION value
         * @property {number} DECLINE_REASON_NO_CAPACITY=16 DECLINE_REASON_NO_CAPACITY value
         * @property {number} DECLINE_REASON_RATE_LIMITED=17 DECLINE_REASON_RATE_LIMITED value
         * @property {number} DECLINE_REASON_CLIENT_DENIED=18 DECLINE_REASON_CLIENT_DENIED value
         * @property {number} DECLINE_REASON_SHUTTING_DOWN=19 DECLINE_REASON_SHUTTING_DOWN value
         * @property {number} DECLINE_REASON_CLIENT_LIMIT=20 DECLINE_REASON_CLIENT_LIMIT value
         * @property {number} DECLINE_REASON_HOLD_PENALTY=21 DECLINE_REASON_HOLD_PENALTY value
         * @property {number} DECLINE_REASON_IMAGE=22 DECLINE_REASON_IMAGE value
         */
        v1.DeclineReason = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "DECLINE_REASON_UNSPECIFIED"] = 0;
            values[valuesById[1] = "DECLINE_REASON_INVALID_ORDER"] = 1;
            values[valuesById[2] = "DECLINE_REASON_BAD_SIGNATURE"] = 2;
            values[valuesById[3] = "DECLINE_REASON_EXPIRED"] = 3;
            values[valuesById[4] = "DECLINE_REASON_GPU_MODEL"] = 4;
            values[valuesById[5] = "DECLINE_REASON_GPU_VENDOR"] = 5;
            values[valuesById[6] = "DECLINE_REASON_VRAM"] = 6;
            values[valuesById[7] = "DECLINE_REASON_GPU_COUNT"] = 7;
            values[valuesById[8] = "DECLINE_REASON_CPU"] = 8;
            values[valuesById[9] = "DECLINE_REASON_MEMORY"] = 9;
            values[valuesById[10] = "DECLINE_REASON_DISK"] = 10;
            values[valuesById[11] = "DECLINE_REASON_RUNTIME"] = 11;
            values[valuesById[12] = "DECLINE_REASON_REGION"] = 12;
            values[valuesById[13] = "DECLINE_REASON_ATTRIBUTES"] = 13;
            values[valuesById[14] = "DECLINE_REASON_PRICE"] = 14;
            values[valuesById[15] = "DECLINE_REASON_DURATION"] = 15;
            values[valuesById[16] = "DECLINE_REASON_NO_CAPACITY"] = 16;
            values[valuesById[17] = "DECLINE_REASON_RATE_LIMITED"] = 17;
            values[valuesById[18] = "DECLINE_REASON_CLIENT_DENIED"] = 18;
            values[valuesById[19] = "DECLINE_REASON_SHUTTING_DOWN"] = 19;
            values[valuesById[20] = "DECLINE_REASON_CLIENT_LIMIT"] = 20;
            values[valuesById[21] = "DECLINE_REASON_HOLD_PENALTY"] = 21;
            values[valuesById[22] = "DECLINE_REASON_IMAGE"] = 22;
            return values;
        })();

        v1.Decline = (function() {

            /**
             * Properties of a Decline.
             * @typedef {Object} gpumesh.v1.Decline.$Properties
             * @property {string|null} [orderId] Decline orderId
             * @property {Array.<gpumesh.v1.DeclineReason>|null} [reasons] Decline reasons
             * @property {string|null} [detail] Decline detail
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Decline.
             * @memberof gpumesh.v1
             * @interface IDecline
             * @augments gpumesh.v1.Decline.$Properties
             * @deprecated Use gpumesh.v1.Decline.$Properties instead.
             */

            /**
             * Shape of a Decline.
             * @typedef {gpumesh.v1.Decline.$Properties} gpumesh.v1.Decline.$Shape
             */

            /**
             * Constructs a new Decline.
             * @memberof gpumesh.v1
             * @classdesc Represents a Decline.
             * @constructor
             * @param {gpumesh.v1.Decline.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Decline = function (properties) {
                this.reasons = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Decline orderId.
             * @member {string} orderId
             * @memberof gpumesh.v1.Decline
             * @instance
             */
            Decline.prototype.orderId = "";

            /**
             * Decline reasons.
             * @member {Array.<gpumesh.v1.DeclineReason>} reasons
             * @memberof gpumesh.v1.Decline
             * @instance
             */
            Decline.prototype.reasons = $util.emptyArray;

            /**
             * Decline detail.
             * @member {string} detail
             * @memberof gpumesh.v1.Decline
             * @instance
             */
            Decline.prototype.detail = "";

            /**
             * Creates a new Decline instance using the specified properties.
             * @function create
             * @memberof gpumesh.v1.Decline
             * @static
             * @param {gpumesh.v1.Decline.$Properties=} [properties] Properties to set
             * @returns {gpumesh.v1.Decline} Decline instance
             * @type {{
             *   (properties: gpumesh.v1.Decline.$Shape): gpumesh.v1.Decline & gpumesh.v1.Decline.$Shape;
             *   (properties?: gpumesh.v1.Decline.$Properties): gpumesh.v1.Decline;
             * }}
             */
            Decline.create = function(properties) {
                return new Decline(properties);
            };

            /**
             * Encodes the specified Decline message. Does not implicitly {@link gpumesh.v1.Decline.verify|verify} messages.
             * @function encode
             * @memberof gpumesh.v1.Decline
             * @static
             * @param {gpumesh.v1.Decline.$Properties} message Decline message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Decline.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.orderId != null && $Object.hasOwnProperty.call(message, "orderId") && message.orderId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.orderId);
                if (message.reasons != null && message.reasons.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).int32s(message.reasons);
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail") && message.detail !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.detail);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Decline message from the specified reader or buffer.
             * @function decode
             * @memberof gpumesh.v1.Decline
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {gpumesh.v1.Decline & gpumesh.v1.Decline.$Shape} Decline
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Decline.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.gpumesh.v1.Decline();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.orderId = value;
                            else
                                delete message.orderId;
                            continue;
                        }
                    case 2: {
                            if (wireType === 2) {
                                if (!(message.reasons && message.reasons.length))
                                    message.reasons = [];
                                reader.int32s(message.reasons);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.reasons && message.reasons.length))
                                message.reasons = [];
                            message.reasons.push(reader.int32());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.detail = value;
                            else
                                delete message.detail;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Decline;
        })();

        v1.BidResponse = (function() {

            /**
             * Properties of a BidResponse.
             * @typedef {Object} gpumesh.v1.BidResponse.$Properties
             * @property {gpumesh.v1.SignedEnvelope.$Properties|null} [bid] BidResponse bid
             * @property {gpumesh.v1.Decline.$Properties|null} [decline] BidResponse decline
             * @property {"bid"|"decline"} [result] BidResponse result
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BidResponse.
             * @memberof gpumesh.v1
             * @interface IBidResponse
             * @augments gpumesh.v1.BidResponse.$Properties
             * @deprecated Use gpumesh.v1.BidResponse.$Properties instead.
             */

            /**
             * Narrowed shape of a BidResponse.
             * @typedef {{
             *   bid?: gpumesh.v1.SignedEnvelope.$Shape|null;
             *   decline?: gpumesh.v1.Decline.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ result?: undefined; bid?: null; decline?: null }|{ result?: "bid"; bid: gpumesh.v1.SignedEnvelope.$Shape; decline?: null }|{ result?: "decline"; bid?: null; decline: gpumesh.v1.Decline.$Shape })
             * )} gpumesh.v1.BidResponse.$Shape
             */

            /**
             * Constructs a new BidResponse.
             * @memberof gpumesh.v1
             * @classdesc Represents a BidResponse.
             * @constructor
             * @param {gpumesh.v1.BidResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BidResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BidResponse bid.
             * @member {gpumesh.v1.SignedEnvelope.$Properties|null|undefined} bid
             * @memberof gpumesh.v1.BidResponse
             * @instance
             */
            BidResponse.prototype.bid = null;

            /**
             * BidResponse decline.
             * @member {gpumesh.v1.Decline.$Properties|null|undefined} decline
             * @memberof gpumesh.v1.BidResponse
             * @instance
             */
            BidResponse.prototype.decline = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * BidResponse result.
             * @member {"bid"|"decline"|undefined} result
             * @memberof gpumesh.v1.BidResponse
             * @instance
             */
            $Object.defineProperty(BidResponse.prototype, "result", {
                get: $util.oneOfGetter($oneOfFields = ["bid", "decline"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new BidResponse instance using the specified properties.
             * @function create
             * @memberof gpumesh.v1.BidResponse
             * @static
             * @param {gpumesh.v1.BidResponse.$Properties=} [properties] Properties to set
             * @returns {gpumesh.v1.BidResponse} BidResponse instance
             * @type {{
             *   (properties: gpumesh.v1.BidResponse.$Shape): gpumesh.v1.BidResponse & gpumesh.v1.BidResponse.$Shape;
             *   (properties?: gpumesh.v1.BidResponse.$Properties): gpumesh.v1.BidResponse;
             * }}
             */
            BidResponse.create = function(properties) {
                return new BidResponse(properties);
            };

            /**
             * Encodes the specified BidResponse message. Does not implicitly {@link gpumesh.v1.BidResponse.verify|verify} messages.
             * @function encode
             * @memberof gpumesh.v1.BidResponse
             * @static
             * @param {gpumesh.v1.BidResponse.$Properties} message BidResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BidResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.bid != null && $Object.hasOwnProperty.call(message, "bid"))
                    $root.gpumesh.v1.SignedEnvelope.encode(message.bid, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.decline != null && $Object.hasOwnProperty.call(message, "decline"))
                    $root.gpumesh.v1.Decline.encode(message.decline, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BidResponse message from the specified reader or buffer.
             * @function decode
             * @memberof gpumesh.v1.BidResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {gpumesh.v1.BidResponse & gpumesh.v1.BidResponse.$Shape} BidResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BidResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.gpumesh.v1.BidResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.bid = $root.gpumesh.v1.SignedEnvelope.decode(reader, reader.size(), $undefined, _depth + 1, message.bid);
                            message.result = "bid";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.decline = $root.gpumesh.v1.Decline.decode(reader, reader.size(), $undefined, _depth + 1, message.decline);
                            message.result = "decline";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return BidResponse;
        })();

        v1.LeaseRequest = (function() {

            /**
             * Properties of a LeaseRequest.
             * @typedef {Object} gpumesh.v1.LeaseRequest.$Properties
             * @property {gpumesh.v1.SignedEnvelope.$Properties|null} [bid] LeaseRequest bid
             * @property {string|null} [client] LeaseRequest client
             * @property {boolean|null} [release] LeaseRequest release
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LeaseRequest.
             * @memberof gpumesh.v1
             * @interface ILeaseRequest
             * @augments gpumesh.v1.LeaseRequest.$Properties
             * @deprecated Use gpumesh.v1.LeaseRequest.$Properties instead.
             */

            /**
             * Shape of a LeaseRequest.
             * @typedef {gpumesh.v1.LeaseRequest.$Properties} gpumesh.v1.LeaseRequest.$Shape
             */

            /**
             * Constructs a new LeaseRequest.
             * @memberof gpumesh.v1
             * @classdesc Represents a LeaseRequest.
             * @constructor
             * @param {gpumesh.v1.LeaseRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LeaseRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LeaseRequest bid.
             * @member {gpumesh.v1.SignedEnvelope.$Properties|null|undefined} bid
             * @memberof gpumesh.v1.LeaseRequest
             * @instance
             */
            LeaseRequest.prototype.bid = null;

            /**
             * LeaseRequest client.
             * @member {string} client
             * @memberof gpumesh.v1.LeaseRequest
             * @instance
             */
            LeaseRequest.prototype.client = "";

            /**
             * LeaseRequest release.
             * @member {boolean} release
             * @memberof gpumesh.v1.LeaseRequest
             * @instance
             */
            LeaseRequest.prototype.release = false;

            /**
             * Creates a new LeaseRequest instance using the specified properties.
             * @function create
             * @memberof gpumesh.v1.LeaseRequest
             * @static
             * @param {gpumesh.v1.LeaseRequest.$Properties=} [properties] Properties to set
             * @returns {gpumesh.v1.LeaseRequest} LeaseRequest instance
             * @type {{
             *   (properties: gpumesh.v1.LeaseRequest.$Shape): gpumesh.v1.LeaseRequest & gpumesh.v1.LeaseRequest.$Shape;
             *   (properties?: gpumesh.v1.LeaseRequest.$Properties): gpumesh.v1.LeaseRequest;
             * }}
             */
            LeaseRequest.create = function(properties) {
                return new LeaseRequest(properties);
            };

            /**
             * Encodes the specified LeaseRequest message. Does not implicitly {@link gpumesh.v1.LeaseRequest.verify|verify} messages.
             * @function encode
             * @memberof gpumesh.v1.LeaseRequest
             * @static
             * @param {gpumesh.v1.LeaseRequest.$Properties} message LeaseRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LeaseRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.bid != null && $Object.hasOwnProperty.call(message, "bid"))
                    $root.gpumesh.v1.SignedEnvelope.encode(message.bid, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.client != null && $Object.hasOwnProperty.call(message, "client") && message.client !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.client);
                if (message.release != null && $Object.hasOwnProperty.call(message, "release") && message.release !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.release);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a LeaseRequest message from the specified reader or buffer.
             * @function decode
             * @memberof gpumesh.v1.LeaseRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {gpumesh.v1.LeaseRequest & gpumesh.v1.LeaseRequest.$Shape} LeaseRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LeaseRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.gpumesh.v1.LeaseRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.bid = $root.gpumesh.v1.SignedEnvelope.decode(reader, reader.size(), $undefined, _depth + 1, message.bid);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.client = value;
                            else
                                delete message.client;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.release = value;
                            else
                                delete message.release;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return LeaseRequest;
        })();

        v1.Lease = (function() {

            /**
             * Properties of a Lease.
             * @typedef {Object} gpumesh.v1.Lease.$Properties
             * @property {string|null} [leaseId] Lease leaseId
             * @property {string|null} [bidId] Lease bidId
             * @property {string|null} [orderId] Lease orderId
             * @property {string|null} [provider] Lease provider
             * @property {string|null} [client] Lease client
             * @property {Array.<number>|null} [gpuIndices] Lease gpuIndices
             * @property {number|Long|null} [pricePerGpuHour] Lease pricePerGpuHour
             * @property {number|null} [maxDurationS] Lease maxDurationS
             * @property {number|Long|null} [createdAtMs] Lease createdAtMs
             * @property {number|Long|null} [expiresAtMs] Lease expiresAtMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Lease.
             * @memberof gpumesh.v1
             * @interface ILease
             * @augments gpumesh.v1.Lease.$Properties
             * @deprecated Use gpumesh.v1.Lease.$Properties instead.
             */

            /**
             * Shape of a Lease.
             * @typedef {gpumesh.v1.Lease.$Properties} gpumesh.v1.Lease.$Shape
             */

            /**
             * Constructs a new Lease.
             * @memberof gpumesh.v1
             * @classdesc Represents a Lease.
             * @constructor
             * @param {gpumesh.v1.Lease.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Lease = function (properties) {
                this.gpuIndices = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Lease leaseId.
             * @member {string} leaseId
             * @memberof gpumesh.v1.Lease
             * @instance
             */
            Lease.prototype.leaseId = "";

            /**
             * Lease bidId.
             * @member {string} bidId
             * @memberof gpumesh.v1.Lease
             * @instance
             */
            Lease.prototype.bidId = "";

            /**
             * Lease orderId.
             * @member {string} orderId
             * @memberof gpumesh.v1.Lease
             * @instance
             */
            Lease.prototype.orderId = "";

            /**
             * Lease provider.
             * @member {string} provider
             * @memberof gpumesh.v1.Lease
             * @instance
             */
            Lease.prototype.provider = "";

            /**
             * Lease client.
             * @member {string} client
             * @memberof gpumesh.v1.Lease
             * @instance
             */
            Lease.prototype.client = "";

            /**
             * Lease gpuIndices.
             * @member {Array.<number>} gpuIndices
             * @memberof gpumesh.v1.Lease
             * @instance
             */
            Lease.prototype.gpuIndices = $util.emptyArray;

            /**
             * Lease pricePerGpuHour.
             * @member {number|Long} pricePerGpuHour
             * @memberof gpumesh.v1.Lease
             * @instance
             */
            Lease.prototype.pricePerGpuHour = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Lease maxDurationS.
             * @member {number} maxDurationS
             * @memberof gpumesh.v1.Lease
             * @instance
             */
            Lease.prototype.maxDurationS = 0;

            /**
             * Lease createdAtMs.
             * @member {number|Long} createdAtMs
             * @memberof gpumesh.v1.Lease
             * @instance
             */
            Lease.prototype.createdAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Lease expiresAtMs.
             * @member {number|Long} expiresAtMs
             * @memberof gpumesh.v1.Lease
             * @instance
             */
            Lease.prototype.expiresAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Lease instance using the specified properties.
             * @function create
             * @memberof gpumesh.v1.Lease
             * @static
             * @param {gpumesh.v1.Lease.$Properties=} [properties] Properties to set
             * @returns {gpumesh.v1.Lease} Lease instance
             * @type {{
             *   (properties: gpumesh.v1.Lease.$Shape): gpumesh.v1.Lease & gpumesh.v1.Lease.$Shape;
             *   (properties?: gpumesh.v1.Lease.$Properties): gpumesh.v1.Lease;
             * }}
             */
            Lease.create = function(properties) {
                return new Lease(properties);
            };

            /**
             * Encodes the specified Lease message. Does not implicitly {@link gpumesh.v1.Lease.verify|verify} messages.
             * @function encode
             * @memberof gpumesh.v1.Lease
             * @static
             * @param {gpumesh.v1.Lease.$Properties} message Lease message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Lease.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.leaseId != null && $Object.hasOwnProperty.call(message, "leaseId") && message.leaseId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.leaseId);
                if (message.bidId != null && $Object.hasOwnProperty.call(message, "bidId") && message.bidId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.bidId);
                if (message.orderId != null && $Object.hasOwnProperty.call(message, "orderId") && message.orderId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.orderId);
                if (message.provider != null && $Object.hasOwnProperty.call(message, "provider") && message.provider !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.provider);
                if (message.client != null && $Object.hasOwnProperty.call(message, "client") && message.client !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.client);
                if (message.gpuIndices != null && message.gpuIndices.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).uint32s(message.gpuIndices);
                if (message.pricePerGpuHour != null && $Object.hasOwnProperty.call(message, "pricePerGpuHour") && (typeof message.pricePerGpuHour === "object" ? message.pricePerGpuHour.low || message.pricePerGpuHour.high : message.pricePerGpuHour !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.pricePerGpuHour);
                if (message.maxDurationS != null && $Object.hasOwnProperty.call(message, "maxDurationS") && message.maxDurationS !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.maxDurationS);
                if (message.createdAtMs != null && $Object.hasOwnProperty.call(message, "createdAtMs") && (typeof message.createdAtMs === "object" ? message.createdAtMs.low || message.createdAtMs.high : message.createdAtMs !== 0))
                    writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.createdAtMs);
                if (message.expiresAtMs != null && $Object.hasOwnProperty.call(message, "expiresAtMs") && (typeof message.expiresAtMs === "object" ? message.expiresAtMs.low || message.expiresAtMs.high : message.expiresAtMs !== 0))
                    writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.expiresAtMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Lease message from the specified reader or buffer.
             * @function decode
             * @memberof gpumesh.v1.Lease
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {gpumesh.v1.Lease & gpumesh.v1.Lease.$Shape} Lease
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Lease.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.gpumesh.v1.Lease();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.leaseId = value;
                            else
                                delete message.leaseId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.bidId = value;
                            else
                                delete message.bidId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.orderId = value;
                            else
                                delete message.orderId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.provider = value;
                            else
                                delete message.provider;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.client = value;
                            else
                                delete message.client;
                            continue;
                        }
                    case 6: {
                            if (wireType === 2) {
                                if (!(message.gpuIndices && message.gpuIndices.length))
                                    message.gpuIndices = [];
                                reader.uint32s(message.gpuIndices);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.gpuIndices && message.gpuIndices.length))
                                message.gpuIndices = [];
                            message.gpuIndices.push(reader.uint32());
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.pricePerGpuHour = value;
                            else
                                delete message.pricePerGpuHour;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxDurationS = value;
                            else
                                delete message.maxDurationS;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.createdAtMs = value;
                            else
                                delete message.createdAtMs;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.expiresAtMs = value;
                            else
                                delete message.expiresAtMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Lease;
        })();

        /**
         * RejectReason enum.
         * @name gpumesh.v1.RejectReason
         * @enum {number}
         * @property {number} REJECT_REASON_UNSPECIFIED=0 REJECT_REASON_UNSPECIFIED value
         * @property {number} REJECT_REASON_INVALID_REQUEST=1 REJECT_REASON_INVALID_REQUEST value
         * @property {number} REJECT_REASON_BAD_SIGNATURE=2 REJECT_REASON_BAD_SIGNATURE value
         * @property {number} REJECT_REASON_UNKNOWN_BID=3 REJECT_REASON_UNKNOWN_BID value
         * @property {number} REJECT_REASON_BID_EXPIRED=4 REJECT_REASON_BID_EXPIRED value
         * @property {number} REJECT_REASON_ALREADY_LEASED=5 REJECT_REASON_ALREADY_LEASED value
         * @property {number} REJECT_REASON_NOT_BID_OWNER=6 REJECT_REASON_NOT_BID_OWNER value
         * @property {number} REJECT_REASON_CAPACITY_GONE=7 REJECT_REASON_CAPACITY_GONE value
         * @property {number} REJECT_REASON_SHUTTING_DOWN=8 REJECT_REASON_SHUTTING_DOWN value
         * @property {number} REJECT_REASON_RELEASED=9 REJECT_REASON_RELEASED value
         * @property {number} REJECT_REASON_HOLD_LIMIT=10 REJECT_REASON_HOLD_LIMIT value
         * @property {number} REJECT_REASON_HOLD_PENALTY=11 REJECT_REASON_HOLD_PENALTY value
         */
        v1.RejectReason = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "REJECT_REASON_UNSPECIFIED"] = 0;
            values[valuesById[1] = "REJECT_REASON_INVALID_REQUEST"] = 1;
            values[valuesById[2] = "REJECT_REASON_BAD_SIGNATURE"] = 2;
            values[valuesById[3] = "REJECT_REASON_UNKNOWN_BID"] = 3;
            values[valuesById[4] = "REJECT_REASON_BID_EXPIRED"] = 4;
            values[valuesById[5] = "REJECT_REASON_ALREADY_LEASED"] = 5;
            values[valuesById[6] = "REJECT_REASON_NOT_BID_OWNER"] = 6;
            values[valuesById[7] = "REJECT_REASON_CAPACITY_GONE"] = 7;
            values[valuesById[8] = "REJECT_REASON_SHUTTING_DOWN"] = 8;
            values[valuesById[9] = "REJECT_REASON_RELEASED"] = 9;
            values[valuesById[10] = "REJECT_REASON_HOLD_LIMIT"] = 10;
            values[valuesById[11] = "REJECT_REASON_HOLD_PENALTY"] = 11;
            return values;
        })();

        v1.Reject = (function() {

            /**
             * Properties of a Reject.
             * @typedef {Object} gpumesh.v1.Reject.$Properties
             * @property {string|null} [bidId] Reject bidId
             * @property {gpumesh.v1.RejectReason|null} [reason] Reject reason
             * @property {string|null} [detail] Reject detail
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Reject.
             * @memberof gpumesh.v1
             * @interface IReject
             * @augments gpumesh.v1.Reject.$Properties
             * @deprecated Use gpumesh.v1.Reject.$Properties instead.
             */

            /**
             * Shape of a Reject.
             * @typedef {gpumesh.v1.Reject.$Properties} gpumesh.v1.Reject.$Shape
             */

            /**
             * Constructs a new Reject.
             * @memberof gpumesh.v1
             * @classdesc Represents a Reject.
             * @constructor
             * @param {gpumesh.v1.Reject.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Reject = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Reject bidId.
             * @member {string} bidId
             * @memberof gpumesh.v1.Reject
             * @instance
             */
            Reject.prototype.bidId = "";

            /**
             * Reject reason.
             * @member {gpumesh.v1.RejectReason} reason
             * @memberof gpumesh.v1.Reject
             * @instance
             */
            Reject.prototype.reason = 0;

            /**
             * Reject detail.
             * @member {string} detail
             * @memberof gpumesh.v1.Reject
             * @instance
             */
            Reject.prototype.detail = "";

            /**
             * Creates a new Reject instance using the specified properties.
             * @function create
             * @memberof gpumesh.v1.Reject
             * @static
             * @param {gpumesh.v1.Reject.$Properties=} [properties] Properties to set
             * @returns {gpumesh.v1.Reject} Reject instance
             * @type {{
             *   (properties: gpumesh.v1.Reject.$Shape): gpumesh.v1.Reject & gpumesh.v1.Reject.$Shape;
             *   (properties?: gpumesh.v1.Reject.$Properties): gpumesh.v1.Reject;
             * }}
             */
            Reject.create = function(properties) {
                return new Reject(properties);
            };

            /**
             * Encodes the specified Reject message. Does not implicitly {@link gpumesh.v1.Reject.verify|verify} messages.
             * @function encode
             * @memberof gpumesh.v1.Reject
             * @static
             * @param {gpumesh.v1.Reject.$Properties} message Reject message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Reject.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.bidId != null && $Object.hasOwnProperty.call(message, "bidId") && message.bidId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.bidId);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.reason);
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail") && message.detail !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.detail);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Reject message from the specified reader or buffer.
             * @function decode
             * @memberof gpumesh.v1.Reject
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {gpumesh.v1.Reject & gpumesh.v1.Reject.$Shape} Reject
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Reject.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.gpumesh.v1.Reject();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.bidId = value;
                            else
                                delete message.bidId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.detail = value;
                            else
                                delete message.detail;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Reject;
        })();

        v1.LeaseResponse = (function() {

            /**
             * Properties of a LeaseResponse.
             * @typedef {Object} gpumesh.v1.LeaseResponse.$Properties
             * @property {gpumesh.v1.SignedEnvelope.$Properties|null} [lease] LeaseResponse lease
             * @property {gpumesh.v1.Reject.$Properties|null} [reject] LeaseResponse reject
             * @property {"lease"|"reject"} [result] LeaseResponse result
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LeaseResponse.
             * @memberof gpumesh.v1
             * @interface ILeaseResponse
             * @augments gpumesh.v1.LeaseResponse.$Properties
             * @deprecated Use gpumesh.v1.LeaseResponse.$Properties instead.
             */

            /**
             * Narrowed shape of a LeaseResponse.
             * @typedef {{
             *   lease?: gpumesh.v1.SignedEnvelope.$Shape|null;
             *   reject?: gpumesh.v1.Reject.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ result?: undefined; lease?: null; reject?: null }|{ result?: "lease"; lease: gpumesh.v1.SignedEnvelope.$Shape; reject?: null }|{ result?: "reject"; lease?: null; reject: gpumesh.v1.Reject.$Shape })
             * )} gpumesh.v1.LeaseResponse.$Shape
             */

            /**
             * Constructs a new LeaseResponse.
             * @memberof gpumesh.v1
             * @classdesc Represents a LeaseResponse.
             * @constructor
             * @param {gpumesh.v1.LeaseResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LeaseResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LeaseResponse lease.
             * @member {gpumesh.v1.SignedEnvelope.$Properties|null|undefined} lease
             * @memberof gpumesh.v1.LeaseResponse
             * @instance
             */
            LeaseResponse.prototype.lease = null;

            /**
             * LeaseResponse reject.
             * @member {gpumesh.v1.Reject.$Properties|null|undefined} reject
             * @memberof gpumesh.v1.LeaseResponse
             * @instance
             */
            LeaseResponse.prototype.reject = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * LeaseResponse result.
             * @member {"lease"|"reject"|undefined} result
             * @memberof gpumesh.v1.LeaseResponse
             * @instance
             */
            $Object.defineProperty(LeaseResponse.prototype, "result", {
                get: $util.oneOfGetter($oneOfFields = ["lease", "reject"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new LeaseResponse instance using the specified properties.
             * @function create
             * @memberof gpumesh.v1.LeaseResponse
             * @static
             * @param {gpumesh.v1.LeaseResponse.$Properties=} [properties] Properties to set
             * @returns {gpumesh.v1.LeaseResponse} LeaseResponse instance
             * @type {{
             *   (properties: gpumesh.v1.LeaseResponse.$Shape): gpumesh.v1.LeaseResponse & gpumesh.v1.LeaseResponse.$Shape;
             *   (properties?: gpumesh.v1.LeaseResponse.$Properties): gpumesh.v1.LeaseResponse;
             * }}
             */
            LeaseResponse.create = function(properties) {
                return new LeaseResponse(properties);
            };

            /**
             * Encodes the specified LeaseResponse message. Does not implicitly {@link gpumesh.v1.LeaseResponse.verify|verify} messages.
             * @function encode
             * @memberof gpumesh.v1.LeaseResponse
             * @static
             * @param {gpumesh.v1.LeaseResponse.$Properties} message LeaseResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LeaseResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.lease != null && $Object.hasOwnProperty.call(message, "lease"))
                    $root.gpumesh.v1.SignedEnvelope.encode(message.lease, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.reject != null && $Object.hasOwnProperty.call(message, "reject"))
                    $root.gpumesh.v1.Reject.encode(message.reject, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a LeaseResponse message from the specified reader or buffer.
             * @function decode
             * @memberof gpumesh.v1.LeaseResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {gpumesh.v1.LeaseResponse & gpumesh.v1.LeaseResponse.$Shape} LeaseResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LeaseResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.gpumesh.v1.LeaseResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.lease = $root.gpumesh.v1.SignedEnvelope.decode(reader, reader.size(), $undefined, _depth + 1, message.lease);
                            message.result = "lease";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.reject = $root.gpumesh.v1.Reject.decode(reader, reader.size(), $undefined, _depth + 1, message.reject);
                            message.result = "reject";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return LeaseResponse;
        })();

        v1.OfferSet = (function() {

            /**
             * Properties of an OfferSet.
             * @typedef {Object} gpumesh.v1.OfferSet.$Properties
             * @property {Array.<gpumesh.v1.SignedEnvelope.$Properties>|null} [offers] OfferSet offers
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an OfferSet.
             * @memberof gpumesh.v1
             * @interface IOfferSet
             * @augments gpumesh.v1.OfferSet.$Properties
             * @deprecated Use gpumesh.v1.OfferSet.$Properties instead.
             */

            /**
             * Shape of an OfferSet.
             * @typedef {gpumesh.v1.OfferSet.$Properties} gpumesh.v1.OfferSet.$Shape
             */

            /**
             * Constructs a new OfferSet.
             * @memberof gpumesh.v1
             * @classdesc Represents an OfferSet.
             * @constructor
             * @param {gpumesh.v1.OfferSet.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const OfferSet = function (properties) {
                this.offers = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * OfferSet offers.
             * @member {Array.<gpumesh.v1.SignedEnvelope.$Properties>} offers
             * @memberof gpumesh.v1.OfferSet
             * @instance
             */
            OfferSet.prototype.offers = $util.emptyArray;

            /**
             * Creates a new OfferSet instance using the specified properties.
             * @function create
             * @memberof gpumesh.v1.OfferSet
             * @static
             * @param {gpumesh.v1.OfferSet.$Properties=} [properties] Properties to set
             * @returns {gpumesh.v1.OfferSet} OfferSet instance
             * @type {{
             *   (properties: gpumesh.v1.OfferSet.$Shape): gpumesh.v1.OfferSet & gpumesh.v1.OfferSet.$Shape;
             *   (properties?: gpumesh.v1.OfferSet.$Properties): gpumesh.v1.OfferSet;
             * }}
             */
            OfferSet.create = function(properties) {
                return new OfferSet(properties);
            };

            /**
             * Encodes the specified OfferSet message. Does not implicitly {@link gpumesh.v1.OfferSet.verify|verify} messages.
             * @function encode
             * @memberof gpumesh.v1.OfferSet
             * @static
             * @param {gpumesh.v1.OfferSet.$Properties} message OfferSet message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OfferSet.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.offers != null && message.offers.length)
                    for (let i = 0; i < message.offers.length; ++i)
                        $root.gpumesh.v1.SignedEnvelope.encode(message.offers[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an OfferSet message from the specified reader or buffer.
             * @function decode
             * @memberof gpumesh.v1.OfferSet
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {gpumesh.v1.OfferSet & gpumesh.v1.OfferSet.$Shape} OfferSet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OfferSet.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.gpumesh.v1.OfferSet();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.offers && message.offers.length))
                                message.offers = [];
                            message.offers.push($root.gpumesh.v1.SignedEnvelope.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return OfferSet;
        })();

        /**
         * SessionRefusalCode enum.
         * @name gpumesh.v1.SessionRefusalCode
         * @enum {number}
         * @property {number} SESSION_REFUSAL_CODE_UNSPECIFIED=0 SESSION_REFUSAL_CODE_UNSPECIFIED value
         * @property {number} SESSION_REFUSAL_CODE_INVALID_REQUEST=1 SESSION_REFUSAL_CODE_INVALID_REQUEST value
         * @property {number} SESSION_REFUSAL_CODE_UNKNOWN_JOB=2 SESSION_REFUSAL_CODE_UNKNOWN_JOB value
         * @property {number} SESSION_REFUSAL_CODE_NOT_OWNER=3 SESSION_REFUSAL_CODE_NOT_OWNER value
         * @property {number} SESSION_REFUSAL_CODE_NOT_RUNNING=4 SESSION_REFUSAL_CODE_NOT_RUNNING value
         * @property {number} SESSION_REFUSAL_CODE_PORT_NOT_DECLARED=5 SESSION_REFUSAL_CODE_PORT_NOT_DECLARED value
         * @property {number} SESSION_REFUSAL_CODE_DISABLED=6 SESSION_REFUSAL_CODE_DISABLED value
         * @property {number} SESSION_REFUSAL_CODE_LIMIT=7 SESSION_REFUSAL_CODE_LIMIT value
         * @property {number} SESSION_REFUSAL_CODE_UNSUPPORTED=8 SESSION_REFUSAL_CODE_UNSUPPORTED value
         * @property {number} SESSION_REFUSAL_CODE_CONNECT_FAILED=9 SESSION_REFUSAL_CODE_CONNECT_FAILED value
         * @property {number} SESSION_REFUSAL_CODE_SPAWN_FAILED=10 SESSION_REFUSAL_CODE_SPAWN_FAILED value
         */
        v1.SessionRefusalCode = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "SESSION_REFUSAL_CODE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "SESSION_REFUSAL_CODE_INVALID_REQUEST"] = 1;
            values[valuesById[2] = "SESSION_REFUSAL_CODE_UNKNOWN_JOB"] = 2;
            values[valuesById[3] = "SESSION_REFUSAL_CODE_NOT_OWNER"] = 3;
            values[valuesById[4] = "SESSION_REFUSAL_CODE_NOT_RUNNING"] = 4;
            values[valuesById[5] = "SESSION_REFUSAL_CODE_PORT_NOT_DECLARED"] = 5;
            values[valuesById[6] = "SESSION_REFUSAL_CODE_DISABLED"] = 6;
            values[valuesById[7] = "SESSION_REFUSAL_CODE_LIMIT"] = 7;
            values[valuesById[8] = "SESSION_REFUSAL_CODE_UNSUPPORTED"] = 8;
            values[valuesById[9] = "SESSION_REFUSAL_CODE_CONNECT_FAILED"] = 9;
            values[valuesById[10] = "SESSION_REFUSAL_CODE_SPAWN_FAILED"] = 10;
            return values;
        })();

        v1.ForwardRequest = (function() {

            /**
             * Properties of a ForwardRequest.
             * @typedef {Object} gpumesh.v1.ForwardRequest.$Properties
             * @property {string|null} [jobId] ForwardRequest jobId
             * @property {number|null} [port] ForwardRequest port
             * @property {boolean|null} [probe] ForwardRequest probe
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ForwardRequest.
             * @memberof gpumesh.v1
             * @interface IForwardRequest
             * @augments gpumesh.v1.ForwardRequest.$Properties
             * @deprecated Use gpumesh.v1.ForwardRequest.$Properties instead.
             */

            /**
             * Shape of a ForwardRequest.
             * @typedef {gpumesh.v1.ForwardRequest.$Properties} gpumesh.v1.ForwardRequest.$Shape
             */

            /**
             * Constructs a new ForwardRequest.
             * @memberof gpumesh.v1
             * @classdesc Represents a ForwardRequest.
             * @constructor
             * @param {gpumesh.v1.ForwardRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ForwardRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ForwardRequest jobId.
             * @member {string} jobId
             * @memberof gpumesh.v1.ForwardRequest
             * @instance
             */
            ForwardRequest.prototype.jobId = "";

            /**
             * ForwardRequest port.
             * @member {number} port
             * @memberof gpumesh.v1.ForwardRequest
             * @instance
             */
            ForwardRequest.prototype.port = 0;

            /**
             * ForwardRequest probe.
             * @member {boolean} probe
             * @memberof gpumesh.v1.ForwardRequest
             * @instance
             */
            ForwardRequest.prototype.probe = false;

            /**
             * Creates a new ForwardRequest instance using the specified properties.
             * @function create
             * @memberof gpumesh.v1.ForwardRequest
             * @static
             * @param {gpumesh.v1.ForwardRequest.$Properties=} [properties] Properties to set
             * @returns {gpumesh.v1.ForwardRequest} ForwardRequest instance
             * @type {{
             *   (properties: gpumesh.v1.ForwardRequest.$Shape): gpumesh.v1.ForwardRequest & gpumesh.v1.ForwardRequest.$Shape;
             *   (properties?: gpumesh.v1.ForwardRequest.$Properties): gpumesh.v1.ForwardRequest;
             * }}
             */
            ForwardRequest.create = function(properties) {
                return new ForwardRequest(properties);
            };

            /**
             * Encodes the specified ForwardRequest message. Does not implicitly {@link gpumesh.v1.ForwardRequest.verify|verify} messages.
             * @function encode
             * @memberof gpumesh.v1.ForwardRequest
             * @static
             * @param {gpumesh.v1.ForwardRequest.$Properties} message ForwardRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ForwardRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && message.jobId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.jobId);
                if (message.port != null && $Object.hasOwnProperty.call(message, "port") && message.port !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.port);
                if (message.probe != null && $Object.hasOwnProperty.call(message, "probe") && message.probe !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.probe);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ForwardRequest message from the specified reader or buffer.
             * @function decode
             * @memberof gpumesh.v1.ForwardRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {gpumesh.v1.ForwardRequest & gpumesh.v1.ForwardRequest.$Shape} ForwardRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ForwardRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.gpumesh.v1.ForwardRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.jobId = value;
                            else
                                delete message.jobId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.port = value;
                            else
                                delete message.port;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.probe = value;
                            else
                                delete message.probe;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ForwardRequest;
        })();

        v1.ForwardResponse = (function() {

            /**
             * Properties of a ForwardResponse.
             * @typedef {Object} gpumesh.v1.ForwardResponse.$Properties
             * @property {gpumesh.v1.SessionRefusalCode|null} [refusal] ForwardResponse refusal
             * @property {string|null} [detail] ForwardResponse detail
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ForwardResponse.
             * @memberof gpumesh.v1
             * @interface IForwardResponse
             * @augments gpumesh.v1.ForwardResponse.$Properties
             * @deprecated Use gpumesh.v1.ForwardResponse.$Properties instead.
             */

            /**
             * Shape of a ForwardResponse.
             * @typedef {gpumesh.v1.ForwardResponse.$Properties} gpumesh.v1.ForwardResponse.$Shape
             */

            /**
             * Constructs a new ForwardResponse.
             * @memberof gpumesh.v1
             * @classdesc Represents a ForwardResponse.
             * @constructor
             * @param {gpumesh.v1.ForwardResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ForwardResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ForwardResponse refusal.
             * @member {gpumesh.v1.SessionRefusalCode} refusal
             * @memberof gpumesh.v1.ForwardResponse
             * @instance
             */
            ForwardResponse.prototype.refusal = 0;

            /**
             * ForwardResponse detail.
             * @member {string} detail
             * @memberof gpumesh.v1.ForwardResponse
             * @instance
             */
            ForwardResponse.prototype.detail = "";

            /**
             * Creates a new ForwardResponse instance using the specified properties.
             * @function create
             * @memberof gpumesh.v1.ForwardResponse
             * @static
             * @param {gpumesh.v1.ForwardResponse.$Properties=} [properties] Properties to set
             * @returns {gpumesh.v1.ForwardResponse} ForwardResponse instance
             * @type {{
             *   (properties: gpumesh.v1.ForwardResponse.$Shape): gpumesh.v1.ForwardResponse & gpumesh.v1.ForwardResponse.$Shape;
             *   (properties?: gpumesh.v1.ForwardResponse.$Properties): gpumesh.v1.ForwardResponse;
             * }}
             */
            ForwardResponse.create = function(properties) {
                return new ForwardResponse(properties);
            };

            /**
             * Encodes the specified ForwardResponse message. Does not implicitly {@link gpumesh.v1.ForwardResponse.verify|verify} messages.
             * @function encode
             * @memberof gpumesh.v1.ForwardResponse
             * @static
             * @param {gpumesh.v1.ForwardResponse.$Properties} message ForwardResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ForwardResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.refusal != null && $Object.hasOwnProperty.call(message, "refusal") && message.refusal !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.refusal);
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail") && message.detail !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.detail);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ForwardResponse message from the specified reader or buffer.
             * @function decode
             * @memberof gpumesh.v1.ForwardResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {gpumesh.v1.ForwardResponse & gpumesh.v1.ForwardResponse.$Shape} ForwardResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ForwardResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.gpumesh.v1.ForwardResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.refusal = value;
                            else
                                delete message.refusal;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.detail = value;
                            else
                                delete message.detail;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ForwardResponse;
        })();

        v1.TerminalSize = (function() {

            /**
             * Properties of a TerminalSize.
             * @typedef {Object} gpumesh.v1.TerminalSize.$Properties
             * @property {number|null} [rows] TerminalSize rows
             * @property {number|null} [cols] TerminalSize cols
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TerminalSize.
             * @memberof gpumesh.v1
             * @interface ITerminalSize
             * @augments gpumesh.v1.TerminalSize.$Properties
             * @deprecated Use gpumesh.v1.TerminalSize.$Properties instead.
             */

            /**
             * Shape of a TerminalSize.
             * @typedef {gpumesh.v1.TerminalSize.$Properties} gpumesh.v1.TerminalSize.$Shape
             */

            /**
             * Constructs a new TerminalSize.
             * @memberof gpumesh.v1
             * @classdesc Represents a TerminalSize.
             * @constructor
             * @param {gpumesh.v1.TerminalSize.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TerminalSize = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TerminalSize rows.
             * @member {number} rows
             * @memberof gpumesh.v1.TerminalSize
             * @instance
             */
            TerminalSize.prototype.rows = 0;

            /**
             * TerminalSize cols.
             * @member {number} cols
             * @memberof gpumesh.v1.TerminalSize
             * @instance
             */
            TerminalSize.prototype.cols = 0;

            /**
             * Creates a new TerminalSize instance using the specified properties.
             * @function create
             * @memberof gpumesh.v1.TerminalSize
             * @static
             * @param {gpumesh.v1.TerminalSize.$Properties=} [properties] Properties to set
             * @returns {gpumesh.v1.TerminalSize} TerminalSize instance
             * @type {{
             *   (properties: gpumesh.v1.TerminalSize.$Shape): gpumesh.v1.TerminalSize & gpumesh.v1.TerminalSize.$Shape;
             *   (properties?: gpumesh.v1.TerminalSize.$Properties): gpumesh.v1.TerminalSize;
             * }}
             */
            TerminalSize.create = function(properties) {
                return new TerminalSize(properties);
            };

            /**
             * Encodes the specified TerminalSize message. Does not implicitly {@link gpumesh.v1.TerminalSize.verify|verify} messages.
             * @function encode
             * @memberof gpumesh.v1.TerminalSize
             * @static
             * @param {gpumesh.v1.TerminalSize.$Properties} message TerminalSize message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TerminalSize.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.rows != null && $Object.hasOwnProperty.call(message, "rows") && message.rows !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.rows);
                if (message.cols != null && $Object.hasOwnProperty.call(message, "cols") && message.cols !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.cols);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TerminalSize message from the specified reader or buffer.
             * @function decode
             * @memberof gpumesh.v1.TerminalSize
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {gpumesh.v1.TerminalSize & gpumesh.v1.TerminalSize.$Shape} TerminalSize
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TerminalSize.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.gpumesh.v1.TerminalSize();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.rows = value;
                            else
                                delete message.rows;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.cols = value;
                            else
                                delete message.cols;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return TerminalSize;
        })();

        v1.ExecRequest = (function() {

            /**
             * Properties of an ExecRequest.
             * @typedef {Object} gpumesh.v1.ExecRequest.$Properties
             * @property {string|null} [jobId] ExecRequest jobId
             * @property {Array.<string>|null} [command] ExecRequest command
             * @property {boolean|null} [tty] ExecRequest tty
             * @property {gpumesh.v1.TerminalSize.$Properties|null} [size] ExecRequest size
             * @property {Object.<string,string>|null} [env] ExecRequest env
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ExecRequest.
             * @memberof gpumesh.v1
             * @interface IExecRequest
             * @augments gpumesh.v1.ExecRequest.$Properties
             * @deprecated Use gpumesh.v1.ExecRequest.$Properties instead.
             */

            /**
             * Shape of an ExecRequest.
             * @typedef {gpumesh.v1.ExecRequest.$Properties} gpumesh.v1.ExecRequest.$Shape
             */

            /**
             * Constructs a new ExecRequest.
             * @memberof gpumesh.v1
             * @classdesc Represents an ExecRequest.
             * @constructor
             * @param {gpumesh.v1.ExecRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ExecRequest = function (properties) {
                this.command = [];
                this.env = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ExecRequest jobId.
             * @member {string} jobId
             * @memberof gpumesh.v1.ExecRequest
             * @instance
             */
            ExecRequest.prototype.jobId = "";

            /**
             * ExecRequest command.
             * @member {Array.<string>} command
             * @memberof gpumesh.v1.ExecRequest
             * @instance
             */
            ExecRequest.prototype.command = $util.emptyArray;

            /**
             * ExecRequest tty.
             * @member {boolean} tty
             * @memberof gpumesh.v1.ExecRequest
             * @instance
             */
            ExecRequest.prototype.tty = false;

            /**
             * ExecRequest size.
             * @member {gpumesh.v1.TerminalSize.$Properties|null|undefined} size
             * @memberof gpumesh.v1.ExecRequest
             * @instance
             */
            ExecRequest.prototype.size = null;

            /**
             * ExecRequest env.
             * @member {Object.<string,string>} env
             * @memberof gpumesh.v1.ExecRequest
             * @instance
             */
            ExecRequest.prototype.env = $util.emptyObject;

            /**
             * Creates a new ExecRequest instance using the specified properties.
             * @function create
             * @memberof gpumesh.v1.ExecRequest
             * @static
             * @param {gpumesh.v1.ExecRequest.$Properties=} [properties] Properties to set
             * @returns {gpumesh.v1.ExecRequest} ExecRequest instance
             * @type {{
             *   (properties: gpumesh.v1.ExecRequest.$Shape): gpumesh.v1.ExecRequest & gpumesh.v1.ExecRequest.$Shape;
             *   (properties?: gpumesh.v1.ExecRequest.$Properties): gpumesh.v1.ExecRequest;
             * }}
             */
            ExecRequest.create = function(properties) {
                return new ExecRequest(properties);
            };

            /**
             * Encodes the specified ExecRequest message. Does not implicitly {@link gpumesh.v1.ExecRequest.verify|verify} messages.
             * @function encode
             * @memberof gpumesh.v1.ExecRequest
             * @static
             * @param {gpumesh.v1.ExecRequest.$Properties} message ExecRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ExecRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && message.jobId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.jobId);
                if (message.command != null && message.command.length)
                    for (let i = 0; i < message.command.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.command[i]);
                if (message.tty != null && $Object.hasOwnProperty.call(message, "tty") && message.tty !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.tty);
                if (message.size != null && $Object.hasOwnProperty.call(message, "size"))
                    $root.gpumesh.v1.TerminalSize.encode(message.size, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.env != null && $Object.hasOwnProperty.call(message, "env"))
                    for (let keys = $Object.keys(message.env), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 5, wireType 2 =*/42).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.env[keys[i]]).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an ExecRequest message from the specified reader or buffer.
             * @function decode
             * @memberof gpumesh.v1.ExecRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {gpumesh.v1.ExecRequest & gpumesh.v1.ExecRequest.$Shape} ExecRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ExecRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.gpumesh.v1.ExecRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.jobId = value;
                            else
                                delete message.jobId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.command && message.command.length))
                                message.command = [];
                            message.command.push(reader.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.tty = value;
                            else
                                delete message.tty;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.size = $root.gpumesh.v1.TerminalSize.decode(reader, reader.size(), $undefined, _depth + 1, message.size);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (message.env === $util.emptyObject)
                                message.env = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.env, key);
                            message.env[key] = value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ExecRequest;
        })();

        v1.ExecInput = (function() {

            /**
             * Properties of an ExecInput.
             * @typedef {Object} gpumesh.v1.ExecInput.$Properties
             * @property {Uint8Array|null} [stdin] ExecInput stdin
             * @property {boolean|null} [stdinEof] ExecInput stdinEof
             * @property {gpumesh.v1.TerminalSize.$Properties|null} [resize] ExecInput resize
             * @property {number|null} [signal] ExecInput signal
             * @property {"stdin"|"stdinEof"|"resize"|"signal"} [kind] ExecInput kind
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ExecInput.
             * @memberof gpumesh.v1
             * @interface IExecInput
             * @augments gpumesh.v1.ExecInput.$Properties
             * @deprecated Use gpumesh.v1.ExecInput.$Properties instead.
             */

            /**
             * Narrowed shape of an ExecInput.
             * @typedef {{
             *   stdin?: Uint8Array|null;
             *   stdinEof?: boolean|null;
             *   resize?: gpumesh.v1.TerminalSize.$Shape|null;
             *   signal?: number|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ kind?: undefined; stdin?: null; stdinEof?: null; resize?: null; signal?: null }|{ kind?: "stdin"; stdin: Uint8Array; stdinEof?: null; resize?: null; signal?: null }|{ kind?: "stdinEof"; stdin?: null; stdinEof: boolean; resize?: null; signal?: null }|{ kind?: "resize"; stdin?: null; stdinEof?: null; resize: gpumesh.v1.TerminalSize.$Shape; signal?: null }|{ kind?: "signal"; stdin?: null; stdinEof?: null; resize?: null; signal: number })
             * )} gpumesh.v1.ExecInput.$Shape
             */

            /**
             * Constructs a new ExecInput.
             * @memberof gpumesh.v1
             * @classdesc Represents an ExecInput.
             * @constructor
             * @param {gpumesh.v1.ExecInput.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ExecInput = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ExecInput stdin.
             * @member {Uint8Array|null|undefined} stdin
             * @memberof gpumesh.v1.ExecInput
             * @instance
             */
            ExecInput.prototype.stdin = null;

            /**
             * ExecInput stdinEof.
             * @member {boolean|null|undefined} stdinEof
             * @memberof gpumesh.v1.ExecInput
             * @instance
             */
            ExecInput.prototype.stdinEof = null;

            /**
             * ExecInput resize.
             * @member {gpumesh.v1.TerminalSize.$Properties|null|undefined} resize
             * @memberof gpumesh.v1.ExecInput
             * @instance
             */
            ExecInput.prototype.resize = null;

            /**
             * ExecInput signal.
             * @member {number|null|undefined} signal
             * @memberof gpumesh.v1.ExecInput
             * @instance
             */
            ExecInput.prototype.signal = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * ExecInput kind.
             * @member {"stdin"|"stdinEof"|"resize"|"signal"|undefined} kind
             * @memberof gpumesh.v1.ExecInput
             * @instance
             */
            $Object.defineProperty(ExecInput.prototype, "kind", {
                get: $util.oneOfGetter($oneOfFields = ["stdin", "stdinEof", "resize", "signal"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new ExecInput instance using the specified properties.
             * @function create
             * @memberof gpumesh.v1.ExecInput
             * @static
             * @param {gpumesh.v1.ExecInput.$Properties=} [properties] Properties to set
             * @returns {gpumesh.v1.ExecInput} ExecInput instance
             * @type {{
             *   (properties: gpumesh.v1.ExecInput.$Shape): gpumesh.v1.ExecInput & gpumesh.v1.ExecInput.$Shape;
             *   (properties?: gpumesh.v1.ExecInput.$Properties): gpumesh.v1.ExecInput;
             * }}
             */
            ExecInput.create = function(properties) {
                return new ExecInput(properties);
            };

            /**
             * Encodes the specified ExecInput message. Does not implicitly {@link gpumesh.v1.ExecInput.verify|verify} messages.
             * @function encode
             * @memberof gpumesh.v1.ExecInput
             * @static
             * @param {gpumesh.v1.ExecInput.$Properties} message ExecInput message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ExecInput.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.stdin != null && $Object.hasOwnProperty.call(message, "stdin"))
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.stdin);
                if (message.stdinEof != null && $Object.hasOwnProperty.call(message, "stdinEof"))
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.stdinEof);
                if (message.resize != null && $Object.hasOwnProperty.call(message, "resize"))
                    $root.gpumesh.v1.TerminalSize.encode(message.resize, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.signal != null && $Object.hasOwnProperty.call(message, "signal"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.signal);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an ExecInput message from the specified reader or buffer.
             * @function decode
             * @memberof gpumesh.v1.ExecInput
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {gpumesh.v1.ExecInput & gpumesh.v1.ExecInput.$Shape} ExecInput
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ExecInput.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.gpumesh.v1.ExecInput();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.stdin = reader.bytes();
                            message.kind = "stdin";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            message.stdinEof = reader.bool();
                            message.kind = "stdinEof";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.resize = $root.gpumesh.v1.TerminalSize.decode(reader, reader.size(), $undefined, _depth + 1, message.resize);
                            message.kind = "resize";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            message.signal = reader.uint32();
                            message.kind = "signal";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ExecInput;
        })();

        v1.ExecOutput = (function() {

            /**
             * Properties of an ExecOutput.
             * @typedef {Object} gpumesh.v1.ExecOutput.$Properties
             * @property {gpumesh.v1.ForwardResponse.$Properties|null} [refusal] ExecOutput refusal
             * @property {boolean|null} [started] ExecOutput started
             * @property {Uint8Array|null} [stdout] ExecOutput stdout
             * @property {Uint8Array|null} [stderr] ExecOutput stderr
             * @property {number|null} [exitCode] ExecOutput exitCode
             * @property {"refusal"|"started"|"stdout"|"stderr"|"exitCode"} [kind] ExecOutput kind
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ExecOutput.
             * @memberof gpumesh.v1
             * @interface IExecOutput
             * @augments gpumesh.v1.ExecOutput.$Properties
             * @deprecated Use gpumesh.v1.ExecOutput.$Properties instead.
             */

            /**
             * Narrowed shape of an ExecOutput.
             * @typedef {{
             *   refusal?: gpumesh.v1.ForwardResponse.$Shape|null;
             *   started?: boolean|null;
             *   stdout?: Uint8Array|null;
             *   stderr?: Uint8Array|null;
             *   exitCode?: number|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ kind?: undefined; refusal?: null; started?: null; stdout?: null; stderr?: null; exitCode?: null }|{ kind?: "refusal"; refusal: gpumesh.v1.ForwardResponse.$Shape; started?: null; stdout?: null; stderr?: null; exitCode?: null }|{ kind?: "started"; refusal?: null; started: boolean; stdout?: null; stderr?: null; exitCode?: null }|{ kind?: "stdout"; refusal?: null; started?: null; stdout: Uint8Array; stderr?: null; exitCode?: null }|{ kind?: "stderr"; refusal?: null; started?: null; stdout?: null; stderr: Uint8Array; exitCode?: null }|{ kind?: "exitCode"; refusal?: null; started?: null; stdout?: null; stderr?: null; exitCode: number })
             * )} gpumesh.v1.ExecOutput.$Shape
             */

            /**
             * Constructs a new ExecOutput.
             * @memberof gpumesh.v1
             * @classdesc Represents an ExecOutput.
             * @constructor
             * @param {gpumesh.v1.ExecOutput.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ExecOutput = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ExecOutput refusal.
             * @member {gpumesh.v1.ForwardResponse.$Properties|null|undefined} refusal
             * @memberof gpumesh.v1.ExecOutput
             * @instance
             */
            ExecOutput.prototype.refusal = null;

            /**
             * ExecOutput started.
             * @member {boolean|null|undefined} started
             * @memberof gpumesh.v1.ExecOutput
             * @instance
             */
            ExecOutput.prototype.started = null;

            /**
             * ExecOutput stdout.
             * @member {Uint8Array|null|undefined} stdout
             * @memberof gpumesh.v1.ExecOutput
             * @instance
             */
            ExecOutput.prototype.stdout = null;

            /**
             * ExecOutput stderr.
             * @member {Uint8Array|null|undefined} stderr
             * @memberof gpumesh.v1.ExecOutput
             * @instance
             */
            ExecOutput.prototype.stderr = null;

            /**
             * ExecOutput exitCode.
             * @member {number|null|undefined} exitCode
             * @memberof gpumesh.v1.ExecOutput
             * @instance
             */
            ExecOutput.prototype.exitCode = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * ExecOutput kind.
             * @member {"refusal"|"started"|"stdout"|"stderr"|"exitCode"|undefined} kind
             * @memberof gpumesh.v1.ExecOutput
             * @instance
             */
            $Object.defineProperty(ExecOutput.prototype, "kind", {
                get: $util.oneOfGetter($oneOfFields = ["refusal", "started", "stdout", "stderr", "exitCode"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new ExecOutput instance using the specified properties.
             * @function create
             * @memberof gpumesh.v1.ExecOutput
             * @static
             * @param {gpumesh.v1.ExecOutput.$Properties=} [properties] Properties to set
             * @returns {gpumesh.v1.ExecOutput} ExecOutput instance
             * @type {{
             *   (properties: gpumesh.v1.ExecOutput.$Shape): gpumesh.v1.ExecOutput & gpumesh.v1.ExecOutput.$Shape;
             *   (properties?: gpumesh.v1.ExecOutput.$Properties): gpumesh.v1.ExecOutput;
             * }}
             */
            ExecOutput.create = function(properties) {
                return new ExecOutput(properties);
            };

            /**
             * Encodes the specified ExecOutput message. Does not implicitly {@link gpumesh.v1.ExecOutput.verify|verify} messages.
             * @function encode
             * @memberof gpumesh.v1.ExecOutput
             * @static
             * @param {gpumesh.v1.ExecOutput.$Properties} message ExecOutput message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ExecOutput.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.refusal != null && $Object.hasOwnProperty.call(message, "refusal"))
                    $root.gpumesh.v1.ForwardResponse.encode(message.refusal, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.started != null && $Object.hasOwnProperty.call(message, "started"))
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.started);
                if (message.stdout != null && $Object.hasOwnProperty.call(message, "stdout"))
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.stdout);
                if (message.stderr != null && $Object.hasOwnProperty.call(message, "stderr"))
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.stderr);
                if (message.exitCode != null && $Object.hasOwnProperty.call(message, "exitCode"))
                    writer.uint32(/* id 5, wireType 0 =*/40).sint32(message.exitCode);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an ExecOutput message from the specified reader or buffer.
             * @function decode
             * @memberof gpumesh.v1.ExecOutput
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {gpumesh.v1.ExecOutput & gpumesh.v1.ExecOutput.$Shape} ExecOutput
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ExecOutput.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.gpumesh.v1.ExecOutput();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.refusal = $root.gpumesh.v1.ForwardResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.refusal);
                            message.kind = "refusal";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            message.started = reader.bool();
                            message.kind = "started";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.stdout = reader.bytes();
                            message.kind = "stdout";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.stderr = reader.bytes();
                            message.kind = "stderr";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            message.exitCode = reader.sint32();
                            message.kind = "exitCode";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ExecOutput;
        })();

        return v1;
    })();

    return gpumesh;
})();

export {
  $root as default
};
