/** Who may buy: deny-lists, allow-lists, and the process runtime on a host without a sandbox. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DeclineReason } from '@gpumesh/protocol'
import { RTX4090, Testbed } from '@gpumesh/test-utils'
// The built node, as the testbed uses: one copy of each class.
import { ProcessRuntime, startProviderNode } from '@gpumesh/node'

describe('client policy', () => {
  let bed: Testbed
  beforeEach(() => { bed = new Testbed() })
  afterEach(async () => { await bed.stop() })

  it('declines a denied client at bid time, with the reason', async () => {
    const denied = await bed.reservePeerKey()
    const config = await bed.config({ gpus: [RTX4090] })
    config.policy.denyClients = [denied.id]
    const node = await bed.startNode(config)
    const peer = await bed.peerFrom(denied.dir)
    await peer.connect(node)
    const r = await peer.requestBid(node, peer.order())
    expect(r).toMatchObject({ kind: 'decline', decline: { reasons: [DeclineReason.DECLINE_REASON_CLIENT_DENIED], detail: expect.stringMatching(/deny list/) } })
    const other = await bed.peer()
    await other.connect(node)
    expect((await other.requestBid(node, other.order())).kind).toBe('bid')
  })

  it('offers the unsandboxed process runtime only to allow-listed clients', async () => {
    const friend = await bed.reservePeerKey()
    const config = await bed.config({ gpus: [RTX4090] })
    config.policy.allowClients = [friend.id]
    const node = await startProviderNode(config, { runtimes: [new ProcessRuntime({ sandbox: 'none' })], processSandboxed: false })
    bed.nodes.push(node)
    expect((await node.status()).runtimes).toEqual(['process'])
    const stranger = await bed.peer()
    await stranger.connect(node)
    expect(await stranger.requestBid(node, stranger.order())).toMatchObject({ kind: 'decline', decline: { reasons: [DeclineReason.DECLINE_REASON_CLIENT_DENIED] } })
    const peer = await bed.peerFrom(friend.dir)
    await peer.connect(node)
    expect((await peer.requestBid(node, peer.order())).kind).toBe('bid')
  })

  it('does not offer the process runtime at all without a sandbox or an allow-list, and says so', async () => {
    const config = await bed.config({ gpus: [RTX4090] })
    const node = await startProviderNode(config, { runtimes: [new ProcessRuntime({ sandbox: 'none' })], processSandboxed: false })
    bed.nodes.push(node)
    const status = await node.status()
    expect(status.runtimes).toEqual([])
    expect(status.notes).toContain('the process runtime is not offered: no sandbox here, and no policy.allowClients to trust')
    const peer = await bed.peer()
    await peer.connect(node)
    expect(await peer.requestBid(node, peer.order())).toMatchObject({ kind: 'decline', decline: { reasons: expect.arrayContaining([DeclineReason.DECLINE_REASON_RUNTIME]) } })
  })
})
