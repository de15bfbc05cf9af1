import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, devices, type PlaywrightTestConfig } from '@playwright/test';
import { HOSTILE_OUT_DIR } from './scripts/lib/hostile';
import { CHROMIUM_FLAGS, chromiumPath } from './scripts/lib/chromium';

/** The built site (`npm run build`) is served by `astro preview` on this port for the tests. */
const PORT = Number(process.env.E2E_PORT ?? 4399);
/**
 * The site built from the hostile fixture (`npm run build:hostile`) is served on a port of its own,
 * and its tests run only when it has been built, so that one spec can be run without it.
 */
const HOSTILE_PORT = Number(process.env.E2E_HOSTILE_PORT ?? PORT + 100);
const hostileBuilt = existsSync(join(HOSTILE_OUT_DIR, 'index.html'));
const HOSTILE_SPEC = /hostile\.spec\.ts$/u;

const desktop = { ...devices['Desktop Chrome'], channel: undefined };

type WebServer = Extract<NonNullable<PlaywrightTestConfig['webServer']>, { command: string }>;

/** `astro preview` of one build output on one port. */
function preview(port: number, outDir: string): WebServer {
  return {
    command: `npx astro preview --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    env: { ASTRO_TELEMETRY_DISABLED: '1', OUT_DIR: outDir },
    timeout: 60_000,
  };
}

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_FLAGS },
  },
  projects: [
    { name: 'desktop', testIgnore: HOSTILE_SPEC, use: desktop },
    ...(hostileBuilt
      ? [
          {
            name: 'hostile',
            testMatch: HOSTILE_SPEC,
            use: { ...desktop, baseURL: `http://127.0.0.1:${HOSTILE_PORT}` },
          },
        ]
      : []),
  ],
  webServer: [
    preview(PORT, process.env.OUT_DIR ?? 'dist'),
    ...(hostileBuilt ? [preview(HOSTILE_PORT, HOSTILE_OUT_DIR)] : []),
  ],
});
