/** @gpumesh/node: the gpumesh provider daemon as a library. */
export { startProviderNode, type ProviderNode, type ProviderNodeOptions, type ProviderStatus } from './provider-node.js'
export type { NodeConfig, DeclaredGpu } from './config/node-config.js'
export * from './config/config.js'
export * from './errors.js'
export type { Runtime, RuntimeEvent, Allocation } from './runtime/runtime.js'
export { ProcessRuntime, detectSandbox, type ProcessRuntimeInit } from './runtime/process-runtime.js'
export { DockerRuntime, type DockerRuntimeInit } from './runtime/docker-runtime.js'
