import type { Pool } from 'pg';
import { ManualClock } from '@mutasi/platform';
import { PENDING_MOVES_PROJECTION } from '@mutasi/projections';
import { ReadModelFreshness } from '../../apps/api/src';
import { uploadPdf } from '../support/documents';
import { startTestApp, type TestApp } from '../support/test-app';
import { TransferClient } from '../support/transfer-client';

const BAMBANG = '199011082014031006';
const SITI = '198804172011032007';
const OPERATOR = 'operator-99-71';
const ORIGIN_HEAD = 'kepala-dinas-kependudukan-dan-pencatatan-p000110';
const TARGET_HEAD = 'kepala-dinas-kependudukan-dan-pencatatan-p000233';
const KANREG = 'kepala-kantor-regional-xv-bkn-p000371';

/** Races, objections, rejection, return and revision, delegation, withdrawal, retries and read-your-writes over HTTP. */
describe('transfer workflow', () => {
  const clock = new ManualClock(new Date('2026-11-23T02:00:00.000Z'));
  let app: TestApp;
  let client: TransferClient;
  let pool: Pool;

  beforeAll(async () => {
    app = await startTestApp('transfers_workflow', { withWorker: true, clock });
    client = new TransferClient(app);
    pool = app.db.pool({ max: 2 });
  });
  afterAll(() => app.close());

  const eventCount = async (streamId?: string): Promise<number> =>
    (
      await pool.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM es_events WHERE $1::text IS NULL OR stream_id = $1',
        [streamId ?? null],
      )
    ).rows[0].n;

  /** Bambang's open proposal: an employee has at most one, so the next test's proposal withdraws it first. */
  let openBambang: string | null = null;

  async function withdrawOpenBambang(): Promise<void> {
    if (openBambang === null) return;
    const withdrawn = await client.post(OPERATOR, `/transfers/${openBambang}/withdraw`, { reason: 'Diganti' });
    expect([200, 409]).toContain(withdrawn.status);
    openBambang = null;
  }

  async function proposeBambang(): Promise<string> {
    await withdrawOpenBambang();
    const proposed = await client.propose(OPERATOR, BAMBANG, 'P000236');
    expect(proposed.status).toBe(201);
    openBambang = proposed.body.id;
    return proposed.body.id;
  }

  async function pendingMoves(agencyId: string, unitId: string) {
    await app.api.get(ReadModelFreshness).waitFor(PENDING_MOVES_PROJECTION, client.position);
    const units = await app
      .http()
      .get(`/workload/units?agencyId=${agencyId}`)
      .set('authorization', `Bearer ${await app.token('auditor')}`);
    const unit = (units.body as { unitId: string; pendingIn: number; pendingOut: number }[]).find(
      (u) => u.unitId === unitId,
    );
    return { pendingIn: unit?.pendingIn, pendingOut: unit?.pendingOut };
  }

  it('lets exactly one of two racing deciders on the same task win; the other gets 409', async () => {
    const id = await proposeBambang();
    expect((await client.decide(`asn-${BAMBANG}`, id, 's0-t1', 'consent')).status).toBe(200);
    const delegation = await client.post(ORIGIN_HEAD, '/delegations', {
      delegateUserId: 'sekretaris-daerah-p000084',
      from: '2026-11-23',
      to: '2026-12-31',
    });
    expect(delegation.status).toBe(201);
    const backwards = await client.post(ORIGIN_HEAD, '/delegations', {
      delegateUserId: 'sekretaris-daerah-p000084',
      from: '2026-12-31',
      to: '2026-11-23',
    });
    expect(backwards.body).toMatchObject({ status: 400, code: 'INVALID_DATE_RANGE' });
    const malformed = await client.post(ORIGIN_HEAD, '/delegations', {
      delegateUserId: 'sekretaris-daerah-p000084',
      from: '23/11/2026',
      to: '2026-12-31',
    });
    expect(malformed.body).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    expect(delegation.body).toMatchObject({ delegatorUserId: ORIGIN_HEAD, positionIds: ['P000110'] });
    expect(await client.inbox('sekretaris-daerah-p000084')).toContainEqual(
      expect.objectContaining({ transferId: id, taskId: 's1-t1', onBehalfOf: ORIGIN_HEAD }),
    );

    const [official, delegate] = await Promise.all([
      client.decide(ORIGIN_HEAD, id, 's1-t1', 'approve'),
      client.decide('sekretaris-daerah-p000084', id, 's1-t1', 'approve', undefined, { onBehalfOf: ORIGIN_HEAD }),
    ]);
    expect([official.status, delegate.status].sort()).toEqual([200, 409]);
    expect(['STALE_VERSION', 'TASK_NOT_OPEN']).toContain((official.status === 409 ? official : delegate).body.code);
    client.position = (official.status === 200 ? official : delegate).body.position;
    const task = (await client.detail(id)).stages[1].tasks[0];
    expect(task.decisions).toHaveLength(1);
    expect(task.decisions[0].onBehalfOf === ORIGIN_HEAD || task.decisions[0].actorId === ORIGIN_HEAD).toBe(true);
  });

  it('shows an employee’s objection to every later step', async () => {
    const id = await proposeBambang();
    const objection = await client.decide(`asn-${BAMBANG}`, id, 's0-t1', 'objection', 'Keluarga saya di Pesisir Timur');
    expect(objection.status).toBe(200);
    const detail = await client.detail(id, TARGET_HEAD);
    expect(detail.status).toBe('IN_APPROVAL');
    expect(detail.objection).toMatchObject({ reason: 'Keluarga saya di Pesisir Timur' });
    expect(await client.decide(TARGET_HEAD, id, 's1-t2', 'approve')).toMatchObject({ status: 200 });
    const history = await client.get('auditor', `/transfers/${id}/history`);
    const granted = history.body.events.find((e: { type: string }) => e.type === 'ApprovalGranted');
    expect(granted.data).toMatchObject({
      objectionOnRecord: true,
      workload: expect.any(Object),
      eligibility: expect.any(Array),
    });
  });

  it('ends the proposal as REJECTED on a negative technical consideration, and drops its pending move', async () => {
    const proposed = await client.propose(OPERATOR, SITI, 'P000227');
    const id: string = proposed.body.id;
    expect(await pendingMoves('pemkab-99-71', 'U000095')).toEqual({ pendingIn: 1, pendingOut: 0 });
    const atPertek = await client.walkChain(id, (task) => task.chainRole === 'bkn_regional');
    expect(atPertek.status).toBe('IN_CONSULTATION');
    expect(await client.inbox(KANREG)).toContainEqual(
      expect.objectContaining({ transferId: id, type: 'consultation' }),
    );

    await expect(client.decide(KANREG, id, 's4-t1', 'not_recommended')).resolves.toMatchObject({ status: 422 });
    const rejected = await client.decide(
      KANREG,
      id,
      's4-t1',
      'not_recommended',
      'Formasi jabatan tujuan tidak tersedia',
    );
    expect(rejected.status).toBe(200);
    const detail = await client.detail(id);
    expect(detail).toMatchObject({ status: 'REJECTED', rejected: { reason: 'Formasi jabatan tujuan tidak tersedia' } });
    expect(await client.inbox('gubernur-nusa-lestari-p000001')).not.toContainEqual(
      expect.objectContaining({ transferId: id }),
    );
    expect(await pendingMoves('pemkab-99-71', 'U000095')).toEqual({ pendingIn: 0, pendingOut: 0 });
  });

  it('restarts the chain after a return and a revision; the same officials decide again', async () => {
    const id = await proposeBambang();
    await client.decide(`asn-${BAMBANG}`, id, 's0-t1', 'consent');
    const returned = await client.decide(ORIGIN_HEAD, id, 's1-t1', 'return', 'Lampirkan analisis beban kerja');
    expect(returned.status).toBe(200);
    const detail = await client.detail(id);
    expect(detail).toMatchObject({ status: 'RETURNED', returned: { reason: 'Lampirkan analisis beban kerja' } });
    expect(await client.inbox(TARGET_HEAD)).not.toContainEqual(expect.objectContaining({ transferId: id }));

    const revised = await client.post(
      OPERATOR,
      `/transfers/${id}/revise`,
      {
        reason: 'Dengan analisis beban kerja terlampir',
        attachments: [{ type: 'anjab_abk', name: 'abk.pdf', sha256: await uploadPdf(app, OPERATOR, 'abk') }],
      },
      { 'if-match': String(detail.version) },
    );
    expect(revised.status).toBe(200);
    const restarted = await client.detail(id);
    expect(restarted).toMatchObject({
      status: 'IN_CONSULTATION',
      revision: 2,
      reason: 'Dengan analisis beban kerja terlampir',
    });
    expect(restarted.stages[0].tasks[0]).toMatchObject({ id: 's0-t1-r2', status: 'open' });
    await client.decide(`asn-${BAMBANG}`, id, 's0-t1-r2', 'consent');
    expect((await client.decide(ORIGIN_HEAD, id, 's1-t1-r2', 'approve')).status).toBe(200);
    expect((await client.walkChain(id)).status).toBe('APPROVED');
  });

  it('withdraws a proposal with a reason: it leaves every inbox and the pending moves', async () => {
    const id = await proposeBambang();
    expect((await client.post(OPERATOR, `/transfers/${id}/withdraw`, { reason: ' ' })).body.code).toBe(
      'REASON_REQUIRED',
    );
    const withdrawn = await client.post(OPERATOR, `/transfers/${id}/withdraw`, { reason: 'Pegawai mundur' });
    expect(withdrawn.status).toBe(200);
    expect((await client.detail(id)).status).toBe('WITHDRAWN');
    expect(await client.inbox(`asn-${BAMBANG}`)).not.toContainEqual(expect.objectContaining({ transferId: id }));
    await app.api.get(ReadModelFreshness).waitFor(PENDING_MOVES_PROJECTION, client.position);
    const pending = await pool.query('SELECT 1 FROM transfer_pending_moves WHERE transfer_id = $1', [id]);
    expect(pending.rowCount).toBe(0);
  });

  describe('Idempotency-Key', () => {
    it('returns the same response to a retried proposal and writes it once', async () => {
      await withdrawOpenBambang();
      const before = await eventCount();
      const send = () =>
        client.post(
          OPERATOR,
          '/transfers',
          { employeeNip: BAMBANG, targetPositionId: 'P000236', reason: 'Retry', requestedEffectiveDate: '2027-01-01' },
          { 'idempotency-key': 'propose-bambang-1' },
        );
      const first = await send();
      const retry = await send();
      expect(first.status).toBe(201);
      expect(retry.status).toBe(201);
      openBambang = first.body.id;
      expect(retry.body).toEqual(first.body);
      expect(retry.headers['idempotent-replayed']).toBe('true');
      expect(await eventCount()).toBe(before + 2);
      const concurrent = await Promise.all([0, 1, 2].map(() => send()));
      expect(concurrent.map((r) => r.body)).toEqual([first.body, first.body, first.body]);
      expect(await eventCount()).toBe(before + 2);
    });

    it('refuses the same key with another body (422 IDEMPOTENCY_KEY_REUSED)', async () => {
      const reused = await client.post(
        OPERATOR,
        '/transfers',
        { employeeNip: BAMBANG, targetPositionId: 'P000236', reason: 'Other', requestedEffectiveDate: '2027-01-01' },
        { 'idempotency-key': 'propose-bambang-1' },
      );
      expect(reused.status).toBe(422);
      expect(reused.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    });

    it('makes a retried decision safe too', async () => {
      const id = await proposeBambang();
      const before = await eventCount(`transfer-${id}`);
      const send = () =>
        client.decide(`asn-${BAMBANG}`, id, 's0-t1', 'consent', undefined, {}, { 'idempotency-key': `consent-${id}` });
      const first = await send();
      const retry = await send();
      expect(first.status).toBe(200);
      expect(retry.body).toEqual(first.body);
      expect(await eventCount(`transfer-${id}`)).toBe(before + 2);
    });
  });

  it('refuses a command on a stale version (If-Match) with 409 STALE_VERSION and writes nothing', async () => {
    const id = await proposeBambang();
    const consent = await client.decide(`asn-${BAMBANG}`, id, 's0-t1', 'consent', undefined, {}, { 'if-match': '2' });
    expect(consent.status).toBe(200);
    const before = await eventCount(`transfer-${id}`);
    const stale = await client.decide(ORIGIN_HEAD, id, 's1-t1', 'approve', undefined, {}, { 'if-match': '2' });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('STALE_VERSION');
    expect(await eventCount(`transfer-${id}`)).toBe(before);
    const current = await client.decide(
      ORIGIN_HEAD,
      id,
      's1-t1',
      'approve',
      undefined,
      {},
      {
        'if-match': `"${consent.body.version}"`,
      },
    );
    expect(current.status).toBe(200);
  });

  it('reads its own writes with ?minPosition=, and lists only what the caller may see', async () => {
    clock.advance(60_000);
    const id = await proposeBambang();
    const detail = await app
      .http()
      .get(`/transfers/${id}?minPosition=${client.position}`)
      .set('authorization', `Bearer ${await app.token(OPERATOR)}`);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({ id, version: 2 });
    expect(detail.headers.etag).toBe('"2"');

    const list = await client.get(OPERATOR, `/transfers?employeeNip=${BAMBANG}&limit=1`);
    expect(list.status).toBe(200);
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0]).toMatchObject({ id, employeeNip: BAMBANG, status: 'IN_CONSULTATION' });
    expect(list.body.nextCursor).toEqual(expect.any(String));
    const next = await client.get(
      OPERATOR,
      `/transfers?employeeNip=${BAMBANG}&limit=100&cursor=${list.body.nextCursor}`,
    );
    expect(next.body.items.map((t: { id: string }) => t.id)).not.toContain(id);

    expect((await client.get('operator-98', '/transfers')).body.items).toEqual([]);
    expect((await client.get('operator-98', `/transfers/${id}`)).status).toBe(403);
    const own = await client.get(`asn-${BAMBANG}`, '/transfers');
    expect(own.body.items.length).toBeGreaterThan(0);
    expect(own.body.items.every((t: { employeeNip: string }) => t.employeeNip === BAMBANG)).toBe(true);
    expect((await client.get(`asn-${SITI}`, `/transfers/${id}`)).status).toBe(403);
    expect((await client.get(OPERATOR, '/transfers?minPosition=abc')).status).toBe(400);
    const forged = Buffer.from(JSON.stringify(['yesterday', 'x'])).toString('base64url');
    expect((await client.get(OPERATOR, `/transfers?cursor=${forged}`)).body.code).toBe('INVALID_CURSOR');
  });

  it('filters the list by kind and by an open task past its due date', async () => {
    const id = await proposeBambang();
    const detail = await client.detail(id);
    const ids = async (query: string) =>
      (
        (await client.get(OPERATOR, `/transfers?employeeNip=${BAMBANG}&limit=100&${query}`)).body.items as {
          id: string;
        }[]
      ).map((t) => t.id);
    const otherKind = detail.kind === 'A' ? 'H' : 'A';
    expect(await ids(`kind=${detail.kind}`)).toContain(id);
    expect(await ids(`kind=${otherKind}`)).not.toContain(id);
    expect(await ids('overdue=true')).not.toContain(id);

    clock.set(new Date(Date.parse(detail.stages[0].dueAt as string) + 60_000));
    expect(await ids('overdue=true')).toContain(id);
    expect((await client.get(OPERATOR, '/transfers?kind=Z')).status).toBe(400);
    expect((await client.get(OPERATOR, '/transfers?overdue=yes')).status).toBe(400);
  });
});
