/**
 * Keeps a peer connected to its bootstrap peers: dials them at start and again, with a
 * growing pause, whenever no connection to one is open. @libp2p/bootstrap dials once;
 * on a busy bootstrap node (a testnet of many nodes starting together) that one dial may
 * be refused, and the peer would stay alone.
 */
import type { ComponentLogger, Logger, PeerId } from '@libp2p/interface'
import { multiaddr, type Multiaddr } from '@multiformats/multiaddr'
import { BOOTSTRAP_RETRY_MS, DIAL_TIMEOUT_MS } from './constants.js'
import type { GpumeshLibp2p } from './create-host.js'

/** The longest pause between redials of an unreachable bootstrap peer. */
const MAX_RETRY_MS = 30_000

export class BootstrapKeeper {
  private readonly libp2p: GpumeshLibp2p
  private readonly addrs: Multiaddr[]
  private readonly log: Logger
  private readonly timers = new Map<string, NodeJS.Timeout>()
  private readonly pauses = new Map<string, number>()
  private running = false
  private readonly onDisconnect = (evt: CustomEvent<PeerId>): void => {
    const id = evt.detail.toString()
    const addr = this.addrs.find(a => a.getComponents().find(c => c.name === 'p2p')?.value === id)
    if (addr !== undefined) this.schedule(addr, BOOTSTRAP_RETRY_MS)
  }

  constructor (libp2p: GpumeshLibp2p, addrs: string[], logger: ComponentLogger) {
    this.libp2p = libp2p
    this.addrs = addrs.map(a => multiaddr(a))
    this.log = logger.forComponent('gpumesh:bootstrap-keeper')
  }

  start (): void {
    this.running = true
    this.libp2p.addEventListener('peer:disconnect', this.onDisconnect)
    for (const a of this.addrs) this.schedule(a, 0)
  }

  stop (): void {
    this.running = false
    this.libp2p.removeEventListener('peer:disconnect', this.onDisconnect)
    for (const t of this.timers.values()) clearTimeout(t)
    this.timers.clear()
  }

  private schedule (addr: Multiaddr, delayMs: number): void {
    const key = addr.toString()
    if (!this.running || this.timers.has(key)) return
    const t = setTimeout(() => {
      this.timers.delete(key)
      void this.dial(addr)
    }, delayMs)
    t.unref()
    this.timers.set(key, t)
  }

  private async dial (addr: Multiaddr): Promise<void> {
    const key = addr.toString()
    try {
      await this.libp2p.dial(addr, { signal: AbortSignal.timeout(DIAL_TIMEOUT_MS) })
      this.pauses.delete(key)
    } catch (err) {
      const pause = Math.min((this.pauses.get(key) ?? BOOTSTRAP_RETRY_MS / 2) * 2, MAX_RETRY_MS)
      this.pauses.set(key, pause)
      this.log('bootstrap peer %s unreachable, retrying in %d ms - %e', key, pause, err)
      this.schedule(addr, pause)
    }
  }
}
