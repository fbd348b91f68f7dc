import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { PgTransactor, PostgresEventStore, type JsonObject } from '@mutasi/event-store';
import { transferStreamId, type TransferEvent, type WorkloadSnapshot } from '@mutasi/transfers';
import {
  APPROVE_KIND_B_CHAIN,
  consent,
  demoPlacement,
  evaluate,
  execute,
  history,
  issueDecree,
  propose,
} from '@mutasi/transfers/testing';
import { newEvent } from '../../../../test/support/events';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database';
import { readModelSchema } from '../schema';
import { EvaluationsProjection } from './evaluations.projection';
import { evaluationSummary, trainingNeedsOfExecutedMoves } from './evaluations.queries';

const KEPT = '00000000-0000-4000-8000-0000000000a1';
const TRAINED = '00000000-0000-4000-8000-0000000000a2';
const NOT_EVALUATED = '00000000-0000-4000-8000-0000000000a3';

const workload = (origin: [number, string], target: [number, string]): WorkloadSnapshot => ({
  origin: { unitId: 'U000047', required: 3, actual: 5, efficiency: origin[0], band: origin[1] },
  target: { unitId: 'U000098', required: 5, actual: 3, efficiency: target[0], band: target[1] },
});
const before = workload([0.56, 'D'], [1.52, 'A']);
const forecast = workload([0.69, 'D'], [1.14, 'A']);
const outcome = workload([0.72, 'C'], [1.2, 'A']);
const target = demoPlacement('P000236');
const gapTarget = { ...target, position: { ...target.position, minRank: 'III/d' } };

describe('evaluations read model', () => {
  let db: TestDatabase;
  let pool: Pool;
  let store: PostgresEventStore;

  beforeAll(async () => {
    db = await createTestDatabase('evaluations');
    pool = db.pool({ max: 4 });
    store = new PostgresEventStore(pool);
    await store.migrate();
    const schema = new DataSource({ type: 'postgres', url: db.url, migrations: readModelSchema.migrations });
    await schema.initialize();
    await schema.runMigrations();
    await schema.destroy();
  });
  afterAll(async () => {
    await pool.end();
    await db.drop();
  });

  async function project(transferId: string, events: TransferEvent[]): Promise<void> {
    const toStore = events.map((event) => newEvent(event.type, JSON.parse(JSON.stringify(event.data)) as JsonObject));
    await store.append(transferStreamId(transferId), toStore, { expectedVersion: 'no_stream' });
    const recorded = await store.readStream(transferStreamId(transferId));
    const projection = new EvaluationsProjection();
    await new PgTransactor(pool).transaction((tx) => projection.handle(recorded, tx));
  }

  const executed = (transferId: string, overrides: Parameters<typeof propose>[0]) => [
    propose({ transferId, ...overrides }),
    consent(),
    ...APPROVE_KIND_B_CHAIN,
    issueDecree(),
    execute(),
  ];

  beforeAll(async () => {
    await project(
      KEPT,
      history(
        ...executed(KEPT, { workload: before, workloadForecast: forecast }),
        evaluate({ workload: outcome, performanceScore: 90 }),
      ),
    );
    await project(
      TRAINED,
      history(
        ...executed(TRAINED, { target: gapTarget }),
        evaluate({ performanceScore: 70, trainingCompleted: false }),
      ),
    );
    await project(NOT_EVALUATED, history(...executed(NOT_EVALUATED, { target: gapTarget })));
  });

  it('given evaluated moves, when summarised per agency and reason, then forecast and outcome side by side', async () => {
    const rows = await evaluationSummary(pool, { agencyIds: null, from: null, to: null });
    const reason = 'Kebutuhan organisasi sesuai analisis beban kerja';
    expect(rows).toEqual([
      {
        agencyId: 'pemkab-99-02',
        reason,
        evaluated: 2,
        unitsForecastInBandC: 0,
        unitsEndedInBandC: 1,
        promised: 1,
        kept: 1,
        keptShare: 1,
        averagePerformanceScore: 80,
        withTrainingNeeds: 1,
        trainingCompleted: 0,
      },
      expect.objectContaining({ agencyId: 'pemkab-99-71', evaluated: 2, unitsEndedInBandC: 0, promised: 1, kept: 1 }),
    ]);
  });

  it('given an agency and a period, then only its rows of evaluations in the period', async () => {
    const scoped = await evaluationSummary(pool, { agencyIds: ['pemkab-99-71'], from: '2027-07-01', to: '2027-07-01' });
    expect(scoped.map((row) => row.agencyId)).toEqual(['pemkab-99-71']);
    expect(await evaluationSummary(pool, { agencyIds: null, from: '2027-07-02', to: null })).toEqual([]);
  });

  it('given executed moves with training needs, then the open ones are listed for the target agency', async () => {
    const open = await trainingNeedsOfExecutedMoves(pool, ['pemkab-99-71'], 'open');
    expect(open.map((item) => item.transferId)).toEqual([TRAINED, NOT_EVALUATED]);
    expect(open[0]).toMatchObject({
      status: 'open',
      agencyId: 'pemkab-99-71',
      targetPositionId: 'P000236',
      needs: [expect.objectContaining({ code: 'TRAINING_RANK_BELOW_MINIMUM' })],
      evaluatedAt: expect.any(String),
    });
    expect(open[1].evaluatedAt).toBeNull();
    expect(await trainingNeedsOfExecutedMoves(pool, ['pemkab-99-02'], 'open')).toEqual([]);
    expect(await trainingNeedsOfExecutedMoves(pool, null, 'completed')).toEqual([]);
  });
});
