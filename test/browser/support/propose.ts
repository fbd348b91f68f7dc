import { expect, type Page } from '@playwright/test';
import { jakartaToday } from './browser';

export const BAMBANG = { nip: '199011082014031006', name: 'Bambang Setiawan, S.Kom.', user: 'asn-199011082014031006' };
/** Operator of Kota Lestari, the target agency of Bambang's proposal. */
export const TARGET_OPERATOR = 'operator-99-71';
/** Operator of Pesisir Timur, where Bambang works now. */
export const ORIGIN_OPERATOR = 'operator-99-02';

/** The propose page filled in for Bambang's move from Pesisir Timur to Kota Lestari, not yet sent. */
export async function fillBambangsProposal(page: Page, reason = 'Kebutuhan pengolah data di Disdukcapil Kota Lestari') {
  await page.getByRole('link', { name: 'Usulkan mutasi' }).click();
  await page.getByRole('combobox', { name: 'Pegawai' }).fill(BAMBANG.nip);
  await page.getByRole('option', { name: new RegExp(BAMBANG.nip) }).click();
  await page.getByRole('combobox', { name: 'Instansi tujuan' }).click();
  await page.getByRole('option', { name: 'Pemerintah Kota Lestari' }).click();
  await page.getByRole('combobox', { name: 'Jabatan tujuan' }).click();
  await page
    .getByRole('option', { name: /Pengolah Data dan Informasi/ })
    .first()
    .click();
  await page.getByLabel('Alasan usulan').fill(reason);
  await page.getByRole('textbox', { name: 'TMT diminta' }).fill(jakartaToday());
  await page.getByRole('textbox', { name: 'TMT diminta' }).press('Tab');
}

/** Bambang's move from Pesisir Timur to Kota Lestari, proposed by clicking; the new proposal's id. */
export async function proposeBambang(page: Page, reason?: string) {
  await fillBambangsProposal(page, reason);
  await expect(page.getByTestId('preview')).toContainText('Walikota Lestari');
  await page.getByRole('button', { name: 'Kirim usulan' }).click();
  await expect(page).toHaveURL(/\/app\/transfers\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: BAMBANG.name })).toBeVisible();
  return page.url().split('/').pop() ?? '';
}

/** The proposal's status badge. */
export function statusOf(page: Page) {
  return page.getByTestId('transfer-status');
}
