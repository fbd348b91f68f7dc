import { ManualClock } from '@mutasi/platform';
import { EscalationScheduler } from '@mutasi/transfer-commands';
import { eventually } from '../support/eventually';
import { startTestApp, type TestApp } from '../support/test-app';
import { scenario, TransferClient } from '../support/transfer-client';

type HistoryEvent = { type: string; position: string };

/** An overdue stage escalates on its own: a job due at the stage's due date sends EscalateStage. */
describe('escalation of overdue stages', () => {
  const clock = new ManualClock(new Date('2026-11-23T02:00:00.000Z'));
  let app: TestApp;
  let client: TransferClient;

  beforeAll(async () => {
    app = await startTestApp('transfers_escalation', { withWorker: true, clock });
    client = new TransferClient(app);
  });
  afterAll(() => app.close());

  /** The delayed job the worker schedules for the stage due then (it schedules it from the log). */
  function dueJob(id: string, dueAt: string) {
    const scheduler = app.api.get(EscalationScheduler);
    return eventually(
      () => scheduler.job(id, dueAt),
      (job) => job !== undefined,
    );
  }

  /**
   * The proposal's events (read from the log) once `until` holds of them; later reads through
   * the client wait for the read models to reach the last of them, as a user's own write would.
   */
  async function historyUntil(id: string, until: (types: string[]) => boolean): Promise<string[]> {
    const events = await eventually(
      async () => (await client.get('auditor', `/transfers/${id}/history`)).body.events as HistoryEvent[],
      (found) => until(found.map((e) => e.type)),
    );
    client.position = events[events.length - 1].position;
    return events.map((e) => e.type);
  }

  it('lapses an unanswered hearing at its due date and escalates an overdue approval to the superior role', async () => {
    const nip = '199011082014031006';
    const proposed = await client.propose('operator-99-71', nip, scenario(nip).targetPositionId);
    expect(proposed.status).toBe(201);
    const id: string = proposed.body.id;

    const hearingDue = (await client.detail(id)).stages[0].dueAt as string;
    const hearingJob = await dueJob(id, hearingDue);
    expect(await hearingJob?.isDelayed()).toBe(true);

    clock.set(new Date(Date.parse(hearingDue) + 60_000));
    await hearingJob?.promote();
    const types = await historyUntil(id, (found) => found.includes('StageEscalated'));
    expect(types.slice(-2)).toEqual(['StageEscalated', 'StageOpened']);
    const detail = await client.detail(id);
    expect(detail.stages[0].tasks[0].status).toBe('lapsed');
    expect(detail.status).toBe('IN_APPROVAL');

    const approvalDue = detail.stages[1].dueAt as string;
    const unitHeads = detail.stages[1].tasks.map((t: { chainRole: string }) => t.chainRole);
    expect(unitHeads.every((role: string) => role === 'unit_head')).toBe(true);
    const approvalJob = await dueJob(id, approvalDue);
    clock.set(new Date(Date.parse(approvalDue) + 60_000));
    await approvalJob?.promote();
    const escalations = await historyUntil(id, (found) => found.filter((t) => t === 'StageEscalated').length >= 2);
    expect(escalations.filter((t) => t === 'StageEscalated')).toHaveLength(2);
    const escalated = await client.detail(id);
    expect(escalated.stages[1].tasks.map((t: { chainRole: string }) => t.chainRole)).toEqual(
      expect.arrayContaining(['personnel_head']),
    );
  }, 300_000);
});
