import { ManualClock } from '@mutasi/platform';
import { uploadPdf } from '../support/documents';
import { startTestApp, type TestApp } from '../support/test-app';
import { TransferClient } from '../support/transfer-client';

const BAMBANG = '199011082014031006'; // works in Pesisir Timur (pemkab-99-02), proposed to Kota Lestari
const PROPOSER = 'operator-99-71';
const ORIGIN_OPERATOR = 'operator-99-02';
const TARGET_HEAD = 'kepala-dinas-kependudukan-dan-pencatatan-p000233';
const NEVER_UPLOADED = 'd'.repeat(64);

describe('the employee’s hearing answered on paper', () => {
  const clock = new ManualClock(new Date('2026-11-23T02:00:00.000Z'));
  let app: TestApp;
  let client: TransferClient;
  let id: string;
  /** The signed form, scanned and uploaded before it is recorded. */
  let form: string;

  beforeAll(async () => {
    app = await startTestApp('transfers_hearing_record', { withWorker: true, clock });
    client = new TransferClient(app);
    const proposed = await client.propose(PROPOSER, BAMBANG, 'P000236');
    expect(proposed.status).toBe(201);
    id = proposed.body.id;
    form = await uploadPdf(app, ORIGIN_OPERATOR, 'hearing-form');
  });
  afterAll(() => app.close());

  const record = (username: string, body: object) =>
    client.post(username, `/transfers/${id}/hearing-record`, { taskId: 's0-t1', formSha256: form, ...body });

  it.each([
    ['the proposer (separation of duties)', PROPOSER, { answer: 'consent' }, 403, 'SOD_PROPOSER_CANNOT_DECIDE'],
    ['an operator of neither agency', 'operator-98', { answer: 'consent' }, 403, 'OUT_OF_SCOPE'],
    ['an approver', TARGET_HEAD, { answer: 'consent' }, 403, 'ROLE_REQUIRED'],
    ['an objection without a reason', ORIGIN_OPERATOR, { answer: 'objection' }, 422, 'REASON_REQUIRED'],
    [
      'a form without its sha256',
      ORIGIN_OPERATOR,
      { answer: 'consent', formSha256: 'scan.pdf' },
      400,
      'INVALID_FORM_HASH',
    ],
    [
      'a form signed tomorrow',
      ORIGIN_OPERATOR,
      { answer: 'consent', answeredOn: '2026-11-24' },
      400,
      'HEARING_DATE_INVALID',
    ],
    [
      'a form never uploaded',
      ORIGIN_OPERATOR,
      { answer: 'consent', formSha256: NEVER_UPLOADED },
      422,
      'DOCUMENT_NOT_FOUND',
    ],
    ['another answer word', ORIGIN_OPERATOR, { answer: 'approve' }, 400, 'VALIDATION_FAILED'],
  ])('refuses %s', async (_what, username, body, status, code) => {
    const response = await record(username, body);
    expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
  });

  it('records the objection with the form and its recorder, shown to every later step and in the history', async () => {
    const recorded = await record(ORIGIN_OPERATOR, { answer: 'objection', reason: 'Keluarga saya di Pesisir Timur' });
    expect(recorded.status).toBe(200);
    const paperForm = { formSha256: form, answeredOn: '2026-11-23', recordedByUserId: ORIGIN_OPERATOR };

    const detail = await client.detail(id, TARGET_HEAD);
    expect(detail.status).toBe('IN_APPROVAL');
    expect(detail.stages[0].tasks[0].decisions).toEqual([
      expect.objectContaining({ actorId: ORIGIN_OPERATOR, decision: 'objection', paperForm }),
    ]);
    expect(detail.objection).toEqual(expect.objectContaining({ reason: 'Keluarga saya di Pesisir Timur', paperForm }));

    const history = await client.get('auditor', `/transfers/${id}/history`);
    const answered = history.body.events.find((e: { type: string }) => e.type === 'ConsultationAnswered');
    expect(answered).toMatchObject({ data: { decision: 'objection', paperForm }, actorRole: 'operator' });

    const late = await client.decide(`asn-${BAMBANG}`, id, 's0-t1', 'consent');
    expect(late.body.code).toBe('TASK_NOT_OPEN');
    const approved = await client.decide(TARGET_HEAD, id, 's1-t2', 'approve');
    expect(approved.status).toBe(200);
  });
});
