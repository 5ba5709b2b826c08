/**
 * The one lifecycle every node service has, as in js-libp2p: `start()` then `stop()`,
 * both async. The node starts its services in order from a list and stops them in
 * reverse, so a service is started after, and stopped before, what it uses.
 */
import type { Logger } from '@libp2p/interface'

export interface Startable {
  start: () => Promise<void>
  stop: () => Promise<void>
}

/** A named entry of the start list; the name is for logs. */
export interface Service {
  name: string
  service: Startable
}

/** Services started in order and stopped in reverse; a failed start stops those already started. */
export class Services {
  private started: Service[] = []

  constructor (private readonly list: Service[], private readonly log: Logger) {}

  async start (): Promise<void> {
    for (const entry of this.list) {
      try {
        await entry.service.start()
      } catch (err) {
        this.log.error('starting %s failed - %e', entry.name, err)
        await this.stop()
        throw err
      }
      this.started.push(entry)
    }
  }

  /** Stop what was started, newest first; one that fails to stop does not keep the rest up. */
  async stop (): Promise<void> {
    const started = this.started.reverse()
    this.started = []
    for (const entry of started) {
      await entry.service.stop().catch(err => { this.log.error('stopping %s failed - %e', entry.name, err) })
    }
  }
}

/** A Startable over something that is started elsewhere (or never) and only needs stopping. */
export function stopOnly (stop: () => Promise<void>): Startable {
  return { start: async () => {}, stop }
}
