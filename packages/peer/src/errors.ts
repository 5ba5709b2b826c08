/** Typed errors of @gpumesh/peer. Match on `.name` or `.code`, never on message text. */
import { GpumeshError, type GpumeshErrorOptions } from '@gpumesh/protocol'

/** Thrown when a dashboard cannot listen on the address asked for (in use, not ours); `cause` is the socket error. */
export class DashboardListenError extends GpumeshError {
  static override name = 'DashboardListenError'
  override readonly code = 'ERR_DASHBOARD_LISTEN'
  constructor (message = 'The dashboard cannot listen on that address', options?: GpumeshErrorOptions) {
    super(message, options)
    this.name = 'DashboardListenError'
  }
}
