import { expect, test, type Page } from '@playwright/test';
import { startProduct, type Product } from './support/product';
import { expectAccessible, holderOf, loginAs, screenshots } from './support/browser';
import { decideInBrowser } from './support/decide';
import { BAMBANG, fillBambangsProposal } from './support/propose';

const OPERATOR = 'operator-99-71';

test.describe.serial('a proposal between two agencies, from proposal to execution, by clicking', () => {
  let product: Product;
  let transferId = '';

  test.beforeAll(async () => {
    product = await startProduct('browser_flow');
  });
  test.afterAll(async () => {
    await product?.close();
  });

  async function openFromInbox(page: Page): Promise<void> {
    await page.getByRole('link', { name: 'Kotak masuk' }).click();
    await page.getByTestId('inbox-table').getByRole('link', { name: BAMBANG.name }).click();
    await expect(page).toHaveURL(new RegExp(`/app/transfers/${transferId}$`));
  }

  test('the operator proposes with the preview shown', async ({ browser }) => {
    const page = await loginAs(browser, product.baseURL, OPERATOR);
    await fillBambangsProposal(page);
    const preview = page.getByTestId('preview');
    await expect(preview).toContainText('B — antar kabupaten/kota dalam satu provinsi');
    await expect(preview).toContainText('Walikota Lestari');
    await screenshots(page, 'propose');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Kirim usulan' }).click();
    await expect(page).toHaveURL(/\/app\/transfers\/[0-9a-f-]{36}$/);
    transferId = page.url().split('/').pop() ?? '';
    await expect(page.getByRole('heading', { name: BAMBANG.name })).toBeVisible();
    await page.context().close();
  });

  test('the employee objects at the hearing', async ({ browser }) => {
    const page = await loginAs(browser, product.baseURL, BAMBANG.user);
    await expect(page).toHaveURL(/\/app\/inbox$/);
    await screenshots(page, 'inbox-employee');
    await openFromInbox(page);
    await decideInBrowser(page, 'Keberatan', { reason: 'Keluarga saya tinggal di Pesisir Timur' });
    await expect(page.getByTestId('objection')).toContainText('Keluarga saya tinggal di Pesisir Timur');
    await page.getByRole('link', { name: 'Halaman saya' }).click();
    await expect(page.getByRole('link', { name: /Pesisir Timur → Pemerintah Kota Lestari/ })).toBeVisible();
    await screenshots(page, 'my-page');
    await expectAccessible(page);
    await page.context().close();
  });

  test('every approver sees the objection and decides from the inbox; a double click decides once', async ({
    browser,
  }) => {
    const chain: { position: string; word: string; doubleClick?: boolean }[] = [
      { position: 'P000110', word: 'Setuju', doubleClick: true },
      { position: 'P000233', word: 'Setuju' },
      { position: 'P000206', word: 'Setuju' },
      { position: 'P000083', word: 'Setuju' },
      { position: 'P000371', word: 'Direkomendasikan' },
      { position: 'P000001', word: 'Setuju' },
    ];
    for (const step of chain) {
      const page = await loginAs(browser, product.baseURL, holderOf(step.position));
      await openFromInbox(page);
      await expect(page.getByTestId('objection')).toContainText('Keluarga saya tinggal di Pesisir Timur');
      if (step.position === 'P000001') {
        await screenshots(page, 'transfer-decide');
        await expectAccessible(page);
      }
      await decideInBrowser(page, step.word, { doubleClick: step.doubleClick });
      if (step.doubleClick) {
        const history = await page.request.get(`/transfers/${transferId}/history`);
        const events = (await history.json()) as { events: { type: string; actorId: string }[] };
        const mine = events.events.filter((e) => e.actorId === holderOf(step.position) && e.type === 'ApprovalGranted');
        expect(mine).toHaveLength(1);
      }
      await page.context().close();
    }
  });

  test('executing without the decree document shows the server’s refusal in Indonesian and keeps the form', async ({
    browser,
  }) => {
    const page = await loginAs(browser, product.baseURL, OPERATOR, `/app/transfers/${transferId}`);
    await expect(page.getByText('Disetujui', { exact: true }).first()).toBeVisible();
    const form = page.getByRole('form', { name: 'Catat SK mutasi' });
    await form.getByLabel('Nomor SK').fill('800/123/BKPSDM/2026');
    await form.getByRole('button', { name: 'Laksanakan' }).click();
    await expect(form.getByRole('alert')).toContainText('Dokumen wajib belum ada');
    await expect(form.getByLabel('Nomor SK')).toHaveValue('800/123/BKPSDM/2026');
    await screenshots(page, 'transfer-approved');
    await expectAccessible(page);
    await page.context().close();
  });

  async function linkEmailedTo(recipient: string): Promise<string> {
    let href = '';
    await expect
      .poll(
        async () => {
          for (const email of product.sink.received) {
            if (!email.envelopeTo.includes(recipient)) continue;
            const text = (await product.sink.parse(email)).text ?? '';
            href = new RegExp(`https?://\\S+/app/transfers/${transferId}`).exec(text)?.[0] ?? '';
            if (href) return href;
          }
          return '';
        },
        { timeout: 60_000 },
      )
      .not.toBe('');
    return href;
  }

  test('the emailed link opens the proposal page after login', async ({ browser }) => {
    const href = await linkEmailedTo('bambang.setiawan@pemkab-99-02.mutasi.example');
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(href);
    await expect(page).toHaveURL(/\/app\/login\?next=/);
    await page.getByLabel('Nama pengguna').fill(BAMBANG.user);
    await page.getByLabel('Kata sandi').fill('mutasi-demo-2026');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await expect(page).toHaveURL(new RegExp(`/app/transfers/${transferId}$`));
    await expect(page.getByRole('heading', { name: BAMBANG.name })).toBeVisible();
    await context.close();
  });
});
