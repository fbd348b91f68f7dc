import type { Pool } from 'pg';
import { ManualClock } from '@mutasi/platform';
import { startTestApp, type TestApp } from '../support/test-app';
import { scenario, TransferClient } from '../support/transfer-client';

/** Eligibility of the scenarios in scenarios.csv, and refused input: a problem+json with a stable code, no event written. */
describe('transfer proposals: eligibility and refused input', () => {
  const clock = new ManualClock(new Date('2026-11-23T02:00:00.000Z'));
  let app: TestApp;
  let client: TransferClient;
  let pool: Pool;

  beforeAll(async () => {
    app = await startTestApp('transfers_eligibility', { withWorker: true, clock });
    client = new TransferClient(app);
    pool = app.db.pool({ max: 2 });
  });
  afterAll(() => app.close());

  const eventCount = async (): Promise<number> =>
    (await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM es_events')).rows[0].n;

  /** Runs a refused request and checks its status, code, media type and that nothing was appended. */
  async function refused(
    send: () => Promise<{ status: number; body: { code?: string }; headers: Record<string, string> }>,
    status: number,
    code: string,
  ) {
    const before = await eventCount();
    const response = await send();
    expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(await eventCount()).toBe(before);
    return response;
  }

  describe('scenarios.csv', () => {
    it.each([
      ['198501302009021004', 'ELIGIBILITY_DISCIPLINARY', 'operator-99-02'],
      ['198706092010012005', 'ELIGIBILITY_PERFORMANCE', 'operator-99-71'],
    ])('blocks %s with 422 %s and writes nothing', async (nip, code, operator) => {
      const response = await refused(() => client.propose(operator, nip, scenario(nip).targetPositionId), 422, code);
      expect(response.body).toMatchObject({ details: { blocking: expect.arrayContaining([code]) } });
    });

    it('blocks Andi Pratama’s move to another agency by the 10-year pledge, and allows his rotation inside the agency', async () => {
      await refused(
        () => client.propose('operator-99-02', '199709052022061003', 'P000236'),
        422,
        'ELIGIBILITY_TEN_YEAR_PLEDGE',
      );
      const rotation = await client.propose(
        'operator-99-02',
        '199709052022061003',
        scenario('199709052022061003').targetPositionId,
      );
      expect(rotation.status).toBe(201);
      expect((await client.detail(rotation.body.id)).kind).toBe('A');
    });

    it.each([
      ['199007122015051002', 'ELIGIBILITY_MIN_TENURE', 'operator-99-03'],
      ['197011231996032002', 'ELIGIBILITY_RETIRING_SOON', 'operator-99'],
    ])('accepts %s with the warning %s recorded', async (nip, code, operator) => {
      const { kind, targetPositionId } = scenario(nip);
      const preview = await client.post(operator, '/transfers/preview', {
        employeeNip: nip,
        targetPositionId,
        reason: 'Kebutuhan organisasi',
        requestedEffectiveDate: '2027-01-01',
      });
      expect(preview.status).toBe(200);
      expect(preview.body).toMatchObject({ kind, eligible: true });
      expect(preview.body.eligibility).toContainEqual(expect.objectContaining({ code, level: 'warning' }));

      const proposed = await client.propose(operator, nip, targetPositionId);
      expect(proposed.status).toBe(201);
      const detail = await client.detail(proposed.body.id);
      expect(detail.eligibility).toContainEqual({
        code,
        level: 'warning',
        message: expect.any(String),
        details: expect.any(Object),
      });
      expect(detail.warnings).toContain(code);
      const history = await client.get('auditor', `/transfers/${proposed.body.id}/history`);
      expect(history.body.events[0].data.eligibility).toContainEqual(
        expect.objectContaining({ code, level: 'warning' }),
      );
    });

    it('previews a blocked move without writing: the chain, the blocking rule and the workload impact', async () => {
      const before = await eventCount();
      const preview = await client.post('operator-99-02', '/transfers/preview', {
        employeeNip: '198501302009021004',
        targetPositionId: 'P000239',
        reason: 'x',
        requestedEffectiveDate: '2027-01-01',
      });
      expect(preview.status).toBe(200);
      expect(preview.body).toMatchObject({ kind: 'B', eligible: false, policyVersion: 'v1' });
      expect(preview.body.chain.map((s: { tasks: { chainRole: string }[] }) => s.tasks[0].chainRole)).toEqual([
        'employee',
        'unit_head',
        'ppk',
        'ppk',
        'bkn_regional',
        'governor',
      ]);
      expect(preview.body.impact.origin).toMatchObject({ actualAfter: preview.body.impact.origin.actualBefore - 1 });
      expect(await eventCount()).toBe(before);
    });
  });

  describe('bad input', () => {
    const body = (overrides: object = {}) => ({
      employeeNip: '199011082014031006',
      targetPositionId: 'P000236',
      reason: 'Kebutuhan organisasi',
      requestedEffectiveDate: '2027-01-01',
      ...overrides,
    });
    const propose =
      (overrides: object = {}, operator = 'operator-99-71') =>
      () =>
        client.post(operator, '/transfers', body(overrides));

    it('refuses an unknown employee or position with 404', async () => {
      await refused(propose({ employeeNip: '199901012020011999' }), 404, 'EMPLOYEE_NOT_FOUND');
      await refused(propose({ targetPositionId: 'P999999' }), 404, 'POSITION_NOT_FOUND');
    });

    it('refuses a proposal whose agencies are both outside the operator’s scope with 403', async () => {
      await refused(propose({}, 'operator-98'), 403, 'OUT_OF_SCOPE');
      await refused(() => client.post('auditor', '/transfers', body()), 403, 'ROLE_REQUIRED');
    });

    it('refuses dates in the wrong format or order', async () => {
      await refused(propose({ requestedEffectiveDate: '01-01-2027' }), 400, 'INVALID_DATE');
      await refused(propose({ requestedEffectiveDate: '2027-02-30' }), 400, 'INVALID_DATE');
      await refused(propose({ requestedEffectiveDate: '2026-11-01' }), 422, 'EFFECTIVE_DATE_IN_PAST');
    });

    it('refuses a reason over 2,000 characters, a missing reason and malformed fields', async () => {
      await refused(propose({ reason: 'x'.repeat(2001) }), 422, 'REASON_TOO_LONG');
      await refused(propose({ reason: '   ' }), 422, 'REASON_REQUIRED');
      await refused(propose({ attachments: [{ name: 'a.pdf', sha256: 'not-a-hash' }] }), 400, 'INVALID_ATTACHMENT');
      await refused(propose({ employeeNip: 42 }), 400, 'VALIDATION_FAILED');
      await refused(propose({ extra: true }), 400, 'VALIDATION_FAILED');
    });

    describe('on a running proposal', () => {
      let id: string;
      beforeAll(async () => {
        const proposed = await client.post('operator-99-71', '/transfers', body());
        id = proposed.body.id;
        await client.decide('asn-199011082014031006', id, 's0-t1', 'consent');
      });
      const decide =
        (username: string, { taskId, decision, reason }: { taskId: string; decision: string; reason?: string }) =>
        () =>
          client.decide(username, id, taskId, decision, reason);
      const originHead = 'kepala-dinas-kependudukan-dan-pencatatan-p000110';

      it('refuses a decision on a task that is not open, or unknown', async () => {
        await refused(decide('asn-199011082014031006', { taskId: 's0-t1', decision: 'consent' }), 409, 'TASK_NOT_OPEN');
        await refused(decide(originHead, { taskId: 's5-t1', decision: 'approve' }), 409, 'TASK_NOT_OPEN');
        await refused(decide(originHead, { taskId: 's9-t9', decision: 'approve' }), 404, 'TASK_NOT_FOUND');
      });

      it('refuses a decision on a task that is not the caller’s', async () => {
        await refused(
          decide('kepala-dinas-sosial-p000117', { taskId: 's1-t1', decision: 'approve' }),
          403,
          'TASK_NOT_ASSIGNED_TO_YOU',
        );
        await refused(
          decide('asn-199011082014031006', { taskId: 's1-t1', decision: 'approve' }),
          403,
          'SOD_EMPLOYEE_CANNOT_APPROVE',
        );
      });

      it('refuses a wrong decision word, and a decision that does not fit the task', async () => {
        await refused(decide(originHead, { taskId: 's1-t1', decision: 'maybe' }), 400, 'VALIDATION_FAILED');
        await refused(
          decide(originHead, { taskId: 's1-t1', decision: 'consent' }),
          422,
          'DECISION_NOT_ALLOWED_FOR_TASK',
        );
      });

      it('requires a reason to reject or return, of at most 2,000 characters', async () => {
        await refused(decide(originHead, { taskId: 's1-t1', decision: 'reject' }), 422, 'REASON_REQUIRED');
        await refused(
          decide(originHead, { taskId: 's1-t1', decision: 'return', reason: 'y'.repeat(2001) }),
          422,
          'REASON_TOO_LONG',
        );
      });

      it('refuses a malformed id, an unknown proposal and an operator’s execution before approval', async () => {
        await refused(() => client.decide(originHead, 'not-a-uuid', 's1-t1', 'approve'), 400, 'INVALID_TRANSFER_ID');
        await refused(
          () => client.decide(originHead, '00000000-0000-4000-8000-000000000000', 's1-t1', 'approve'),
          404,
          'TRANSFER_NOT_FOUND',
        );
        await refused(
          () =>
            client.post('operator-99-71', `/transfers/${id}/execute`, {
              decreeNumber: 'SK',
              decreeDate: '2026-11-23',
              effectiveDate: '2026-11-23',
            }),
          409,
          'INVALID_STATE_TRANSITION',
        );
      });
    });
  });
});
