import { expect, test } from '@playwright/test';
import { expectAccessible, holderOf, jakartaToday, loginAs, screenshots } from './support/browser';
import { startProduct, type Product } from './support/product';
import { BAMBANG, proposeBambang, TARGET_OPERATOR } from './support/propose';

/** A day `days` after today in Jakarta, YYYY-MM-DD. */
function jakartaDayAfter(days: number): string {
  const [year, month, day] = jakartaToday().split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** Every page of the app, at desktop and phone width, scanned by axe-core; the list's filters and delegations in use. */
test.describe.serial('every page, as its users see it', () => {
  let product: Product;
  let transferId = '';
  const originHead = holderOf('P000110');

  test.beforeAll(async () => {
    product = await startProduct('browser_pages');
  });
  test.afterAll(async () => {
    await product?.close();
  });

  test('the login page', async ({ browser }) => {
    const context = await browser.newContext({ baseURL: product.baseURL });
    const page = await context.newPage();
    await page.goto('/app/');
    await expect(page.getByRole('button', { name: 'Masuk' })).toBeVisible();
    await screenshots(page, 'page-login');
    await expectAccessible(page);
    await context.close();
  });

  test('the propose page and the list of proposals, filtered by kind and by overdue tasks', async ({ browser }) => {
    const page = await loginAs(browser, product.baseURL, TARGET_OPERATOR);
    transferId = await proposeBambang(page);
    await page.getByRole('link', { name: 'Usulkan mutasi' }).click();
    await screenshots(page, 'page-propose');
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Daftar usulan' }).click();
    const proposal = page.getByRole('link', { name: BAMBANG.name });
    await expect(proposal).toBeVisible();
    await page.getByRole('combobox', { name: 'Jenis mutasi' }).click();
    await page.getByRole('option', { name: /^A — / }).click();
    await expect(page.getByText('Belum ada usulan.')).toBeVisible();
    await expect(page).toHaveURL(/kind=A/);
    await page.getByRole('combobox', { name: 'Jenis mutasi' }).click();
    await page.getByRole('option', { name: /^B — / }).click();
    await expect(proposal).toBeVisible();
    const overdue = page.getByRole('checkbox', { name: 'Hanya yang terlambat' });
    await overdue.click();
    await expect(overdue).toBeChecked();
    await expect(page.getByText('Belum ada usulan.')).toBeVisible();
    await expect(page).toHaveURL(/overdue=true/);
    await overdue.click();
    await expect(overdue).not.toBeChecked();
    await expect(proposal).toBeVisible();
    await screenshots(page, 'page-transfers');
    await expectAccessible(page);
    await page.context().close();
  });

  test('the employee’s inbox, proposal page and own page', async ({ browser }) => {
    const page = await loginAs(browser, product.baseURL, BAMBANG.user);
    await expect(page.getByTestId('inbox-table')).toBeVisible();
    await screenshots(page, 'page-inbox-employee');
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Halaman saya' }).click();
    await expect(page.getByRole('link', { name: /Pesisir Timur → Pemerintah Kota Lestari/ })).toBeVisible();
    await screenshots(page, 'page-my-page');
    await expectAccessible(page);
    await page.goto(`/app/transfers/${transferId}`);
    const form = page.getByRole('form', { name: /^Keputusan Anda/ });
    await form.getByRole('radio', { name: 'Bersedia', exact: true }).check();
    await form.getByRole('button', { name: 'Kirim keputusan' }).click();
    await expect(page.getByTestId('consent')).toBeVisible();
    await page.context().close();
  });

  test('the approver’s inbox, proposal page and notifications', async ({ browser }) => {
    const page = await loginAs(browser, product.baseURL, originHead);
    await page.getByRole('link', { name: 'Kotak masuk' }).click();
    await expect(page.getByTestId('inbox-table').getByRole('link', { name: BAMBANG.name })).toBeVisible();
    await screenshots(page, 'page-inbox-approver');
    await expectAccessible(page);
    await page.getByTestId('inbox-table').getByRole('link', { name: BAMBANG.name }).click();
    await expect(page.getByRole('form', { name: /^Keputusan Anda/ })).toBeVisible();
    await expect(page.getByTestId('timeline')).toBeVisible();
    await screenshots(page, 'page-transfer');
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Notifikasi saya' }).click();
    await expect(page.getByRole('heading', { name: 'Notifikasi saya' })).toBeVisible();
    await expect(page.getByLabel('Memuat…')).toHaveCount(0);
    await screenshots(page, 'page-notifications');
    await expectAccessible(page);
    await page.context().close();
  });

  test('the delegation page: delegate, see it in force, end it', async ({ browser }) => {
    const page = await loginAs(browser, product.baseURL, originHead);
    await page.getByRole('link', { name: 'Delegasi' }).click();
    await expect(page.getByText('Tidak ada delegasi yang berlaku atau akan berlaku.')).toBeVisible();
    const colleague = holderOf('P000083');
    await page.getByRole('textbox', { name: /^Penerima delegasi/ }).fill(colleague);
    await page.getByRole('textbox', { name: 'Sampai' }).fill(jakartaDayAfter(3));
    await page.getByRole('textbox', { name: 'Sampai' }).press('Tab');
    await page.getByRole('button', { name: 'Delegasikan' }).click();
    const standing = page.getByTestId('standing-delegations');
    await expect(standing).toContainText(`Dari Anda kepada ${colleague}`);
    await screenshots(page, 'page-delegation');
    await expectAccessible(page);
    await page.context().close();

    const delegate = await loginAs(browser, product.baseURL, colleague);
    await delegate.getByRole('link', { name: 'Delegasi' }).click();
    await expect(delegate.getByTestId('standing-delegations')).toContainText(`Dari ${originHead} kepada Anda`);
    await expect(delegate.getByRole('button', { name: /^Akhiri/ })).toHaveCount(0);
    await delegate.getByRole('link', { name: 'Kotak masuk' }).click();
    await expect(delegate.getByTestId('inbox-table').getByRole('link', { name: BAMBANG.name })).toBeVisible();
    await delegate.context().close();

    const official = await loginAs(browser, product.baseURL, originHead, '/app/delegations');
    await official.getByRole('button', { name: `Akhiri delegasi kepada ${colleague}` }).click();
    await expect(official.getByText('Tidak ada delegasi yang berlaku atau akan berlaku.')).toBeVisible();
    await official.context().close();
  });
});
