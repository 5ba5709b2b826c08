import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['packages/*/test/**/*.spec.ts', 'test/**/*.spec.ts'],
    // Runs on a real Docker engine: `pnpm test:docker` (vitest.docker.config.ts) starts one.
    exclude: ['**/node_modules/**', '**/*.engine.spec.ts'],
    setupFiles: ['./packages/protocol/src/polyfill.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Multi-process testnets share two cores; keep files from starving each other.
    maxWorkers: 2,
    pool: 'forks'
  }
})
