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

export function buildJobEnv (spec: WorkloadSpec, allocation: Allocation, dirs: JobDirs): Record<string, string> {
  const visible = allocation.gpuIndices.join(',')
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
    HIP_VISIBLE_DEVICES: allocation.gpuVendor === 'amd' ? visible : '',
    ROCR_VISIBLE_DEVICES: allocation.gpuVendor === 'amd' ? visible : '',
    GPUMESH_JOB_ID: allocation.jobId,
    GPUMESH_INPUT_DIR: dirs.inputDir,
    GPUMESH_OUTPUT_DIR: dirs.outputDir
  }
}
