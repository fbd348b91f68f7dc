import { expect, type Locator, type Page } from '@playwright/test';

/** The declaration every official ticks to decide a task (PP 11/2017 Ps 190(5)); not shown on the hearing. */
export const NO_CONFLICT_LABEL = /^Saya menyatakan tidak memiliki hubungan keluarga atau kepentingan pribadi/;

/** The decision form of the page's open task. */
export function decisionForm(page: Page): Locator {
  return page.getByRole('form', { name: /^Keputusan Anda/ });
}

/**
 * Decides the page's open task by clicking: the word, a reason if given, the declaration of no
 * conflict of interest when the form asks for it, then send; waits for the form to go.
 */
export async function decideInBrowser(
  page: Page,
  word: string,
  options: { reason?: string; doubleClick?: boolean } = {},
): Promise<void> {
  const form = decisionForm(page);
  await form.getByRole('radio', { name: word, exact: true }).check();
  if (options.reason) await form.getByRole('textbox', { name: /^Alasan/ }).fill(options.reason);
  const declaration = form.getByRole('checkbox', { name: NO_CONFLICT_LABEL });
  if ((await declaration.count()) > 0) await declaration.check();
  const send = form.getByRole('button', { name: 'Kirim keputusan' });
  if (options.doubleClick) await send.dblclick();
  else await send.click();
  await expect(form).toBeHidden();
}
