/**
 * The environment a workload sees: nothing of the provider's, only a minimal base,
 * the spec's variables, and the GPU visibility variables naming exactly its GPUs.
 */
import type { WorkloadSpec } from '@gpumesh/protocol'
import type { Allocation } from './runtime.js'

export const JOB_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'

export interface JobDirs {
  home: string
  inputDir: string
  outputDir: string
}

/**
 * The leased GPUs as the vendor's tools should name them: by UUID where the card was
 * detected (nvidia-smi's index order need not be CUDA's, and indices shift when a card
 * goes away), by index for declared GPUs, which have none.
 */
export function gpuDeviceIds (allocation: Allocation): string[] {
  return allocation.gpuIndices.map((index, i) => {
    const uuid = allocation.gpuUuids?.[i]
    return uuid !== undefined && uuid !== '' ? uuid : String(index)
  })
}

export function buildJobEnv (spec: WorkloadSpec, allocation: Allocation, dirs: JobDirs): Record<string, string> {
  const indices = allocation.gpuIndices.join(',')
  const visible = gpuDeviceIds(allocation).join(',')
  return {
    PATH: JOB_PATH,
    HOME: dirs.home,
    LANG: 'C.UTF-8',
    ...spec.env,
    // Set last so a spec cannot widen its own GPU set. Every vendor's variable is set:
    // to the leased GPUs for the card's vendor, and to none for the others, so no
    // library falls back to "all devices".
    CUDA_VISIBLE_DEVICES: allocation.gpuVendor === 'nvidia' ? visible : '',
    NVIDIA_VISIBLE_DEVICES: allocation.gpuVendor === 'nvidia' ? (visible === '' ? 'void' : visible) : 'void',
    // HIP takes indices only; ROCr takes UUIDs too.
    HIP_VISIBLE_DEVICES: allocation.gpuVendor === 'amd' ? indices : '',
    ROCR_VISIBLE_DEVICES: allocation.gpuVendor === 'amd' ? visible : '',
    GPUMESH_JOB_ID: allocation.jobId,
    GPUMESH_INPUT_DIR: dirs.inputDir,
    GPUMESH_OUTPUT_DIR: dirs.outputDir
  }
}
