import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Views use the classic JSX factory `h` from src/site/jsx/runtime.ts (see tsconfig.json).
  oxc: { jsx: { runtime: 'classic', pragma: 'h', pragmaFrag: 'Fragment', development: false } },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
