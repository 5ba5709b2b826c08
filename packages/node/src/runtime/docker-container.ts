/**
 * The container a workload gets (pure: tested without an engine), and the reader of
 * the engine's multiplexed attach stream.
 */
import type { ContainerCreateOptions } from 'dockerode'
import type { WorkloadSpec } from '@gpumesh/protocol'
import { buildJobEnv, gpuDeviceIds } from './job-environment.js'
import type { Allocation } from './runtime.js'

/** Where input/ and output/ appear in the container. */
export const CONTAINER_JOB_DIR = '/job'
/** The label every job container carries: its job id. Lets a provider find its own containers. */
export const JOB_LABEL = 'io.gpumesh.job'
/** The uid (and gid) a job runs as, nobody: never root, whatever the image says. */
export const CONTAINER_UID = 65534
export const CONTAINER_USER = `${CONTAINER_UID}:${CONTAINER_UID}`

export interface DockerPolicy {
  allowNetwork: boolean
  memoryBytes: number
  nanoCpus: number
  pidsLimit: number
}

export const DEFAULT_DOCKER_POLICY: DockerPolicy = {
  allowNetwork: false,
  memoryBytes: 16 * 1024 * 1024 * 1024,
  nanoCpus: 4e9,
  pidsLimit: 1024
}

export function buildContainerCreateOptions (spec: WorkloadSpec, allocation: Allocation, policy: DockerPolicy): ContainerCreateOptions {
  const devices = gpuDeviceIds(allocation)
  // Only detected cards (a UUID) are asked of the engine: a declared GPU was never
  // verified, and an engine without the NVIDIA toolkit would refuse the whole job.
  const detected = devices.length > 0 && devices.every((_, i) => (allocation.gpuUuids?.[i] ?? '') !== '')
  const nvidia = allocation.gpuVendor === 'nvidia' && detected
  const amd = allocation.gpuVendor === 'amd' && detected
  // Inside the container the engine shows only the requested GPUs, numbered from 0.
  const inside: Allocation = detected ? { ...allocation, gpuIndices: allocation.gpuIndices.map((_, i) => i), gpuUuids: undefined } : allocation
  const env = buildJobEnv(spec, inside, { home: '/tmp', inputDir: `${CONTAINER_JOB_DIR}/input`, outputDir: `${CONTAINER_JOB_DIR}/output` })
  // The NVIDIA toolkit reads this; CUDA images set it to "all". It must name exactly
  // the leased cards, or "void" for none.
  if (allocation.gpuVendor === 'nvidia') env.NVIDIA_VISIBLE_DEVICES = devices.length > 0 ? devices.join(',') : 'void'
  const network = spec.network && policy.allowNetwork
  return {
    Image: spec.image,
    Cmd: spec.command,
    Env: Object.entries(env).map(([k, v]) => `${k}=${v}`),
    WorkingDir: CONTAINER_JOB_DIR,
    User: CONTAINER_USER,
    Labels: { [JOB_LABEL]: allocation.jobId },
    Tty: false,
    OpenStdin: false,
    AttachStdout: true,
    AttachStderr: true,
    NetworkDisabled: !network,
    HostConfig: {
      Privileged: false,
      NetworkMode: network ? 'bridge' : 'none',
      CapDrop: ['ALL'],
      SecurityOpt: ['no-new-privileges'],
      ReadonlyRootfs: true,
      // The job runs as nobody and /tmp is its HOME. (The engine copies the mode of the
      // image's own /tmp, which is 1777 in any usual image.)
      Tmpfs: { '/tmp': 'rw,nosuid,nodev,size=1g,mode=1777' },
      Memory: policy.memoryBytes,
      MemorySwap: policy.memoryBytes,
      NanoCpus: policy.nanoCpus,
      PidsLimit: policy.pidsLimit,
      IpcMode: 'private',
      // /job is an anonymous volume the job's files are copied into and out of (the
      // engine's archive API), removed with the container: no provider path is mounted.
      Mounts: [{ Type: 'volume', Source: '', Target: CONTAINER_JOB_DIR }],
      DeviceRequests: nvidia ? [{ Driver: 'nvidia', DeviceIDs: devices, Capabilities: [['gpu']] }] : [],
      Devices: amd ? ['/dev/kfd', '/dev/dri'].map(d => ({ PathOnHost: d, PathInContainer: d, CgroupPermissions: 'rwm' })) : [],
      AutoRemove: false
    }
  }
}

/**
 * Splits the engine's attach stream (8-byte frame headers: stream id, 3 zero bytes,
 * big-endian length) into stdout and stderr, calling back in the order the frames
 * came, so lines of the two streams stay in the order the container wrote them.
 */
export class AttachDemuxer {
  private pending: Buffer = Buffer.alloc(0)
  private readonly onStdout: (chunk: Buffer) => void
  private readonly onStderr: (chunk: Buffer) => void

  constructor (onStdout: (chunk: Buffer) => void, onStderr: (chunk: Buffer) => void) {
    this.onStdout = onStdout
    this.onStderr = onStderr
  }

  write (chunk: Buffer): void {
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk])
    while (this.pending.length >= 8) {
      const size = this.pending.readUInt32BE(4)
      if (this.pending.length < 8 + size) break
      const body = this.pending.subarray(8, 8 + size)
      if (this.pending[0] === 2) this.onStderr(body)
      else this.onStdout(body)
      this.pending = this.pending.subarray(8 + size)
    }
  }
}
