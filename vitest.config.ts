import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Use both cores of a 2-core CI machine: the main process only collects results.
    maxWorkers: 2,
    // Test files share a worker's module cache: each file would otherwise load wink's model
    // and compile every rule again (about a second per file, half the suite's time). The
    // engine's module state is caches of pure functions, so files cannot see each other.
    isolate: false,
  },
});
