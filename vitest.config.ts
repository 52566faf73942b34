import { defineConfig } from 'vitest/config';

// Two projects: fast unit/component tests, and the browser end-to-end tests that drive
// the built widget in the sandbox through headless Chromium (they need `npm run build` first).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/e2e/**'],
          environment: 'node',
          globals: true,
          setupFiles: ['test/setup.ts'],
          // Component tests drive the real 7 rps scheduler against the sandbox; their waits (findBy,
          // waitFor) allow 30 s each (test/setup.ts), so the test's budget must cover several on a
          // loaded 2-core machine.
          testTimeout: 60_000,
          sequence: { groupOrder: 0 },
          // The kit's modules import their own CSS: let Vite transform them instead of Node.
          server: { deps: { inline: ['@kommo-crm/crm-react-ui-kit'] } },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globals: true,
          testTimeout: 180_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // After the unit project: Chromium and the component tests' sandboxes don't fight for 2 cores.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
