/**
 * The floor: a plain libp2p node (the same stack gpumesh runs: tcp, noise, yamux,
 * identify, ping, gossipsub) with one echo protocol and no gpumesh code. Run as its own
 * process; prints its address, then serves until stdin closes.
 */
import '@gpumesh/protocol/polyfill'
import { noise } from '@chainsafe/libp2p-noise'
import { yamux } from '@chainsafe/libp2p-yamux'
import { gossipsub } from '@libp2p/gossipsub'
import { identify } from '@libp2p/identify'
import { ping } from '@libp2p/ping'
import { tcp } from '@libp2p/tcp'
import { lpStream } from '@libp2p/utils'
import { createLibp2p } from 'libp2p'

export const ECHO_PROTOCOL = '/floor/echo/1.0.0'

export async function createFloorNode (listen: string[]): Promise<Awaited<ReturnType<typeof createLibp2p>>> {
  return await createLibp2p({
    addresses: { listen },
    transports: [tcp()],
    connectionEncrypters: [noise()],
    streamMuxers: [yamux()],
    connectionManager: { allow: ['/ip4/127.0.0.0/ipcidr/8'], inboundConnectionThreshold: 1_000 },
    services: { identify: identify(), ping: ping(), pubsub: gossipsub({ allowPublishToZeroTopicPeers: true }) }
  })
}

if (process.argv[2] === 'serve') {
  const node = await createFloorNode([process.argv[3] ?? '/ip4/127.0.0.60/tcp/0'])
  await node.handle(ECHO_PROTOCOL, (stream) => {
    const lp = lpStream(stream)
    void (async () => {
      try {
        const msg = await lp.read()
        await lp.write(msg)
        await stream.close()
      } catch {
        stream.abort(new Error('echo failed'))
      }
    })()
  }, { maxInboundStreams: 1024 })
  process.stdout.write(`${JSON.stringify({ event: 'ready', addrs: node.getMultiaddrs().map(a => a.toString()) })}\n`)
  process.stdin.resume()
  process.stdin.on('end', () => { void Promise.resolve(node.stop()).then(() => process.exit(0)) })
}
