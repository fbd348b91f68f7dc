import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Browser, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'mutasi-demo-2026';
export const SCREENSHOTS = join(__dirname, '..', '..', '..', 'test-results', 'screenshots');

/** A browser context of its own for one person, logged in through the login page. */
export async function loginAs(browser: Browser, baseURL: string, username: string, path = '/app/'): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto(path);
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByTestId('user-name')).toBeVisible();
  return page;
}

/** The page at desktop (1280×800) and phone (390×844) width, full length, into test-results/screenshots. */
export async function screenshots(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const original = page.viewportSize();
  for (const [label, size] of [
    ['desktop', { width: 1280, height: 800 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    await page.setViewportSize(size);
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-${label}.png`), fullPage: true, animations: 'disabled' });
  }
  if (original) await page.setViewportSize(original);
}

/** axe-core over the page: no serious or critical violation. */
export async function expectAccessible(page: Page): Promise<void> {
  // Colours mid-transition (a link just activated) are not what a reader sees: wait for them to settle.
  await page.waitForFunction('document.getAnimations().length === 0');
  const results = await new AxeBuilder({ page }).analyze();
  const grave = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    grave.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
    `accessibility of ${page.url()}`,
  ).toEqual([]);
}

/** The demo user holding a position (data/demo/users.csv). */
export function holderOf(positionId: string): string {
  const csv = readFileSync(join(__dirname, '..', '..', '..', 'data', 'demo', 'users.csv'), 'utf8');
  const line = csv.split('\n').find((row) => row.split(',').some((cell) => cell.split(';').includes(positionId)));
  if (!line) throw new Error(`nobody holds ${positionId}`);
  return line.split(',')[0];
}

/** Today in Jakarta, YYYY-MM-DD. */
export function jakartaToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date());
}
