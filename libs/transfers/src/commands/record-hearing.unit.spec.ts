import { NOW, OPERATOR, consent, decideTask, holder, propose, workloadFor } from '../testing/builders';
import { given, history } from '../testing/given';
import type { Decider, RecordHearing } from '../transfer-commands';

const FORM = 'c'.repeat(64);
const recorder: Decider = { userId: 'operator-2', roles: ['operator'], positionIds: [], employeeNip: null };

function recordHearing(overrides: Partial<RecordHearing['data']> = {}): RecordHearing {
  return {
    type: 'RecordHearing',
    data: {
      taskId: 's0-t1',
      answer: 'consent',
      reason: null,
      formSha256: FORM,
      answeredOn: NOW.slice(0, 10),
      recorder,
      workload: workloadFor('P000113', 'P000236'),
      now: NOW,
      ...overrides,
    },
  };
}

describe('RecordHearing (the employee’s answer on paper)', () => {
  const proposed = history(propose());

  it('records the consent as the employee’s answer, with the form and its recorder, and opens the next stage', () => {
    given(proposed)
      .when(recordHearing())
      .then([
        {
          type: 'ConsultationAnswered',
          data: expect.objectContaining({
            taskId: 's0-t1',
            decision: 'consent',
            deciderUserId: 'operator-2',
            paperForm: { formSha256: FORM, answeredOn: '2026-11-23', recordedByUserId: 'operator-2' },
          }),
        },
        expect.objectContaining({ type: 'StageOpened', data: expect.objectContaining({ stageIndex: 1 }) }),
      ]);
  });

  it('shows an objection recorded on paper to the later steps', () => {
    const answered = given(proposed)
      .when(recordHearing({ answer: 'objection', reason: 'Keluarga di Pesisir Timur' }))
      .then([expect.objectContaining({ type: 'ConsultationAnswered' }), expect.anything()]);
    given([...proposed, ...answered])
      .when(decideTask('s1-t1', 'approve', holder('P000110')))
      .then([expect.objectContaining({ data: expect.objectContaining({ objectionOnRecord: true }) })]);
  });

  it('needs a reason for an objection', () => {
    given(proposed)
      .when(recordHearing({ answer: 'objection' }))
      .then('REASON_REQUIRED');
  });

  it('needs the sha256 of the signed form', () => {
    given(proposed)
      .when(recordHearing({ formSha256: 'not-a-hash' }))
      .then('INVALID_FORM_HASH');
  });

  it.each(['2026-11-24', '2026-11-22'])('refuses a form dated %s (after today or before the hearing opened)', (day) => {
    given(proposed)
      .when(recordHearing({ answeredOn: day }))
      .then('HEARING_DATE_INVALID');
  });

  it('refuses the proposer as recorder (separation of duties)', () => {
    const proposer: Decider = { userId: OPERATOR.userId, roles: ['operator'], positionIds: [], employeeNip: null };
    given(proposed)
      .when(recordHearing({ recorder: proposer }))
      .then('SOD_PROPOSER_CANNOT_DECIDE');
  });

  it('refuses a hearing already answered', () => {
    given(history(propose(), consent())).when(recordHearing()).then('TASK_NOT_OPEN');
  });

  it('records only the hearing, never an approval', () => {
    given(history(propose(), consent()))
      .when(recordHearing({ taskId: 's1-t1' }))
      .then('DECISION_NOT_ALLOWED_FOR_TASK');
  });
});
