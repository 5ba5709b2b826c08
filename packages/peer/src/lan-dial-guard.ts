/**
 * Do not dial another home's LAN address when a relay can reach that peer.
 *
 * A provider behind NAT advertises its LAN address (10.x, 192.168.x) beside its
 * `/p2p-circuit` one, and identify hands it on too. From outside that LAN the address
 * leads nowhere: a router answers "unreachable" (rate-limited to one a second, so a
 * second dial within the second gets no answer) or drops the SYN, and libp2p's dial
 * then waits its whole timeout (5 s) before trying the relay. Measured in the NAT
 * testbed: a third of the client's dials to a relayed provider stalled 5 s this way.
 *
 * Rule: a LAN-scope address outside every subnet of our own interfaces is not dialled
 * when the peer store also holds a relay address for that peer. Routed private networks
 * (a VPN, a campus) still work for peers without a relay address.
 */
import { networkInterfaces } from 'node:os'
import type { PeerId, PeerStore } from '@libp2p/interface'
import type { Multiaddr } from '@multiformats/multiaddr'
import { addressScope, isCircuitAddr, multiaddrIp } from './reachability.js'

function v4 (ip: string): number {
  return ip.split('.').reduce((n, part) => (n * 256) + Number(part), 0) >>> 0
}

/** Whether `ip` (v4) is on a subnet one of our interfaces is on. IPv6 LAN addresses count as ours. */
export function onOurSubnet (ip: string, interfaces = networkInterfaces()): boolean {
  if (ip.includes(':')) return true
  const n = v4(ip)
  for (const list of Object.values(interfaces)) {
    for (const i of list ?? []) {
      if (i.family !== 'IPv4') continue
      const mask = v4(i.netmask)
      if (((n & mask) >>> 0) === ((v4(i.address) & mask) >>> 0)) return true
    }
  }
  return false
}

export class LanDialGuard {
  private peerStore?: PeerStore

  /** Wired once the node exists (the gater is made before it). */
  attach (peerStore: PeerStore): void {
    this.peerStore = peerStore
  }

  async denyDial (ma: Multiaddr): Promise<boolean> {
    const ip = multiaddrIp(ma)
    if (ip === undefined || isCircuitAddr(ma) || addressScope(ip) !== 'lan' || onOurSubnet(ip)) return false
    const id = ma.getComponents().findLast(c => c.name === 'p2p')?.value
    if (id === undefined || this.peerStore === undefined) return false
    const { peerIdFromString } = await import('@libp2p/peer-id')
    let peer: PeerId
    try { peer = peerIdFromString(id) } catch { return false }
    const known = await this.peerStore.get(peer).catch(() => undefined)
    return known?.addresses.some(a => isCircuitAddr(a.multiaddr)) ?? false
  }
}
