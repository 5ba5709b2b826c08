/**
 * Our own Ed25519 keys, imported into node:crypto once. @libp2p/crypto re-imports the
 * key (from JWK) on every signature, which costs more than signing; a node signs every
 * bid, lease and receipt with the same key.
 */
import { createPrivateKey, sign, type KeyObject } from 'node:crypto'
import type { PrivateKey } from '@libp2p/interface'

/** DER prefix of an Ed25519 PKCS#8 private key; the 32-byte seed follows it. */
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex')

export class SigningKeyCache {
  /** Keyed by the key object itself: dropped with it. */
  private readonly imported = new WeakMap<PrivateKey, KeyObject>()

  /** Sign `data` with `key`; keys other than Ed25519 go through libp2p as before. */
  async sign (key: PrivateKey, data: Uint8Array): Promise<Uint8Array> {
    if (key.type !== 'Ed25519') return await key.sign(data)
    let keyObject = this.imported.get(key)
    if (keyObject === undefined) {
      keyObject = createPrivateKey({ key: Buffer.concat([ED25519_PKCS8_PREFIX, key.raw.subarray(0, 32)]), format: 'der', type: 'pkcs8' })
      this.imported.set(key, keyObject)
    }
    return new Uint8Array(sign(null, data, keyObject))
  }
}
