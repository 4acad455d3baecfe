import { defineConfig } from 'tsup';

// compromise and chrono-node ship hundreds of small ESM modules; bundled into dist they load in
// ~250 ms less CPU, most of the `extract` command's cold start. zod stays external: callers share
// its schema objects.
const noExternal = ['compromise', 'chrono-node'];

// The two builds run in parallel, so neither cleans dist/ (one would delete the other's output):
// `npm run build` empties it first.
export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    target: 'node20',
    noExternal,
  },
  {
    // The command: ESM only, with a shebang; heavy modules are imported lazily inside.
    entry: { cli: 'src/cli/main.ts', worker: 'src/cli/worker.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    noExternal,
    banner: { js: '#!/usr/bin/env node' },
  },
]);
