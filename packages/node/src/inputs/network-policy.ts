/**
 * Where a provider lets inputs by URL come from. A URL a client names is a request the
 * provider makes from its own network, so by default it may not reach loopback, private
 * or link-local addresses (the provider's LAN, a cloud metadata service). The address is
 * checked after DNS, at connect time, so a name that resolves to one is refused too.
 */
import { isIP } from 'node:net'
import { globMatch } from '@gpumesh/protocol'

export interface InputNetworkPolicyInit {
  allowHosts: string[]
  allowPrivateAddresses: boolean
  allowHttp: boolean
}

export class InputNetworkPolicy {
  constructor (private readonly init: InputNetworkPolicyInit) {}

  /** Why `url` may not be fetched, or undefined when it may (its address is checked later). */
  refuseUrl (url: URL): string | undefined {
    if (url.protocol === 'http:' && !this.init.allowHttp) return 'this provider fetches https:// inputs only'
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return `${url.protocol} is not http: or https:`
    const host = url.hostname.replace(/^\[|\]$/g, '')
    if (!this.init.allowHosts.some(p => globMatch(p, host))) return `host ${host} is not in this provider's inputs.allowHosts`
    if (isIP(host) !== 0) return this.refuseAddress(host)
    return undefined
  }

  /** Why a resolved address may not be connected to, or undefined. */
  refuseAddress (address: string): string | undefined {
    if (this.init.allowPrivateAddresses) return undefined
    return isPrivateAddress(address) ? `${address} is a loopback, private or link-local address, which this provider does not fetch from` : undefined
  }
}

/** Loopback, RFC 1918, CGNAT, link-local, unspecified, unique-local IPv6, and v4-mapped forms of them. */
export function isPrivateAddress (address: string): boolean {
  const a = address.toLowerCase()
  const v4 = a.startsWith('::ffff:') ? a.slice(7) : a
  if (isIP(v4) === 4) {
    const [p0 = 0, p1 = 0] = v4.split('.').map(Number)
    return p0 === 0 || p0 === 10 || p0 === 127 || (p0 === 169 && p1 === 254) || (p0 === 172 && p1 >= 16 && p1 <= 31) ||
      (p0 === 192 && p1 === 168) || (p0 === 100 && p1 >= 64 && p1 <= 127) || p0 >= 224
  }
  return a === '::' || a === '::1' || a.startsWith('fe8') || a.startsWith('fe9') || a.startsWith('fea') || a.startsWith('feb') || a.startsWith('fc') || a.startsWith('fd')
}
