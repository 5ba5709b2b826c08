/** Job ids as people type them: the whole UUID, or any prefix of it that is unique. */
import { JobNotFoundError, UsageError } from '../errors.js'

/** The one stored id `wanted` names; JobNotFoundError for none, UsageError when ambiguous. */
export function resolveJobId (ids: Iterable<string>, wanted: string): string {
  const prefix = wanted.trim().toLowerCase()
  if (prefix === '') throw new UsageError('a job id is required')
  const all = [...ids]
  if (all.includes(prefix)) return prefix
  const matches = all.filter(id => id.startsWith(prefix))
  if (matches.length === 1) return matches[0] as string
  if (matches.length === 0) throw new JobNotFoundError(wanted)
  throw new UsageError(`job id "${wanted}" is ambiguous: it starts ${matches.length} jobs (${matches.slice(0, 3).join(', ')}${matches.length > 3 ? ', …' : ''}); type more of it`)
}
