/**
 * Container image names and the patterns providers list in offers, one rule for both
 * sides: the client skips providers whose offer rules its image out, the provider
 * declines the same orders at bid time.
 */
import type { CapacityOffer } from '../offer.js'

/** One spelling per image, as an engine tags it: `busybox` -> `busybox:latest`, `docker.io/library/x:1` -> `x:1`. */
export function normalizeImage (name: string): string {
  const n = name.trim().replace(/^(docker\.io|index\.docker\.io)\/library\//, '').replace(/^docker\.io\//, '')
  if (n.includes('@')) return n
  return n.lastIndexOf(':') > n.lastIndexOf('/') ? n : `${n}:latest`
}

/** Does `image` match one of `patterns` (exact names, or `*` globs; `*` alone is any)? */
export function matchesImagePattern (image: string, patterns: readonly string[]): boolean {
  const img = normalizeImage(image)
  return patterns.some(p => {
    if (p === '*') return true
    if (!p.includes('*')) return normalizeImage(p) === img
    const re = new RegExp(`^${p.split('*').map(part => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`)
    return re.test(img) || re.test(image)
  })
}

/** False only when the offer lists its images and `image` is not among them. */
export function offerRunsImage (offer: Pick<CapacityOffer, 'images'>, image: string): boolean {
  const images = offer.images ?? []
  return images.length === 0 || image === '' || matchesImagePattern(image, images)
}
