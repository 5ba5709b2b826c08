/**
 * Where this provider stands relative to the engine it drives: on the engine's host,
 * or in one of its containers talking to it through the host's socket (jobs are then
 * sibling containers). Told to the operator at start.
 */
import { readFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import type Docker from 'dockerode'

/** A mount of the provider's own container, as the engine reports it. */
export interface OwnMount {
  type: 'bind' | 'volume' | string
  /** Host path (bind) or volume name (volume). */
  source: string
  destination: string
}

export type DockerHost =
  | { kind: 'host' }
  | { kind: 'container', containerId: string, mounts: OwnMount[] }

/** Container ids appear in the paths of the files the engine mounts into every container (/etc/hostname, ...). */
const CONTAINER_ID_IN_MOUNTINFO = /\/containers\/([0-9a-f]{64})\//

/** Pure: the container id a /proc/self/mountinfo text names, if any. */
export function containerIdFromMountinfo (text: string): string | undefined {
  return CONTAINER_ID_IN_MOUNTINFO.exec(text)?.[1]
}

/**
 * Is this process in one of the engine's containers? Asks the engine about the id found
 * in mountinfo (or, failing that, the hostname, which the engine sets to the short id).
 * A container of another engine, or none, is the host case.
 */
export async function locateSelf (docker: Docker, options: { signal?: AbortSignal, mountinfo?: string } = {}): Promise<DockerHost> {
  let text = options.mountinfo
  if (text === undefined) {
    try { text = await readFile('/proc/self/mountinfo', 'utf8') } catch { text = '' }
  }
  const candidates = [containerIdFromMountinfo(text), hostname()].filter((c): c is string => c !== undefined && /^[0-9a-f]{12,64}$/.test(c))
  for (const id of candidates) {
    try {
      const info = await docker.getContainer(id).inspect({ abortSignal: options.signal })
      // Only a match of our own container counts: a 12-hex hostname could name another.
      if (id.length < 64 && !info.Id.startsWith(id)) continue
      const mounts = (info.Mounts ?? []).map((m: { Type: string, Source: string, Name?: string, Destination: string }) => ({
        type: m.Type,
        source: m.Type === 'volume' ? (m.Name ?? '') : m.Source,
        destination: m.Destination
      }))
      return { kind: 'container', containerId: info.Id, mounts }
    } catch {}
  }
  return { kind: 'host' }
}
