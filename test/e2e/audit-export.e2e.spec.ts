import { createHash, verify } from 'node:crypto';
import { EVENT_STORE, type EventStore } from '@mutasi/event-store';
import { newEvent } from '../support/events';
import { startTestApp, type TestApp } from '../support/test-app';

/** What an auditor writes with nothing but the README: sorted keys, no whitespace. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

interface Line {
  kind: string;
  [field: string]: unknown;
}

/** Offline check of an export: every chain link and hash, the digest of the lines, the signature. */
function verifyExport(text: string, publicKey: string): { chainsOk: boolean; digestOk: boolean; signatureOk: boolean } {
  const rawLines = text.split('\n').filter(Boolean);
  const lines = rawLines.map((l) => JSON.parse(l) as Line);
  const manifest = lines[lines.length - 1];
  const events = lines.slice(0, -1);
  let chainsOk = true;
  const last = new Map<string, string>();
  for (const e of events) {
    const expectedPrev = last.get(e.streamId as string);
    if (expectedPrev !== undefined && expectedPrev !== e.prevHash) chainsOk = false;
    const content = canonical({
      data: e.data,
      eventId: e.eventId,
      metadata: e.metadata,
      recordedAt: e.recordedAt,
      schemaVersion: e.schemaVersion,
      streamId: e.streamId,
      type: e.type,
    });
    const hash = createHash('sha256')
      .update((e.prevHash as string) + content)
      .digest('hex');
    if (hash !== e.hash) chainsOk = false;
    last.set(e.streamId as string, e.hash as string);
  }
  const digest = createHash('sha256')
    .update(
      rawLines
        .slice(0, -1)
        .map((l) => `${l}\n`)
        .join(''),
    )
    .digest('hex');
  const { signature, ...signed } = manifest;
  const signatureOk = verify(
    null,
    Buffer.from(canonical(signed)),
    publicKey,
    Buffer.from(signature as string, 'base64'),
  );
  return { chainsOk, digestOk: digest === manifest.sha256, signatureOk };
}

describe('audit export', () => {
  let app: TestApp;
  let auditor: string;

  beforeAll(async () => {
    app = await startTestApp('audit_export');
    auditor = await app.token('auditor');
    const store = app.api.get<EventStore>(EVENT_STORE);
    await store.append('transfer-export-test', [
      newEvent('TransferProposed', { reason: 'é <b>' }),
      newEvent('StageOpened'),
    ]);
    await store.append('transfer-export-test', [newEvent('ConsultationAnswered', { decision: 'consent' })]);
  });
  afterAll(() => app.close());

  const exportLog = (query = '') =>
    app
      .http()
      .get(`/audit/export${query}`)
      .set('authorization', `Bearer ${auditor}`)
      .buffer(true)
      .parse((res, done) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        res.on('end', () => done(null, text));
      });

  it('exports every event with its hashes and a signed manifest that verify offline', async () => {
    const response = await exportLog().expect(200);
    expect(response.headers['content-type']).toMatch(/application\/x-ndjson/);
    const text = response.body as string;
    const lines = text
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Line);
    const manifest = lines[lines.length - 1];
    const total = Number((await app.db.pool().query('SELECT count(*)::int AS n FROM es_events')).rows[0].n);
    expect(manifest).toMatchObject({ kind: 'manifest', events: total, algorithm: 'Ed25519' });
    expect(lines.filter((l) => l.streamId === 'transfer-export-test').map((l) => l.streamVersion)).toEqual([1, 2, 3]);

    const key = await app.http().get('/audit/public-key').set('authorization', `Bearer ${auditor}`).expect(200);
    expect(verifyExport(text, key.body.publicKey)).toEqual({ chainsOk: true, digestOk: true, signatureOk: true });
  });

  it('shows a changed line offline: its hash and the signed digest no longer match', async () => {
    const key = await app.http().get('/audit/public-key').set('authorization', `Bearer ${auditor}`).expect(200);
    const text = (await exportLog().expect(200)).body as string;
    const tampered = text.replace('"decision":"consent"', '"decision":"objection"');
    expect(tampered).not.toBe(text);
    expect(verifyExport(tampered, key.body.publicKey)).toMatchObject({ chainsOk: false, digestOk: false });
  });

  it('limits the export to a range of recording times', async () => {
    const text = (await exportLog('?to=2000-01-01T00:00:00Z').expect(200)).body as string;
    const lines = text
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Line);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ kind: 'manifest', events: 0, to: '2000-01-01T00:00:00.000Z' });
    const bad = await app
      .http()
      .get('/audit/export?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z')
      .set('authorization', `Bearer ${auditor}`)
      .expect(400);
    expect(bad.body.code).toBe('INVALID_RANGE');
  });

  it('is for auditors and administrators only', async () => {
    const operator = await app.token('operator-99-02');
    const response = await app.http().get('/audit/export').set('authorization', `Bearer ${operator}`).expect(403);
    expect(response.body.code).toBe('ROLE_REQUIRED');
  });
});
