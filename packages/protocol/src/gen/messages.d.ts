import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace gpumesh. */
export namespace gpumesh {

    /** Namespace v1. */
    namespace v1 {

        /**
         * Properties of a SignedEnvelope.
         * @deprecated Use gpumesh.v1.SignedEnvelope.$Properties instead.
         */
        interface ISignedEnvelope extends gpumesh.v1.SignedEnvelope.$Properties {
        }

        /** Represents a SignedEnvelope. */
        class SignedEnvelope {

            /**
             * Constructs a new SignedEnvelope.
             * @param [properties] Properties to set
             */
            constructor(properties?: gpumesh.v1.SignedEnvelope.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SignedEnvelope payloadType. */
            payloadType: string;

            /** SignedEnvelope payload. */
            payload: Uint8Array;

            /** SignedEnvelope publicKey. */
            publicKey: Uint8Array;

            /** SignedEnvelope signature. */
            signature: Uint8Array;

            /** SignedEnvelope signedAtMs. */
            signedAtMs: (number|Long);

            /** SignedEnvelope expiresAtMs. */
            expiresAtMs: (number|Long);

            /**
             * Creates a new SignedEnvelope instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SignedEnvelope instance
             */
            static create(properties: gpumesh.v1.SignedEnvelope.$Shape): gpumesh.v1.SignedEnvelope & gpumesh.v1.SignedEnvelope.$Shape;
            static create(properties?: gpumesh.v1.SignedEnvelope.$Properties): gpumesh.v1.SignedEnvelope;

            /**
             * Encodes the specified SignedEnvelope message. Does not implicitly {@link gpumesh.v1.SignedEnvelope.verify|verify} messages.
             * @param message SignedEnvelope message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: gpumesh.v1.SignedEnvelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SignedEnvelope message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {gpumesh.v1.SignedEnvelope & gpumesh.v1.SignedEnvelope.$Shape} SignedEnvelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gpumesh.v1.SignedEnvelope & gpumesh.v1.SignedEnvelope.$Shape;
        }

        namespace SignedEnvelope {

            /** Properties of a SignedEnvelope. */
            interface $Properties {

                /** SignedEnvelope payloadType */
                payloadType?: (string|null);

                /** SignedEnvelope payload */
                payload?: (Uint8Array|null);

                /** SignedEnvelope publicKey */
                publicKey?: (Uint8Array|null);

                /** SignedEnvelope signature */
                signature?: (Uint8Array|null);

                /** SignedEnvelope signedAtMs */
                signedAtMs?: (number|Long|null);

                /** SignedEnvelope expiresAtMs */
                expiresAtMs?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SignedEnvelope. */
            type $Shape = gpumesh.v1.SignedEnvelope.$Properties;
        }

        /**
         * Properties of an InputFile.
         * @deprecated Use gpumesh.v1.InputFile.$Properties instead.
         */
        interface IInputFile extends gpumesh.v1.InputFile.$Properties {
        }

        /** Represents an InputFile. */
        class InputFile {

            /**
             * Constructs a new InputFile.
             * @param [properties] Properties to set
             */
            constructor(properties?: gpumesh.v1.InputFile.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** InputFile name. */
            name: string;

            /** InputFile content. */
            content: Uint8Array;

            /** InputFile url. */
            url: string;

            /** InputFile sha256. */
            sha256: Uint8Array;

            /** InputFile size. */
            size: (number|Long);

            /**
             * Creates a new InputFile instance using the specified properties.
             * @param [properties] Properties to set
             * @returns InputFile instance
             */
            static create(properties: gpumesh.v1.InputFile.$Shape): gpumesh.v1.InputFile & gpumesh.v1.InputFile.$Shape;
            static create(properties?: gpumesh.v1.InputFile.$Properties): gpumesh.v1.InputFile;

            /**
             * Encodes the specified InputFile message. Does not implicitly {@link gpumesh.v1.InputFile.verify|verify} messages.
             * @param message InputFile message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: gpumesh.v1.InputFile.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an InputFile message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {gpumesh.v1.InputFile & gpumesh.v1.InputFile.$Shape} InputFile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gpumesh.v1.InputFile & gpumesh.v1.InputFile.$Shape;
        }

        namespace InputFile {

            /** Properties of an InputFile. */
            interface $Properties {

                /** InputFile name */
                name?: (string|null);

                /** InputFile content */
                content?: (Uint8Array|null);

                /** InputFile url */
                url?: (string|null);

                /** InputFile sha256 */
                sha256?: (Uint8Array|null);

                /** InputFile size */
                size?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an InputFile. */
            type $Shape = gpumesh.v1.InputFile.$Properties;
        }

        /**
         * Properties of a WorkloadSpec.
         * @deprecated Use gpumesh.v1.WorkloadSpec.$Properties instead.
         */
        interface IWorkloadSpec extends gpumesh.v1.WorkloadSpec.$Properties {
        }

        /** Represents a WorkloadSpec. */
        class WorkloadSpec {

            /**
             * Constructs a new WorkloadSpec.
             * @param [properties] Properties to set
             */
            constructor(properties?: gpumesh.v1.WorkloadSpec.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** WorkloadSpec runtime. */
            runtime: string;

            /** WorkloadSpec image. */
            image: string;

            /** WorkloadSpec command. */
            command: string[];

            /** WorkloadSpec env. */
            env: { [k: string]: string };

            /** WorkloadSpec inputs. */
            inputs: gpumesh.v1.InputFile.$Properties[];

            /** WorkloadSpec timeoutS. */
            timeoutS: number;

            /** WorkloadSpec network. */
            network: boolean;

            /** WorkloadSpec preparingTimeoutS. */
            preparingTimeoutS: number;

            /** WorkloadSpec service. */
            service: boolean;

            /** WorkloadSpec ports. */
            ports: number[];

            /**
             * Creates a new WorkloadSpec instance using the specified properties.
             * @param [properties] Properties to set
             * @returns WorkloadSpec instance
             */
            static create(properties: gpumesh.v1.WorkloadSpec.$Shape): gpumesh.v1.WorkloadSpec & gpumesh.v1.WorkloadSpec.$Shape;
            static create(properties?: gpumesh.v1.WorkloadSpec.$Properties): gpumesh.v1.WorkloadSpec;

            /**
             * Encodes the specified WorkloadSpec message. Does not implicitly {@link gpumesh.v1.WorkloadSpec.verify|verify} messages.
             * @param message WorkloadSpec message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: gpumesh.v1.WorkloadSpec.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a WorkloadSpec message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {gpumesh.v1.WorkloadSpec & gpumesh.v1.WorkloadSpec.$Shape} WorkloadSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gpumesh.v1.WorkloadSpec & gpumesh.v1.WorkloadSpec.$Shape;
        }

        namespace WorkloadSpec {

            /** Properties of a WorkloadSpec. */
            interface $Properties {

                /** WorkloadSpec runtime */
                runtime?: (string|null);

                /** WorkloadSpec image */
                image?: (string|null);

                /** WorkloadSpec command */
                command?: (string[]|null);

                /** WorkloadSpec env */
                env?: ({ [k: string]: string }|null);

                /** WorkloadSpec inputs */
                inputs?: (gpumesh.v1.InputFile.$Properties[]|null);

                /** WorkloadSpec timeoutS */
                timeoutS?: (number|null);

                /** WorkloadSpec network */
                network?: (boolean|null);

                /** WorkloadSpec preparingTimeoutS */
                preparingTimeoutS?: (number|null);

                /** WorkloadSpec service */
                service?: (boolean|null);

                /** WorkloadSpec ports */
                ports?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a WorkloadSpec. */
            type $Shape = gpumesh.v1.WorkloadSpec.$Properties;
        }

        /**
         * Properties of a Submit.
         * @deprecated Use gpumesh.v1.Submit.$Properties instead.
         */
        interface ISubmit extends gpumesh.v1.Submit.$Properties {
        }

        /** Represents a Submit. */
        class Submit {

            /**
             * Constructs a new Submit.
             * @param [properties] Properties to set
             */
            constructor(properties?: gpumesh.v1.Submit.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Submit leaseId. */
            leaseId: string;

            /** Submit spec. */
            spec?: (gpumesh.v1.WorkloadSpec.$Properties|null);

            /** Submit leaseRequest. */
            leaseRequest?: (gpumesh.v1.SignedEnvelope.$Properties|null);

            /**
             * Creates a new Submit instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Submit instance
             */
            static create(properties: gpumesh.v1.Submit.$Shape): gpumesh.v1.Submit & gpumesh.v1.Submit.$Shape;
            static create(properties?: gpumesh.v1.Submit.$Properties): gpumesh.v1.Submit;

            /**
             * Encodes the specified Submit message. Does not implicitly {@link gpumesh.v1.Submit.verify|verify} messages.
             * @param message Submit message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: gpumesh.v1.Submit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Submit message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {gpumesh.v1.Submit & gpumesh.v1.Submit.$Shape} Submit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gpumesh.v1.Submit & gpumesh.v1.Submit.$Shape;
        }

        namespace Submit {

            /** Properties of a Submit. */
            interface $Properties {

                /** Submit leaseId */
                leaseId?: (string|null);

                /** Submit spec */
                spec?: (gpumesh.v1.WorkloadSpec.$Properties|null);

                /** Submit leaseRequest */
                leaseRequest?: (gpumesh.v1.SignedEnvelope.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Submit. */
            type $Shape = gpumesh.v1.Submit.$Properties;
        }

        /**
         * Properties of an Attach.
         * @deprecated Use gpumesh.v1.Attach.$Properties instead.
         */
        interface IAttach extends gpumesh.v1.Attach.$Properties {
        }

        /** Represents an Attach. */
        class Attach {

            /**
             * Constructs a new Attach.
             * @param [properties] Properties to set
             */
            constructor(properties?: gpumesh.v1.Attach.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Attach jobId. */
            jobId: string;

            /** Attach fromSeq. */
            fromSeq: (number|Long);

            /**
             * Creates a new Attach instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Attach instance
             */
            static create(properties: gpumesh.v1.Attach.$Shape): gpumesh.v1.Attach & gpumesh.v1.Attach.$Shape;
            static create(properties?: gpumesh.v1.Attach.$Properties): gpumesh.v1.Attach;

            /**
             * Encodes the specified Attach message. Does not implicitly {@link gpumesh.v1.Attach.verify|verify} messages.
             * @param message Attach message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: gpumesh.v1.Attach.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Attach message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {gpumesh.v1.Attach & gpumesh.v1.Attach.$Shape} Attach
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gpumesh.v1.Attach & gpumesh.v1.Attach.$Shape;
        }

        namespace Attach {

            /** Properties of an Attach. */
            interface $Properties {

                /** Attach jobId */
                jobId?: (string|null);

                /** Attach fromSeq */
                fromSeq?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Attach. */
            type $Shape = gpumesh.v1.Attach.$Properties;
        }

        /**
         * Properties of a Cancel.
         * @deprecated Use gpumesh.v1.Cancel.$Properties instead.
         */
        interface ICancel extends gpumesh.v1.Cancel.$Properties {
        }

        /** Represents a Cancel. */
        class Cancel {

            /**
             * Constructs a new Cancel.
             * @param [properties] Properties to set
             */
            constructor(properties?: gpumesh.v1.Cancel.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Cancel jobId. */
            jobId: string;

            /**
             * Creates a new Cancel instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Cancel instance
             */
            static create(properties: gpumesh.v1.Cancel.$Shape): gpumesh.v1.Cancel & gpumesh.v1.Cancel.$Shape;
            static create(properties?: gpumesh.v1.Cancel.$Properties): gpumesh.v1.Cancel;

            /**
             * Encodes the specified Cancel message. Does not implicitly {@link gpumesh.v1.Cancel.verify|verify} messages.
             * @param message Cancel message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: gpumesh.v1.Cancel.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Cancel message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {gpumesh.v1.Cancel & gpumesh.v1.Cancel.$Shape} Cancel
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gpumesh.v1.Cancel & gpumesh.v1.Cancel.$Shape;
        }

        namespace Cancel {

            /** Properties of a Cancel. */
            interface $Properties {

                /** Cancel jobId */
                jobId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Cancel. */
            type $Shape = gpumesh.v1.Cancel.$Properties;
        }

        /**
         * Properties of a Countersign.
         * @deprecated Use gpumesh.v1.Countersign.$Properties instead.
         */
        interface ICountersign extends gpumesh.v1.Countersign.$Properties {
        }

        /** Represents a Countersign. */
        class Countersign {

            /**
             * Constructs a new Countersign.
             * @param [properties] Properties to set
             */
            constructor(properties?: gpumesh.v1.Countersign.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Countersign jobId. */
            jobId: string;

            /** Countersign acceptance. */
            acceptance?: (gpumesh.v1.SignedEnvelope.$Properties|null);

            /**
             * Creates a new Countersign instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Countersign instance
             */
            static create(properties: gpumesh.v1.Countersign.$Shape): gpumesh.v1.Countersign & gpumesh.v1.Countersign.$Shape;
            static create(properties?: gpumesh.v1.Countersign.$Properties): gpumesh.v1.Countersign;

            /**
             * Encodes the specified Countersign message. Does not implicitly {@link gpumesh.v1.Countersign.verify|verify} messages.
             * @param message Countersign message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: gpumesh.v1.Countersign.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Countersign message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {gpumesh.v1.Countersign & gpumesh.v1.Countersign.$Shape} Countersign
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gpumesh.v1.Countersign & gpumesh.v1.Countersign.$Shape;
        }

        namespace Countersign {

            /** Properties of a Countersign. */
            interface $Properties {

                /** Countersign jobId */
                jobId?: (string|null);

                /** Countersign acceptance */
                acceptance?: (gpumesh.v1.SignedEnvelope.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Countersign. */
            type $Shape = gpumesh.v1.Countersign.$Properties;
        }

        /**
         * Properties of a ReceiptAcceptance.
         * @deprecated Use gpumesh.v1.ReceiptAcceptance.$Properties instead.
         */
        interface IReceiptAcceptance extends gpumesh.v1.ReceiptAcceptance.$Properties {
        }

        /** Represents a ReceiptAcceptance. */
        class ReceiptAcceptance {

            /**
             * Constructs a new ReceiptAcceptance.
             * @param [properties] Properties to set
             */
            constructor(properties?: gpumesh.v1.ReceiptAcceptance.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ReceiptAcceptance jobId. */
            jobId: string;

            /** ReceiptAcceptance receiptDigest. */
            receiptDigest: Uint8Array;

            /**
             * Creates a new ReceiptAcceptance instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReceiptAcceptance instance
             */
            static create(properties: gpumesh.v1.ReceiptAcceptance.$Shape): gpumesh.v1.ReceiptAcceptance & gpumesh.v1.ReceiptAcceptance.$Shape;
            static create(properties?: gpumesh.v1.ReceiptAcceptance.$Properties): gpumesh.v1.ReceiptAcceptance;

            /**
             * Encodes the specified ReceiptAcceptance message. Does not implicitly {@link gpumesh.v1.ReceiptAcceptance.verify|verify} messages.
             * @param message ReceiptAcceptance message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: gpumesh.v1.ReceiptAcceptance.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReceiptAcceptance message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {gpumesh.v1.ReceiptAcceptance & gpumesh.v1.ReceiptAcceptance.$Shape} ReceiptAcceptance
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gpumesh.v1.ReceiptAcceptance & gpumesh.v1.ReceiptAcceptance.$Shape;
        }

        namespace ReceiptAcceptance {

            /** Properties of a ReceiptAcceptance. */
            interface $Properties {

                /** ReceiptAcceptance jobId */
                jobId?: (string|null);

                /** ReceiptAcceptance receiptDigest */
                receiptDigest?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReceiptAcceptance. */
            type $Shape = gpumesh.v1.ReceiptAcceptance.$Properties;
        }

        /**
         * Properties of a Renew.
         * @deprecated Use gpumesh.v1.Renew.$Properties instead.
         */
        interface IRenew extends gpumesh.v1.Renew.$Properties {
        }

        /** Represents a Renew. */
        class Renew {

            /**
             * Constructs a new Renew.
             * @param [properties] Properties to set
             */
            constructor(properties?: gpumesh.v1.Renew.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Renew jobId. */
            jobId: string;

            /** Renew renewal. */
            renewal?: (gpumesh.v1.SignedEnvelope.$Properties|null);

            /**
             * Creates a new Renew instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Renew instance
             */
            static create(properties: gpumesh.v1.Renew.$Shape): gpumesh.v1.Renew & gpumesh.v1.Renew.$Shape;
            static create(properties?: gpumesh.v1.Renew.$Properties): gpumesh.v1.Renew;

            /**
             * Encodes the specified Renew message. Does not implicitly {@link gpumesh.v1.Renew.verify|verify} messages.
             * @param message Renew message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: gpumesh.v1.Renew.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Renew message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {gpumesh.v1.Renew & gpumesh.v1.Renew.$Shape} Renew
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gpumesh.v1.Renew & gpumesh.v1.Renew.$Shape;
        }

        namespace Renew {

            /** Properties of a Renew. */
            interface $Properties {

                /** Renew jobId */
                jobId?: (string|null);

                /** Renew renewal */
                renewal?: (gpumesh.v1.SignedEnvelope.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Renew. */
            type $Shape = gpumesh.v1.Renew.$Properties;
        }

        /**
         * Properties of a LeaseRenewal.
         * @deprecated Use gpumesh.v1.LeaseRenewal.$Properties instead.
         */
        interface ILeaseRenewal extends gpumesh.v1.LeaseRenewal.$Properties {
        }

        /** Represents a LeaseRenewal. */
        class LeaseRenewal {

            /**
             * Constructs a new LeaseRenewal.
             * @param [properties] Properties to set
             */
            constructor(properties?: gpumesh.v1.LeaseRenewal.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LeaseRenewal jobId. */
            jobId: string;

            /** LeaseRenewal leaseId. */
            leaseId: string;

            /** LeaseRenewal maxDurationS. */
            maxDurationS: number;

            /**
             * Creates a new LeaseRenewal instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LeaseRenewal instance
             */
            static create(properties: gpumesh.v1.LeaseRenewal.$Shape): gpumesh.v1.LeaseRenewal & gpumesh.v1.LeaseRenewal.$Shape;
            static create(properties?: gpumesh.v1.LeaseRenewal.$Properties): gpumesh.v1.LeaseRenewal;

            /**
             * Encodes the specified LeaseRenewal message. Does not implicitly {@link gpumesh.v1.LeaseRenewal.verify|verify} messages.
             * @param message LeaseRenewal message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: gpumesh.v1.LeaseRenewal.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LeaseRenewal message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {gpumesh.v1.LeaseRenewal & gpumesh.v1.LeaseRenewal.$Shape} LeaseRenewal
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gpumesh.v1.LeaseRenewal & gpumesh.v1.LeaseRenewal.$Shape;
        }

        namespace LeaseRenewal {

            /** Properties of a LeaseRenewal. */
            interface $Properties {

                /** LeaseRenewal jobId */
                jobId?: (string|null);

                /** LeaseRenewal leaseId */
                leaseId?: (string|null);

                /** LeaseRenewal maxDurationS */
                maxDurationS?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LeaseRenewal. */
            type $Shape = gpumesh.v1.LeaseRenewal.$Properties;
        }

        /**
         * Properties of a JobRequest.
         * @deprecated Use gpumesh.v1.JobRequest.$Properties instead.
         */
        interface IJobRequest extends gpumesh.v1.JobRequest.$Properties {
        }

        /** Represents a JobRequest. */
        class JobRequest {

            /**
             * Constructs a new JobRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: gpumesh.v1.JobRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** JobRequest submit. */
            submit?: (gpumesh.v1.Submit.$Properties|null);

            /** JobRequest attach. */
            attach?: (gpumesh.v1.Attach.$Properties|null);

            /** JobRequest cancel. */
            cancel?: (gpumesh.v1.Cancel.$Properties|null);

            /** JobRequest countersign. */
            countersign?: (gpumesh.v1.Countersign.$Properties|null);

            /** JobRequest renew. */
            renew?: (gpumesh.v1.Renew.$Properties|null);

            /** JobRequest request. */
            request?: ("submit"|"attach"|"cancel"|"countersign"|"renew");

            /**
             * Creates a new JobRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns JobRequest instance
             */
            static create(properties: gpumesh.v1.JobRequest.$Shape): gpumesh.v1.JobRequest & gpumesh.v1.JobRequest.$Shape;
            static create(properties?: gpumesh.v1.JobRequest.$Properties): gpumesh.v1.JobRequest;

            /**
             * Encodes the specified JobRequest message. Does not implicitly {@link gpumesh.v1.JobRequest.verify|verify} messages.
             * @param message JobRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: gpumesh.v1.JobRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a JobRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {gpumesh.v1.JobRequest & gpumesh.v1.JobRequest.$Shape} JobRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gpumesh.v1.JobRequest & gpumesh.v1.JobRequest.$Shape;
        }

        namespace JobRequest {

            /** Properties of a JobRequest. */
            interface $Properties {

                /** JobRequest submit */
                submit?: (gpumesh.v1.Submit.$Properties|null);

                /** JobRequest attach */
                attach?: (gpumesh.v1.Attach.$Properties|null);

                /** JobRequest cancel */
                cancel?: (gpumesh.v1.Cancel.$Properties|null);

                /** JobRequest countersign */
                countersign?: (gpumesh.v1.Countersign.$Properties|null);

                /** JobRequest renew */
                renew?: (gpumesh.v1.Renew.$Properties|null);

                /** JobRequest request */
                request?: ("submit"|"attach"|"cancel"|"countersign"|"renew");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a JobRequest. */
            type $Shape = {
              submit?: gpumesh.v1.Submit.$Shape|null;
              attach?: gpumesh.v1.Attach.$Shape|null;
              cancel?: gpumesh.v1.Cancel.$Shape|null;
              countersign?: gpumesh.v1.Countersign.$Shape|null;
              renew?: gpumesh.v1.Renew.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ request?: undefined; submit?: null; attach?: null; cancel?: null; countersign?: null; renew?: null }|{ request?: "submit"; submit: gpumesh.v1.Submit.$Shape; attach?: null; cancel?: null; countersign?: null; renew?: null }|{ request?: "attach"; submit?: null; attach: gpumesh.v1.Attach.$Shape; cancel?: null; countersign?: null; renew?: null }|{ request?: "cancel"; submit?: null; attach?: null; cancel: gpumesh.v1.Cancel.$Shape; countersign?: null; renew?: null }|{ request?: "countersign"; submit?: null; attach?: null; cancel?: null; countersign: gpumesh.v1.Countersign.$Shape; renew?: null }|{ request?: "renew"; submit?: null; attach?: null; cancel?: null; countersign?: null; renew: gpumesh.v1.Renew.$Shape })
            );
        }

        /** JobState enum. */
        enum JobState {

            /** JOB_STATE_UNSPECIFIED value */
            JOB_STATE_UNSPECIFIED = 0,

            /** JOB_STATE_PENDING value */
            JOB_STATE_PENDING = 1,

            /** JOB_STATE_BIDDING value */
            JOB_STATE_BIDDING = 2,

            /** JOB_STATE_LEASED value */
            JOB_STATE_LEASED = 3,

            /** JOB_STATE_RUNNING value */
            JOB_STATE_RUNNING = 4,

            /** JOB_STATE_SUCCEEDED value */
            JOB_STATE_SUCCEEDED = 5,

            /** JOB_STATE_FAILED value */
            JOB_STATE_FAILED = 6,

            /** JOB_STATE_CANCELLED value */
            JOB_STATE_CANCELLED = 7,

            /** JOB_STATE_LOST value */
            JOB_STATE_LOST = 8,

            /** JOB_STATE_PREEMPTED value */
            JOB_STATE_PREEMPTED = 9
        }

        /**
         * Properties of a StateChange.
         * @deprecated Use gpumesh.v1.StateChange.$Properties instead.
         */
        interface IStateChange extends gpumesh.v1.StateChange.$Properties {
        }

        /** Represents a StateChange. */
        class StateChange {

            /**
             * Constructs a new StateChange.
             * @param [properties] Properties to set
             */
            constructor(properties?: gpumesh.v1.StateChange.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StateChange state. */
            state: gpumesh.v1.JobState;

            /** StateChange reason. */
            reason: string;

            /** StateChange exitCode. */
            exitCode: number;

            /**
             * Creates a new StateChange instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StateChange instance
             */
            static create(properties: gpumesh.v1.StateChange.$Shape): gpumesh.v1.StateChange & gpumesh.v1.StateChange.$Shape;
            static create(properties?: gpumesh.v1.StateChange.$Properties): gpumesh.v1.StateChange;

            /**
             * Encodes the specified StateChange message. Does not implicitly {@link gpumesh.v1.StateChange.verify|verify} messages.
             * @param message StateChange message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: gpumesh.v1.StateChange.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StateChange message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {gpumesh.v1.StateChange & gpumesh.v1.StateChange.$Shape} StateChange
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gpumesh.v1.StateChange & gpumesh.v1.StateChange.$Shape;
        }

        namespace StateChange {

            /** Properties of a StateChange. */
            interface $Properties {

                /** StateChange state */
                state?: (gpumesh.v1.JobState|null);

                /** StateChange reason */
                reason?: (string|null);

                /** StateChange exitCode */
                exitCode?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StateChange. */
            type $Shape = gpumesh.v1.StateChange.$Properties;
        }

        /** LogStream enum. */
        enum LogStream {

            /** LOG_STREAM_UNSPECIFIED value */
            LOG_STREAM_UNSPECIFIED = 0,

            /** LOG_STREAM_STDOUT value */
            LOG_STREAM_STDOUT = 1,

            /** LOG_STREAM_STDERR value */
            LOG_STREAM_STDERR = 2,

            /** LOG_STREAM_SYSTEM value */
            LOG_STREAM_SYSTEM = 3
        }

        /**
         * Properties of a LogLine.
         * @deprecated Use gpumesh.v1.LogLine.$Properties instead.
         */
        interface ILogLine extends gpumesh.v1.LogLine.$Properties {
        }

        /** Represents a LogLine. */
        class LogLine {

            /**
             * Constructs a new LogLine.
             * @param [properties] Properties to set
             */
            constructor(properties?: gpumesh.v1.LogLine.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LogLine stream. */
            stream: gpumesh.v1.LogStream;

            /** LogLine line. */
            line: string;

            /**
             * Creates a new LogLine instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LogLine instance
             */
            static create(properties: gpumesh.v1.LogLine.$Shape): gpumesh.v1.LogLine & gpumesh.v1.LogLine.$Shape;
            static create(properties?: gpumesh.v1.LogLine.$Properties): gpumesh.v1.LogLine;

            /**
             * Encodes the specified LogLine message. Does not implicitly {@link gpumesh.v1.LogLine.verify|verify} messages.
             * @param message LogLine message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: gpumesh.v1.LogLine.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LogLine message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {gpumesh.v1.LogLine & gpumesh.v1.LogLine.$Shape} LogLine
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gpumesh.v1.LogLine & gpumesh.v1.LogLine.$Shape;
        }

        namespace LogLine {

            /** Properties of a LogLine. */
            interface $Properties {

                /** LogLine stream */
                stream?: (gpumesh.v1.LogStream|null);

                /** LogLine line */
                line?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LogLine. */
            type $Shape = gpumesh.v1.LogLine.$Properties;
        }

        /**
         * Properties of a SessionUsage.
         * @deprecated Use gpumesh.v1.SessionUsage.$Properties instead.
         */
        interface ISessionUsage extends gpumesh.v1.SessionUsage.$Properties {
        }

        /** Represents a SessionUsage. */
        class SessionUsage {

            /**
             * Constructs a new SessionUsage.
             * @param [properties] Properties to set
             */
            constructor(properties?: gpumesh.v1.SessionUsage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SessionUsage execSessions. */
            execSessions: number;

            /** SessionUsage execMs. */
            execMs: (number|Long);

            /** SessionUsage forwardedConnections. */
            forwardedConnections: number;

            /** SessionUsage forwardedBytes. */
            forwardedBytes: (number|Long);

            /**
             * Creates a new SessionUsage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SessionUsage instance
             */
            static create(properties: gpumesh.v1.SessionUsage.$Shape): gpumesh.v1.SessionUsage & gpumesh.v1.SessionUsage.$Shape;
            static create(properties?: gpumesh.v1.SessionUsage.$Properties): gpumesh.v1.SessionUsage;

            /**
             * Encodes the specified SessionUsage message. Does not implicitly {@link gpumesh.v1.SessionUsage.verify|verify} messages.
             * @param message SessionUsage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: gpumesh.v1.SessionUsage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SessionUsage message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {gpumesh.v1.SessionUsage & gpumesh.v1.SessionUsage.$Shape} SessionUsage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gpumesh.v1.SessionUsage & gpumesh.v1.SessionUsage.$Shape;
        }

        namespace SessionUsage {

            /** Properties of a SessionUsage. */
            interface $Properties {

                /** SessionUsage execSessions */
                execSessions?: (number|null);

                /** SessionUsage execMs */
                execMs?: (number|Long|null);

                /** SessionUsage forwardedConnections */
                forwardedConnections?: (number|null);

                /** SessionUsage forwardedBytes */
                forwardedBytes?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SessionUsage. */
            type $Shape = gpumesh.v1.SessionUsage.$Properties;
        }

        /**
         * Properties of a Usage.
         * @deprecated Use gpumesh.v1.Usage.$Properties instead.
         */
        interface IUsage extends gpumesh.v1.Usage.$Properties {
        }

        /** Represents a Usage. */
        class Usage {

            /**
             * Constructs a new Usage.
             * @param [properties] Properties to set
             */
            constructor(properties?: gpumesh.v1.Usage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Usage wallMs. */
            wallMs: (number|Long);

            /** Usage gpuMs. */
            gpuMs: (number|Long);

            /** Usage sessions. */
            sessions?: (gpumesh.v1.SessionUsage.$Properties|null);

            /**
             * Creates a new Usage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Usage instance
             */
            static create(properties: gpumesh.v1.Usage.$Shape): gpumesh.v1.Usage & gpumesh.v1.Usage.$Shape;
            static create(properties?: gpumesh.v1.Usage.$Properties): gpumesh.v1.Usage;

            /**
             * Encodes the specified Usage message. Does not implicitly {@link gpumesh.v1.Usage.verify|verify} messages.
             * @param message Usage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: gpumesh.v1.Usage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Usage message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {gpumesh.v1.Usage & gpumesh.v1.Usage.$Shape} Usage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gpumesh.v1.Usage & gpumesh.v1.Usage.$Shape;
        }

        namespace Usage {

            /** Properties of a Usage. */
            interface $Properties {

                /** Usage wallMs */
                wallMs?: (number|Long|null);

                /** Usage gpuMs */
                gpuMs?: (number|Long|null);

                /** Usage sessions */
                sessions?: (gpumesh.v1.SessionUsage.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Usage. */
            type $Shape = gpumesh.v1.Usage.$Properties;
        }

        /**
         * Properties of a ResultFile.
         * @deprecated Use gpumesh.v1.ResultFile.$Properties instead.
         */
        interface IResultFile extends gpumesh.v1.ResultFile.$Properties {
        }

        /** Represents a ResultFile. */
        class ResultFile {

            /**
             * Constructs a new ResultFile.
             * @param [properties] Properties to set
             */
            constructor(properties?: gpumesh.v1.ResultFile.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ResultFile name. */
            name: string;

            /** ResultFile size. */
            size: (number|Long);

            /** ResultFile sha256. */
            sha256: Uint8Array;

            /**
             * Creates a new ResultFile instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ResultFile instance
             */
            static create(properties: gpumesh.v1.ResultFile.$Shape): gpumesh.v1.ResultFile & gpumesh.v1.ResultFile.$Shape;
            static create(properties?: gpumesh.v1.ResultFile.$Properties): gpumesh.v1.ResultFile;

            /**
             * Encodes the specified ResultFile message. Does not implicitly {@link gpumesh.v1.ResultFile.verify|verify} messages.
             * @param message ResultFile message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: gpumesh.v1.ResultFile.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ResultFile message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {gpumesh.v1.ResultFile & gpumesh.v1.ResultFile.$Shape} ResultFile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gpumesh.v1.ResultFile & gpumesh.v1.ResultFile.$Shape;
        }

        namespace ResultFile {

            /** Properties of a ResultFile. */
            interface $Properties {

                /** ResultFile name */
                name?: (string|null);

                /** ResultFile size */
                size?: (number|Long|null);

                /** ResultFile sha256 */
                sha256?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ResultFile. */
            type $Shape = gpumesh.v1.ResultFile.$Properties;
        }

        /**
         * Properties of a ResultChunk.
         * @deprecated Use gpumesh.v1.ResultChunk.$Properties instead.
         */
        interface IResultChunk extends gpumesh.v1.ResultChunk.$Properties {
        }

        /** Represents a ResultChunk. */
        class ResultChunk {

            /**
             * Constructs a new ResultChunk.
             * @param [properties] Properties to set
             */
            constructor(properties?: gpumesh.v1.ResultChunk.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ResultChunk name. */
            name: string;

            /** ResultChunk offset. */
            offset: (number|Long);

            /** ResultChunk data. */
            data: Uint8Array;

            /**
             * Creates a new ResultChunk instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ResultChunk instance
             */
            static create(properties: gpumesh.v1.ResultChunk.$Shape): gpumesh.v1.ResultChunk & gpumesh.v1.ResultChunk.$Shape;
            static create(properties?: gpumesh.v1.ResultChunk.$Properties): gpumesh.v1.ResultChunk;

            /**
             * Encodes the specified ResultChunk message. Does not implicitly {@link gpumesh.v1.ResultChunk.verify|verify} messages.
             * @param message ResultChunk message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: gpumesh.v1.ResultChunk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ResultChunk message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {gpumesh.v1.ResultChunk & gpumesh.v1.ResultChunk.$Shape} ResultChunk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gpumesh.v1.ResultChunk & gpumesh.v1.ResultChunk.$Shape;
        }

        namespace ResultChunk {

            /** Properties of a ResultChunk. */
            interface $Properties {

                /** ResultChunk name */
                name?: (string|null);

                /** ResultChunk offset */
                offset?: (number|Long|null);

                /** ResultChunk data */
                data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ResultChunk. */
            type $Shape = gpumesh.v1.ResultChunk.$Properties;
        }

        /**
         * Properties of a Heartbeat.
         * @deprecated Use gpumesh.v1.Heartbeat.$Properties instead.
         */
        interface IHeartbeat extends gpumesh.v1.Heartbeat.$Properties {
        }

        /** Represents a Heartbeat. */
        class Heartbeat {

            /**
             * Constructs a new Heartbeat.
             * @param [properties] Properties to set
             */
            constructor(properties?: gpumesh.v1.Heartbeat.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new Heartbeat instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Heartbeat instance
             */
            static create(properties: gpumesh.v1.Heartbeat.$Shape): gpumesh.v1.Heartbeat & gpumesh.v1.Heartbeat.$Shape;
            static create(properties?: gpumesh.v1.Heartbeat.$Properties): gpumesh.v1.Heartbeat;

            /**
             * Encodes the specified Heartbeat message. Does not implicitly {@link gpumesh.v1.Heartbeat.verify|verify} messages.
             * @param message Heartbeat message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: gpumesh.v1.Heartbeat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Heartbeat message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {gpumesh.v1.Heartbeat & gpumesh.v1.Heartbeat.$Shape} Heartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gpumesh.v1.Heartbeat & gpumesh.v1.Heartbeat.$Shape;
        }

        namespace Heartbeat {

            /** Properties of a Heartbeat. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Heartbeat. */
            type $Shape = gpumesh.v1.Heartbeat.$Properties;
        }

        /**
         * Properties of a PrepareProgress.
         * @deprecated Use gpumesh.v1.PrepareProgress.$Properties instead.
         */
        interface IPrepareProgress extends gpumesh.v1.PrepareProgress.$Properties {
        }

        /** Represents a PrepareProgress. */
        class PrepareProgress {

            /**
             * Constructs a new PrepareProgress.
             * @param [properties] Properties to set
             */
            constructor(properties?: gpumesh.v1.PrepareProgress.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PrepareProgress name. */
            name: string;

            /** PrepareProgress bytesDone. */
            bytesDone: (number|Long);

            /** PrepareProgress bytesTotal. */
            bytesTotal: (number|Long);

            /** PrepareProgress cached. */
            cached: boolean;

            /**
             * Creates a new PrepareProgress instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PrepareProgress instance
             */
            static create(properties: gpumesh.v1.PrepareProgress.$Shape): gpumesh.v1.PrepareProgress & gpumesh.v1.PrepareProgress.$Shape;
            static create(properties?: gpumesh.v1.PrepareProgress.$Properties): gpumesh.v1.PrepareProgress;

            /**
             * Encodes the specified PrepareProgress message. Does not implicitly {@link gpumesh.v1.PrepareProgress.verify|verify} messages.
             * @param message PrepareProgress message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: gpumesh.v1.PrepareProgress.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PrepareProgress message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {gpumesh.v1.PrepareProgress & gpumesh.v1.PrepareProgress.$Shape} PrepareProgress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gpumesh.v1.PrepareProgress & gpumesh.v1.PrepareProgress.$Shape;
        }

        namespace PrepareProgress {

            /** Properties of a PrepareProgress. */
            interface $Properties {

                /** PrepareProgress name */
                name?: (string|null);

                /** PrepareProgress bytesDone */
                bytesDone?: (number|Long|null);

                /** PrepareProgress bytesTotal */
                bytesTotal?: (number|Long|null);

                /** PrepareProgress cached */
                cached?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PrepareProgress. */
            type $Shape = gpumesh.v1.PrepareProgress.$Properties;
        }

        /**
         * Properties of a LeaseRenewed.
         * @deprecated Use gpumesh.v1.LeaseRenewed.$Properties instead.
         */
        interface ILeaseRenewed extends gpumesh.v1.LeaseRenewed.$Properties {
        }

        /** Represents a LeaseRenewed. */
        class LeaseRenewed {

            /**
             * Constructs a new LeaseRenewed.
             * @param [properties] Properties to set
             */
            constructor(properties?: gpumesh.v1.LeaseRenewed.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LeaseRenewed maxDurationS. */
            maxDurationS: number;

            /** LeaseRenewed endsAtMs. */
            endsAtMs: (number|Long);

            /**
             * Creates a new LeaseRenewed instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LeaseRenewed instance
             */
            static create(properties: gpumesh.v1.LeaseRenewed.$Shape): gpumesh.v1.LeaseRenewed & gpumesh.v1.LeaseRenewed.$Shape;
            static create(properties?: gpumesh.v1.LeaseRenewed.$Properties): gpumesh.v1.LeaseRenewed;

            /**
             * Encodes the specified LeaseRenewed message. Does not implicitly {@link gpumesh.v1.LeaseRenewed.verify|verify} messages.
             * @param message LeaseRenewed message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: gpumesh.v1.LeaseRenewed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LeaseRenewed message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {gpumesh.v1.LeaseRenewed & gpumesh.v1.LeaseRenewed.$Shape} LeaseRenewed
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gpumesh.v1.LeaseRenewed & gpumesh.v1.LeaseRenewed.$Shape;
        }

        namespace LeaseRenewed {

            /** Properties of a LeaseRenewed. */
            interface $Properties {

                /** LeaseRenewed maxDurationS */
                maxDurationS?: (number|null);

                /** LeaseRenewed endsAtMs */
                endsAtMs?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LeaseRenewed. */
            type $Shape = gpumesh.v1.LeaseRenewed.$Properties;
        }

        /**
         * Properties of a JobEvent.
         * @deprecated Use gpumesh.v1.JobEvent.$Properties instead.
         */
        interface IJobEvent extends gpumesh.v1.JobEvent.$Properties {
        }

        /** Represents a JobEvent. */
        class JobEvent {

            /**
             * Constructs a new JobEvent.
             * @param [properties] Properties to set
             */
            constructor(properties?: gpumesh.v1.JobEvent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** JobEvent jobId. */
            jobId: string;

            /** JobEvent seq. */
            seq: (number|Long);

            /** JobEvent atMs. */
            atMs: (number|Long);

            /** JobEvent state. */
            state?: (gpumesh.v1.StateChange.$Properties|null);

            /** JobEvent log. */
            log?: (gpumesh.v1.LogLine.$Properties|null);

            /** JobEvent usage. */
            usage?: (gpumesh.v1.Usage.$Properties|null);

            /** JobEvent result. */
            result?: (gpumesh.v1.ResultFile.$Properties|null);

            /** JobEvent chunk. */
            chunk?: (gpumesh.v1.ResultChunk.$Properties|null);

            /** JobEvent heartbeat. */
            heartbeat?: (gpumesh.v1.Heartbeat.$Properties|null);

            /** JobEvent receipt. */
            receipt?: (gpumesh.v1.SignedEnvelope.$Properties|null);

            /** JobEvent preparing. */
            preparing?: (gpumesh.v1.PrepareProgress.$Properties|null);

            /** JobEvent renewed. */
            renewed?: (gpumesh.v1.LeaseRenewed.$Properties|null);

            /** JobEvent kind. */
            kind?: ("state"|"log"|"usage"|"result"|"chunk"|"heartbeat"|"receipt"|"preparing"|"renewed");

            /**
             * Creates a new JobEvent instance using the specified properties.
             * @param [properties] Properties to set
             * @returns JobEvent instance
             */
            static create(properties: gpumesh.v1.JobEvent.$Shape): gpumesh.v1.JobEvent & gpumesh.v1.JobEvent.$Shape;
            static create(properties?: gpumesh.v1.JobEvent.$Properties): gpumesh.v1.JobEvent;

            /**
             * Encodes the specified JobEvent message. Does not implicitly {@link gpumesh.v1.JobEvent.verify|verify} messages.
             * @param message JobEvent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: gpumesh.v1.JobEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a JobEvent message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {gpumesh.v1.JobEvent & gpumesh.v1.JobEvent.$Shape} JobEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gpumesh.v1.JobEvent & gpumesh.v1.JobEvent.$Shape;
        }

        namespace JobEvent {

            /** Properties of a JobEvent. */
            interface $Properties {

                /** JobEvent jobId */
                jobId?: (string|null);

                /** JobEvent seq */
                seq?: (number|Long|null);

                /** JobEvent atMs */
                atMs?: (number|Long|null);

                /** JobEvent state */
                state?: (gpumesh.v1.StateChange.$Properties|null);

                /** JobEvent log */
                log?: (gpumesh.v1.LogLine.$Properties|null);

                /** JobEvent usage */
                usage?: (gpumesh.v1.Usage.$Properties|null);

                /** JobEvent result */
                result?: (gpumesh.v1.ResultFile.$Properties|null);

                /** JobEvent chunk */
                chunk?: (gpumesh.v1.ResultChunk.$Properties|null);

                /** JobEvent heartbeat */
                heartbeat?: (gpumesh.v1.Heartbeat.$Properties|null);

                /** JobEvent receipt */
                receipt?: (gpumesh.v1.SignedEnvelope.$Properties|null);

                /** JobEvent preparing */
                preparing?: (gpumesh.v1.PrepareProgress.$Properties|null);

                /** JobEvent renewed */
                renewed?: (gpumesh.v1.LeaseRenewed.$Properties|null);

                /** JobEvent kind */
                kind?: ("state"|"log"|"usage"|"result"|"chunk"|"heartbeat"|"receipt"|"preparing"|"renewed");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a JobEvent. */
            type $Shape = {
              jobId?: string|null;
              seq?: number|Long|null;
              atMs?: number|Long|null;
              state?: gpumesh.v1.StateChange.$Shape|null;
              log?: gpumesh.v1.LogLine.$Shape|null;
              usage?: gpumesh.v1.Usage.$Shape|null;
              result?: gpumesh.v1.ResultFile.$Shape|null;
              chunk?: gpumesh.v1.ResultChunk.$Shape|null;
              heartbeat?: gpumesh.v1.Heartbeat.$Shape|null;
              receipt?: gpumesh.v1.SignedEnvelope.$Shape|null;
              preparing?: gpumesh.v1.PrepareProgress.$Shape|null;
              renewed?: gpumesh.v1.LeaseRenewed.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ kind?: undefined; state?: null; log?: null; usage?: null; result?: null; chunk?: null; heartbeat?: null; receipt?: null; preparing?: null; renewed?: null }|{ kind?: "state"; state: gpumesh.v1.StateChange.$Shape; log?: null; usage?: null; result?: null; chunk?: null; heartbeat?: null; receipt?: null; preparing?: null; renewed?: null }|{ kind?: "log"; state?: null; log: gpumesh.v1.LogLine.$Shape; usage?: null; result?: null; chunk?: null; heartbeat?: null; receipt?: null; preparing?: null; renewed?: null }|{ kind?: "usage"; state?: null; log?: null; usage: gpumesh.v1.Usage.$Shape; result?: null; chunk?: null; heartbeat?: null; receipt?: null; preparing?: null; renewed?: null }|{ kind?: "result"; state?: null; log?: null; usage?: null; result: gpumesh.v1.ResultFile.$Shape; chunk?: null; heartbeat?: null; receipt?: null; preparing?: null; renewed?: null }|{ kind?: "chunk"; state?: null; log?: null; usage?: null; result?: null; chunk: gpumesh.v1.ResultChunk.$Shape; heartbeat?: null; receipt?: null; preparing?: null; renewed?: null }|{ kind?: "heartbeat"; state?: null; log?: null; usage?: null; result?: null; chunk?: null; heartbeat: gpumesh.v1.Heartbeat.$Shape; receipt?: null; preparing?: null; renewed?: null }|{ kind?: "receipt"; state?: null; log?: null; usage?: null; result?: null; chunk?: null; heartbeat?: null; receipt: gpumesh.v1.SignedEnvelope.$Shape; preparing?: null; renewed?: null }|{ kind?: "preparing"; state?: null; log?: null; usage?: null; result?: null; chunk?: null; heartbeat?: null; receipt?: null; preparing: gpumesh.v1.PrepareProgress.$Shape; renewed?: null }|{ kind?: "renewed"; state?: null; log?: null; usage?: null; result?: null; chunk?: null; heartbeat?: null; receipt?: null; preparing?: null; renewed: gpumesh.v1.LeaseRenewed.$Shape })
            );
        }

        /** JobRefusalCode enum. */
        enum JobRefusalCode {

            /** JOB_REFUSAL_CODE_UNSPECIFIED value */
            JOB_REFUSAL_CODE_UNSPECIFIED = 0,

            /** JOB_REFUSAL_CODE_INVALID_REQUEST value */
            JOB_REFUSAL_CODE_INVALID_REQUEST = 1,

            /** JOB_REFUSAL_CODE_UNKNOWN_LEASE value */
            JOB_REFUSAL_CODE_UNKNOWN_LEASE = 2,

            /** JOB_REFUSAL_CODE_UNKNOWN_JOB value */
            JOB_REFUSAL_CODE_UNKNOWN_JOB = 3,

            /** JOB_REFUSAL_CODE_NOT_OWNER value */
            JOB_REFUSAL_CODE_NOT_OWNER = 4,

            /** JOB_REFUSAL_CODE_INVALID_SPEC value */
            JOB_REFUSAL_CODE_INVALID_SPEC = 5,

            /** JOB_REFUSAL_CODE_LEASE_USED value */
            JOB_REFUSAL_CODE_LEASE_USED = 6,

            /** JOB_REFUSAL_CODE_LEASE_EXPIRED value */
            JOB_REFUSAL_CODE_LEASE_EXPIRED = 7,

            /** JOB_REFUSAL_CODE_RUNTIME_UNAVAILABLE value */
            JOB_REFUSAL_CODE_RUNTIME_UNAVAILABLE = 8,

            /** JOB_REFUSAL_CODE_POLICY value */
            JOB_REFUSAL_CODE_POLICY = 9,

            /** JOB_REFUSAL_CODE_BAD_SIGNATURE value */
            JOB_REFUSAL_CODE_BAD_SIGNATURE = 10,

            /** JOB_REFUSAL_CODE_LEASE_REJECTED value */
            JOB_REFUSAL_CODE_LEASE_REJECTED = 11,

            /** JOB_REFUSAL_CODE_RENEWAL_REFUSED value */
            JOB_REFUSAL_CODE_RENEWAL_REFUSED = 14
        }

        /**
         * Properties of a JobRefusal.
         * @deprecated Use gpumesh.v1.JobRefusal.$Properties instead.
         */
        interface IJobRefusal extends gpumesh.v1.JobRefusal.$Properties {
        }

        /** Represents a JobRefusal. */
        class JobRefusal {

            /**
             * Constructs a new JobRefusal.
             * @param [properties] Properties to set
             */
            constructor(properties?: gpumesh.v1.JobRefusal.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** JobRefusal code. */
            code: gpumesh.v1.JobRefusalCode;

            /** JobRefusal detail. */
            detail: string;

            /**
             * Creates a new JobRefusal instance using the specified properties.
             * @param [properties] Properties to set
             * @returns JobRefusal instance
             */
            static create(properties: gpumesh.v1.JobRefusal.$Shape): gpumesh.v1.JobRefusal & gpumesh.v1.JobRefusal.$Shape;
            static create(properties?: gpumesh.v1.JobRefusal.$Properties): gpumesh.v1.JobRefusal;

            /**
             * Encodes the specified JobRefusal message. Does not implicitly {@link gpumesh.v1.JobRefusal.verify|verify} messages.
             * @param message JobRefusal message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: gpumesh.v1.JobRefusal.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a JobRefusal message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {gpumesh.v1.JobRefusal & gpumesh.v1.JobRefusal.$Shape} JobRefusal
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gpumesh.v1.JobRefusal & gpumesh.v1.JobRefusal.$Shape;
        }

        namespace JobRefusal {

            /** Properties of a JobRefusal. */
            interface $Properties {

                /** JobRefusal code */
                code?: (gpumesh.v1.JobRefusalCode|null);

                /** JobRefusal detail */
                detail?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a JobRefusal. */
            type $Shape = gpumesh.v1.JobRefusal.$Properties;
        }

        /**
         * Properties of a JobResponse.
         * @deprecated Use gpumesh.v1.JobResponse.$Properties instead.
         */
        interface IJobResponse extends gpumesh.v1.JobResponse.$Properties {
        }

        /** Represents a JobResponse. */
        class JobResponse {

            /**
             * Constructs a new JobResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: gpumesh.v1.JobResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** JobResponse event. */
            event?: (gpumesh.v1.JobEvent.$Properties|null);

            /** JobResponse refusal. */
            refusal?: (gpumesh.v1.JobRefusal.$Properties|null);

            /** JobResponse lease. */
            lease?: (gpumesh.v1.SignedEnvelope.$Properties|null);

            /** JobResponse response. */
            response?: ("event"|"refusal"|"lease");

            /**
             * Creates a new JobResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns JobResponse instance
             */
            static create(properties: gpumesh.v1.JobResponse.$Shape): gpumesh.v1.JobResponse & gpumesh.v1.JobResponse.$Shape;
            static create(properties?: gpumesh.v1.JobResponse.$Properties): gpumesh.v1.JobResponse;

            /**
             * Encodes the specified JobResponse message. Does not implicitly {@link gpumesh.v1.JobResponse.verify|verify} messages.
             * @param message JobResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: gpumesh.v1.JobResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a JobResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {gpumesh.v1.JobResponse & gpumesh.v1.JobResponse.$Shape} JobResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gpumesh.v1.JobResponse & gpumesh.v1.JobResponse.$Shape;
        }

        namespace JobResponse {

            /** Properties of a JobResponse. */
            interface $Properties {

                /** JobResponse event */
                event?: (gpumesh.v1.JobEvent.$Properties|null);

                /** JobResponse refusal */
                refusal?: (gpumesh.v1.JobRefusal.$Properties|null);

                /** JobResponse lease */
                lease?: (gpumesh.v1.SignedEnvelope.$Properties|null);

                /** JobResponse response */
                response?: ("event"|"refusal"|"lease");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a JobResponse. */
            type $Shape = {
              event?: gpumesh.v1.JobEvent.$Shape|null;
              refusal?: gpumesh.v1.JobRefusal.$Shape|null;
              lease?: gpumesh.v1.SignedEnvelope.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ response?: undefined; event?: null; refusal?: null; lease?: null }|{ response?: "event"; event: gpumesh.v1.JobEvent.$Shape; refusal?: null; lease?: null }|{ response?: "refusal"; event?: null; refusal: gpumesh.v1.JobRefusal.$Shape; lease?: null }|{ response?: "lease"; event?: null; refusal?: null; lease: gpumesh.v1.SignedEnvelope.$Shape })
            );
        }

        /**
         * Properties of a ResultDigest.
         * @deprecated Use gpumesh.v1.ResultDigest.$Properties instead.
         */
        interface IResultDigest extends gpumesh.v1.ResultDigest.$Properties {
        }

        /** Represents a ResultDigest. */
        class ResultDigest {

            /**
             * Constructs a new ResultDigest.
             * @param [properties] Properties to set
             */
            constructor(properties?: gpumesh.v1.ResultDigest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ResultDigest name. */
            name: string;

            /** ResultDigest size. */
            size: (number|Long);

            /** ResultDigest sha256. */
            sha256: Uint8Array;

            /**
             * Creates a new ResultDigest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ResultDigest instance
             */
            static create(properties: gpumesh.v1.ResultDigest.$Shape): gpumesh.v1.ResultDigest & gpumesh.v1.ResultDigest.$Shape;
            static create(properties?: gpumesh.v1.ResultDigest.$Properties): gpumesh.v1.ResultDigest;

            /**
             * Encodes the specified ResultDigest message. Does not implicitly {@link gpumesh.v1.ResultDigest.verify|verify} messages.
             * @param message ResultDigest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: gpumesh.v1.ResultDigest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ResultDigest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {gpumesh.v1.ResultDigest & gpumesh.v1.ResultDigest.$Shape} ResultDigest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gpumesh.v1.ResultDigest & gpumesh.v1.ResultDigest.$Shape;
        }

        namespace ResultDigest {

            /** Properties of a ResultDigest. */
            interface $Properties {

                /** ResultDigest name */
                name?: (string|null);

                /** ResultDigest size */
                size?: (number|Long|null);

                /** ResultDigest sha256 */
                sha256?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ResultDigest. */
            type $Shape = gpumesh.v1.ResultDigest.$Properties;
        }

        /**
         * Properties of a Receipt.
         * @deprecated Use gpumesh.v1.Receipt.$Properties instead.
         */
        interface IReceipt extends gpumesh.v1.Receipt.$Properties {
        }

        /** Represents a Receipt. */
        class Receipt {

            /**
             * Constructs a new Receipt.
             * @param [properties] Properties to set
             */
            constructor(properties?: gpumesh.v1.Receipt.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Receipt receiptId. */
            receiptId: string;

            /** Receipt leaseId. */
            leaseId: string;

            /** Receipt jobId. */
            jobId: string;

            /** Receipt provider. */
            provider: string;

            /** Receipt client. */
            client: string;

            /** Receipt wallMs. */
            wallMs: (number|Long);

            /** Receipt gpuMs. */
            gpuMs: (number|Long);

            /** Receipt pricePerGpuHour. */
            pricePerGpuHour: (number|Long);

            /** Receipt cost. */
            cost: (number|Long);

            /** Receipt results. */
            results: gpumesh.v1.ResultDigest.$Properties[];

            /** Receipt exitCode. */
            exitCode: number;

            /** Receipt finalState. */
            finalState: gpumesh.v1.JobState;

            /** Receipt reason. */
            reason: string;

            /** Receipt endedAtMs. */
            endedAtMs: (number|Long);

            /** Receipt sessions. */
            sessions?: (gpumesh.v1.SessionUsage.$Properties|null);

            /**
             * Creates a new Receipt instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Receipt instance
             */
            static create(properties: gpumesh.v1.Receipt.$Shape): gpumesh.v1.Receipt & gpumesh.v1.Receipt.$Shape;
            static create(properties?: gpumesh.v1.Receipt.$Properties): gpumesh.v1.Receipt;

            /**
             * Encodes the specified Receipt message. Does not implicitly {@link gpumesh.v1.Receipt.verify|verify} messages.
             * @param message Receipt message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: gpumesh.v1.Receipt.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Receipt message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {gpumesh.v1.Receipt & gpumesh.v1.Receipt.$Shape} Receipt
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gpumesh.v1.Receipt & gpumesh.v1.Receipt.$Shape;
        }

        namespace Receipt {

            /** Properties of a Receipt. */
            interface $Properties {

                /** Receipt receiptId */
                receiptId?: (string|null);

                /** Receipt leaseId */
                leaseId?: (string|null);

                /** Receipt jobId */
                jobId?: (string|null);

                /** Receipt provider */
                provider?: (string|null);

                /** Receipt client */
                client?: (string|null);

                /** Receipt wallMs */
                wallMs?: (number|Long|null);

                /** Receipt gpuMs */
                gpuMs?: (number|Long|null);

                /** Receipt pricePerGpuHour */
                pricePerGpuHour?: (number|Long|null);

                /** Receipt cost */
                cost?: (number|Long|null);

                /** Receipt results */
                results?: (gpumesh.v1.ResultDigest.$Properties[]|null);

                /** Receipt exitCode */
                exitCode?: (number|null);

                /** Receipt finalState */
                finalState?: (gpumesh.v1.JobState|null);

                /** Receipt reason */
                reason?: (string|null);

                /** Receipt endedAtMs */
                endedAtMs?: (number|Long|null);

                /** Receipt sessions */
                sessions?: (gpumesh.v1.SessionUsage.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Receipt. */
            type $Shape = gpumesh.v1.Receipt.$Properties;
        }

        /**
         * Properties of a GpuOffer.
         * @deprecated Use gpumesh.v1.GpuOffer.$Properties instead.
         */
        interface IGpuOffer extends gpumesh.v1.GpuOffer.$Properties {
        }

        /** Represents a GpuOffer. */
        class GpuOffer {

            /**
             * Constructs a new GpuOffer.
             * @param [properties] Properties to set
             */
            constructor(properties?: gpumesh.v1.GpuOffer.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GpuOffer vendor. */
            vendor: string;

            /** GpuOffer model. */
            model: string;

            /** GpuOffer vramMib. */
            vramMib: number;

            /** GpuOffer computeCapability. */
            computeCapability: string;

            /** GpuOffer countTotal. */
            countTotal: number;

            /** GpuOffer countFree. */
            countFree: number;

            /** GpuOffer declared. */
            declared: boolean;

            /**
             * Creates a new GpuOffer instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GpuOffer instance
             */
            static create(properties: gpumesh.v1.GpuOffer.$Shape): gpumesh.v1.GpuOffer & gpumesh.v1.GpuOffer.$Shape;
            static create(properties?: gpumesh.v1.GpuOffer.$Properties): gpumesh.v1.GpuOffer;

            /**
             * Encodes the specified GpuOffer message. Does not implicitly {@link gpumesh.v1.GpuOffer.verify|verify} messages.
             * @param message GpuOffer message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: gpumesh.v1.GpuOffer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GpuOffer message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {gpumesh.v1.GpuOffer & gpumesh.v1.GpuOffer.$Shape} GpuOffer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gpumesh.v1.GpuOffer & gpumesh.v1.GpuOffer.$Shape;
        }

        namespace GpuOffer {

            /** Properties of a GpuOffer. */
            interface $Properties {

                /** GpuOffer vendor */
                vendor?: (string|null);

                /** GpuOffer model */
                model?: (string|null);

                /** GpuOffer vramMib */
                vramMib?: (number|null);

                /** GpuOffer computeCapability */
                computeCapability?: (string|null);

                /** GpuOffer countTotal */
                countTotal?: (number|null);

                /** GpuOffer countFree */
                countFree?: (number|null);

                /** GpuOffer declared */
                declared?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GpuOffer. */
            type $Shape = gpumesh.v1.GpuOffer.$Properties;
        }

        /**
         * Properties of a CapacityOffer.
         * @deprecated Use gpumesh.v1.CapacityOffer.$Properties instead.
         */
        interface ICapacityOffer extends gpumesh.v1.CapacityOffer.$Properties {
        }

        /** Represents a CapacityOffer. */
        class CapacityOffer {

            /**
             * Constructs a new CapacityOffer.
             * @param [properties] Properties to set
             */
            constructor(properties?: gpumesh.v1.CapacityOffer.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CapacityOffer provider. */
            provider: string;

            /** CapacityOffer seq. */
            seq: (number|Long);

            /** CapacityOffer gpus. */
            gpus: gpumesh.v1.GpuOffer.$Properties[];

            /** CapacityOffer cpuCores. */
            cpuCores: number;

            /** CapacityOffer memoryMib. */
            memoryMib: (number|Long);

            /** CapacityOffer diskMib. */
            diskMib: (number|Long);

            /** CapacityOffer runtimes. */
            runtimes: string[];

            /** CapacityOffer pricePerGpuHour. */
            pricePerGpuHour: (number|Long);

            /** CapacityOffer region. */
            region: string;

            /** CapacityOffer attributes. */
            attributes: { [k: string]: string };

            /** CapacityOffer expiresAtMs. */
            expiresAtMs: (number|Long);

            /** CapacityOffer addrs. */
            addrs: string[];

            /** CapacityOffer images. */
            images: string[];

            /** CapacityOffer measured. */
            measured?: (gpumesh.v1.OfferMeasurement.$Properties|null);

            /**
             * Creates a new CapacityOffer instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CapacityOffer instance
             */
            static create(properties: gpumesh.v1.CapacityOffer.$Shape): gpumesh.v1.CapacityOffer & gpumesh.v1.CapacityOffer.$Shape;
            static create(properties?: gpumesh.v1.CapacityOffer.$Properties): gpumesh.v1.CapacityOffer;

            /**
             * Encodes the specified CapacityOffer message. Does not implicitly {@link gpumesh.v1.CapacityOffer.verify|verify} messages.
             * @param message CapacityOffer message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: gpumesh.v1.CapacityOffer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CapacityOffer message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {gpumesh.v1.CapacityOffer & gpumesh.v1.CapacityOffer.$Shape} CapacityOffer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gpumesh.v1.CapacityOffer & gpumesh.v1.CapacityOffer.$Shape;
        }

        namespace CapacityOffer {

            /** Properties of a CapacityOffer. */
            interface $Properties {

                /** CapacityOffer provider */
                provider?: (string|null);

                /** CapacityOffer seq */
                seq?: (number|Long|null);

                /** CapacityOffer gpus */
                gpus?: (gpumesh.v1.GpuOffer.$Properties[]|null);

                /** CapacityOffer cpuCores */
                cpuCores?: (number|null);

                /** CapacityOffer memoryMib */
                memoryMib?: (number|Long|null);

                /** CapacityOffer diskMib */
                diskMib?: (number|Long|null);

                /** CapacityOffer runtimes */
                runtimes?: (string[]|null);

                /** CapacityOffer pricePerGpuHour */
                pricePerGpuHour?: (number|Long|null);

                /** CapacityOffer region */
                region?: (string|null);

                /** CapacityOffer attributes */
                attributes?: ({ [k: string]: string }|null);

                /** CapacityOffer expiresAtMs */
                expiresAtMs?: (number|Long|null);

                /** CapacityOffer addrs */
                addrs?: (string[]|null);

                /** CapacityOffer images */
                images?: (string[]|null);

                /** CapacityOffer measured */
                measured?: (gpumesh.v1.OfferMeasurement.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CapacityOffer. */
            type $Shape = gpumesh.v1.CapacityOffer.$Properties;
        }

        /**
         * Properties of an OfferMeasurement.
         * @deprecated Use gpumesh.v1.OfferMeasurement.$Properties instead.
         */
        interface IOfferMeasurement extends gpumesh.v1.OfferMeasurement.$Properties {
        }

        /** Represents an OfferMeasurement. */
        class OfferMeasurement {

            /**
             * Constructs a new OfferMeasurement.
             * @param [properties] Properties to set
             */
            constructor(properties?: gpumesh.v1.OfferMeasurement.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OfferMeasurement probeVersion. */
            probeVersion: number;

            /** OfferMeasurement measuredAtMs. */
            measuredAtMs: (number|Long);

            /** OfferMeasurement durationMs. */
            durationMs: number;

            /** OfferMeasurement cpuHashMibS. */
            cpuHashMibS: (number|Long);

            /** OfferMeasurement memoryCopyMibS. */
            memoryCopyMibS: (number|Long);

            /** OfferMeasurement diskWriteMibS. */
            diskWriteMibS: (number|Long);

            /** OfferMeasurement gpuGflops. */
            gpuGflops: (number|Long);

            /** OfferMeasurement h2dMibS. */
            h2dMibS: (number|Long);

            /**
             * Creates a new OfferMeasurement instance using the specified properties.
             * @param [properties] Properties to set
             * @returns OfferMeasurement instance
             */
            static create(properties: gpumesh.v1.OfferMeasurement.$Shape): gpumesh.v1.OfferMeasurement & gpumesh.v1.OfferMeasurement.$Shape;
            static create(properties?: gpumesh.v1.OfferMeasurement.$Properties): gpumesh.v1.OfferMeasurement;

            /**
             * Encodes the specified OfferMeasurement message. Does not implicitly {@link gpumesh.v1.OfferMeasurement.verify|verify} messages.
             * @param message OfferMeasurement message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: gpumesh.v1.OfferMeasurement.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OfferMeasurement message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {gpumesh.v1.OfferMeasurement & gpumesh.v1.OfferMeasurement.$Shape} OfferMeasurement
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gpumesh.v1.OfferMeasurement & gpumesh.v1.OfferMeasurement.$Shape;
        }

        namespace OfferMeasurement {

            /** Properties of an OfferMeasurement. */
            interface $Properties {

                /** OfferMeasurement probeVersion */
                probeVersion?: (number|null);

                /** OfferMeasurement measuredAtMs */
                measuredAtMs?: (number|Long|null);

                /** OfferMeasurement durationMs */
                durationMs?: (number|null);

                /** OfferMeasurement cpuHashMibS */
                cpuHashMibS?: (number|Long|null);

                /** OfferMeasurement memoryCopyMibS */
                memoryCopyMibS?: (number|Long|null);

                /** OfferMeasurement diskWriteMibS */
                diskWriteMibS?: (number|Long|null);

                /** OfferMeasurement gpuGflops */
                gpuGflops?: (number|Long|null);

                /** OfferMeasurement h2dMibS */
                h2dMibS?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OfferMeasurement. */
            type $Shape = gpumesh.v1.OfferMeasurement.$Properties;
        }

        /**
         * Properties of a GpuRequirement.
         * @deprecated Use gpumesh.v1.GpuRequirement.$Properties instead.
         */
        interface IGpuRequirement extends gpumesh.v1.GpuRequirement.$Properties {
        }

        /** Represents a GpuRequirement. */
        class GpuRequirement {

            /**
             * Constructs a new GpuRequirement.
             * @param [properties] Properties to set
             */
            constructor(properties?: gpumesh.v1.GpuRequirement.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GpuRequirement count. */
            count: number;

            /** GpuRequirement minVramMib. */
            minVramMib: number;

            /** GpuRequirement model. */
            model: string;

            /** GpuRequirement vendor. */
            vendor: string;

            /**
             * Creates a new GpuRequirement instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GpuRequirement instance
             */
            static create(properties: gpumesh.v1.GpuRequirement.$Shape): gpumesh.v1.GpuRequirement & gpumesh.v1.GpuRequirement.$Shape;
            static create(properties?: gpumesh.v1.GpuRequirement.$Properties): gpumesh.v1.GpuRequirement;

            /**
             * Encodes the specified GpuRequirement message. Does not implicitly {@link gpumesh.v1.GpuRequirement.verify|verify} messages.
             * @param message GpuRequirement message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: gpumesh.v1.GpuRequirement.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GpuRequirement message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {gpumesh.v1.GpuRequirement & gpumesh.v1.GpuRequirement.$Shape} GpuRequirement
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gpumesh.v1.GpuRequirement & gpumesh.v1.GpuRequirement.$Shape;
        }

        namespace GpuRequirement {

            /** Properties of a GpuRequirement. */
            interface $Properties {

                /** GpuRequirement count */
                count?: (number|null);

                /** GpuRequirement minVramMib */
                minVramMib?: (number|null);

                /** GpuRequirement model */
                model?: (string|null);

                /** GpuRequirement vendor */
                vendor?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GpuRequirement. */
            type $Shape = gpumesh.v1.GpuRequirement.$Properties;
        }

        /**
         * Properties of a JobOrder.
         * @deprecated Use gpumesh.v1.JobOrder.$Properties instead.
         */
        interface IJobOrder extends gpumesh.v1.JobOrder.$Properties {
        }

        /** Represents a JobOrder. */
        class JobOrder {

            /**
             * Constructs a new JobOrder.
             * @param [properties] Properties to set
             */
            constructor(properties?: gpumesh.v1.JobOrder.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** JobOrder orderId. */
            orderId: string;

            /** JobOrder client. */
            client: string;

            /** JobOrder gpu. */
            gpu?: (gpumesh.v1.GpuRequirement.$Properties|null);

            /** JobOrder cpuCores. */
            cpuCores: number;

            /** JobOrder memoryMib. */
            memoryMib: (number|Long);

            /** JobOrder diskMib. */
            diskMib: (number|Long);

            /** JobOrder runtime. */
            runtime: string;

            /** JobOrder region. */
            region: string;

            /** JobOrder attributes. */
            attributes: { [k: string]: string };

            /** JobOrder maxPricePerGpuHour. */
            maxPricePerGpuHour: (number|Long);

            /** JobOrder maxDurationS. */
            maxDurationS: number;

            /** JobOrder bidDeadlineMs. */
            bidDeadlineMs: (number|Long);

            /** JobOrder dryRun. */
            dryRun: boolean;

            /** JobOrder image. */
            image: string;

            /**
             * Creates a new JobOrder instance using the specified properties.
             * @param [properties] Properties to set
             * @returns JobOrder instance
             */
            static create(properties: gpumesh.v1.JobOrder.$Shape): gpumesh.v1.JobOrder & gpumesh.v1.JobOrder.$Shape;
            static create(properties?: gpumesh.v1.JobOrder.$Properties): gpumesh.v1.JobOrder;

            /**
             * Encodes the specified JobOrder message. Does not implicitly {@link gpumesh.v1.JobOrder.verify|verify} messages.
             * @param message JobOrder message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: gpumesh.v1.JobOrder.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a JobOrder message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {gpumesh.v1.JobOrder & gpumesh.v1.JobOrder.$Shape} JobOrder
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gpumesh.v1.JobOrder & gpumesh.v1.JobOrder.$Shape;
        }

        namespace JobOrder {

            /** Properties of a JobOrder. */
            interface $Properties {

                /** JobOrder orderId */
                orderId?: (string|null);

                /** JobOrder client */
                client?: (string|null);

                /** JobOrder gpu */
                gpu?: (gpumesh.v1.GpuRequirement.$Properties|null);

                /** JobOrder cpuCores */
                cpuCores?: (number|null);

                /** JobOrder memoryMib */
                memoryMib?: (number|Long|null);

                /** JobOrder diskMib */
                diskMib?: (number|Long|null);

                /** JobOrder runtime */
                runtime?: (string|null);

                /** JobOrder region */
                region?: (string|null);

                /** JobOrder attributes */
                attributes?: ({ [k: string]: string }|null);

                /** JobOrder maxPricePerGpuHour */
                maxPricePerGpuHour?: (number|Long|null);

                /** JobOrder maxDurationS */
                maxDurationS?: (number|null);

                /** JobOrder bidDeadlineMs */
                bidDeadlineMs?: (number|Long|null);

                /** JobOrder dryRun */
                dryRun?: (boolean|null);

                /** JobOrder image */
                image?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a JobOrder. */
            type $Shape = gpumesh.v1.JobOrder.$Properties;
        }

        /**
         * Properties of a Bid.
         * @deprecated Use gpumesh.v1.Bid.$Properties instead.
         */
        interface IBid extends gpumesh.v1.Bid.$Properties {
        }

        /** Represents a Bid. */
        class Bid {

            /**
             * Constructs a new Bid.
             * @param [properties] Properties to set
             */
            constructor(properties?: gpumesh.v1.Bid.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Bid bidId. */
            bidId: string;

            /** Bid orderId. */
            orderId: string;

            /** Bid provider. */
            provider: string;

            /** Bid client. */
            client: string;

            /** Bid pricePerGpuHour. */
            pricePerGpuHour: (number|Long);

            /** Bid gpuIndices. */
            gpuIndices: number[];

            /** Bid gpuModels. */
            gpuModels: string[];

            /** Bid maxDurationS. */
            maxDurationS: number;

            /** Bid expiresAtMs. */
            expiresAtMs: (number|Long);

            /** Bid orderDigest. */
            orderDigest: Uint8Array;

            /**
             * Creates a new Bid instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Bid instance
             */
            static create(properties: gpumesh.v1.Bid.$Shape): gpumesh.v1.Bid & gpumesh.v1.Bid.$Shape;
            static create(properties?: gpumesh.v1.Bid.$Properties): gpumesh.v1.Bid;

            /**
             * Encodes the specified Bid message. Does not implicitly {@link gpumesh.v1.Bid.verify|verify} messages.
             * @param message Bid message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: gpumesh.v1.Bid.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Bid message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {gpumesh.v1.Bid & gpumesh.v1.Bid.$Shape} Bid
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gpumesh.v1.Bid & gpumesh.v1.Bid.$Shape;
        }

        namespace Bid {

            /** Properties of a Bid. */
            interface $Properties {

                /** Bid bidId */
                bidId?: (string|null);

                /** Bid orderId */
                orderId?: (string|null);

                /** Bid provider */
                provider?: (string|null);

                /** Bid client */
                client?: (string|null);

                /** Bid pricePerGpuHour */
                pricePerGpuHour?: (number|Long|null);

                /** Bid gpuIndices */
                gpuIndices?: (number[]|null);

                /** Bid gpuModels */
                gpuModels?: (string[]|null);

                /** Bid maxDurationS */
                maxDurationS?: (number|null);

                /** Bid expiresAtMs */
                expiresAtMs?: (number|Long|null);

                /** Bid orderDigest */
                orderDigest?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Bid. */
            type $Shape = gpumesh.v1.Bid.$Properties;
        }

        /** DeclineReason enum. */
        enum DeclineReason {

            /** DECLINE_REASON_UNSPECIFIED value */
            DECLINE_REASON_UNSPECIFIED = 0,

            /** DECLINE_REASON_INVALID_ORDER value */
            DECLINE_REASON_INVALID_ORDER = 1,

            /** DECLINE_REASON_BAD_SIGNATURE value */
            DECLINE_REASON_BAD_SIGNATURE = 2,

            /** DECLINE_REASON_EXPIRED value */
            DECLINE_REASON_EXPIRED = 3,

            /** DECLINE_REASON_GPU_MODEL value */
            DECLINE_REASON_GPU_MODEL = 4,

            /** DECLINE_REASON_GPU_VENDOR value */
            DECLINE_REASON_GPU_VENDOR = 5,

            /** DECLINE_REASON_VRAM value */
            DECLINE_REASON_VRAM = 6,

            /** DECLINE_REASON_GPU_COUNT value */
            DECLINE_REASON_GPU_COUNT = 7,

            /** DECLINE_REASON_CPU value */
            DECLINE_REASON_CPU = 8,

            /** DECLINE_REASON_MEMORY value */
            DECLINE_REASON_MEMORY = 9,

            /** DECLINE_REASON_DISK value */
            DECLINE_REASON_DISK = 10,

            /** DECLINE_REASON_RUNTIME value */
            DECLINE_REASON_RUNTIME = 11,

            /** DECLINE_REASON_REGION value */
            DECLINE_REASON_REGION = 12,

            /** DECLINE_REASON_ATTRIBUTES value */
            DECLINE_REASON_ATTRIBUTES = 13,

            /** DECLINE_REASON_PRICE value */
            DECLINE_REASON_PRICE = 14,

            /** DECLINE_REASON_DURATION value */
            DECLINE_REASON_DURATION = 15,

            /** DECLINE_REASON_NO_CAPACITY value */
            DECLINE_REASON_NO_CAPACITY = 16,

            /** DECLINE_REASON_RATE_LIMITED value */
            DECLINE_REASON_RATE_LIMITED = 17,

            /** DECLINE_REASON_CLIENT_DENIED value */
            DECLINE_REASON_CLIENT_DENIED = 18,

            /** DECLINE_REASON_SHUTTING_DOWN value */
            DECLINE_REASON_SHUTTING_DOWN = 19,

            /** DECLINE_REASON_CLIENT_LIMIT value */
            DECLINE_REASON_CLIENT_LIMIT = 20,

            /** DECLINE_REASON_HOLD_PENALTY value */
            DECLINE_REASON_HOLD_PENALTY = 21,

            /** DECLINE_REASON_IMAGE value */
            DECLINE_REASON_IMAGE = 22
        }

        /**
         * Properties of a Decline.
         * @deprecated Use gpumesh.v1.Decline.$Properties instead.
         */
        interface IDecline extends gpumesh.v1.Decline.$Properties {
        }

        /** Represents a Decline. */
        class Decline {

            /**
             * Constructs a new Decline.
             * @param [properties] Properties to set
             */
            constructor(properties?: gpumesh.v1.Decline.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Decline orderId. */
            orderId: string;

            /** Decline reasons. */
            reasons: gpumesh.v1.DeclineReason[];

            /** Decline detail. */
            detail: string;

            /**
             * Creates a new Decline instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Decline instance
             */
            static create(properties: gpumesh.v1.Decline.$Shape): gpumesh.v1.Decline & gpumesh.v1.Decline.$Shape;
            static create(properties?: gpumesh.v1.Decline.$Properties): gpumesh.v1.Decline;

            /**
             * Encodes the specified Decline message. Does not implicitly {@link gpumesh.v1.Decline.verify|verify} messages.
             * @param message Decline message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: gpumesh.v1.Decline.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Decline message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {gpumesh.v1.Decline & gpumesh.v1.Decline.$Shape} Decline
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gpumesh.v1.Decline & gpumesh.v1.Decline.$Shape;
        }

        namespace Decline {

            /** Properties of a Decline. */
            interface $Properties {

                /** Decline orderId */
                orderId?: (string|null);

                /** Decline reasons */
                reasons?: (gpumesh.v1.DeclineReason[]|null);

                /** Decline detail */
                detail?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Decline. */
            type $Shape = gpumesh.v1.Decline.$Properties;
        }

        /**
         * Properties of a BidResponse.
         * @deprecated Use gpumesh.v1.BidResponse.$Properties instead.
         */
        interface IBidResponse extends gpumesh.v1.BidResponse.$Properties {
        }

        /** Represents a BidResponse. */
        class BidResponse {

            /**
             * Constructs a new BidResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: gpumesh.v1.BidResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BidResponse bid. */
            bid?: (gpumesh.v1.SignedEnvelope.$Properties|null);

            /** BidResponse decline. */
            decline?: (gpumesh.v1.Decline.$Properties|null);

            /** BidResponse result. */
            result?: ("bid"|"decline");

            /**
             * Creates a new BidResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BidResponse instance
             */
            static create(properties: gpumesh.v1.BidResponse.$Shape): gpumesh.v1.BidResponse & gpumesh.v1.BidResponse.$Shape;
            static create(properties?: gpumesh.v1.BidResponse.$Properties): gpumesh.v1.BidResponse;

            /**
             * Encodes the specified BidResponse message. Does not implicitly {@link gpumesh.v1.BidResponse.verify|verify} messages.
             * @param message BidResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: gpumesh.v1.BidResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BidResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {gpumesh.v1.BidResponse & gpumesh.v1.BidResponse.$Shape} BidResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gpumesh.v1.BidResponse & gpumesh.v1.BidResponse.$Shape;
        }

        namespace BidResponse {

            /** Properties of a BidResponse. */
            interface $Properties {

                /** BidResponse bid */
                bid?: (gpumesh.v1.SignedEnvelope.$Properties|null);

                /** BidResponse decline */
                decline?: (gpumesh.v1.Decline.$Properties|null);

                /** BidResponse result */
                result?: ("bid"|"decline");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a BidResponse. */
            type $Shape = {
              bid?: gpumesh.v1.SignedEnvelope.$Shape|null;
              decline?: gpumesh.v1.Decline.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ result?: undefined; bid?: null; decline?: null }|{ result?: "bid"; bid: gpumesh.v1.SignedEnvelope.$Shape; decline?: null }|{ result?: "decline"; bid?: null; decline: gpumesh.v1.Decline.$Shape })
            );
        }

        /**
         * Properties of a LeaseRequest.
         * @deprecated Use gpumesh.v1.LeaseRequest.$Properties instead.
         */
        interface ILeaseRequest extends gpumesh.v1.LeaseRequest.$Properties {
        }

        /** Represents a LeaseRequest. */
        class LeaseRequest {

            /**
             * Constructs a new LeaseRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: gpumesh.v1.LeaseRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LeaseRequest bid. */
            bid?: (gpumesh.v1.SignedEnvelope.$Properties|null);

            /** LeaseRequest client. */
            client: string;

            /** LeaseRequest release. */
            release: boolean;

            /**
             * Creates a new LeaseRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LeaseRequest instance
             */
            static create(properties: gpumesh.v1.LeaseRequest.$Shape): gpumesh.v1.LeaseRequest & gpumesh.v1.LeaseRequest.$Shape;
            static create(properties?: gpumesh.v1.LeaseRequest.$Properties): gpumesh.v1.LeaseRequest;

            /**
             * Encodes the specified LeaseRequest message. Does not implicitly {@link gpumesh.v1.LeaseRequest.verify|verify} messages.
             * @param message LeaseRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: gpumesh.v1.LeaseRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LeaseRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {gpumesh.v1.LeaseRequest & gpumesh.v1.LeaseRequest.$Shape} LeaseRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gpumesh.v1.LeaseRequest & gpumesh.v1.LeaseRequest.$Shape;
        }

        namespace LeaseRequest {

            /** Properties of a LeaseRequest. */
            interface $Properties {

                /** LeaseRequest bid */
                bid?: (gpumesh.v1.SignedEnvelope.$Properties|null);

                /** LeaseRequest client */
                client?: (string|null);

                /** LeaseRequest release */
                release?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LeaseRequest. */
            type $Shape = gpumesh.v1.LeaseRequest.$Properties;
        }

        /**
         * Properties of a Lease.
         * @deprecated Use gpumesh.v1.Lease.$Properties instead.
         */
        interface ILease extends gpumesh.v1.Lease.$Properties {
        }

        /** Represents a Lease. */
        class Lease {

            /**
             * Constructs a new Lease.
             * @param [properties] Properties to set
             */
            constructor(properties?: gpumesh.v1.Lease.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Lease leaseId. */
            leaseId: string;

            /** Lease bidId. */
            bidId: string;

            /** Lease orderId. */
            orderId: string;

            /** Lease provider. */
            provider: string;

            /** Lease client. */
            client: string;

            /** Lease gpuIndices. */
            gpuIndices: number[];

            /** Lease pricePerGpuHour. */
            pricePerGpuHour: (number|Long);

            /** Lease maxDurationS. */
            maxDurationS: number;

            /** Lease createdAtMs. */
            createdAtMs: (number|Long);

            /** Lease expiresAtMs. */
            expiresAtMs: (number|Long);

            /**
             * Creates a new Lease instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Lease instance
             */
            static create(properties: gpumesh.v1.Lease.$Shape): gpumesh.v1.Lease & gpumesh.v1.Lease.$Shape;
            static create(properties?: gpumesh.v1.Lease.$Properties): gpumesh.v1.Lease;

            /**
             * Encodes the specified Lease message. Does not implicitly {@link gpumesh.v1.Lease.verify|verify} messages.
             * @param message Lease message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: gpumesh.v1.Lease.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Lease message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {gpumesh.v1.Lease & gpumesh.v1.Lease.$Shape} Lease
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gpumesh.v1.Lease & gpumesh.v1.Lease.$Shape;
        }

        namespace Lease {

            /** Properties of a Lease. */
            interface $Properties {

                /** Lease leaseId */
                leaseId?: (string|null);

                /** Lease bidId */
                bidId?: (string|null);

                /** Lease orderId */
                orderId?: (string|null);

                /** Lease provider */
                provider?: (string|null);

                /** Lease client */
                client?: (string|null);

                /** Lease gpuIndices */
                gpuIndices?: (number[]|null);

                /** Lease pricePerGpuHour */
                pricePerGpuHour?: (number|Long|null);

                /** Lease maxDurationS */
                maxDurationS?: (number|null);

                /** Lease createdAtMs */
                createdAtMs?: (number|Long|null);

                /** Lease expiresAtMs */
                expiresAtMs?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Lease. */
            type $Shape = gpumesh.v1.Lease.$Properties;
        }

        /** RejectReason enum. */
        enum RejectReason {

            /** REJECT_REASON_UNSPECIFIED value */
            REJECT_REASON_UNSPECIFIED = 0,

            /** REJECT_REASON_INVALID_REQUEST value */
            REJECT_REASON_INVALID_REQUEST = 1,

            /** REJECT_REASON_BAD_SIGNATURE value */
            REJECT_REASON_BAD_SIGNATURE = 2,

            /** REJECT_REASON_UNKNOWN_BID value */
            REJECT_REASON_UNKNOWN_BID = 3,

            /** REJECT_REASON_BID_EXPIRED value */
            REJECT_REASON_BID_EXPIRED = 4,

            /** REJECT_REASON_ALREADY_LEASED value */
            REJECT_REASON_ALREADY_LEASED = 5,

            /** REJECT_REASON_NOT_BID_OWNER value */
            REJECT_REASON_NOT_BID_OWNER = 6,

            /** REJECT_REASON_CAPACITY_GONE value */
            REJECT_REASON_CAPACITY_GONE = 7,

            /** REJECT_REASON_SHUTTING_DOWN value */
            REJECT_REASON_SHUTTING_DOWN = 8,

            /** REJECT_REASON_RELEASED value */
            REJECT_REASON_RELEASED = 9,

            /** REJECT_REASON_HOLD_LIMIT value */
            REJECT_REASON_HOLD_LIMIT = 10,

            /** REJECT_REASON_HOLD_PENALTY value */
            REJECT_REASON_HOLD_PENALTY = 11
        }

        /**
         * Properties of a Reject.
         * @deprecated Use gpumesh.v1.Reject.$Properties instead.
         */
        interface IReject extends gpumesh.v1.Reject.$Properties {
        }

        /** Represents a Reject. */
        class Reject {

            /**
             * Constructs a new Reject.
             * @param [properties] Properties to set
             */
            constructor(properties?: gpumesh.v1.Reject.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Reject bidId. */
            bidId: string;

            /** Reject reason. */
            reason: gpumesh.v1.RejectReason;

            /** Reject detail. */
            detail: string;

            /**
             * Creates a new Reject instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Reject instance
             */
            static create(properties: gpumesh.v1.Reject.$Shape): gpumesh.v1.Reject & gpumesh.v1.Reject.$Shape;
            static create(properties?: gpumesh.v1.Reject.$Properties): gpumesh.v1.Reject;

            /**
             * Encodes the specified Reject message. Does not implicitly {@link gpumesh.v1.Reject.verify|verify} messages.
             * @param message Reject message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: gpumesh.v1.Reject.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Reject message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {gpumesh.v1.Reject & gpumesh.v1.Reject.$Shape} Reject
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gpumesh.v1.Reject & gpumesh.v1.Reject.$Shape;
        }

        namespace Reject {

            /** Properties of a Reject. */
            interface $Properties {

                /** Reject bidId */
                bidId?: (string|null);

                /** Reject reason */
                reason?: (gpumesh.v1.RejectReason|null);

                /** Reject detail */
                detail?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Reject. */
            type $Shape = gpumesh.v1.Reject.$Properties;
        }

        /**
         * Properties of a LeaseResponse.
         * @deprecated Use gpumesh.v1.LeaseResponse.$Properties instead.
         */
        interface ILeaseResponse extends gpumesh.v1.LeaseResponse.$Properties {
        }

        /** Represents a LeaseResponse. */
        class LeaseResponse {

            /**
             * Constructs a new LeaseResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: gpumesh.v1.LeaseResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LeaseResponse lease. */
            lease?: (gpumesh.v1.SignedEnvelope.$Properties|null);

            /** LeaseResponse reject. */
            reject?: (gpumesh.v1.Reject.$Properties|null);

            /** LeaseResponse result. */
            result?: ("lease"|"reject");

            /**
             * Creates a new LeaseResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LeaseResponse instance
             */
            static create(properties: gpumesh.v1.LeaseResponse.$Shape): gpumesh.v1.LeaseResponse & gpumesh.v1.LeaseResponse.$Shape;
            static create(properties?: gpumesh.v1.LeaseResponse.$Properties): gpumesh.v1.LeaseResponse;

            /**
             * Encodes the specified LeaseResponse message. Does not implicitly {@link gpumesh.v1.LeaseResponse.verify|verify} messages.
             * @param message LeaseResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: gpumesh.v1.LeaseResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LeaseResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {gpumesh.v1.LeaseResponse & gpumesh.v1.LeaseResponse.$Shape} LeaseResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gpumesh.v1.LeaseResponse & gpumesh.v1.LeaseResponse.$Shape;
        }

        namespace LeaseResponse {

            /** Properties of a LeaseResponse. */
            interface $Properties {

                /** LeaseResponse lease */
                lease?: (gpumesh.v1.SignedEnvelope.$Properties|null);

                /** LeaseResponse reject */
                reject?: (gpumesh.v1.Reject.$Properties|null);

                /** LeaseResponse result */
                result?: ("lease"|"reject");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a LeaseResponse. */
            type $Shape = {
              lease?: gpumesh.v1.SignedEnvelope.$Shape|null;
              reject?: gpumesh.v1.Reject.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ result?: undefined; lease?: null; reject?: null }|{ result?: "lease"; lease: gpumesh.v1.SignedEnvelope.$Shape; reject?: null }|{ result?: "reject"; lease?: null; reject: gpumesh.v1.Reject.$Shape })
            );
        }

        /**
         * Properties of an OfferSet.
         * @deprecated Use gpumesh.v1.OfferSet.$Properties instead.
         */
        interface IOfferSet extends gpumesh.v1.OfferSet.$Properties {
        }

        /** Represents an OfferSet. */
        class OfferSet {

            /**
             * Constructs a new OfferSet.
             * @param [properties] Properties to set
             */
            constructor(properties?: gpumesh.v1.OfferSet.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OfferSet offers. */
            offers: gpumesh.v1.SignedEnvelope.$Properties[];

            /**
             * Creates a new OfferSet instance using the specified properties.
             * @param [properties] Properties to set
             * @returns OfferSet instance
             */
            static create(properties: gpumesh.v1.OfferSet.$Shape): gpumesh.v1.OfferSet & gpumesh.v1.OfferSet.$Shape;
            static create(properties?: gpumesh.v1.OfferSet.$Properties): gpumesh.v1.OfferSet;

            /**
             * Encodes the specified OfferSet message. Does not implicitly {@link gpumesh.v1.OfferSet.verify|verify} messages.
             * @param message OfferSet message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: gpumesh.v1.OfferSet.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OfferSet message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {gpumesh.v1.OfferSet & gpumesh.v1.OfferSet.$Shape} OfferSet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gpumesh.v1.OfferSet & gpumesh.v1.OfferSet.$Shape;
        }

        namespace OfferSet {

            /** Properties of an OfferSet. */
            interface $Properties {

                /** OfferSet offers */
                offers?: (gpumesh.v1.SignedEnvelope.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OfferSet. */
            type $Shape = gpumesh.v1.OfferSet.$Properties;
        }

        /** SessionRefusalCode enum. */
        enum SessionRefusalCode {

            /** SESSION_REFUSAL_CODE_UNSPECIFIED value */
            SESSION_REFUSAL_CODE_UNSPECIFIED = 0,

            /** SESSION_REFUSAL_CODE_INVALID_REQUEST value */
            SESSION_REFUSAL_CODE_INVALID_REQUEST = 1,

            /** SESSION_REFUSAL_CODE_UNKNOWN_JOB value */
            SESSION_REFUSAL_CODE_UNKNOWN_JOB = 2,

            /** SESSION_REFUSAL_CODE_NOT_OWNER value */
            SESSION_REFUSAL_CODE_NOT_OWNER = 3,

            /** SESSION_REFUSAL_CODE_NOT_RUNNING value */
            SESSION_REFUSAL_CODE_NOT_RUNNING = 4,

            /** SESSION_REFUSAL_CODE_PORT_NOT_DECLARED value */
            SESSION_REFUSAL_CODE_PORT_NOT_DECLARED = 5,

            /** SESSION_REFUSAL_CODE_DISABLED value */
            SESSION_REFUSAL_CODE_DISABLED = 6,

            /** SESSION_REFUSAL_CODE_LIMIT value */
            SESSION_REFUSAL_CODE_LIMIT = 7,

            /** SESSION_REFUSAL_CODE_UNSUPPORTED value */
            SESSION_REFUSAL_CODE_UNSUPPORTED = 8,

            /** SESSION_REFUSAL_CODE_CONNECT_FAILED value */
            SESSION_REFUSAL_CODE_CONNECT_FAILED = 9,

            /** SESSION_REFUSAL_CODE_SPAWN_FAILED value */
            SESSION_REFUSAL_CODE_SPAWN_FAILED = 10
        }

        /**
         * Properties of a ForwardRequest.
         * @deprecated Use gpumesh.v1.ForwardRequest.$Properties instead.
         */
        interface IForwardRequest extends gpumesh.v1.ForwardRequest.$Properties {
        }

        /** Represents a ForwardRequest. */
        class ForwardRequest {

            /**
             * Constructs a new ForwardRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: gpumesh.v1.ForwardRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ForwardRequest jobId. */
            jobId: string;

            /** ForwardRequest port. */
            port: number;

            /** ForwardRequest probe. */
            probe: boolean;

            /**
             * Creates a new ForwardRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ForwardRequest instance
             */
            static create(properties: gpumesh.v1.ForwardRequest.$Shape): gpumesh.v1.ForwardRequest & gpumesh.v1.ForwardRequest.$Shape;
            static create(properties?: gpumesh.v1.ForwardRequest.$Properties): gpumesh.v1.ForwardRequest;

            /**
             * Encodes the specified ForwardRequest message. Does not implicitly {@link gpumesh.v1.ForwardRequest.verify|verify} messages.
             * @param message ForwardRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: gpumesh.v1.ForwardRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ForwardRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {gpumesh.v1.ForwardRequest & gpumesh.v1.ForwardRequest.$Shape} ForwardRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gpumesh.v1.ForwardRequest & gpumesh.v1.ForwardRequest.$Shape;
        }

        namespace ForwardRequest {

            /** Properties of a ForwardRequest. */
            interface $Properties {

                /** ForwardRequest jobId */
                jobId?: (string|null);

                /** ForwardRequest port */
                port?: (number|null);

                /** ForwardRequest probe */
                probe?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ForwardRequest. */
            type $Shape = gpumesh.v1.ForwardRequest.$Properties;
        }

        /**
         * Properties of a ForwardResponse.
         * @deprecated Use gpumesh.v1.ForwardResponse.$Properties instead.
         */
        interface IForwardResponse extends gpumesh.v1.ForwardResponse.$Properties {
        }

        /** Represents a ForwardResponse. */
        class ForwardResponse {

            /**
             * Constructs a new ForwardResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: gpumesh.v1.ForwardResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ForwardResponse refusal. */
            refusal: gpumesh.v1.SessionRefusalCode;

            /** ForwardResponse detail. */
            detail: string;

            /**
             * Creates a new ForwardResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ForwardResponse instance
             */
            static create(properties: gpumesh.v1.ForwardResponse.$Shape): gpumesh.v1.ForwardResponse & gpumesh.v1.ForwardResponse.$Shape;
            static create(properties?: gpumesh.v1.ForwardResponse.$Properties): gpumesh.v1.ForwardResponse;

            /**
             * Encodes the specified ForwardResponse message. Does not implicitly {@link gpumesh.v1.ForwardResponse.verify|verify} messages.
             * @param message ForwardResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: gpumesh.v1.ForwardResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ForwardResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {gpumesh.v1.ForwardResponse & gpumesh.v1.ForwardResponse.$Shape} ForwardResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gpumesh.v1.ForwardResponse & gpumesh.v1.ForwardResponse.$Shape;
        }

        namespace ForwardResponse {

            /** Properties of a ForwardResponse. */
            interface $Properties {

                /** ForwardResponse refusal */
                refusal?: (gpumesh.v1.SessionRefusalCode|null);

                /** ForwardResponse detail */
                detail?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ForwardResponse. */
            type $Shape = gpumesh.v1.ForwardResponse.$Properties;
        }

        /**
         * Properties of a TerminalSize.
         * @deprecated Use gpumesh.v1.TerminalSize.$Properties instead.
         */
        interface ITerminalSize extends gpumesh.v1.TerminalSize.$Properties {
        }

        /** Represents a TerminalSize. */
        class TerminalSize {

            /**
             * Constructs a new TerminalSize.
             * @param [properties] Properties to set
             */
            constructor(properties?: gpumesh.v1.TerminalSize.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TerminalSize rows. */
            rows: number;

            /** TerminalSize cols. */
            cols: number;

            /**
             * Creates a new TerminalSize instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TerminalSize instance
             */
            static create(properties: gpumesh.v1.TerminalSize.$Shape): gpumesh.v1.TerminalSize & gpumesh.v1.TerminalSize.$Shape;
            static create(properties?: gpumesh.v1.TerminalSize.$Properties): gpumesh.v1.TerminalSize;

            /**
             * Encodes the specified TerminalSize message. Does not implicitly {@link gpumesh.v1.TerminalSize.verify|verify} messages.
             * @param message TerminalSize message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: gpumesh.v1.TerminalSize.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TerminalSize message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {gpumesh.v1.TerminalSize & gpumesh.v1.TerminalSize.$Shape} TerminalSize
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gpumesh.v1.TerminalSize & gpumesh.v1.TerminalSize.$Shape;
        }

        namespace TerminalSize {

            /** Properties of a TerminalSize. */
            interface $Properties {

                /** TerminalSize rows */
                rows?: (number|null);

                /** TerminalSize cols */
                cols?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TerminalSize. */
            type $Shape = gpumesh.v1.TerminalSize.$Properties;
        }

        /**
         * Properties of an ExecRequest.
         * @deprecated Use gpumesh.v1.ExecRequest.$Properties instead.
         */
        interface IExecRequest extends gpumesh.v1.ExecRequest.$Properties {
        }

        /** Represents an ExecRequest. */
        class ExecRequest {

            /**
             * Constructs a new ExecRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: gpumesh.v1.ExecRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ExecRequest jobId. */
            jobId: string;

            /** ExecRequest command. */
            command: string[];

            /** ExecRequest tty. */
            tty: boolean;

            /** ExecRequest size. */
            size?: (gpumesh.v1.TerminalSize.$Properties|null);

            /** ExecRequest env. */
            env: { [k: string]: string };

            /**
             * Creates a new ExecRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ExecRequest instance
             */
            static create(properties: gpumesh.v1.ExecRequest.$Shape): gpumesh.v1.ExecRequest & gpumesh.v1.ExecRequest.$Shape;
            static create(properties?: gpumesh.v1.ExecRequest.$Properties): gpumesh.v1.ExecRequest;

            /**
             * Encodes the specified ExecRequest message. Does not implicitly {@link gpumesh.v1.ExecRequest.verify|verify} messages.
             * @param message ExecRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: gpumesh.v1.ExecRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ExecRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {gpumesh.v1.ExecRequest & gpumesh.v1.ExecRequest.$Shape} ExecRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gpumesh.v1.ExecRequest & gpumesh.v1.ExecRequest.$Shape;
        }

        namespace ExecRequest {

            /** Properties of an ExecRequest. */
            interface $Properties {

                /** ExecRequest jobId */
                jobId?: (string|null);

                /** ExecRequest command */
                command?: (string[]|null);

                /** ExecRequest tty */
                tty?: (boolean|null);

                /** ExecRequest size */
                size?: (gpumesh.v1.TerminalSize.$Properties|null);

                /** ExecRequest env */
                env?: ({ [k: string]: string }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ExecRequest. */
            type $Shape = gpumesh.v1.ExecRequest.$Properties;
        }

        /**
         * Properties of an ExecInput.
         * @deprecated Use gpumesh.v1.ExecInput.$Properties instead.
         */
        interface IExecInput extends gpumesh.v1.ExecInput.$Properties {
        }

        /** Represents an ExecInput. */
        class ExecInput {

            /**
             * Constructs a new ExecInput.
             * @param [properties] Properties to set
             */
            constructor(properties?: gpumesh.v1.ExecInput.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ExecInput stdin. */
            stdin?: (Uint8Array|null);

            /** ExecInput stdinEof. */
            stdinEof?: (boolean|null);

            /** ExecInput resize. */
            resize?: (gpumesh.v1.TerminalSize.$Properties|null);

            /** ExecInput signal. */
            signal?: (number|null);

            /** ExecInput kind. */
            kind?: ("stdin"|"stdinEof"|"resize"|"signal");

            /**
             * Creates a new ExecInput instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ExecInput instance
             */
            static create(properties: gpumesh.v1.ExecInput.$Shape): gpumesh.v1.ExecInput & gpumesh.v1.ExecInput.$Shape;
            static create(properties?: gpumesh.v1.ExecInput.$Properties): gpumesh.v1.ExecInput;

            /**
             * Encodes the specified ExecInput message. Does not implicitly {@link gpumesh.v1.ExecInput.verify|verify} messages.
             * @param message ExecInput message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: gpumesh.v1.ExecInput.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ExecInput message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {gpumesh.v1.ExecInput & gpumesh.v1.ExecInput.$Shape} ExecInput
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gpumesh.v1.ExecInput & gpumesh.v1.ExecInput.$Shape;
        }

        namespace ExecInput {

            /** Properties of an ExecInput. */
            interface $Properties {

                /** ExecInput stdin */
                stdin?: (Uint8Array|null);

                /** ExecInput stdinEof */
                stdinEof?: (boolean|null);

                /** ExecInput resize */
                resize?: (gpumesh.v1.TerminalSize.$Properties|null);

                /** ExecInput signal */
                signal?: (number|null);

                /** ExecInput kind */
                kind?: ("stdin"|"stdinEof"|"resize"|"signal");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of an ExecInput. */
            type $Shape = {
              stdin?: Uint8Array|null;
              stdinEof?: boolean|null;
              resize?: gpumesh.v1.TerminalSize.$Shape|null;
              signal?: number|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ kind?: undefined; stdin?: null; stdinEof?: null; resize?: null; signal?: null }|{ kind?: "stdin"; stdin: Uint8Array; stdinEof?: null; resize?: null; signal?: null }|{ kind?: "stdinEof"; stdin?: null; stdinEof: boolean; resize?: null; signal?: null }|{ kind?: "resize"; stdin?: null; stdinEof?: null; resize: gpumesh.v1.TerminalSize.$Shape; signal?: null }|{ kind?: "signal"; stdin?: null; stdinEof?: null; resize?: null; signal: number })
            );
        }

        /**
         * Properties of an ExecOutput.
         * @deprecated Use gpumesh.v1.ExecOutput.$Properties instead.
         */
        interface IExecOutput extends gpumesh.v1.ExecOutput.$Properties {
        }

        /** Represents an ExecOutput. */
        class ExecOutput {

            /**
             * Constructs a new ExecOutput.
             * @param [properties] Properties to set
             */
            constructor(properties?: gpumesh.v1.ExecOutput.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ExecOutput refusal. */
            refusal?: (gpumesh.v1.ForwardResponse.$Properties|null);

            /** ExecOutput started. */
            started?: (boolean|null);

            /** ExecOutput stdout. */
            stdout?: (Uint8Array|null);

            /** ExecOutput stderr. */
            stderr?: (Uint8Array|null);

            /** ExecOutput exitCode. */
            exitCode?: (number|null);

            /** ExecOutput kind. */
            kind?: ("refusal"|"started"|"stdout"|"stderr"|"exitCode");

            /**
             * Creates a new ExecOutput instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ExecOutput instance
             */
            static create(properties: gpumesh.v1.ExecOutput.$Shape): gpumesh.v1.ExecOutput & gpumesh.v1.ExecOutput.$Shape;
            static create(properties?: gpumesh.v1.ExecOutput.$Properties): gpumesh.v1.ExecOutput;

            /**
             * Encodes the specified ExecOutput message. Does not implicitly {@link gpumesh.v1.ExecOutput.verify|verify} messages.
             * @param message ExecOutput message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: gpumesh.v1.ExecOutput.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ExecOutput message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {gpumesh.v1.ExecOutput & gpumesh.v1.ExecOutput.$Shape} ExecOutput
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gpumesh.v1.ExecOutput & gpumesh.v1.ExecOutput.$Shape;
        }

        namespace ExecOutput {

            /** Properties of an ExecOutput. */
            interface $Properties {

                /** ExecOutput refusal */
                refusal?: (gpumesh.v1.ForwardResponse.$Properties|null);

                /** ExecOutput started */
                started?: (boolean|null);

                /** ExecOutput stdout */
                stdout?: (Uint8Array|null);

                /** ExecOutput stderr */
                stderr?: (Uint8Array|null);

                /** ExecOutput exitCode */
                exitCode?: (number|null);

                /** ExecOutput kind */
                kind?: ("refusal"|"started"|"stdout"|"stderr"|"exitCode");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of an ExecOutput. */
            type $Shape = {
              refusal?: gpumesh.v1.ForwardResponse.$Shape|null;
              started?: boolean|null;
              stdout?: Uint8Array|null;
              stderr?: Uint8Array|null;
              exitCode?: number|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ kind?: undefined; refusal?: null; started?: null; stdout?: null; stderr?: null; exitCode?: null }|{ kind?: "refusal"; refusal: gpumesh.v1.ForwardResponse.$Shape; started?: null; stdout?: null; stderr?: null; exitCode?: null }|{ kind?: "started"; refusal?: null; started: boolean; stdout?: null; stderr?: null; exitCode?: null }|{ kind?: "stdout"; refusal?: null; started?: null; stdout: Uint8Array; stderr?: null; exitCode?: null }|{ kind?: "stderr"; refusal?: null; started?: null; stdout?: null; stderr: Uint8Array; exitCode?: null }|{ kind?: "exitCode"; refusal?: null; started?: null; stdout?: null; stderr?: null; exitCode: number })
            );
        }
    }
}
