/** A peer's persistent identity: an Ed25519 key kept in its data dir, readable by its owner only. */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { generateKeyPair, privateKeyFromProtobuf, privateKeyToProtobuf } from '@libp2p/crypto/keys'
import type { PrivateKey } from '@libp2p/interface'
import { InvalidMessageError } from '@gpumesh/protocol/errors'
import { PRIVATE_KEY_FILE } from './constants.js'

/** Read the key in `dataDir`, or create and store one when there is none. */
export async function loadOrCreatePrivateKey (dataDir: string): Promise<PrivateKey> {
  const file = join(dataDir, PRIVATE_KEY_FILE)
  let bytes: Uint8Array | undefined
  try {
    bytes = await readFile(file)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
  }
  if (bytes !== undefined) {
    try {
      return privateKeyFromProtobuf(bytes)
    } catch (err) {
      throw new InvalidMessageError(`${file}: not a libp2p private key`, { cause: err })
    }
  }
  const key = await generateKeyPair('Ed25519')
  await mkdir(dataDir, { recursive: true, mode: 0o700 })
  // 'wx': never overwrite a key another process wrote in the meantime.
  await writeFile(file, privateKeyToProtobuf(key), { mode: 0o600, flag: 'wx' })
  return key
}
