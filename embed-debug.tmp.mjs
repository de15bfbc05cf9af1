import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const path of ['charts/norm-frequency','charts/norms-per-agreement','charts/norms-by-category','charts/timeline','charts/co-occurrence','agreements/nato-cyber-defence-pledge']) {
  const json = JSON.parse(readFileSync(`dist/oembed/${path}.json`, 'utf8'));
  const embed = path.startsWith('charts') ? `embed/${path.slice(7)}` : `embed/${path}`;
  const out = [];
  for (const w of [320, 344, 744, 1264]) {
    const p = await b.newPage({ viewport: { width: w, height: 600 } });
    await p.goto(`http://127.0.0.1:4421/${embed}/`);
    await p.evaluate(() => document.fonts.ready);
    out.push(`${w}:${Math.ceil(await p.evaluate(() => document.body.getBoundingClientRect().height))}`);
    await p.close();
  }
  console.log(path, 'frame', json.height, 'content', out.join(' '));
}
await b.close();
