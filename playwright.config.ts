import { defineConfig } from '@playwright/test';

/**
 * Browser tests (test/browser/*.pw.ts; jest never sees them): the built app and API, started by
 * each spec on a database of its own, driven through Debian's Chromium. `npm run test:browser`
 * builds first. Screenshots of every page go to test-results/screenshots/.
 */
export default defineConfig({
  testDir: 'test/browser',
  testMatch: '*.pw.ts',
  outputDir: 'test-results/browser',
  workers: 1,
  fullyParallel: false,
  timeout: 180_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
    viewport: { width: 1280, height: 800 },
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    trace: 'retain-on-failure',
  },
});
