// Checks that the native packages really work after a clean install. npm 11 runs install scripts only
// for packages approved under "allowScripts" in package.json, so a missing approval or a missing
// platform binary shows up here, with the package's name, rather than deep inside a build.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const checks = {
  esbuild: async () =>
    (await require('esbuild').transform('let a: number = 1', { loader: 'ts' })).code.trim(),
  sharp: async () => {
    const sharp = (await import('sharp')).default;
    const png = await sharp({ create: { width: 2, height: 2, channels: 3, background: '#fff' } })
      .png()
      .toBuffer();
    return `${png.length}-byte PNG`;
  },
  '@resvg/resvg-js': async () => {
    const { Resvg } = await import('@resvg/resvg-js');
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><rect width="4" height="4"/></svg>';
    return `${new Resvg(svg).render().asPng().length}-byte PNG`;
  },
};

let failed = false;
for (const [name, check] of Object.entries(checks)) {
  try {
    console.log(`check-native: ${name} ok (${await check()})`);
  } catch (error) {
    failed = true;
    console.error(
      `check-native: ${name} does not work after install: ${error instanceof Error ? error.message : error}`,
    );
  }
}
process.exit(failed ? 1 : 0);
