import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectAccessible, holderOf, loginAs, screenshots } from './support/browser';
import { decisionForm, NO_CONFLICT_LABEL } from './support/decide';
import { startProduct, type Product } from './support/product';
import { BAMBANG, ORIGIN_OPERATOR, proposeBambang, statusOf, TARGET_OPERATOR } from './support/propose';

/** Presses Tab (or Shift+Tab, back) until the element has the focus: the page is used without a mouse. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let presses = 0; presses < 80; presses += 1) {
    if (await target.evaluate((el) => el === el.ownerDocument.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error('Tab never reached the element');
}

const SCANNED_FORM = {
  name: 'formulir-tanggapan.pdf',
  mimeType: 'application/pdf',
  buffer: Buffer.from('%PDF-1.4 bersedia'),
};

test.describe.serial('returned for revision, revised, withdrawn; refusals and the keyboard', () => {
  let product: Product;
  let transferId = '';

  test.beforeAll(async () => {
    product = await startProduct('browser_revise');
  });
  test.afterAll(async () => {
    await product?.close();
  });

  test('the proposer may not record the paper hearing: the server’s refusal shows in Indonesian', async ({
    browser,
  }) => {
    const page = await loginAs(browser, product.baseURL, TARGET_OPERATOR);
    transferId = await proposeBambang(page);
    const form = page.getByRole('form', { name: 'Catat tanggapan pegawai dari formulir kertas' });
    await form.getByRole('radio', { name: 'Bersedia', exact: true }).check();
    await form.locator('input[type=file]').setInputFiles(SCANNED_FORM);
    await expect(form.getByTestId('paper-form-sha256')).toContainText(/SHA-256 [0-9a-f]{64}/);
    await form.getByRole('button', { name: 'Catat tanggapan' }).click();
    await expect(form.getByRole('alert')).toContainText('Pengusul tidak boleh memutus usulannya sendiri');
    await expect(form.getByRole('radio', { name: 'Bersedia', exact: true })).toBeChecked();
    await screenshots(page, 'transfer-refused');
    await expectAccessible(page);
    await page.context().close();
  });

  test('the origin agency’s operator records the consent signed on paper', async ({ browser }) => {
    const page = await loginAs(browser, product.baseURL, ORIGIN_OPERATOR, `/app/transfers/${transferId}`);
    const form = page.getByRole('form', { name: 'Catat tanggapan pegawai dari formulir kertas' });
    await form.getByRole('button', { name: 'Catat tanggapan' }).click();
    await expect(form.getByText('Pilih jawaban pegawai')).toBeVisible();
    await expect(form.getByText('Pilih pindaian formulir bertanda tangan')).toBeVisible();
    await form.getByRole('radio', { name: 'Bersedia', exact: true }).check();
    await form.locator('input[type=file]').setInputFiles(SCANNED_FORM);
    await expect(form.getByTestId('paper-form-sha256')).toBeVisible();
    await screenshots(page, 'transfer-paper-hearing');
    await expectAccessible(page);
    await form.getByRole('button', { name: 'Catat tanggapan' }).click();
    await expect(page.getByTestId('consent')).toBeVisible();
    await expect(form).toBeHidden();
    await page.context().close();
  });

  test('the head of the target unit declares a conflict of interest instead: the task goes to the personnel head', async ({
    browser,
  }) => {
    const page = await loginAs(browser, product.baseURL, holderOf('P000233'), `/app/transfers/${transferId}`);
    const decision = decisionForm(page);
    await decision.getByRole('radio', { name: 'Setuju', exact: true }).check();
    await decision.getByRole('button', { name: 'Kirim keputusan' }).click();
    await expect(decision.getByText(/^Centang pernyataan ini untuk memberi keputusan/)).toBeVisible();
    await page.getByRole('button', { name: 'Saya memiliki benturan kepentingan' }).click();
    const conflict = page.getByRole('form', { name: 'Nyatakan benturan kepentingan' });
    await conflict.getByRole('button', { name: 'Nyatakan dan alihkan tugas' }).click();
    await expect(conflict.getByText('Alasan wajib diisi', { exact: true })).toBeVisible();
    await expectAccessible(page);
    await conflict
      .getByRole('textbox', { name: /^Hubungan atau kepentingan/ })
      .fill('Pegawai yang diusulkan adalah adik ipar saya');
    await conflict.getByRole('button', { name: 'Nyatakan dan alihkan tugas' }).click();
    await expect(decision).toBeHidden();
    await expect(page.getByTestId('recusal')).toContainText('adik ipar saya');
    await page.context().close();

    const superior = await loginAs(browser, product.baseURL, holderOf('P000212'), `/app/transfers/${transferId}`);
    await expect(decisionForm(superior)).toBeVisible();
    await expect(decisionForm(superior).getByRole('checkbox', { name: NO_CONFLICT_LABEL })).not.toBeChecked();
    await superior.context().close();
  });

  test('the head of the origin unit returns it for revision using only the keyboard', async ({ browser }) => {
    const page = await loginAs(browser, product.baseURL, holderOf('P000110'));
    await page.goto(`/app/transfers/${transferId}`);
    const form = page.getByRole('form', { name: /^Keputusan Anda/ });
    await expect(form).toBeVisible();
    await tabTo(page, form.getByRole('radio').first());
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(form.getByRole('radio', { name: 'Kembalikan untuk perbaikan' })).toBeChecked();
    const send = form.getByRole('button', { name: 'Kirim keputusan' });
    await tabTo(page, send);
    await page.keyboard.press('Enter');
    await expect(form.getByText('Alasan wajib diisi', { exact: true })).toBeVisible();
    await tabTo(page, form.getByRole('textbox', { name: /^Alasan/ }), 'Shift+Tab');
    await page.keyboard.type('Lampirkan analisis jabatan unit tujuan');
    await tabTo(page, send);
    await page.keyboard.press('Enter');
    await expect(form.getByText(/^Centang pernyataan ini untuk memberi keputusan/)).toBeVisible();
    await tabTo(page, form.getByRole('checkbox', { name: NO_CONFLICT_LABEL }), 'Shift+Tab');
    await page.keyboard.press('Space');
    await expect(form.getByRole('checkbox', { name: NO_CONFLICT_LABEL })).toBeChecked();
    await tabTo(page, send);
    await page.keyboard.press('Enter');
    await expect(form).toBeHidden();
    await expect(statusOf(page)).toHaveText('Dikembalikan untuk perbaikan');
    await page.context().close();
  });

  test('the operator revises the returned proposal and the chain starts again', async ({ browser }) => {
    const page = await loginAs(browser, product.baseURL, TARGET_OPERATOR, `/app/transfers/${transferId}`);
    await expect(statusOf(page)).toHaveText('Dikembalikan untuk perbaikan');
    await expect(page.getByTestId('timeline')).toContainText('Lampirkan analisis jabatan unit tujuan');
    await screenshots(page, 'transfer-returned');
    await expectAccessible(page);
    const form = page.getByRole('form', { name: 'Perbaiki usulan' });
    const reason = form.getByRole('textbox', { name: 'Alasan usulan' });
    await reason.fill('');
    await form.getByRole('button', { name: 'Kirim perbaikan' }).click();
    await expect(form.getByText('Alasan wajib diisi', { exact: true })).toBeVisible();
    await reason.fill('Kebutuhan pengolah data; analisis jabatan unit tujuan terlampir');
    await form.getByRole('button', { name: 'Kirim perbaikan' }).click();
    await expect(form).toBeHidden();
    await expect(statusOf(page)).toHaveText('Dalam konsultasi');
    await expect(page.getByTestId('timeline')).toContainText('Diperbaiki');
    await expect(
      page.getByText('Alasan: Kebutuhan pengolah data; analisis jabatan unit tujuan terlampir'),
    ).toBeVisible();
    await page.context().close();
  });

  test('the operator withdraws it with a reason; it leaves the employee’s inbox', async ({ browser }) => {
    const asked = await loginAs(browser, product.baseURL, BAMBANG.user, '/app/inbox');
    await expect(asked.getByTestId('inbox-table').getByRole('link', { name: BAMBANG.name })).toBeVisible();
    await asked.context().close();

    const page = await loginAs(browser, product.baseURL, TARGET_OPERATOR, `/app/transfers/${transferId}`);
    const form = page.getByRole('form', { name: 'Tarik usulan' });
    await form.getByRole('button', { name: 'Tarik usulan' }).click();
    await expect(form.getByText('Alasan wajib diisi', { exact: true })).toBeVisible();
    await form.getByRole('textbox', { name: 'Alasan penarikan' }).fill('Formasi diisi dari hasil seleksi terbuka');
    await form.getByRole('button', { name: 'Tarik usulan' }).click();
    await expect(statusOf(page)).toHaveText('Ditarik');
    await expect(form).toBeHidden();
    await expect(page.getByTestId('timeline')).toContainText('Formasi diisi dari hasil seleksi terbuka');
    await page.context().close();

    const employee = await loginAs(browser, product.baseURL, BAMBANG.user, '/app/inbox');
    await expect(employee.getByText('Tidak ada tugas terbuka.')).toBeVisible();
    await expect(employee.getByTestId('inbox-table')).toHaveCount(0);
    await employee.context().close();
  });
});
