/**
 * `npm run bench:web`: the built web app in headless Chromium. Measures the JavaScript a first
 * visit (the login page) downloads, gzipped as a server would send it, against the 250 KB target.
 * The app is served from dist/web by a plain static server, so the figure is the app's alone.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const WEB = join(__dirname, '..', '..', 'web');
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html' };

async function main(): Promise<void> {
  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0].replace(/^\/app\/?/, '');
    const file = normalize(join(WEB, path.startsWith('assets/') ? path : 'index.html'));
    if (!file.startsWith(WEB)) return void response.writeHead(404).end();
    readFile(file).then(
      (body) =>
        response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => response.writeHead(request.url?.startsWith('/app/') ? 404 : 401).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  try {
    const page = await browser.newPage();
    const scripts: { url: string; bytes: number; gzipped: number }[] = [];
    page.on('response', async (response) => {
      if (response.request().resourceType() !== 'script') return;
      const body = await response.body();
      scripts.push({
        url: response.url().replace(base, ''),
        bytes: body.length,
        gzipped: gzipSync(body, { level: 9 }).length,
      });
    });
    const started = Date.now();
    await page.goto(`${base}/app/login`);
    await page.getByRole('button', { name: 'Masuk' }).waitFor();
    const loginUsableMs = Date.now() - started;
    const gzipped = scripts.reduce((sum, s) => sum + s.gzipped, 0);
    const report = {
      firstPage: {
        scripts,
        javascriptGzippedKB: Math.round(gzipped / 102.4) / 10,
        targetKB: 250,
        withinTarget: gzipped <= 250 * 1024,
        loginUsableMs,
      },
    };
    console.log(JSON.stringify(report, null, 2));
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
