/**
 * What the provider and its process launcher say to each other over the IPC channel
 * (Node's 'advanced' serialization: structured clone, Buffers intact). Local to one
 * machine and one pair of processes we started, so plain objects, not protobuf.
 */

/** A child to start. */
export interface LaunchSpec {
  command: string
  args: string[]
  cwd: string
  env: Record<string, string>
  /** Dirs opened read-only by the launcher and handed to the child as fds 3, 4, … in this order. */
  dirFds: string[]
  /** Forward at most this many bytes of stdout+stderr; drain and drop the rest. */
  maxForwardBytes: number
}

/** Provider -> launcher. */
export type LauncherRequest =
  | ({ op: 'spawn', id: number } & LaunchSpec)
  /** Signal the child's whole process group (no-op once it has been reaped). */
  | { op: 'signal', id: number, signal: NodeJS.Signals }

/** Launcher -> provider: 'ready' once; then per child, in order: spawned | error, data…, close. */
export type LauncherEvent =
  /** Listening; requests sent earlier could have been lost, so none are sent before this. */
  | { ev: 'ready' }
  | { ev: 'spawned', id: number, pid: number }
  /** Could not start (or failed later); `spawned` says which. */
  | { ev: 'error', id: number, spawned: boolean, code: string, message: string }
  | { ev: 'data', id: number, fd: 1 | 2, chunk: Uint8Array }
  /** The child exited and its pipes closed. */
  | { ev: 'close', id: number, code: number | null, signal: NodeJS.Signals | null }
