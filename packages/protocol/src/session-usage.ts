/** What a service job's sessions (exec, shell, port-forward) used: in its usage event and receipt. */
import { checkSafeUint } from './fields.js'
import type { pb } from './pb.js'

export interface SessionUsage {
  /** Exec and shell sessions run. */
  execSessions: number
  /** Their wall time, summed. */
  execMs: number
  /** Port-forward connections carried (probes are not counted). */
  forwardedConnections: number
  /** Bytes carried through them, both ways. */
  forwardedBytes: number
}

/** Nothing used: the start of every job's tally. */
export function noSessionUsage (): SessionUsage {
  return { execSessions: 0, execMs: 0, forwardedConnections: 0, forwardedBytes: 0 }
}

/** Whether the tally has anything in it: an empty one is left off the wire. */
export function hasSessionUsage (u: SessionUsage | undefined): u is SessionUsage {
  return u !== undefined && (u.execSessions > 0 || u.forwardedConnections > 0)
}

export function fromWireSessionUsage (m: pb.SessionUsage.$Properties | null | undefined, field: string): SessionUsage | undefined {
  if (m == null) return undefined
  return {
    execSessions: checkSafeUint(m.execSessions, `${field}.execSessions`),
    execMs: checkSafeUint(m.execMs, `${field}.execMs`),
    forwardedConnections: checkSafeUint(m.forwardedConnections, `${field}.forwardedConnections`),
    forwardedBytes: checkSafeUint(m.forwardedBytes, `${field}.forwardedBytes`)
  }
}
