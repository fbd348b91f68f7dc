import { EVENT_STORE, type EventStore } from '@mutasi/event-store';
import { ManualClock } from '@mutasi/platform';
import { startTestApp, type TestApp } from '../support/test-app';
import { TransferClient } from '../support/transfer-client';

const SEKDA = 'sekretaris-daerah-p000043'; // approver, pemkab-99-01, holds P000043 (unit_head of Setda)
const RINA = 'asisten-administrasi-umum-p000044'; // approver, pemkab-99-01, and the ASN 198506062008092001
const RINA_NIP = '198506062008092001';
const OPERATOR = 'operator-99-01';

/** Who may be made a delegate, for how long, and what a delegate may not take over. */
describe('standing delegations', () => {
  const clock = new ManualClock(new Date('2026-11-23T02:00:00.000Z'));
  let app: TestApp;
  let client: TransferClient;

  beforeAll(async () => {
    app = await startTestApp('transfers_delegation', {
      withWorker: true,
      clock,
      env: { DELEGATION_MAX_DAYS: '30' },
    });
    client = new TransferClient(app);
  });
  afterAll(() => app.close());

  const delegate = (delegateUserId: string, from = '2026-11-23', to = '2026-12-01', official = SEKDA) =>
    client.post(official, '/delegations', { delegateUserId, from, to });

  it.each([
    ['an employee-only account', 'asn-198804172011032007', 'DELEGATE_NOT_APPROVER'],
    ['an operator of the agency', 'operator-99-01', 'DELEGATE_NOT_APPROVER'],
    ['an operator of another agency', 'operator-99-02', 'DELEGATE_NOT_APPROVER'],
    ['an approver of another agency', 'sekretaris-daerah-p000084', 'DELEGATE_OUT_OF_SCOPE'],
  ])('refuses %s as delegate', async (_who, delegateUserId, code) => {
    const response = await delegate(delegateUserId);
    expect(response.status).toBe(422);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body.code).toBe(code);
  });

  it.each([
    ['1900-01-01 to 9999-12-31', '1900-01-01', '9999-12-31', 422, 'DELEGATION_RANGE_INVALID'],
    ['a start yesterday (Jakarta)', '2026-11-22', '2026-11-30', 422, 'DELEGATION_RANGE_INVALID'],
    ['31 days with DELEGATION_MAX_DAYS=30', '2026-11-23', '2026-12-23', 422, 'DELEGATION_RANGE_INVALID'],
    ['a day that does not exist', '2026-02-30', '2026-03-02', 400, 'INVALID_DATE'],
    ['an end before the start', '2026-12-01', '2026-11-25', 400, 'INVALID_DATE_RANGE'],
  ])('refuses %s', async (_what, from, to, status, code) => {
    const real = await delegate('kepala-dinas-kesehatan-p000060', from, to);
    expect({ status: real.status, code: real.body.code }).toEqual({ status, code });
  });

  it('counts "today" on the Jakarta calendar', async () => {
    clock.set(new Date('2026-11-23T17:30:00.000Z')); // 00:30 on 24 November in Jakarta
    const response = await delegate('kepala-dinas-kesehatan-p000060', '2026-11-23', '2026-11-30');
    expect(response.body.code).toBe('DELEGATION_RANGE_INVALID');
    clock.set(new Date('2026-11-23T02:00:00.000Z'));
  });

  it('accepts an approver of the same agency for exactly the longest range', async () => {
    const response = await delegate('kepala-dinas-kesehatan-p000060', '2026-11-23', '2026-12-22');
    expect(response.status).toBe(201);
  });

  it('never lets a delegate take over a task on a proposal about themself: it stays with the official', async () => {
    const proposed = await client.propose(OPERATOR, RINA_NIP, 'P000061');
    expect(proposed.status).toBe(201);
    const id: string = proposed.body.id;
    expect((await client.decide(RINA, id, 's0-t1', 'consent')).status).toBe(200);
    expect((await delegate(RINA)).status).toBe(201);

    const detail = await client.detail(id);
    const task = detail.stages[1].tasks.find((t) => t.positionIds.includes('P000043'));
    expect(task).toBeDefined();
    const taskId = (task as { id: string }).id;
    expect(await client.inbox(RINA)).not.toContainEqual(expect.objectContaining({ transferId: id, taskId }));
    expect(await client.inbox(SEKDA)).toContainEqual(expect.objectContaining({ transferId: id, taskId }));

    const taken = await client.decide(RINA, id, taskId, 'approve', undefined, { onBehalfOf: SEKDA });
    expect(taken.status).toBe(403);
    expect(taken.body.code).toBe('SOD_EMPLOYEE_CANNOT_APPROVE');
    expect((await client.decide(SEKDA, id, taskId, 'approve')).status).toBe(200);
  });

  it('lists the standing delegations given and received; the official ends theirs, and only theirs, once', async () => {
    const DINKES = 'kepala-dinas-kesehatan-p000060';
    const given = await client.post(SEKDA, '/delegations', {
      delegateUserId: DINKES,
      from: '2026-11-24',
      to: '2026-11-26',
    });
    expect(given.status).toBe(201);
    const id: string = given.body.id;
    const listed = async (username: string) =>
      ((await client.get(username, '/delegations')).body.items as { id: string }[]).map((d) => d.id);
    expect(await listed(SEKDA)).toContain(id);
    expect(await listed(DINKES)).toContain(id);
    expect(await listed(RINA)).not.toContain(id);

    expect((await client.post(DINKES, `/delegations/${id}/end`, {})).body.code).toBe('DELEGATION_NOT_FOUND');
    expect((await client.post(SEKDA, '/delegations/not-a-uuid/end', {})).body.code).toBe('INVALID_DELEGATION_ID');
    const ended = await client.post(SEKDA, `/delegations/${id}/end`, {});
    expect(ended.status).toBe(200);
    expect(ended.body).toEqual({ id, endedAt: clock.now().toISOString() });
    expect(await listed(SEKDA)).not.toContain(id);
    expect(await listed(DINKES)).not.toContain(id);
    const again = await client.post(SEKDA, `/delegations/${id}/end`, {});
    expect({ status: again.status, code: again.body.code }).toEqual({ status: 409, code: 'DELEGATION_ENDED' });
    expect((await client.get(OPERATOR, '/delegations')).status).toBe(403);

    const events = await app.api.get<EventStore>(EVENT_STORE).readStream(`delegation-${id}`);
    expect(events.map((e) => ({ type: e.type, data: e.data, actorId: e.metadata.actorId }))).toEqual([
      {
        type: 'DelegationGiven',
        data: {
          id,
          delegatorUserId: SEKDA,
          delegateUserId: DINKES,
          positionIds: ['P000043'],
          from: '2026-11-24',
          to: '2026-11-26',
          givenAt: clock.now().toISOString(),
        },
        actorId: SEKDA,
      },
      { type: 'DelegationEnded', data: { id, endedBy: SEKDA, endedAt: clock.now().toISOString() }, actorId: SEKDA },
    ]);
  });
});
