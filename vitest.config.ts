import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Views use the classic JSX factory `h` from src/site/jsx/runtime.ts (see tsconfig.json).
  // Vite is pinned to 7: Vite 8 lists an optional dependency the registry does not serve,
  // which makes `npm ci` refuse the lockfile.
  esbuild: { jsx: 'transform', jsxFactory: 'h', jsxFragment: 'Fragment', jsxDev: false },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
