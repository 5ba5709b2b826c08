/** CPU, RAM and free disk of this machine, as offered to the market. */
import { availableParallelism, totalmem } from 'node:os'
import { statfs } from 'node:fs/promises'

export interface SystemResources {
  cpuCores: number
  memoryMiB: number
  diskFreeMiB: number
}

export async function readSystemResources (dataDir: string): Promise<SystemResources> {
  const fs = await statfs(dataDir)
  return {
    cpuCores: availableParallelism(),
    memoryMiB: Math.floor(totalmem() / (1024 * 1024)),
    diskFreeMiB: Math.floor((fs.bavail * fs.bsize) / (1024 * 1024))
  }
}
