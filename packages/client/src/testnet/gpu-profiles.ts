/** Declared GPU inventories for testnet providers: realistic cards at different prices. */
export interface GpuProfile {
  name: string
  /** `vendor:model:vramMiB:count:computeCapability`, as gpumesh-node --declare-gpu takes it. */
  declare: string
  /** Micro-credits per GPU-hour. */
  price: bigint
  region: string
}

export const GPU_PROFILES: Record<string, GpuProfile> = {
  h100: { name: '8× H100 80GB', declare: 'nvidia:NVIDIA H100 80GB HBM3:81559:8:9.0', price: 4_000_000n, region: 'eu-west' },
  a100: { name: '4× A100 40GB', declare: 'nvidia:NVIDIA A100-SXM4-40GB:40960:4:8.0', price: 2_500_000n, region: 'us-east' },
  rtx4090: { name: '2× RTX 4090 24GB', declare: 'nvidia:NVIDIA GeForce RTX 4090:24564:2:8.9', price: 900_000n, region: 'eu-central' },
  l4: { name: '4× L4 24GB', declare: 'nvidia:NVIDIA L4:23034:4:8.9', price: 700_000n, region: 'us-west' },
  mi300x: { name: '8× MI300X 192GB', declare: 'amd:AMD Instinct MI300X:196592:8:gfx942', price: 3_500_000n, region: 'us-east' }
}

/** The default mix: the first three differ in size, memory and price. */
export const DEFAULT_PROFILE_ORDER = ['h100', 'a100', 'rtx4090', 'l4', 'mi300x']

export function profileFor (i: number, chosen: string[]): GpuProfile {
  const names = chosen.length > 0 ? chosen : DEFAULT_PROFILE_ORDER
  const name = names[i % names.length] as string
  const profile = GPU_PROFILES[name]
  if (profile === undefined) throw new RangeError(`unknown GPU profile "${name}" (known: ${Object.keys(GPU_PROFILES).join(', ')})`)
  return profile
}
