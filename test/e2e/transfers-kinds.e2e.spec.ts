import type { INestApplicationContext } from '@nestjs/common';
import { ManualClock } from '@mutasi/platform';
import {
  PENDING_MOVES_PROJECTION,
  PLACEMENT_PROJECTION,
  ProjectionHost,
  TRANSFER_LIST_PROJECTION,
} from '@mutasi/projections';
import { ExecutionScheduler } from '@mutasi/transfer-commands';
import { afterDutyDocuments, decreeDocuments } from '../support/documents';
import { startTestApp, type TestApp } from '../support/test-app';
import { scenario, TransferClient } from '../support/transfer-client';

/** One scenario per kind of transfer (scenarios.csv), from the proposal to the evaluation, over HTTP. */
describe('transfer proposals of every kind, end to end', () => {
  const clock = new ManualClock(new Date('2026-11-23T02:00:00.000Z'));
  let app: TestApp;
  let client: TransferClient;
  const executed: { id: string; operator: string }[] = [];

  beforeAll(async () => {
    app = await startTestApp('transfers_kinds', { withWorker: true, clock });
    client = new TransferClient(app);
  });
  afterAll(() => app.close());

  const cases = [
    { label: 'A within one agency (TPK 2 of 3, Bupati)', nip: '199103212013091001', operator: 'operator-99-04' },
    {
      label: 'B–D between agencies of one province (Pertek by the Kanreg, Gubernur)',
      nip: '199011082014031006',
      operator: 'operator-99-71',
    },
    { label: 'E–G between provinces (BKN Pertek, Mendagri)', nip: '198408022009032004', operator: 'operator-99-01' },
    { label: 'H central to regional (Kepala BKN)', nip: '198912012014022003', operator: 'operator-99-01' },
  ];

  it.each(cases)(
    '$label: proposed, decided by the holders found in their inboxes, executed on the effective date',
    async ({ nip, operator }) => {
      const { kind, targetPositionId } = scenario(nip);
      const before = await client.get('auditor', `/employees/${nip}/placements`);
      expect(before.status).toBe(200);

      const proposed = await client.propose(operator, nip, targetPositionId);
      expect(proposed.status).toBe(201);
      expect(proposed.body).toEqual({ id: expect.any(String), version: 2, position: expect.any(String) });
      const id: string = proposed.body.id;

      const detail = await client.detail(id);
      expect(detail).toMatchObject({
        id,
        status: 'IN_CONSULTATION',
        kind,
        employeeNip: nip,
        targetPositionId,
        policyVersion: 'v1',
      });
      expect(detail.stages[0].tasks).toEqual([
        expect.objectContaining({
          type: 'hearing',
          chainRole: 'employee',
          side: 'origin',
          status: 'open',
          decisions: [],
        }),
      ]);

      const approved = await client.walkChain(id);
      expect(approved.status).toBe('APPROVED');
      for (const stage of approved.stages) {
        expect(stage.status).toBe('completed');
        for (const task of stage.tasks) expect(task.decisions.length).toBeGreaterThanOrEqual(task.required);
      }

      const backwards = await client.post(operator, `/transfers/${id}/execute`, {
        decreeNumber: `800/${kind}/BKD/2026`,
        decreeDate: '2026-11-23',
        effectiveDate: '2026-11-22',
      });
      expect(backwards.body).toMatchObject({ status: 422, code: 'EFFECTIVE_DATE_BEFORE_DECREE' });
      const execution = await client.post(operator, `/transfers/${id}/execute`, {
        decreeNumber: `800/${kind}/BKD/2026`,
        decreeDate: '2026-11-23',
        effectiveDate: '2026-11-23',
        documents: await decreeDocuments(app, operator, kind),
      });
      expect(execution.status).toBe(200);
      expect(execution.body).toMatchObject({ id, status: 'EXECUTED', scheduledFor: null, executionRefused: null });
      expect((await client.detail(id)).status).toBe('EXECUTED');

      const placement = await client.get('auditor', `/employees/${nip}/placements`);
      expect(placement.body).toMatchObject({ positionId: targetPositionId, positionSince: '2026-11-23' });
      expect(placement.body.history).toEqual([
        expect.objectContaining({
          transferId: id,
          fromPositionId: before.body.positionId,
          toPositionId: targetPositionId,
        }),
      ]);
      executed.push({ id, operator });
    },
  );

  it('refuses an evaluation before the evaluation period, and records it after six months with the workload now', async () => {
    expect(executed).toHaveLength(cases.length);
    const early = await client.post(executed[0].operator, `/transfers/${executed[0].id}/evaluate`, {
      performanceScore: 80,
      adaptation: 'good',
    });
    expect(early.status).toBe(422);
    expect(early.body.code).toBe('EVALUATION_TOO_EARLY');

    clock.set(new Date('2027-05-24T02:00:00.000Z'));
    for (const { id, operator } of executed) {
      const evaluated = await client.post(operator, `/transfers/${id}/evaluate`, {
        performanceScore: 87.5,
        adaptation: 'good',
        notes: 'Beradaptasi dengan baik di unit baru',
        trainingCompleted: true,
        documents: await afterDutyDocuments(app, operator, id),
      });
      expect(evaluated.status).toBe(200);
      const detail = await client.detail(id);
      expect(detail.status).toBe('EVALUATED');
      expect(detail.evaluation).toMatchObject({
        performanceScore: 87.5,
        adaptation: 'good',
        workloadNow: expect.any(Object),
      });
    }
  });

  it('schedules an execution whose effective date lies ahead and runs it on that day through the queue', async () => {
    clock.set(new Date('2026-11-23T02:00:00.000Z'));
    const { targetPositionId } = scenario('198804172011032007');
    const proposed = await client.propose('operator-99-71', '198804172011032007', targetPositionId);
    expect(proposed.status).toBe(201);
    const id: string = proposed.body.id;
    expect((await client.walkChain(id)).status).toBe('APPROVED');

    const decree = await client.post('operator-99-71', `/transfers/${id}/execute`, {
      decreeNumber: '800/77/BKD/2026',
      decreeDate: '2026-11-30',
      effectiveDate: '2027-01-04',
      documents: await decreeDocuments(app, 'operator-99-71', 'scheduled'),
    });
    expect(decree.body).toMatchObject({ status: 'DECREE_ISSUED', scheduledFor: '2027-01-04' });
    expect((await client.detail(id)).status).toBe('DECREE_ISSUED');

    // The worker schedules it from the log, a moment after the decree is recorded.
    const scheduler = app.api.get(ExecutionScheduler);
    let job = await scheduler.job(id);
    for (let attempt = 0; attempt < 100 && !job; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      job = await scheduler.job(id);
    }
    expect(job?.data).toMatchObject({ transferId: id });
    expect(await job?.isDelayed()).toBe(true);

    clock.set(new Date('2027-01-04T01:00:00.000Z'));
    await job?.promote();
    let status = '';
    for (let attempt = 0; attempt < 100 && status !== 'EXECUTED'; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      status = (await client.detail(id)).status;
    }
    expect(status).toBe('EXECUTED');
    const history = await client.get('auditor', `/transfers/${id}/history`);
    expect(history.body.events.at(-1)).toMatchObject({
      type: 'TransferExecuted',
      actorId: 'system',
      actorRole: 'scheduler',
    });
  });

  it('rebuilds every transfer read model from the log to the same content', async () => {
    const pool = app.db.pool({ max: 1 });
    const snapshot = async () => ({
      summaries: (await pool.query('SELECT id, version, status, detail FROM transfer_summaries ORDER BY id')).rows,
      tasks: (await pool.query('SELECT * FROM transfer_open_tasks ORDER BY transfer_id, task_id')).rows,
      moves: (await pool.query('SELECT * FROM transfer_pending_moves ORDER BY transfer_id')).rows,
      placements: (await pool.query('SELECT * FROM placement_history ORDER BY transfer_id')).rows,
      employees: (await pool.query('SELECT nip, position_id, agency_id, position_since FROM employees ORDER BY nip'))
        .rows,
    });
    const before = await snapshot();
    expect(before.placements.length).toBe(5);
    const host = (app.worker as INestApplicationContext).get(ProjectionHost);
    const head = (await pool.query('SELECT max(position)::text AS p FROM es_events')).rows[0].p as string;
    const ours = [TRANSFER_LIST_PROJECTION, PENDING_MOVES_PROJECTION, PLACEMENT_PROJECTION];
    for (const runner of host.all.filter((r) => ours.includes(r.name))) {
      await runner.reset();
      const caughtUp = await runner.waitFor((checkpoint) => BigInt(checkpoint.position) >= BigInt(head), 20_000);
      expect(caughtUp).toBe(true);
    }
    expect(await snapshot()).toEqual(before);
  });
});
