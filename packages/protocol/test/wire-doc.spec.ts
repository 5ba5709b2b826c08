/**
 * docs/wire.md is the wire spec an outside implementer reads. Its worked example and the
 * protocol ids, topics, payload types and limits it names are recomputed here from the
 * code, so an edit to either side that makes them disagree fails this test.
 */
import { readFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { fileURLToPath } from 'node:url'
import { generateKeyPairFromSeed, privateKeyToProtobuf, publicKeyToProtobuf } from '@libp2p/crypto/keys'
import type { PrivateKey } from '@libp2p/interface'
import { peerIdFromPublicKey } from '@libp2p/peer-id'
import { describe, expect, it } from 'vitest'
import * as constants from '../src/constants.js'
import { decodeEnvelope, encodeEnvelope, signEnvelope, signingInput, verifyEnvelope } from '../src/envelope.js'
import { encodeFrame } from '../src/framing.js'
import { decodeJobOrder, encodeJobOrder, type JobOrder } from '../src/order.js'

const doc = readFileSync(fileURLToPath(new URL('../../../docs/wire.md', import.meta.url)), 'utf8')
/** The prose with line breaks folded, for phrases that may wrap. */
const flat = doc.replace(/\s+/g, ' ')

/** The body of the one fenced block labelled ```<kind> <label>; throws unless there is exactly one. */
function block (kind: 'hex' | 'text', label: string): string {
  const re = new RegExp('^```' + kind + ' ' + label + '\\n([\\s\\S]*?)^```', 'gm')
  const found = [...doc.matchAll(re)]
  if (found.length !== 1) throw new Error(`docs/wire.md: expected one \`\`\`${kind} ${label} block, found ${found.length}`)
  return (found[0]?.[1] ?? '').replace(/\s+/g, '')
}

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex')

// The example's inputs, as the doc states them.
const SEED = '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60'
const SIGNED_AT_MS = 1767225600000
const EXPIRES_AT_MS = SIGNED_AT_MS + 300

async function example (): Promise<{ key: PrivateKey, peerId: string, order: JobOrder }> {
  const key = await generateKeyPairFromSeed('Ed25519', Buffer.from(block('hex', 'seed'), 'hex'))
  const peerId = peerIdFromPublicKey(key.publicKey).toString()
  const order: JobOrder = {
    orderId: 'order-1',
    client: peerId,
    gpu: { count: 1, minVramMiB: 16384, model: '', vendor: 'nvidia' },
    cpuCores: 4,
    memoryMiB: 16384,
    diskMiB: 10240,
    runtime: 'process',
    region: '',
    attributes: {},
    maxPricePerGpuHour: 3_000_000n,
    maxDurationS: 3600,
    bidDeadlineMs: EXPIRES_AT_MS,
    dryRun: false
  }
  return { key, peerId, order }
}

describe('docs/wire.md worked example', () => {
  it('uses the seed and times this test signs with', () => {
    expect(block('hex', 'seed')).toBe(SEED)
    expect(flat).toContain(`\`signed_at_ms\` = ${SIGNED_AT_MS}`)
    expect(flat).toContain(`\`expires_at_ms\` (${EXPIRES_AT_MS})`)
  })

  it('gives the key, its libp2p encodings and its peer id as the code derives them', async () => {
    const { key, peerId } = await example()
    expect(block('hex', 'public-key')).toBe(hex(publicKeyToProtobuf(key.publicKey)))
    expect(block('hex', 'private-key')).toBe(hex(privateKeyToProtobuf(key)))
    expect(block('text', 'peer-id')).toBe(peerId)
  })

  it('gives the payload, the signed bytes, the signature, the envelope and the frame the code produces', async () => {
    const { key, order } = await example()
    const payload = encodeJobOrder(order)
    expect(block('hex', 'payload')).toBe(hex(payload))
    expect(block('hex', 'signed-bytes')).toBe(hex(signingInput(constants.PayloadType.order, payload, SIGNED_AT_MS, EXPIRES_AT_MS)))

    // Signed exactly as the SDK signs an order: expiry = the bid deadline.
    const envelope = await signEnvelope(key, constants.PayloadType.order, payload, { now: SIGNED_AT_MS, expiresAtMs: order.bidDeadlineMs })
    expect(block('hex', 'signature')).toBe(hex(envelope.signature))
    const encoded = encodeEnvelope(envelope)
    expect(block('hex', 'envelope')).toBe(hex(encoded))
    expect(block('hex', 'frame')).toBe(hex(encodeFrame(encoded)))
  })

  it('gives bytes that the code decodes and verifies back to the example order', async () => {
    const { peerId, order } = await example()
    const envelope = decodeEnvelope(Buffer.from(block('hex', 'envelope'), 'hex'))
    const signer = await verifyEnvelope(envelope, constants.PayloadType.order, { expectedSigner: peerId, now: SIGNED_AT_MS })
    expect(signer).toBe(peerId)
    expect(decodeJobOrder(envelope.payload)).toEqual(order)
    // The doc's claim on when it stops verifying: 30 s of skew past its expiry.
    await expect(verifyEnvelope(envelope, constants.PayloadType.order, { now: EXPIRES_AT_MS + constants.DEFAULT_CLOCK_SKEW_MS })).resolves.toBe(peerId)
    await expect(verifyEnvelope(envelope, constants.PayloadType.order, { now: EXPIRES_AT_MS + constants.DEFAULT_CLOCK_SKEW_MS + 1 })).rejects.toMatchObject({ name: 'ExpiredMessageError' })
    expect(flat).toContain(`accepted until ${EXPIRES_AT_MS + constants.DEFAULT_CLOCK_SKEW_MS} inclusive`)
    // The digest a bid on this order carries is over the payload bytes as sent.
    expect(createHash('sha256').update(envelope.payload).digest()).toEqual(createHash('sha256').update(Buffer.from(block('hex', 'payload'), 'hex')).digest())
  })
})

describe('docs/wire.md names', () => {
  const exported = Object.entries(constants) as Array<[string, unknown]>
  const ids = exported.filter(([name]) => name.endsWith('_PROTOCOL') || name.endsWith('_TOPIC')).map(([, v]) => v as string)

  it('names every protocol id and topic the code exports', () => {
    expect(ids.length).toBeGreaterThanOrEqual(7)
    for (const id of ids) expect(doc, id).toContain(`\`${id}\``)
  })

  it('names no /gpumesh/ protocol or topic the code does not have', () => {
    const named = new Set([...doc.matchAll(/`(\/gpumesh\/[^`\s]+)`/g)].map(m => m[1]))
    for (const id of named) expect(ids, id).toContain(id)
  })

  it('names every payload type and the signing domain as the code spells them', () => {
    for (const type of Object.values(constants.PayloadType)) expect(doc, type).toContain(`\`${type}\``)
    const named = new Set([...doc.matchAll(/`(gpumesh\/[a-z-]+\/\d+)`/g)].map(m => m[1]))
    for (const type of named) expect(Object.values(constants.PayloadType) as string[], type).toContain(type)
    expect(doc).toContain(`\`${constants.SIGNING_DOMAIN}\``)
    expect(doc).toContain(`| ${constants.SIGNING_DOMAIN.length} | the ASCII domain tag`)
  })

  it('states the limits and clock bounds the code enforces', () => {
    const n = (v: number): string => v.toLocaleString('en-US')
    expect(flat).toContain(`64 KiB (${constants.MAX_MARKET_MESSAGE_BYTES}, \`MAX_MARKET_MESSAGE_BYTES\`)`)
    expect(flat).toContain(`${n(constants.MAX_JOB_REQUEST_BYTES)} (\`MAX_JOB_REQUEST_BYTES\``)
    expect(flat).toContain(`${n(constants.MAX_JOB_EVENT_BYTES + 1024)} (\`MAX_JOB_EVENT_BYTES\``)
    expect(flat).toContain('4 MiB (`MAX_OFFER_SET_BYTES`)')
    expect(constants.MAX_OFFER_SET_BYTES).toBe(4 * 1024 * 1024)
    expect(flat).toContain(`stop at ${n(constants.MAX_OFFERS_PER_SYNC)} envelopes`)
    expect(flat).toContain(`(${n(2 * constants.MAX_JOB_REQUEST_BYTES)}) per connection and 8 (${n(8 * constants.MAX_JOB_REQUEST_BYTES)}) per node`)
    expect(flat).toContain(`\`skew\` = ${constants.DEFAULT_CLOCK_SKEW_MS / 1000} s (\`DEFAULT_CLOCK_SKEW_MS\`)`)
    expect(flat).toContain(`\`maxAge\` = ${constants.DEFAULT_MAX_ENVELOPE_AGE_MS / 60_000} min (\`DEFAULT_MAX_ENVELOPE_AGE_MS\`)`)
    expect(flat).toContain(`\`MAX_OFFER_LIFETIME_MS\` (${constants.MAX_OFFER_LIFETIME_MS / 1000} s)`)
    expect(flat).toContain(`has ${constants.DEFAULT_REQUEST_TIMEOUT_MS / 1000} s (\`DEFAULT_REQUEST_TIMEOUT_MS\`)`)
    expect(flat).toContain(`chunk\` events of at most ${constants.RESULT_CHUNK_BYTES / 1024} KiB`)
  })
})
