/** @gpumesh/client: the SDK for submitting GPU jobs to a gpumesh network. */
export { createClient, type ClientInit, type GpumeshClient, type GpuWanted, type OrderOptions, type SubmitOptions, type ProviderInfo, type Quote } from './client.js'
export { Job, type JobResult, type ResultFile } from './job.js'
export type { JobUpdate } from './job-update.js'
export type { ClientJobRecord, AttemptRecord, ReceiptEntry } from './client-store.js'
export type { RankStrategy } from './auction.js'
export * from './errors.js'
export { startTestnet, resolveNodeBin, Testnet, TestnetError, MAX_TESTNET_PROVIDERS, type TestnetInit, type TestnetNode } from './testnet/testnet.js'
export { GPU_PROFILES, type GpuProfile } from './testnet/gpu-profiles.js'
