/**
 * `npm run bench:web`: the built web app in headless Chromium. Measures the JavaScript a first
 * visit (the login page) downloads, gzipped as a server would send it, against the 250 KB target;
 * then, each in a fresh browser context, the time from navigation to an inbox of 1,000 open tasks
 * showing its first page and the count of all 1,000 in the navigation (target 1.5 s), and to a
 * proposal page showing a 40-event history and the approver's decision form (target 1 s).
 * Each page is timed twice: cold (nothing cached: the first visit ever) and warm (the app's
 * scripts cached by a first visit to the page, as for someone who opens a link from an email after
 * having used the app; the API sends the hashed assets as immutable, and so does this bench's server).
 * The app is served from dist/web by a plain static server and the API's answers come from
 * fixtures.ts, so the figures are the app's alone.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { agencies, BENCH_TRANSFER_ID, history, inbox, me, transfer } from './fixtures';

const WEB = join(__dirname, '..', '..', 'web');
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html' };
const RUNS = 3;

/** Tasks on the first page of the inbox (INBOX_PAGE_SIZE in apps/web/src/pages/queries.ts). */
const INBOX_PAGE = 50;

function apiAnswer(url: URL): unknown {
  const path = url.pathname;
  if (path === '/me') return me;
  if (path === '/inbox') return inbox(1000, url.searchParams, new Date());
  if (path === '/agencies') return agencies;
  if (path === '/places') return [];
  if (path === `/transfers/${BENCH_TRANSFER_ID}`) return transfer;
  if (path === `/transfers/${BENCH_TRANSFER_ID}/history`) return history(40);
  return { items: [], nextCursor: null };
}

/**
 * Milliseconds from navigation to `usable`, in a fresh context logged in through the fixtures;
 * warm, after a first visit to the same page (which caches the app's scripts).
 */
async function timeTo(
  browser: Browser,
  url: string,
  usable: (page: Page) => Promise<void>,
  warm: boolean,
): Promise<number> {
  const context = await browser.newContext({ locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
  try {
    const page = await context.newPage();
    await page.route(
      (address) => !address.pathname.startsWith('/app/'),
      (route) => route.fulfill({ json: apiAnswer(new URL(route.request().url())) }),
    );
    if (warm) {
      await page.goto(url);
      await usable(page);
      await page.goto('about:blank');
    }
    const started = Date.now();
    await page.goto(url);
    await usable(page);
    return Date.now() - started;
  } finally {
    await context.close();
  }
}

async function median(runs: () => Promise<number>): Promise<{ runsMs: number[]; medianMs: number }> {
  const runsMs: number[] = [];
  for (let i = 0; i < RUNS; i += 1) runsMs.push(await runs());
  return { runsMs, medianMs: [...runsMs].sort((a, b) => a - b)[Math.floor(RUNS / 2)] };
}

async function main(): Promise<void> {
  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0].replace(/^\/app\/?/, '');
    const file = normalize(join(WEB, path.startsWith('assets/') ? path : 'index.html'));
    if (!file.startsWith(WEB)) return void response.writeHead(404).end();
    readFile(file).then(
      (body) =>
        response
          .writeHead(200, {
            'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
            'cache-control': path.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
          })
          .end(body),
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
    const inboxUsable = (page: Page) =>
      page
        .waitForFunction(
          `document.querySelectorAll('[data-testid="inbox-table"] tbody tr').length === ${INBOX_PAGE} &&
            document.querySelector('[aria-label="1000 tugas terbuka"]') !== null`,
          undefined,
          { timeout: 30_000 },
        )
        .then(() => undefined);
    const proposalUsable = (page: Page) =>
      page
        .waitForFunction(
          `document.querySelectorAll('[data-testid="timeline"] .mantine-Timeline-item').length === 40 &&
            document.querySelector('[data-testid="transfer-status"]') !== null &&
            document.querySelector('form[aria-labelledby^="decide-"]') !== null`,
          undefined,
          { timeout: 30_000 },
        )
        .then(() => undefined);
    const inboxUrl = `${base}/app/inbox`;
    const proposalUrl = `${base}/app/transfers/${BENCH_TRANSFER_ID}`;
    const inboxCold = await median(() => timeTo(browser, inboxUrl, inboxUsable, false));
    const inboxWarm = await median(() => timeTo(browser, inboxUrl, inboxUsable, true));
    const proposalCold = await median(() => timeTo(browser, proposalUrl, proposalUsable, false));
    const proposalWarm = await median(() => timeTo(browser, proposalUrl, proposalUsable, true));
    const report = {
      firstPage: {
        scripts,
        javascriptGzippedKB: Math.round(gzipped / 102.4) / 10,
        targetKB: 250,
        withinTarget: gzipped <= 250 * 1024,
        loginUsableMs,
      },
      inboxWith1000Tasks: {
        cold: { ...inboxCold, withinTarget: inboxCold.medianMs <= 1500 },
        warm: { ...inboxWarm, withinTarget: inboxWarm.medianMs <= 1500 },
        targetMs: 1500,
      },
      proposalWith40Events: {
        cold: { ...proposalCold, withinTarget: proposalCold.medianMs <= 1000 },
        warm: { ...proposalWarm, withinTarget: proposalWarm.medianMs <= 1000 },
        targetMs: 1000,
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
