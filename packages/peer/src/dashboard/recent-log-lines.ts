/**
 * The last log lines of the jobs a dashboard follows, for a viewer that opens the page
 * mid-job. Bounded per job and in jobs (the job seen longest ago is forgotten first).
 */
import { DASHBOARD_LOG_LINES_PER_JOB } from '../constants.js'

export interface DashboardLogLine {
  jobId: string
  seq: number
  atMs: number
  stream: string
  line: string
}

/** Jobs whose lines are kept at once. */
const MAX_JOBS = 64

export class RecentLogLines {
  private readonly jobs = new Map<string, DashboardLogLine[]>()
  private readonly perJob: number

  constructor (perJob = DASHBOARD_LOG_LINES_PER_JOB) {
    this.perJob = perJob
  }

  add (line: DashboardLogLine): void {
    let lines = this.jobs.get(line.jobId)
    if (lines === undefined) {
      lines = []
      this.jobs.set(line.jobId, lines)
      if (this.jobs.size > MAX_JOBS) this.jobs.delete(this.jobs.keys().next().value as string)
    }
    lines.push(line)
    if (lines.length > this.perJob) lines.splice(0, lines.length - this.perJob)
  }

  /** Every kept line, by job. */
  all (): Record<string, DashboardLogLine[]> {
    return Object.fromEntries(this.jobs)
  }
}
