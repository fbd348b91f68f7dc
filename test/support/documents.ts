import { createHash } from 'node:crypto';
import type { TestApp } from './test-app';

/** A PDF-looking file of `size` bytes whose content depends on `seed`, so each seed is another document. */
export function fakePdf(seed: string, size = 2000): Buffer {
  const head = Buffer.from(`%PDF-1.7\n% ${seed}\n`);
  const body = Buffer.alloc(Math.max(0, size - head.length));
  for (let i = 0; i < body.length; i += 32) createHash('sha256').update(`${seed}:${i}`).digest().copy(body, i);
  return Buffer.concat([head, body]).subarray(0, size);
}

export const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Uploads a PDF as `username` and answers its hash. */
export async function uploadPdf(app: TestApp, username: string, seed: string, size?: number): Promise<string> {
  const response = await app
    .http()
    .post('/documents')
    .set('authorization', `Bearer ${await app.token(username)}`)
    .set('content-type', 'application/pdf')
    .send(fakePdf(seed, size));
  if (response.status !== 201 && response.status !== 200) {
    throw new Error(`upload ${seed}: ${response.status} ${JSON.stringify(response.body)}`);
  }
  return response.body.sha256 as string;
}

/** The decree (SK) as an uploaded document, for `POST /transfers/{id}/execute`. */
export async function decreeDocuments(app: TestApp, operator: string, seed: string) {
  return [{ type: 'sk_mutasi', name: `sk-${seed}.pdf`, sha256: await uploadPdf(app, operator, `sk-${seed}`) }];
}

/** The start-of-duty and pay-stop letters, for `POST /transfers/{id}/evaluate`. */
export async function afterDutyDocuments(app: TestApp, operator: string, seed: string) {
  return [
    { type: 'spmt', name: `spmt-${seed}.pdf`, sha256: await uploadPdf(app, operator, `spmt-${seed}`) },
    { type: 'skpp', name: `skpp-${seed}.pdf`, sha256: await uploadPdf(app, operator, `skpp-${seed}`) },
  ];
}
