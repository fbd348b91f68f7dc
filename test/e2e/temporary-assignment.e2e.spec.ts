import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadNotificationsConfig } from '@mutasi/notifications';
import { ManualClock } from '@mutasi/platform';
import { ExecutionScheduler, ReturnScheduler } from '@mutasi/transfer-commands';
import { WorkerModule } from '../../apps/worker/src';
import { decreeDocuments } from '../support/documents';
import { eventually } from '../support/eventually';
import { startTestApp, type TestApp } from '../support/test-app';
import { scenario, TransferClient } from '../support/transfer-client';

const BAMBANG = '199011082014031006';
const HOME = 'P000113';
const HOST = 'P000236';
const OPERATOR = 'operator-99-71';

/**
 * Bambang lent from Disdukcapil Pesisir Timur (pemkab-99-02) to Kota Lestari (pemkab-99-71) over
 * HTTP on the demo data: proposed as a temporary assignment, approved through the chain of its
 * kind, executed on its effective date, extended in time, returned automatically on the (new) end
 * date by the worker, once, across a worker restart.
 */
describe('temporary assignment with automatic return, end to end', () => {
  const clock = new ManualClock(new Date('2026-11-23T02:00:00.000Z'));
  let app: TestApp;
  let client: TransferClient;
  let id: string;
  /** The worker started in place of the first one (TestApp.close closes only the first). */
  let restarted: INestApplicationContext | null = null;

  beforeAll(async () => {
    app = await startTestApp('temporary_assignment', { withWorker: true, clock });
    client = new TransferClient(app);
  });
  afterAll(async () => {
    await restarted?.close();
    await app.close();
  });

  const eventCount = async () =>
    Number((await app.db.pool({ max: 1 }).query('SELECT count(*)::int AS n FROM es_events')).rows[0].n);
  const placement = async () => (await client.get('auditor', `/employees/${BAMBANG}/placements`)).body;
  /** Staff in post in a position, as the workload figures count them. */
  const staffOf = async (positionId: string, agencyId: string) => {
    const response = await app
      .http()
      .get(`/workload/positions?agencyId=${agencyId}`)
      .set('authorization', `Bearer ${await app.token('auditor')}`);
    expect(response.status).toBe(200);
    return (response.body as { positionId: string; actual: number }[]).find((p) => p.positionId === positionId)?.actual;
  };
  const assignment = async () =>
    ((await client.detail(id)) as unknown as { temporary: { phase: string } & Record<string, unknown> }).temporary;
  const returnedEvents = async () =>
    ((await client.get('auditor', `/transfers/${id}/history`)).body.events as { type: string }[]).filter(
      (event) => event.type === 'AssignmentReturned',
    );

  it('refuses an end date on or before the effective date, or too far, writing nothing', async () => {
    const before = await eventCount();
    const onTheDay = await client.propose(OPERATOR, BAMBANG, HOST, { temporary: { endDate: '2027-01-01' } });
    expect(onTheDay.status).toBe(400);
    expect(onTheDay.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(onTheDay.body.code).toBe('ASSIGNMENT_END_DATE_INVALID');
    const tooLong = await client.propose(OPERATOR, BAMBANG, HOST, { temporary: { endDate: '2028-06-01' } });
    expect(tooLong.status).toBe(422);
    expect(tooLong.body.code).toBe('ASSIGNMENT_TOO_LONG');
    expect(await eventCount()).toBe(before);
  });

  it('proposes a temporary assignment that goes through the chain of its kind and shows its end date', async () => {
    const proposed = await client.propose(OPERATOR, BAMBANG, HOST, { temporary: { endDate: '2027-04-01' } });
    expect(proposed.status).toBe(201);
    id = proposed.body.id;
    const detail = await client.detail(id);
    expect(detail).toMatchObject({
      kind: 'B',
      temporary: { phase: 'planned', endDate: '2027-04-01', homePositionId: HOME, extensions: [] },
    });
    const list = await client.get('auditor', `/transfers?employeeNip=${BAMBANG}`);
    expect(list.body.items).toEqual([expect.objectContaining({ id, temporaryEndDate: '2027-04-01' })]);
    expect((await client.walkChain(id)).status).toBe('APPROVED');
  });

  it('refuses a return, an extension or a conversion of a transfer that is not temporary', async () => {
    const siti = '198804172011032007';
    const plain = await client.propose('operator-99-71', siti, scenario(siti).targetPositionId);
    expect(plain.status).toBe(201);
    const decree = { reason: 'Perlu', decreeNumber: '800/9/2027', decreeDate: '2026-11-23' };
    const before = await eventCount();
    for (const [path, body] of [
      ['extend', { ...decree, endDate: '2027-06-01' }],
      ['convert', decree],
      ['return', {}],
    ] as const) {
      const refused = await client.post(OPERATOR, `/transfers/${plain.body.id}/assignment/${path}`, body);
      expect(refused.status).toBe(422);
      expect(refused.body.code).toBe('ASSIGNMENT_NOT_TEMPORARY');
    }
    expect(await eventCount()).toBe(before);
  });

  it('executes on the effective date: the host unit counts the employee, the home unit no longer', async () => {
    const homeBefore = await staffOf(HOME, 'pemkab-99-02');
    const hostBefore = await staffOf(HOST, 'pemkab-99-71');
    const decree = await client.post(OPERATOR, `/transfers/${id}/execute`, {
      decreeNumber: '800/55/BKD/2026',
      decreeDate: '2026-12-01',
      effectiveDate: '2027-01-04',
      documents: await decreeDocuments(app, OPERATOR, 'temporary'),
    });
    expect(decree.body).toMatchObject({ status: 'DECREE_ISSUED', scheduledFor: '2027-01-04' });
    const execution = await eventually(
      () => app.api.get(ExecutionScheduler).job(id),
      (job) => job !== undefined,
    );
    clock.set(new Date('2027-01-04T01:00:00.000Z'));
    await execution?.promote();
    const moved = await eventually(placement, (body) => body.positionId === HOST);
    expect(moved).toMatchObject({ positionId: HOST, agencyId: 'pemkab-99-71' });
    expect(await staffOf(HOST, 'pemkab-99-71')).toBe((hostBefore ?? 0) + 1);
    expect(await staffOf(HOME, 'pemkab-99-02')).toBe((homeBefore ?? 0) - 1);
    expect(await assignment()).toMatchObject({ phase: 'away', homePositionId: HOME });
  });

  it('schedules the return from the log and tells the employee and both operators two weeks before', async () => {
    const job = await eventually(
      () => app.api.get(ReturnScheduler).job(id, '2027-04-01'),
      (found) => found !== undefined,
    );
    expect(await job?.isDelayed()).toBe(true);
    const rows = await eventually(
      async () =>
        (
          await app.db.pool({ max: 1 }).query(
            `SELECT recipient_username, send_at, condition FROM notifications
                WHERE transfer_id = $1 AND template = 'assignment-ending' ORDER BY recipient_username`,
            [id],
          )
        ).rows,
      (found) => found.length >= 3,
    );
    expect(rows.map((row) => row.recipient_username)).toEqual(
      expect.arrayContaining([`asn-${BAMBANG}`, 'operator-99-02', 'operator-99-71']),
    );
    for (const row of rows) {
      expect(row.send_at.toISOString()).toBe('2027-03-18T01:00:00.000Z');
      expect(row.condition).toEqual({ kind: 'assignment-ending', endDate: '2027-04-01' });
    }
  });

  it('extends in time: the return of the old end date fires and does nothing, a new one is scheduled', async () => {
    clock.set(new Date('2027-03-20T02:00:00.000Z'));
    const extended = await client.post(OPERATOR, `/transfers/${id}/assignment/extend`, {
      endDate: '2027-05-03',
      reason: 'Vaksinasi diperpanjang',
      decreeNumber: '800/77/BKD/2027',
      decreeDate: '2027-03-19',
    });
    expect(extended.status).toBe(200);
    const scheduler = app.api.get(ReturnScheduler);
    await eventually(
      () => scheduler.job(id, '2027-05-03'),
      (job) => job !== undefined,
    );

    clock.set(new Date('2027-04-01T01:00:00.000Z'));
    await (await scheduler.job(id, '2027-04-01'))?.promote();
    await eventually(
      () => scheduler.job(id, '2027-04-01'),
      (job) => job === undefined,
    );
    expect(await assignment()).toMatchObject({ phase: 'away', endDate: '2027-05-03' });
    expect((await placement()).positionId).toBe(HOST);
  });

  it('refuses an extension after the end date, writing nothing', async () => {
    clock.set(new Date('2027-05-03T00:30:00.000Z'));
    const version = (await client.detail(id)).version;
    const late = await client.post(OPERATOR, `/transfers/${id}/assignment/extend`, {
      endDate: '2027-06-01',
      reason: 'Terlambat',
      decreeNumber: '800/78/BKD/2027',
      decreeDate: '2027-05-03',
    });
    expect(late.status).toBe(422);
    expect(late.body.code).toBe('ASSIGNMENT_DECISION_TOO_LATE');
    expect((await client.detail(id)).version).toBe(version);
  });

  it('returns the employee on the end date through a restarted worker, once', async () => {
    await app.worker?.close();
    restarted = await NestFactory.createApplicationContext(
      WorkerModule.forRoot(app.config, clock, loadNotificationsConfig(app.env)),
      { logger: false },
    );
    await restarted.init();

    const scheduler = app.api.get(ReturnScheduler);
    await (await scheduler.job(id, '2027-05-03'))?.promote();
    const back = await eventually(placement, (body) => body.positionId === HOME);
    expect(back).toMatchObject({ positionId: HOME, agencyId: 'pemkab-99-02' });
    expect(back.history).toEqual([
      expect.objectContaining({ transferId: id, movement: 'transfer', fromPositionId: HOME, toPositionId: HOST }),
      expect.objectContaining({ transferId: id, movement: 'return', fromPositionId: HOST, toPositionId: HOME }),
    ]);
    const returned = await eventually(assignment, (found) => found.phase === 'returned');
    expect(returned).toMatchObject({ phase: 'returned', returned: { effectiveDate: '2027-05-03' } });

    // Delivered again (a retried job, an operator's click): nothing more is recorded.
    await scheduler.schedule(id, '2027-05-03', 'again');
    await eventually(
      () => scheduler.job(id, '2027-05-03'),
      (job) => job === undefined,
    );
    const again = await client.post(OPERATOR, `/transfers/${id}/assignment/return`, {});
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('ASSIGNMENT_ALREADY_ENDED');
    expect(await returnedEvents()).toHaveLength(1);
  });
});
