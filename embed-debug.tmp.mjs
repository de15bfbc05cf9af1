import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: 344, height: 800 } });
await p.goto('http://127.0.0.1:4421/embed/agreements/' + process.argv[2] + '/');
await p.evaluate(() => document.fonts.ready);
console.log(await p.evaluate(() => { const e = document.querySelector('p.source'); const cs = getComputedStyle(e); const r = document.createRange(); r.selectNodeContents(e); return [cs.fontSize, cs.lineHeight, cs.fontFamily, e.getBoundingClientRect().width, r.getClientRects().length, [...document.fonts].map(f => f.family + f.status).join(',')]; }));
await b.close();
