import { defineConfig } from 'vitest/config'

/** The tests that need a Docker engine: `pnpm test:docker` (docker/test.sh) starts one and runs these. */
export default defineConfig({
  test: {
    include: ['packages/*/test/**/*.engine.spec.ts', 'test/**/*.engine.spec.ts'],
    setupFiles: ['./packages/protocol/src/polyfill.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // The image build and the testnet need both cores; the runtime tests are quick.
    fileParallelism: false,
    pool: 'forks'
  }
})
