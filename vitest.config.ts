import { defineConfig } from 'vitest/config';

// Two projects: `unit` tests run alone in a second; `site` tests need the test
// sites built first (tests/support/global-setup.ts), which takes longer.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // A test file's temporary folders are removed after its tests (tests/support/temp.ts).
    setupFiles: ['tests/support/remove-temp-dirs.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/ingest/**/*.test.ts', 'tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          // Browser tests each start Chromium: two at once is what two cores carry.
          maxWorkers: 2,
          // Projects with different worker limits must run in separate groups: unit first.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
