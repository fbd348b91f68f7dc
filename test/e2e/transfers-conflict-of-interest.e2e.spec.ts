import { ManualClock } from '@mutasi/platform';
import { CONFLICT_STATEMENT } from '@mutasi/transfers';
import { eventually } from '../support/eventually';
import { SmtpSink } from '../support/smtp-sink';
import { startTestApp, type TestApp } from '../support/test-app';
import { TransferClient } from '../support/transfer-client';

const BAMBANG = '199011082014031006';
const ORIGIN_HEAD = 'kepala-dinas-kependudukan-dan-pencatatan-p000110';
/** The origin's personnel head (P000089): the unit head's superior chain role on the origin side. */
const PERSONNEL_HEAD = 'kepala-bkpsdm-p000089';
const PERSONNEL_HEAD_EMAIL = 'ahmad.pratama@pemkab-99-02.mutasi.example';
const KINSHIP = 'Pegawai yang diusulkan adalah adik kandung saya';

interface HistoryEvent {
  type: string;
  actorId: string;
  actorRole: string;
  reason: string | null;
  data: Record<string, unknown>;
}

/** PP 11/2017 Ps 190(5) over HTTP on the demo data: the declaration with every decision, and a declared conflict. */
describe('conflict of interest', () => {
  const clock = new ManualClock(new Date('2026-11-23T02:00:00.000Z'));
  let sink: SmtpSink;
  let app: TestApp;
  let client: TransferClient;
  let id: string;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    app = await startTestApp('transfers_conflict', {
      withWorker: true,
      clock,
      env: { SMTP_URL: sink.url, OUTBOX_POLL_MS: '50', MAIL_BACKOFF_MS: '100' },
    });
    client = new TransferClient(app);
    id = (await client.propose('operator-99-71', BAMBANG, 'P000236')).body.id;
    expect(
      (await client.decide(`asn-${BAMBANG}`, id, 's0-t1', 'consent', undefined, { declaration: undefined })).status,
    ).toBe(200);
  });
  afterAll(async () => {
    await app.close();
    await sink.stop();
  });

  async function history(): Promise<HistoryEvent[]> {
    return (await client.get('auditor', `/transfers/${id}/history`)).body.events;
  }

  it('refuses an approval without the declaration, or with a false one, and writes nothing', async () => {
    const before = (await history()).length;
    const missing = await client.decide(ORIGIN_HEAD, id, 's1-t1', 'approve', undefined, { declaration: undefined });
    expect(missing.status).toBe(422);
    expect(missing.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(missing.body.code).toBe('CONFLICT_DECLARATION_REQUIRED');
    const declined = await client.decide(ORIGIN_HEAD, id, 's1-t1', 'approve', undefined, {
      declaration: { noConflictOfInterest: false },
    });
    expect(declined.body).toMatchObject({ status: 422, code: 'CONFLICT_DECLARATION_REQUIRED' });
    const malformed = await client.decide(ORIGIN_HEAD, id, 's1-t1', 'approve', undefined, {
      declaration: { noConflictOfInterest: 'ya' },
    });
    expect(malformed.body).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    expect(await history()).toHaveLength(before);
  });

  it('refuses a conflict without a reason, or declared by someone not holding the task, and writes nothing', async () => {
    const before = (await history()).length;
    const unexplained = await client.declareConflict(ORIGIN_HEAD, id, 's1-t1', ' ');
    expect(unexplained.body).toMatchObject({ status: 422, code: 'REASON_REQUIRED' });
    const stranger = await client.declareConflict('kepala-dinas-sosial-p000117', id, 's1-t1');
    expect(stranger.body).toMatchObject({ status: 403, code: 'TASK_NOT_ASSIGNED_TO_YOU' });
    expect(await history()).toHaveLength(before);
  });

  it('passes the task of a holder who declares a conflict to the superior chain role, who is told', async () => {
    const declared = await client.declareConflict(ORIGIN_HEAD, id, 's1-t1', KINSHIP);
    expect(declared.status).toBe(200);

    const detail = await client.detail(id);
    expect(detail.stages[1].tasks[0]).toMatchObject({
      id: 's1-t1',
      status: 'open',
      chainRole: 'personnel_head',
      positionIds: ['P000089'],
      escalatedFrom: ['unit_head'],
    });
    expect(detail.recusals).toEqual([
      expect.objectContaining({
        userId: ORIGIN_HEAD,
        taskId: 's1-t1',
        fromChainRole: 'unit_head',
        toChainRole: 'personnel_head',
        reason: KINSHIP,
      }),
    ]);
    expect(await client.inbox(PERSONNEL_HEAD)).toContainEqual(
      expect.objectContaining({ transferId: id, taskId: 's1-t1' }),
    );
    expect(await client.inbox(ORIGIN_HEAD)).not.toContainEqual(expect.objectContaining({ transferId: id }));

    const told = await eventually(
      async () => {
        const parsed = await Promise.all(
          sink.received.map(async (email) => ({ email, mail: await sink.parse(email) })),
        );
        return parsed.find(({ email }) => email.envelopeTo.includes(PERSONNEL_HEAD_EMAIL));
      },
      (found) => found !== undefined,
      { timeoutMs: 20_000 },
    );
    expect(told?.mail.subject).toMatch(
      /^Tugas dialihkan kepada Anda karena benturan kepentingan: usulan mutasi Bambang/,
    );
    expect(told?.mail.text).not.toContain(KINSHIP);
  });

  it('lets the declarer decide nothing on the proposal afterwards', async () => {
    const refused = await client.decide(ORIGIN_HEAD, id, 's1-t1', 'approve');
    expect(refused.body).toMatchObject({ status: 403, code: 'CONFLICT_OF_INTEREST_DECLARED' });
    const again = await client.declareConflict(ORIGIN_HEAD, id, 's1-t1');
    expect(again.body).toMatchObject({ status: 403, code: 'CONFLICT_OF_INTEREST_DECLARED' });
  });

  it('records the superior’s decision with their declaration, in the proposal and in what the auditor sees', async () => {
    expect((await client.decide(PERSONNEL_HEAD, id, 's1-t1', 'approve')).status).toBe(200);
    const declaration = { noConflictOfInterest: true, statement: CONFLICT_STATEMENT.id };
    const task = (await client.detail(id)).stages[1].tasks[0];
    expect(task.decisions).toEqual([
      expect.objectContaining({ actorId: PERSONNEL_HEAD, decision: 'approve', declaration }),
    ]);
    const events = await history();
    expect(events.find((e) => e.type === 'ConflictOfInterestDeclared')).toMatchObject({
      actorId: ORIGIN_HEAD,
      actorRole: 'approver',
      reason: KINSHIP,
      data: expect.objectContaining({ declaredByUserId: ORIGIN_HEAD, viaPositionId: 'P000110' }),
    });
    expect(events.find((e) => e.type === 'ApprovalGranted')).toMatchObject({
      actorId: PERSONNEL_HEAD,
      data: expect.objectContaining({ declaration }),
    });
    expect(events.find((e) => e.type === 'ConsultationAnswered')?.data).not.toHaveProperty('declaration');
  });
});
