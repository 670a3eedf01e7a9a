import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium-path';

const port = Number(process.env['E2E_PORT'] ?? 4322);
const launchOptions = { executablePath: chromiumPath(), args: chromiumArgs };

/** Browser tests against the built site (run `npm run build` first), on phone and desktop widths. */
export default defineConfig({
  testDir: './e2e',
  outputDir: '../test-results/playwright',
  forbidOnly: !!process.env['CI'],
  retries: 0,
  reporter: [['list'], ['json', { outputFile: '../test-results/playwright.json' }]],
  use: { baseURL: `http://127.0.0.1:${port}`, trace: 'off' },
  webServer: {
    command: `node scripts/serve.ts`,
    cwd: '..',
    env: { PORT: String(port), ...(process.env['DIST'] ? { DIST: process.env['DIST'] } : {}) },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
  },
  projects: [
    { name: 'phone', use: { ...devices['Pixel 7'], viewport: { width: 375, height: 800 }, launchOptions } },
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 }, launchOptions } },
  ],
});
