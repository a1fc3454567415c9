import { defineConfig } from 'tsup';

// Dev-only packages the code imports lazily or as a peer: never bundled.
const external = ['vitest', 'tsx', 'tsx/esm/api'];

export default defineConfig([
  {
    entry: { index: 'src/index.ts', testing: 'src/testing.ts', vitest: 'src/vitest.ts', config: 'src/config/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    target: 'node20',
    sourcemap: true,
    external,
    shims: true,
    // wink's model is large: keep it (and every dependency) external, loaded from node_modules.
  },
  {
    // The CLI, and the pool worker it starts by file name (dist/workers/worker.js).
    entry: { cli: 'src/cli.ts', 'workers/worker': 'src/workers/worker.ts' },
    format: ['esm'],
    target: 'node20',
    sourcemap: true,
    external,
  },
]);
