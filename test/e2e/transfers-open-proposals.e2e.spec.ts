import { ManualClock } from '@mutasi/platform';
import { startTestApp, type TestApp } from '../support/test-app';
import { TransferClient } from '../support/transfer-client';

const BAMBANG = '199011082014031006';
const OPERATOR_71 = 'operator-99-71';
const OPERATOR_02 = 'operator-99-02';
/** Two ASN of Pesisir Timur who may move to P000088 (Analis Kebijakan Ahli Muda), which lacks exactly one person. */
const HADI = '199204282016091001';
const INDAH = '199603092018082001';

describe('one open proposal per employee, a horizon for the effective date, shortages claimed by open proposals', () => {
  const clock = new ManualClock(new Date('2026-11-23T02:00:00.000Z'));
  let app: TestApp;
  let client: TransferClient;

  beforeAll(async () => {
    app = await startTestApp('transfers_open_proposals', { withWorker: true, clock });
    client = new TransferClient(app);
  });
  afterAll(() => app.close());

  it('refuses a second open proposal for the employee, naming the open one, until it ends', async () => {
    const first = await client.propose(OPERATOR_71, BAMBANG, 'P000236');
    expect(first.status).toBe(201);
    // At once, before any read model has the first proposal.
    const second = await client.propose(OPERATOR_71, BAMBANG, 'P000236');
    expect(second.status).toBe(409);
    expect(second.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(second.body).toMatchObject({
      code: 'OPEN_PROPOSAL_EXISTS',
      details: { openProposalId: first.body.id },
    });
    expect(second.body.detail).toContain(first.body.id);

    await client.detail(first.body.id);
    const third = await client.propose(OPERATOR_71, BAMBANG, 'P000236', { requestedEffectiveDate: '2027-02-01' });
    expect(third.body).toMatchObject({ code: 'OPEN_PROPOSAL_EXISTS', details: { openProposalId: first.body.id } });

    const preview = await client.post(OPERATOR_71, '/transfers/preview', {
      employeeNip: BAMBANG,
      targetPositionId: 'P000236',
      reason: 'Kebutuhan organisasi',
      requestedEffectiveDate: '2027-01-01',
    });
    expect(preview.body.eligible).toBe(false);
    expect(preview.body.eligibility).toContainEqual(
      expect.objectContaining({ code: 'OPEN_PROPOSAL_EXISTS', details: { openProposalId: first.body.id } }),
    );

    expect(
      (await client.post(OPERATOR_71, `/transfers/${first.body.id}/withdraw`, { reason: 'Diganti usulan baru' }))
        .status,
    ).toBe(200);
    expect((await client.propose(OPERATOR_71, BAMBANG, 'P000236')).status).toBe(201);
  });

  it('lets only one of several simultaneous proposals for one employee through', async () => {
    const siti = '198804172011032007'; // eligible to move to P000227 (Dinkes Kota Lestari)
    const results = await Promise.all([1, 2, 3, 4].map(() => client.propose(OPERATOR_71, siti, 'P000227')));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(results.filter((r) => r.status !== 201).map((r) => r.body.code)).toEqual(
      Array(3).fill('OPEN_PROPOSAL_EXISTS'),
    );
  });

  it('refuses an effective date beyond the horizon (PROPOSAL_HORIZON_DAYS, 365 by default)', async () => {
    const far = await client.propose(OPERATOR_02, HADI, 'P000088', { requestedEffectiveDate: '9999-12-31' });
    expect(far.status).toBe(422);
    expect(far.body).toMatchObject({ code: 'EFFECTIVE_DATE_BEYOND_HORIZON', details: { latest: '2027-11-23' } });
  });

  it('warns the second proposal for the single missing person at P000088, naming the first', async () => {
    const first = await client.propose(OPERATOR_02, HADI, 'P000088');
    expect(first.status).toBe(201);
    const firstDetail = await client.detail(first.body.id);
    expect(firstDetail.eligibility.map((e: { code: string }) => e.code)).not.toContain('ELIGIBILITY_SHORTAGE_CLAIMED');

    const second = await client.propose(OPERATOR_02, INDAH, 'P000088');
    expect(second.status).toBe(201);
    const detail = await client.detail(second.body.id);
    expect(detail.eligibility).toContainEqual(
      expect.objectContaining({
        code: 'ELIGIBILITY_SHORTAGE_CLAIMED',
        level: 'warning',
        details: expect.objectContaining({ firstPendingTransferId: first.body.id, pendingIn: 1 }),
      }),
    );
  });

  it.each([['tomorrow'], ['2026-02-30'], [''], ['2026-11-01']])(
    'refuses the effective date "%s" in the preview exactly as in proposing',
    async (requestedEffectiveDate) => {
      const body = {
        employeeNip: BAMBANG,
        targetPositionId: 'P000236',
        reason: 'Kebutuhan organisasi',
        requestedEffectiveDate,
      };
      const preview = await client.post(OPERATOR_71, '/transfers/preview', body);
      const proposed = await client.post(OPERATOR_71, '/transfers', body);
      expect(preview.status).toBeGreaterThanOrEqual(400);
      expect(preview.status).toBeLessThan(500);
      expect({ status: preview.status, code: preview.body.code }).toEqual({
        status: proposed.status,
        code: proposed.body.code,
      });
    },
  );
});
