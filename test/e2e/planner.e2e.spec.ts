import type { Response } from 'supertest';
import { foldPlan, planStreamId, type PlanEvent } from '@mutasi/planner';
import { ManualClock } from '@mutasi/platform';
import { ASPIRATIONS_PROJECTION, PLANS_PROJECTION } from '@mutasi/projections';
import { PlanProposals, PlannerStreams, PlansService, ReadModelFreshness } from '../../apps/api/src';
import { startTestApp, type TestApp } from '../support/test-app';
import { TransferClient } from '../support/transfer-client';

const BAMBANG = '199011082014031006';
const ANDI = '199709052022061003';
const OPERATOR = 'operator-99-02';
const HEAD_OF_BKPSDM = 'kepala-bkpsdm-p000089';
const INSPECTOR = 'inspektur-p000091';
const SCOPE = { kind: 'agency', id: 'pemkab-99-02' };

interface MoveView {
  moveId: string;
  employeeNip: string;
  originPositionId: string;
  targetPositionId: string;
  originUnitId: string;
  targetUnitId: string;
  wishRank: number | null;
  kind: string;
  explanation: { id: string; en: string };
  transferId: string | null;
}

/** Wishes stated, a plan previewed, drafted, approved, and its proposals in the chains' inboxes, over HTTP. */
describe('transfer planner', () => {
  const clock = new ManualClock(new Date('2026-11-23T02:00:00.000Z'));
  let app: TestApp;
  let client: TransferClient;

  beforeAll(async () => {
    app = await startTestApp('planner', { withWorker: true, clock });
    client = new TransferClient(app);
  });
  afterAll(() => app.close());

  async function put(username: string, path: string, body: object): Promise<Response> {
    const response = await app
      .http()
      .put(path)
      .set('authorization', `Bearer ${await app.token(username)}`)
      .send(body);
    if (response.status < 300 && typeof response.body?.position === 'string') client.position = response.body.position;
    return response;
  }

  function expectProblem(response: Response, status: number, code: string): void {
    expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
    expect(response.headers['content-type']).toContain('application/problem+json');
  }

  it('an employee states wishes on their own record only, for units and positions that exist', async () => {
    const own = `asn-${BAMBANG}`;
    const stated = await put(own, `/employees/${BAMBANG}/aspirations/1`, {
      positionId: 'P000114',
      reason: 'Sesuai keahlian basis data',
    });
    expect(stated.status).toBe(200);
    expect(
      (await put(own, `/employees/${BAMBANG}/aspirations/2`, { unitId: 'U000041', reason: 'Dekat rumah' })).status,
    ).toBe(200);
    expectProblem(
      await put(own, `/employees/${ANDI}/aspirations/1`, { unitId: 'U000047', reason: 'x' }),
      403,
      'NOT_OWN_RECORD',
    );
    expectProblem(
      await put(own, `/employees/${BAMBANG}/aspirations/3`, { unitId: 'U999999', reason: 'x' }),
      404,
      'UNIT_NOT_FOUND',
    );
    expectProblem(
      await put(own, `/employees/${BAMBANG}/aspirations/4`, { unitId: 'U000047', reason: 'x' }),
      400,
      'ASPIRATION_RANK_OUT_OF_RANGE',
    );
    expectProblem(
      await put(own, `/employees/${BAMBANG}/aspirations/3`, { unitId: 'U000041', positionId: 'P000114', reason: 'x' }),
      422,
      'ASPIRATION_POSITION_NOT_IN_UNIT',
    );
    const withdrawn = await app
      .http()
      .delete(`/employees/${BAMBANG}/aspirations/2`)
      .set('authorization', `Bearer ${await app.token(own)}`);
    expect(withdrawn.status).toBe(200);

    const record = await client.get(own, `/employees/${BAMBANG}/aspirations`);
    expect(record.status).toBe(200);
    expect(record.body.wishes).toEqual([
      expect.objectContaining({
        rank: 1,
        positionId: 'P000114',
        unitId: null,
        reason: 'Sesuai keahlian basis data',
        source: 'employee',
      }),
    ]);
    expectProblem(await client.get(`asn-${ANDI}`, `/employees/${BAMBANG}/aspirations`), 403, 'OUT_OF_SCOPE');
    expect((await client.get(OPERATOR, `/employees/${BAMBANG}/aspirations`)).status).toBe(200);
  });

  it("an operator imports wishes of their agency's employees; a row outside it rejects the file", async () => {
    const csv = (rows: string[]) => ['nip,rank,unitId,positionId,reason', ...rows].join('\n');
    const post = async (username: string, body: string, query = '') =>
      app
        .http()
        .post(`/imports/aspirations${query}`)
        .set('authorization', `Bearer ${await app.token(username)}`)
        .set('content-type', 'text/csv')
        .send(body);
    const outside = await post(
      OPERATOR,
      csv([`${ANDI},1,U000047,,Rotasi`, '198804172011032007,1,U000041,,Ikut suami']),
    );
    expectProblem(outside, 422, 'IMPORT_REJECTED');
    expect(outside.body.rejected).toEqual([expect.objectContaining({ line: 3, code: 'OUT_OF_SCOPE' })]);
    expect((await client.get(OPERATOR, `/employees/${ANDI}/aspirations`)).body.wishes).toEqual([]);

    const imported = await post(OPERATOR, csv([`${ANDI},1,U000047,,Rotasi`]));
    expect(imported.status).toBe(200);
    client.position = imported.body.position;
    expect(imported.body).toMatchObject({ imported: 1, changed: 1, rejected: [] });
    expect((await post(OPERATOR, csv([`${ANDI},1,U000047,,Rotasi`]))).body).toMatchObject({ imported: 1, changed: 0 });
    expectProblem(await post(OPERATOR, 'nip,rank\n1,2'), 400, 'CSV_HEADER_INVALID');
  });

  let planId = '';
  let moves: MoveView[] = [];

  it('previews a plan that grants the stated wish, and refuses bad scopes and parameters', async () => {
    await app.api.get(ReadModelFreshness).waitFor(ASPIRATIONS_PROJECTION, client.position);
    const preview = await client.post(OPERATOR, '/plans/preview?limit=1000', { scope: SCOPE });
    expect(preview.status).toBe(200);
    expect(preview.body.solver.name).toContain('HiGHS');
    expect(preview.body.inputHash).toMatch(/^[0-9a-f]{64}$/);
    expect(preview.body.totals.sumAbsGapAfter).toBeLessThan(preview.body.totals.sumAbsGapBefore);
    expect(Object.keys(preview.body.timings)).toEqual(['loading', 'building', 'solving', 'choosing']);
    const bambang = (preview.body.moves.items as MoveView[]).find((m) => m.employeeNip === BAMBANG);
    expect(bambang).toMatchObject({ targetPositionId: 'P000114', wishRank: 1 });
    expect(bambang?.explanation.en).toContain('granted wish #1');
    expect(bambang?.explanation.id).toContain('keinginan #1 terpenuhi');

    const again = await client.post(OPERATOR, '/plans/preview?limit=1000', { scope: SCOPE });
    expect(again.body.moves).toEqual(preview.body.moves);
    expect(again.body.inputHash).toBe(preview.body.inputHash);

    expectProblem(
      await client.post(OPERATOR, '/plans/preview', { scope: { kind: 'agency', id: 'pemkab-99-71' } }),
      403,
      'OUT_OF_SCOPE',
    );
    expectProblem(
      await client.post(OPERATOR, '/plans/preview', { scope: { kind: 'province', id: '99' } }),
      403,
      'OUT_OF_SCOPE',
    );
    expectProblem(
      await client.post(OPERATOR, '/plans/preview', { scope: { kind: 'agency', id: 'nowhere' } }),
      404,
      'SCOPE_NOT_FOUND',
    );
    expectProblem(
      await client.post(OPERATOR, '/plans/preview', { scope: SCOPE, parameters: { wishWeight: 5 } }),
      400,
      'PLAN_PARAMETER_OUT_OF_RANGE',
    );
    expectProblem(
      await client.post(OPERATOR, '/plans/preview', {
        scope: SCOPE,
        parameters: { requestedEffectiveDate: '2020-01-01' },
      }),
      400,
      'PLAN_PARAMETER_OUT_OF_RANGE',
    );
    expectProblem(
      await client.post(OPERATOR, '/plans/preview', { scope: { kind: 'planet', id: 'x' } }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(await client.post(OPERATOR, '/plans', {}), 400, 'VALIDATION_FAILED');
  });

  it('drafts the plan as its own stream and shows its moves page by page, by unit', async () => {
    const drafted = await client.post(OPERATOR, '/plans', { scope: SCOPE });
    expect(drafted.status).toBe(201);
    planId = drafted.body.id;
    const plan = await client.get(OPERATOR, `/plans/${planId}?limit=1000`);
    expect(plan.status).toBe(200);
    expect(plan.body).toMatchObject({
      id: planId,
      status: 'DRAFTED',
      draftedBy: OPERATOR,
      scope: { kind: 'agency', agencyIds: ['pemkab-99-02'] },
    });
    moves = plan.body.moves.items;
    expect(moves.length).toBe(plan.body.moveCount);
    expect(moves.length).toBeGreaterThan(2);

    const first = await client.get(OPERATOR, `/plans/${planId}?limit=2`);
    expect(first.body.moves.items).toEqual(moves.slice(0, 2));
    const second = await client.get(OPERATOR, `/plans/${planId}?limit=2&cursor=${first.body.moves.nextCursor}`);
    expect(second.body.moves.items).toEqual(moves.slice(2, 4));
    const unitId = moves[0].originUnitId;
    const byUnit = await client.get(OPERATOR, `/plans/${planId}?unitId=${unitId}`);
    expect(byUnit.body.moves.items).toEqual(
      moves.filter((m) => m.originUnitId === unitId || m.targetUnitId === unitId),
    );
    expectProblem(await client.get('operator-99-71', `/plans/${planId}`), 403, 'OUT_OF_SCOPE');
    expectProblem(await client.get(OPERATOR, '/plans/not-a-uuid'), 400, 'INVALID_PLAN_ID');
  });

  it("lists plans newest first, page by page, only those meeting the caller's agencies", async () => {
    clock.advance(60_000);
    const later = await client.post(OPERATOR, '/plans', { scope: SCOPE });
    expect(later.status).toBe(201);
    // The client asks for its last write (the later draft) to be in the read model.
    const listed = await client.get(OPERATOR, '/plans');
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((p: { id: string }) => p.id)).toEqual([later.body.id, planId]);
    expect(listed.body.items[1]).toMatchObject({
      id: planId,
      status: 'DRAFTED',
      moveCount: moves.length,
      draftedBy: OPERATOR,
      scope: { kind: 'agency', id: 'pemkab-99-02', agencyIds: ['pemkab-99-02'] },
      decision: null,
      proposals: null,
    });
    const first = await client.get(OPERATOR, '/plans?limit=1');
    expect(first.body.items.map((p: { id: string }) => p.id)).toEqual([later.body.id]);
    const second = await client.get(OPERATOR, `/plans?limit=1&cursor=${first.body.nextCursor}`);
    expect(second.body).toMatchObject({ items: [{ id: planId }], nextCursor: null });
    expect((await client.get('operator-99-71', '/plans')).body.items).toEqual([]);
    expect((await client.get(OPERATOR, '/plans?status=APPROVED')).body.items).toEqual([]);
    expectProblem(await client.get(OPERATOR, '/plans?cursor=nonsense'), 400, 'INVALID_CURSOR');
    expectProblem(await client.get(OPERATOR, '/plans?status=LOST'), 400, 'VALIDATION_FAILED');
  });

  it('is decided only by the head of BKPSDM or the PPK of its scope', async () => {
    expectProblem(await client.post(INSPECTOR, `/plans/${planId}/approve`, {}), 403, 'PLAN_APPROVER_REQUIRED');
    expect((await client.post(OPERATOR, `/plans/${planId}/approve`, {})).status).toBe(403);
    expectProblem(
      await client.post(HEAD_OF_BKPSDM, `/plans/${planId}/reject`, { reason: ' ' }),
      422,
      'REASON_REQUIRED',
    );
  });

  it('approval makes one proposal per move, once, visible in the inboxes', async () => {
    const approved = await client.post(HEAD_OF_BKPSDM, `/plans/${planId}/approve`, {});
    expect(approved.status).toBe(200);
    const created = approved.body.proposals.created as { moveId: string; transferId: string }[];
    expect(created.length + approved.body.proposals.notProposed.length).toBe(moves.length);
    expect(created.length).toBeGreaterThan(0);

    const twice = await client.post(HEAD_OF_BKPSDM, `/plans/${planId}/approve`, {});
    expect(twice.status).toBe(200);
    expect(twice.body.proposals.created).toEqual(created);
    const history = await client.get('auditor', `/plans/${planId}/history`);
    expect(history.body.events.map((e: { type: string }) => e.type)).toEqual([
      'PlanDrafted',
      'PlanMovesRecorded',
      'PlanApproved',
      'PlanProposalsCreated',
    ]);
    expect(history.body.events[2]).toMatchObject({ actorId: HEAD_OF_BKPSDM, actorRole: 'personnel_head' });
    expect(history.body.events[0].hash).toMatch(/^[0-9a-f]{64}$/);

    const bambang = created.find((c) => c.moveId === BAMBANG);
    expect(bambang).toBeDefined();
    const detail = await client.detail(bambang!.transferId);
    expect(detail).toMatchObject({ employeeNip: BAMBANG, targetPositionId: 'P000114', status: 'IN_CONSULTATION' });
    const audit = await client.get('auditor', `/transfers/${bambang!.transferId}/history`);
    expect(audit.body.events[0]).toMatchObject({
      actorId: OPERATOR,
      correlationId: planId,
      data: { plan: { planId, moveId: BAMBANG } },
    });
    const inbox = await client.inbox(`asn-${BAMBANG}`);
    expect(inbox).toEqual([expect.objectContaining({ transferId: bambang!.transferId, type: 'hearing' })]);

    const plan = await client.get(OPERATOR, `/plans/${planId}?limit=1000`);
    expect(plan.body.status).toBe('APPROVED');
    expect((plan.body.moves.items as MoveView[]).find((m) => m.employeeNip === BAMBANG)?.transferId).toBe(
      bambang!.transferId,
    );
    expectProblem(
      await client.post(HEAD_OF_BKPSDM, `/plans/${planId}/reject`, { reason: 'terlambat' }),
      409,
      'PLAN_ALREADY_DECIDED',
    );
  });

  it('after an interruption between the approval and the last proposal, the start resumes it and approving again changes nothing: each proposal once', async () => {
    const drafted = await client.post(OPERATOR, '/plans', { scope: SCOPE });
    const id = drafted.body.id as string;
    const streams = app.api.get(PlannerStreams);
    const before = foldPlan(await streams.read<PlanEvent>(planStreamId(id)));
    // The process died after recording the approval and making two of the proposals.
    const approval: PlanEvent = {
      type: 'PlanApproved',
      data: {
        planId: id,
        approvedBy: HEAD_OF_BKPSDM,
        chainRole: 'personnel_head',
        positionId: 'P000089',
        approvedAt: '2026-11-23T02:00:00.000Z',
      },
    };
    const meta = {
      actorId: HEAD_OF_BKPSDM,
      actorRole: 'personnel_head',
      onBehalfOf: null,
      correlationId: 'crash',
      causationId: null,
    };
    const appended = await streams.append(planStreamId(id), [approval], before.version, meta);
    const approved = foldPlan(await streams.read<PlanEvent>(planStreamId(id)));
    const partial = await app.api
      .get(PlanProposals)
      .create({ ...approved, moves: approved.moves.slice(0, 2) }, 'crash');
    expect(partial.created).toHaveLength(2);

    await app.api.get(ReadModelFreshness).waitFor(PLANS_PROJECTION, appended.position);
    const plans = app.api.get(PlansService);
    expect(await plans.resumeInterruptedApprovals()).toEqual([id]);
    const recorded = foldPlan(await streams.read<PlanEvent>(planStreamId(id)));
    expect(recorded.proposals?.created.map((c) => c.moveId)).toEqual(approved.moves.map((m) => m.moveId));
    expect(await plans.resumeInterruptedApprovals()).toEqual([]);

    const again = await client.post(HEAD_OF_BKPSDM, `/plans/${id}/approve`, {});
    expect(again.status).toBe(200);
    expect(again.body.proposals.created.map((c: { moveId: string }) => c.moveId)).toEqual(
      approved.moves.map((m) => m.moveId),
    );
    const pool = app.db.pool({ max: 1 });
    try {
      const { rows } = await pool.query<{ stream_id: string; n: number }>(
        `SELECT stream_id, count(*)::int AS n FROM es_events
          WHERE type = 'TransferProposed' AND data->'plan'->>'planId' = $1 GROUP BY stream_id`,
        [id],
      );
      expect(rows).toHaveLength(approved.moves.length);
      expect(rows.every((r) => r.n === 1)).toBe(true);
    } finally {
      await pool.end();
    }
  });
});
