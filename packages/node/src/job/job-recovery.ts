/**
 * Restart recovery: jobs a crash interrupted end failed 'provider-restarted' with a
 * receipt for the time used, a finished job whose receipt was not yet written gets it,
 * and their leases give the GPUs back.
 */
import { isFinished } from '@gpumesh/protocol'
import type { CapacityLedger } from '../market/capacity-ledger.js'
import { NodeStore } from '../store/node-store.js'
import type { JobEventLog } from './job-event-log.js'
import type { JobReceipts } from './job-receipts.js'

export interface JobRecoveryComponents {
  store: NodeStore
  ledger: CapacityLedger
  events: JobEventLog
  receipts: Pick<JobReceipts, 'finish'>
}

export class JobRecovery {
  constructor (private readonly components: JobRecoveryComponents) {}

  async run (): Promise<void> {
    const { store, ledger, events, receipts } = this.components
    for (const job of await NodeStore.values(store.jobs)) {
      // A finished job's log is complete: never opened in this process, followers only replay it.
      if (isFinished(job.state) && (await store.receipts.get(job.jobId)) !== undefined) continue
      const lease = await store.leases.get(job.leaseId)
      let endedAtMs = job.startedAtMs ?? job.createdAtMs
      for await (const e of events.replay(job.jobId, Math.max(1, job.lastSeq))) endedAtMs = Math.max(endedAtMs, e.atMs)
      const wallMs = job.startedAtMs === undefined ? 0 : Math.max(0, endedAtMs - job.startedAtMs)
      if (!isFinished(job.state)) {
        await events.append(job, { type: 'log', stream: 'system', line: 'provider restarted while the job ran; it was stopped' })
        await receipts.finish(job, lease, { state: 'failed', reason: 'provider-restarted', exitCode: -1, wallMs, results: [] })
      } else if (lease !== undefined) {
        await receipts.finish(job, lease, { state: job.state, reason: job.reason, exitCode: job.exitCode, wallMs, results: [] }, { skipState: true })
      }
      if (lease !== undefined) await ledger.releaseLease(lease.leaseId, 'provider-restarted')
    }
  }
}
