import { ManualClock } from '@mutasi/platform';
import { EscalationScheduler } from '@mutasi/transfer-commands';
import { startTestApp, type TestApp } from '../support/test-app';
import { scenario, TransferClient } from '../support/transfer-client';

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

  async function dueJob(id: string, dueAt: string) {
    const scheduler = app.api.get(EscalationScheduler);
    for (let attempt = 0; attempt < 100; attempt++) {
      const job = await scheduler.job(id, dueAt);
      if (job) return job;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return undefined;
  }

  async function historyTypes(id: string): Promise<string[]> {
    const history = await client.get('auditor', `/transfers/${id}/history`);
    return history.body.events.map((e: { type: string }) => e.type);
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
    let types: string[] = [];
    for (let attempt = 0; attempt < 100 && !types.includes('StageEscalated'); attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      types = await historyTypes(id);
    }
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
    for (let attempt = 0; attempt < 100 && types.filter((t) => t === 'StageEscalated').length < 2; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      types = await historyTypes(id);
    }
    expect(types.filter((t) => t === 'StageEscalated')).toHaveLength(2);
    const escalated = await client.detail(id);
    expect(escalated.stages[1].tasks.map((t: { chainRole: string }) => t.chainRole)).toEqual(
      expect.arrayContaining(['personnel_head']),
    );
  });
});
