/**
 * Takes a relay reservation when this node cannot be dialled (libp2p service
 * `services.relayReservations`). Listening on `/p2p-circuit` asks the circuit relay
 * transport to find a relay among the peers we are connected to (any that speaks the
 * hop protocol, learnt by identify: our bootstrap nodes when they run `--relay`) and to
 * reserve a slot there; the reservation's `/p2p-circuit` address then appears in our
 * addresses, so in a provider's offers, and peers dial us through it.
 *
 * `auto` reserves once ReachabilityService says `private`: a public node has no use for
 * a relay, and a local testnet (loopback, `unknown`) must not go looking for one.
 */
import { multiaddr } from '@multiformats/multiaddr'
import type { ComponentLogger, Logger, Startable } from '@libp2p/interface'
import type { TransportManager } from '@libp2p/interface-internal'
import type { ReachabilityService } from './reachability.js'

export type ReservationMode = 'auto' | 'always' | 'never'

export interface RelayReservationsComponents {
  transportManager: TransportManager
  logger: ComponentLogger
}

export class RelayReservations implements Startable {
  private readonly log: Logger
  private listening = false
  private reachability?: ReachabilityService
  private readonly onChange = (): void => { this.maybeReserve() }

  constructor (private readonly components: RelayReservationsComponents, private readonly mode: ReservationMode) {
    this.log = components.logger.forComponent('gpumesh:relay-reservations')
  }

  readonly [Symbol.toStringTag] = 'gpumesh:relay-reservations'

  /** Wired after creation: both are services of one node, and libp2p builds them in turn. */
  watch (reachability: ReachabilityService): void {
    this.reachability = reachability
    reachability.addEventListener('reachability:change', this.onChange)
    // createLibp2p has started the node (and run afterStart) before we are wired.
    this.maybeReserve()
  }

  start (): void {}

  afterStart (): void {
    this.maybeReserve()
  }

  stop (): void {
    this.reachability?.removeEventListener('reachability:change', this.onChange)
  }

  /** Whether we asked the transport for a reservation (it holds it, and renews or replaces it, from then on). */
  get searching (): boolean {
    return this.listening
  }

  private maybeReserve (): void {
    if (this.listening || this.mode === 'never') return
    if (this.mode === 'auto' && this.reachability?.reachability !== 'private') return
    this.listening = true
    this.log('looking for a relay (reachability %s)', this.reachability?.reachability)
    this.components.transportManager.listen([multiaddr('/p2p-circuit')]).catch((err: Error) => {
      this.listening = false
      this.log.error('could not listen on /p2p-circuit - %e', err)
    })
  }
}

export function relayReservations (mode: ReservationMode): (components: RelayReservationsComponents) => RelayReservations {
  return (components) => new RelayReservations(components, mode)
}
