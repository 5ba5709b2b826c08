/** Who may buy from this provider: allow- and deny-lists of client peer ids. */
export interface ClientPolicyInit {
  allowClients: string[]
  denyClients: string[]
}

export class ClientPolicy {
  private readonly allow: Set<string>
  private readonly deny: Set<string>

  constructor (init: ClientPolicyInit) {
    this.allow = new Set(init.allowClients)
    this.deny = new Set(init.denyClients)
  }

  /** undefined when `client` may trade here, else the reason it may not. */
  check (client: string): string | undefined {
    if (this.deny.has(client)) return 'client is on the provider deny list'
    if (this.allow.size > 0 && !this.allow.has(client)) return 'client is not on the provider allow list'
    return undefined
  }

  isAllowListed (client: string): boolean {
    return this.allow.has(client)
  }
}
