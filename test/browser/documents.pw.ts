import { expect, test, type Page } from '@playwright/test';
import { startProduct, type Product } from './support/product';
import { expectAccessible, holderOf, loginAs, screenshots } from './support/browser';
import { sha256Of, validPdf } from './support/pdf';
import { BAMBANG, fillBambangsProposal } from './support/propose';

const OPERATOR = 'operator-99-71';

/** Three PDFs for three checklist items of a move between agencies; the first large enough to watch its progress. */
const PAPERS = [
  {
    type: 'Surat persetujuan melepas dari PPK asal (lolos butuh)',
    code: 'persetujuan_melepas',
    name: 'surat-lolos-butuh.pdf',
    bytes: validPdf('Surat persetujuan melepas - Bambang Setiawan', 1_200_000),
  },
  {
    type: 'Surat persetujuan menerima dari PPK tujuan',
    code: 'persetujuan_menerima',
    name: 'persetujuan-menerima.pdf',
    bytes: validPdf('Surat persetujuan menerima - Kota Lestari'),
  },
  {
    type: 'Surat permohonan pegawai',
    code: 'surat_permohonan',
    name: 'permohonan-pegawai.pdf',
    bytes: validPdf('Surat permohonan pindah - Bambang Setiawan'),
  },
];

test.describe.serial('documents: uploaded on the propose page, opened from the proposal page', () => {
  let product: Product;
  let transferId = '';

  test.beforeAll(async () => {
    product = await startProduct('browser_documents');
  });
  test.afterAll(async () => {
    await product?.close();
  });

  /** Picks the document type, reaches the drop zone's button with Tab and opens the file chooser with Enter. */
  async function uploadByKeyboard(page: Page, paper: (typeof PAPERS)[number]): Promise<void> {
    const upload = page.getByTestId('document-upload');
    await upload.getByRole('combobox', { name: 'Jenis dokumen' }).click();
    await page.getByRole('option', { name: paper.type, exact: true }).click();
    await page.keyboard.press('Tab');
    const choose = upload.getByTestId('document-zone').getByRole('button', { name: 'Pilih berkas' });
    await expect(choose).toBeFocused();
    await expect(upload).toContainText(`disimpan sebagai: ${paper.type}`);
    const chooser = page.waitForEvent('filechooser');
    await page.keyboard.press('Enter');
    await (await chooser).setFiles({ name: paper.name, mimeType: 'application/pdf', buffer: paper.bytes });
  }

  test('the operator proposes with three uploaded PDFs and sees the checklist ticked', async ({ browser }) => {
    test.slow();
    const page = await loginAs(browser, product.baseURL, OPERATOR);
    await fillBambangsProposal(page);

    const preview = page.getByTestId('preview');
    const checklist = preview.getByTestId('document-checklist');
    await expect(checklist.getByTestId('checklist-persetujuan_melepas')).toHaveAttribute('data-present', 'false');
    await expect(checklist).toContainText('0 dari 9 dokumen ada');

    const upload = page.getByTestId('document-upload');
    const zoneInput = page.getByTestId('document-zone').locator('input[type=file]');
    await zoneInput.setInputFiles({
      name: 'program.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('MZ\x90\x00\x03\x00\x00\x00 renamed executable', 'latin1'),
    });
    await expect(upload.getByTestId('upload-refused')).toContainText(
      'program.pdf: Hanya PDF, JPEG atau PNG yang diterima (diperiksa dari isinya)',
    );
    await zoneInput.setInputFiles({
      name: 'terlalu-besar.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2 * 1024 * 1024)]),
    });
    await expect(upload.getByTestId('upload-refused')).toContainText('terlalu-besar.pdf: Berkas melebihi 2097152 byte');

    // Slow the upload so the progress bar can be seen moving.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: 400 * 1024,
    });
    await uploadByKeyboard(page, PAPERS[0]);
    const progress = upload.getByRole('progressbar', { name: `Kemajuan unggahan ${PAPERS[0].name}` });
    await expect(progress).toBeVisible();
    await expect(progress).toBeHidden({ timeout: 30_000 });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    await uploadByKeyboard(page, PAPERS[1]);
    await uploadByKeyboard(page, PAPERS[2]);

    const uploaded = upload.getByTestId('uploaded-document');
    await expect(uploaded).toHaveCount(3);
    for (const paper of PAPERS) {
      const row = uploaded.filter({ hasText: paper.name });
      await expect(row).toContainText(paper.type);
      await expect(row).toContainText('application/pdf');
      await expect(row.getByTestId('document-hash')).toHaveText(`SHA-256 ${sha256Of(paper.bytes)}`);
      await expect(checklist.getByTestId(`checklist-${paper.code}`)).toHaveAttribute('data-present', 'true');
    }
    await expect(checklist).toContainText('3 dari 9 dokumen ada');
    await expect(upload.getByTestId('upload-refused')).toHaveCount(0);

    await screenshots(page, 'documents-propose');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Kirim usulan' }).click();
    await expect(page).toHaveURL(/\/app\/transfers\/[0-9a-f-]{36}$/);
    transferId = page.url().split('/').pop() ?? '';
    const documents = page.getByTestId('transfer-documents');
    for (const paper of PAPERS) await expect(documents).toContainText(sha256Of(paper.bytes));
    await page.context().close();
  });

  test('an approver opens a document from the proposal page: the PDF itself, with its hash', async ({ browser }) => {
    // The origin agency's head of service sees the proposal before his task opens (the employee is heard first).
    const page = await loginAs(browser, product.baseURL, holderOf('P000110'), `/app/transfers/${transferId}`);
    await expect(page.getByRole('heading', { name: BAMBANG.name })).toBeVisible();

    const section = page.getByTestId('documents');
    const checklist = section.getByTestId('document-checklist');
    await expect(checklist.getByTestId('checklist-persetujuan_melepas')).toHaveAttribute('data-present', 'true');
    await expect(checklist.getByTestId('checklist-sk_mutasi')).toHaveAttribute('data-present', 'false');
    await expect(checklist.getByTestId('checklist-sk_mutasi')).toContainText('wajib');

    const paper = PAPERS[0];
    const hash = sha256Of(paper.bytes);
    const entry = section.getByTestId('transfer-documents').getByRole('listitem').filter({ hasText: paper.name });
    await expect(entry.getByTestId('document-hash')).toHaveText(`SHA-256 ${hash}`);
    const link = entry.getByRole('link', { name: new RegExp(paper.name) });
    await expect(link).toHaveAttribute('target', '_blank');
    await screenshots(page, 'documents-transfer');
    await expectAccessible(page);

    const served = page.context().waitForEvent('response', (r) => r.url().endsWith(`/documents/${hash}`));
    const opened = page.context().waitForEvent('page');
    await link.click();
    const response = await served;
    const tab = await opened;
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    expect(response.headers()['content-disposition']).toMatch(/^inline;/);
    expect(response.headers()['etag']).toBe(`"${hash}"`);
    expect(tab.url()).toBe(`${product.baseURL}/documents/${hash}`);
    // The browser's PDF viewer takes the navigation's bytes over; the same request on the tab's session gives them.
    const again = await tab.request.get(tab.url());
    expect(again.headers()['content-type']).toBe('application/pdf');
    expect(sha256Of(await again.body())).toBe(hash);
    await page.context().close();
  });
});
