/**
 * Who may open a session into which job: the job's own client, while its workload is
 * up, in a runtime that supports sessions, within the provider's policy and the
 * per-job bounds. Shared by the forward and exec services; each job's counts and byte
 * rate live here until the job ends.
 */
import { SessionRefusalCode } from '@gpumesh/protocol'
import type { RunningSession, JobRunner } from '../job/job-runner.js'
import type { JobSessions } from '../runtime/runtime.js'
import type { NodeStore } from '../store/node-store.js'
import { ByteRate } from './byte-rate.js'
import { SessionRefusal } from './session-refusal.js'

export interface SessionAccessComponents {
  runner: Pick<JobRunner, 'session'>
  store: Pick<NodeStore, 'jobs'>
}

export interface SessionPolicy {
  forward: boolean
  exec: boolean
  maxConnectionsPerJob: number
  maxBytesPerSecond: number
  maxExecSessionsPerJob: number
}

export type SessionKind = 'forward' | 'exec'

/** An admitted session: release it when it ends (exactly once). */
export interface SessionSlot {
  job: RunningSession
  sessions: JobSessions
  rate: ByteRate
  /** True the first time this kind opens for the job (for its log). */
  first: boolean
  release: () => void
}

interface JobCounts {
  forward: number
  exec: number
  rate: ByteRate
  opened: Set<string>
}

export class SessionAccess {
  private readonly counts = new Map<string, JobCounts>()

  constructor (private readonly components: SessionAccessComponents, readonly policy: SessionPolicy) {}

  /** Admit a `kind` session from `client` into `jobId` (`what`: the port, for the log's once-per-port line); throws SessionRefusal. */
  async open (kind: SessionKind, jobId: string, client: string, what = ''): Promise<SessionSlot> {
    if (!this.policy[kind]) throw new SessionRefusal(SessionRefusalCode.SESSION_REFUSAL_CODE_DISABLED, `this provider does not allow ${kind === 'forward' ? 'port-forward' : 'exec'} sessions`)
    const record = await this.components.store.jobs.get(jobId)
    if (record === undefined) throw new SessionRefusal(SessionRefusalCode.SESSION_REFUSAL_CODE_UNKNOWN_JOB, `no job ${jobId}`)
    if (record.client !== client) throw new SessionRefusal(SessionRefusalCode.SESSION_REFUSAL_CODE_NOT_OWNER, 'only the job\'s client may open sessions into it')
    const job = this.components.runner.session(jobId)
    if (job === undefined) throw new SessionRefusal(SessionRefusalCode.SESSION_REFUSAL_CODE_NOT_RUNNING, `the job is ${record.state}, not running`)
    const sessions = job.runtime.sessions
    if (sessions === undefined) throw new SessionRefusal(SessionRefusalCode.SESSION_REFUSAL_CODE_UNSUPPORTED, `the ${job.runtime.name} runtime has no ${kind} sessions yet`)
    let counts = this.counts.get(jobId)
    if (counts === undefined) {
      const fresh: JobCounts = { forward: 0, exec: 0, rate: new ByteRate(this.policy.maxBytesPerSecond), opened: new Set() }
      counts = fresh
      this.counts.set(jobId, fresh)
      job.signal.addEventListener('abort', () => { this.counts.delete(jobId) }, { once: true })
    }
    const max = kind === 'forward' ? this.policy.maxConnectionsPerJob : this.policy.maxExecSessionsPerJob
    if (counts[kind] >= max) throw new SessionRefusal(SessionRefusalCode.SESSION_REFUSAL_CODE_LIMIT, `at most ${max} ${kind === 'forward' ? 'forwarded connections' : 'exec sessions'} at once per job`)
    counts[kind]++
    const key = `${kind}:${what}`
    const first = !counts.opened.has(key)
    counts.opened.add(key)
    let released = false
    const held = counts
    return {
      job,
      sessions,
      rate: counts.rate,
      first,
      release: () => {
        if (released) return
        released = true
        held[kind]--
      }
    }
  }
}
