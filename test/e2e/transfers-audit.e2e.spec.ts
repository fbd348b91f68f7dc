import type { Pool } from 'pg';
import { ManualClock } from '@mutasi/platform';
import { startTestApp, type TestApp } from '../support/test-app';
import { TransferClient } from '../support/transfer-client';

const BAMBANG = '199011082014031006';
const ORIGIN_HEAD = 'kepala-dinas-kependudukan-dan-pencatatan-p000110';

interface HistoryEvent {
  version: number;
  position: string;
  type: string;
  recordedAt: string;
  actorId: string;
  actorRole: string;
  onBehalfOf: string | null;
  reason: string | null;
  hash: string;
  prevHash: string;
}

/** History with hashes, the state at an instant or version, and verification of the hash chains. */
describe('transfer audit', () => {
  const clock = new ManualClock(new Date('2026-11-23T02:00:00.000Z'));
  let app: TestApp;
  let client: TransferClient;
  let pool: Pool;
  let id: string;

  beforeAll(async () => {
    app = await startTestApp('transfers_audit', { withWorker: true, clock });
    client = new TransferClient(app);
    pool = app.db.pool({ max: 2 });
    id = (await client.propose('operator-99-71', BAMBANG, 'P000236')).body.id;
    clock.set(new Date('2026-11-23T04:00:00.000Z'));
    await client.decide(`asn-${BAMBANG}`, id, 's0-t1', 'consent');
    clock.set(new Date('2026-11-24T03:00:00.000Z'));
    await client.decide(ORIGIN_HEAD, id, 's1-t1', 'return', 'Lengkapi analisis beban kerja');
  });
  afterAll(() => app.close());

  it('lists every event in order with actor, role, reason and a linked hash chain', async () => {
    const response = await client.get('auditor', `/transfers/${id}/history`);
    expect(response.status).toBe(200);
    const events = response.body.events as HistoryEvent[];
    expect(events.map((e) => [e.version, e.type, e.actorId, e.actorRole])).toEqual([
      [1, 'TransferProposed', 'operator-99-71', 'operator'],
      [2, 'StageOpened', 'operator-99-71', 'operator'],
      [3, 'ConsultationAnswered', `asn-${BAMBANG}`, 'employee'],
      [4, 'StageOpened', `asn-${BAMBANG}`, 'employee'],
      [5, 'ProposalReturned', ORIGIN_HEAD, 'approver'],
    ]);
    expect(events[4]).toMatchObject({ reason: 'Lengkapi analisis beban kerja', onBehalfOf: null });
    expect(events[0]).toMatchObject({ prevHash: '0'.repeat(64), recordedAt: '2026-11-23T02:00:00.000Z' });
    for (let i = 1; i < events.length; i++) {
      expect(events[i].prevHash).toBe(events[i - 1].hash);
      expect(BigInt(events[i].position) > BigInt(events[i - 1].position)).toBe(true);
    }
    expect((await client.get('operator-98', `/transfers/${id}/history`)).status).toBe(403);
  });

  it('shows the proposal as it stood at an instant or a version', async () => {
    const atProposal = await client.get('auditor', `/transfers/${id}/state?at=2026-11-23T03:00:00Z`);
    expect(atProposal.status).toBe(200);
    expect(atProposal.body).toMatchObject({ id, version: 2, status: 'IN_CONSULTATION' });
    expect(atProposal.body.stages[0].tasks[0]).toMatchObject({ status: 'open', decisions: [] });

    const afterConsent = await client.get('operator-99-71', `/transfers/${id}/state?at=2026-11-23T12:00:00Z`);
    expect(afterConsent.body).toMatchObject({ version: 4, status: 'IN_APPROVAL' });

    const byVersion = await client.get('auditor', `/transfers/${id}/state?version=5`);
    expect(byVersion.body).toMatchObject({ status: 'RETURNED', returned: { reason: 'Lengkapi analisis beban kerja' } });

    expect((await client.get('auditor', `/transfers/${id}/state?at=2026-11-22T00:00:00Z`)).body.code).toBe(
      'TRANSFER_NOT_FOUND',
    );
    expect((await client.get('auditor', `/transfers/${id}/state`)).body.code).toBe('POINT_IN_TIME_REQUIRED');
    expect((await client.get('auditor', `/transfers/${id}/state?at=yesterday`)).status).toBe(400);
  });

  it('verifies the hash chains, and finds a tampered event', async () => {
    expect((await client.post('operator-99-71', '/audit/verify', {})).status).toBe(403);
    const ok = await client.post('auditor', '/audit/verify', {});
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({
      ok: true,
      checked: expect.any(Number),
      documents: { checked: expect.any(Number), altered: [] },
    });
    expect(ok.body.checked).toBeGreaterThanOrEqual(5);

    const { rows } = await pool.query<{ position: string }>(
      `UPDATE es_events SET data = jsonb_set(data, '{reason}', '"Disetujui"')
        WHERE stream_id = $1 AND stream_version = 5 RETURNING position::text`,
      [`transfer-${id}`],
    );
    const broken = await client.post('admin', '/audit/verify', {});
    expect(broken.body).toMatchObject({
      ok: false,
      firstBroken: { streamId: `transfer-${id}`, version: 5, position: rows[0].position },
    });
  });
});
