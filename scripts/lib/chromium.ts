import { existsSync } from 'node:fs';

/** Flags that let Chromium run headless here as root, without reaching any network. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * The Chromium binary the tests and the benchmark drive: `CHROMIUM_PATH` when set, else the first
 * system Chromium found. Tests never download a browser; this fails with a clear message instead.
 */
export function chromiumPath(): string {
  const override = process.env.CHROMIUM_PATH;
  if (override !== undefined && override !== '') {
    if (!existsSync(override)) {
      throw new Error(`CHROMIUM_PATH is set to ${override}, but no file exists there.`);
    }
    return override;
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      `No Chromium found (looked in ${CANDIDATES.join(', ')}). Install it with ` +
        '`npm run setup:browser` (runs `apt-get install -y chromium`), or set CHROMIUM_PATH to a Chromium binary.',
    );
  }
  return found;
}
