import { ManualClock } from '@mutasi/platform';
import { afterDutyDocuments, decreeDocuments } from '../support/documents';
import { eventually } from '../support/eventually';
import { startTestApp, type TestApp } from '../support/test-app';
import { scenario, TransferClient } from '../support/transfer-client';

const AHMAD = '199103212013091001';
const BAMBANG = '199011082014031006';
const REASON = 'Kebutuhan organisasi sesuai analisis beban kerja';

interface UnitWorkload {
  unitId: string;
  actual: number;
  efficiency: number | null;
  band: string | null;
}
interface Workload {
  origin: UnitWorkload | null;
  target: UnitWorkload | null;
}

/**
 * The evaluation loop over HTTP on the demo data: the proposal records both units' forecast EJ and
 * the training needs, the evaluation the rating, the training and the measured workload, and the
 * two reports compare forecast with outcome and list the open training needs.
 */
describe('evaluation against the forecast, and training needs, end to end', () => {
  const clock = new ManualClock(new Date('2026-11-23T02:00:00.000Z'));
  let app: TestApp;
  let client: TransferClient;
  const moves = [
    { nip: AHMAD, operator: 'operator-99-04', id: '' },
    { nip: BAMBANG, operator: 'operator-99-71', id: '' },
  ];
  const [ahmad, bambang] = moves;

  beforeAll(async () => {
    app = await startTestApp('evaluation_loop', { withWorker: true, clock });
    client = new TransferClient(app);
  });
  afterAll(() => app.close());

  const read = async (username: string, path: string) =>
    app
      .http()
      .get(path)
      .set('authorization', `Bearer ${await app.token(username)}`);

  it('records the training needs and the forecast of both units at the proposal, for the approvers to see', async () => {
    for (const move of moves) {
      const proposed = await client.propose(move.operator, move.nip, scenario(move.nip).targetPositionId);
      expect(proposed.status).toBe(201);
      move.id = proposed.body.id;
    }
    const ahmadDetail = await client.detail(ahmad.id);
    expect(ahmadDetail.trainingNeeds).toEqual([
      {
        code: 'TRAINING_FUNCTIONAL_FAMILY',
        message: expect.stringContaining('Analis Kebijakan Ahli Muda'),
        details: expect.objectContaining({ targetFamily: 'analis kebijakan' }),
      },
    ]);
    const bambangDetail = await client.detail(bambang.id);
    expect(bambangDetail.trainingNeeds).toEqual([]);
    const before = bambangDetail.workload as Workload;
    const forecast = bambangDetail.workloadForecast as Workload;
    expect(forecast.origin).toMatchObject({ unitId: before.origin?.unitId, actual: (before.origin?.actual ?? 0) - 1 });
    expect(forecast.target).toMatchObject({ unitId: before.target?.unitId, actual: (before.target?.actual ?? 0) + 1 });
    expect(forecast.target?.efficiency).toBeLessThan(before.target?.efficiency ?? 0);
  });

  it('lists the training needs of an executed move as open for the agency it moved into', async () => {
    for (const move of moves) {
      expect((await client.walkChain(move.id)).status).toBe('APPROVED');
      const executed = await client.post(move.operator, `/transfers/${move.id}/execute`, {
        decreeNumber: `800/${move.nip}/BKD/2026`,
        decreeDate: '2026-11-23',
        effectiveDate: '2026-11-23',
        documents: await decreeDocuments(app, move.operator, move.nip),
      });
      expect(executed.body).toMatchObject({ status: 'EXECUTED' });
    }
    const open = await eventually(
      () => read('operator-99-04', '/training-needs?agencyId=pemkab-99-04'),
      (response) => response.body?.items?.length === 1,
    );
    expect(open.status).toBe(200);
    expect(open.body.items).toEqual([
      expect.objectContaining({
        transferId: ahmad.id,
        employeeNip: AHMAD,
        agencyId: 'pemkab-99-04',
        targetPositionId: 'P000170',
        effectiveDate: '2026-11-23',
        status: 'open',
        evaluatedAt: null,
        needs: [expect.objectContaining({ code: 'TRAINING_FUNCTIONAL_FAMILY' })],
      }),
    ]);
    expect((await read('auditor', '/training-needs?agencyId=pemkab-99-71')).body.items).toEqual([]);
  });

  it('refuses an evaluation before its period, and one that does not say whether the training happened, writing nothing', async () => {
    const early = await client.post(ahmad.operator, `/transfers/${ahmad.id}/evaluate`, {
      performanceScore: 80,
      adaptation: 'good',
      trainingCompleted: true,
    });
    expect(early.status).toBe(422);
    expect(early.body.code).toBe('EVALUATION_TOO_EARLY');

    clock.set(new Date('2027-05-24T02:00:00.000Z'));
    const version = (await client.detail(ahmad.id)).version;
    const documents = await afterDutyDocuments(app, ahmad.operator, ahmad.id);
    const silent = await client.post(ahmad.operator, `/transfers/${ahmad.id}/evaluate`, {
      performanceScore: 80,
      adaptation: 'good',
      documents,
    });
    expect(silent.status).toBe(422);
    expect(silent.headers['content-type']).toContain('application/problem+json');
    expect(silent.body.code).toBe('TRAINING_COMPLETION_REQUIRED');
    const badRating = await client.post(ahmad.operator, `/transfers/${ahmad.id}/evaluate`, {
      performanceScore: 80,
      performanceRating: 'luar_biasa',
      adaptation: 'good',
      trainingCompleted: true,
      documents,
    });
    expect(badRating.status).toBe(400);
    const unchanged = await client.detail(ahmad.id);
    expect({ version: unchanged.version, status: unchanged.status }).toEqual({ version, status: 'EXECUTED' });
  });

  it('records the rating in the new post, the training and the workload measured, then compares forecast with outcome', async () => {
    const evaluations = [
      { move: ahmad, body: { performanceScore: 80, performanceRating: 'baik', trainingCompleted: true } },
      { move: bambang, body: { performanceScore: 90, performanceRating: 'sangat_baik' } },
    ];
    for (const { move, body } of evaluations) {
      const evaluated = await client.post(move.operator, `/transfers/${move.id}/evaluate`, {
        ...body,
        adaptation: 'good',
        documents: await afterDutyDocuments(app, move.operator, move.id),
      });
      expect(evaluated.status).toBe(200);
    }
    const detail = await client.detail(ahmad.id);
    expect(detail.evaluation).toMatchObject({
      performanceScore: 80,
      performanceRating: 'baik',
      trainingCompleted: true,
      workloadNow: expect.any(Object),
    });
    expect((await client.detail(bambang.id)).evaluation).toMatchObject({
      performanceRating: 'sangat_baik',
      trainingCompleted: null,
    });

    const summary = await eventually(
      () => read('operator-99-71', '/evaluations/summary?agencyId=pemkab-99-71&from=2027-05-24&to=2027-05-24'),
      (response) => response.body?.items?.length === 1,
    );
    expect(summary.status).toBe(200);
    expect(summary.body).toMatchObject({ from: '2027-05-24', to: '2027-05-24' });
    const [row] = summary.body.items;
    expect(row).toMatchObject({
      agencyId: 'pemkab-99-71',
      reason: REASON,
      evaluated: 1,
      averagePerformanceScore: 90,
      withTrainingNeeds: 0,
      trainingCompleted: 0,
    });
    // Bambang's move was forecast to bring the overloaded target unit nearer to band C, and nothing
    // else moved meanwhile: the outcome measured is the forecast.
    expect(row).toMatchObject({ promised: 1, kept: 1, keptShare: 1 });
    expect(row.unitsEndedInBandC).toBe(row.unitsForecastInBandC);
    const all = await read('auditor', '/evaluations/summary');
    expect(all.body.items.map((row: { agencyId: string }) => row.agencyId)).toEqual([
      'pemkab-99-02',
      'pemkab-99-04',
      'pemkab-99-71',
    ]);
    expect(all.body.items[1]).toMatchObject({ evaluated: 1, withTrainingNeeds: 1, trainingCompleted: 1 });

    const done = await eventually(
      () => read('operator-99-04', '/training-needs?agencyId=pemkab-99-04&status=completed'),
      (response) => response.body?.items?.length === 1,
    );
    expect(done.body.items[0]).toMatchObject({ transferId: ahmad.id, status: 'completed' });
    expect((await read('operator-99-04', '/training-needs?agencyId=pemkab-99-04')).body.items).toEqual([]);
  });

  it.each([
    ['/evaluations/summary?from=2027-13-01', 400, 'INVALID_DATE'],
    ['/evaluations/summary?from=yesterday', 400, 'INVALID_DATE'],
    ['/evaluations/summary?from=2027-06-01&to=2027-05-01', 400, 'INVALID_DATE_RANGE'],
    ['/evaluations/summary?agencyId=pemkab-99-04', 403, 'OUT_OF_SCOPE'],
    ['/training-needs?status=closed', 400, 'VALIDATION_FAILED'],
    ['/training-needs?agencyId=pemkab-99-04', 403, 'OUT_OF_SCOPE'],
  ])('answers %s with %i %s as problem+json', async (path, status, code) => {
    const response = await read('operator-99-71', path);
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body.code).toBe(code);
  });
});
