import { BAMBANG, NOW, consent, decideTask, employeeUser, holder, propose } from '../testing/builders';
import { given, history } from '../testing/given';

describe('DecideTask on the employee hearing', () => {
  const proposed = history(propose());

  it('records the consent and opens the unit heads’ stage', () => {
    given(proposed)
      .when(consent())
      .then([
        {
          type: 'ConsultationAnswered',
          data: expect.objectContaining({
            taskId: 's0-t1',
            taskType: 'hearing',
            chainRole: 'employee',
            decision: 'consent',
            reason: null,
            deciderUserId: `employee-${BAMBANG}`,
            onBehalfOfUserId: null,
            viaPositionId: null,
            taskStatus: 'completed',
            proposalVersion: 2,
            objectionOnRecord: false,
          }),
        },
        { type: 'StageOpened', data: expect.objectContaining({ revision: 1, stageIndex: 1, openedAt: NOW }) },
      ]);
  });

  it('records an objection, which does not stop the chain and is shown to every later step', () => {
    const objected = history(propose(), decideTask('s0-t1', 'objection', employeeUser()));
    expect(objected.map((e) => e.type)).toEqual([
      'TransferProposed',
      'StageOpened',
      'ConsultationAnswered',
      'StageOpened',
    ]);
    given(objected)
      .when(decideTask('s1-t1', 'approve', holder('P000110')))
      .then([{ type: 'ApprovalGranted', data: expect.objectContaining({ objectionOnRecord: true }) }]);
  });

  it('requires a reason for an objection', () => {
    given(proposed)
      .when(decideTask('s0-t1', 'objection', employeeUser(), { reason: null }))
      .then('REASON_REQUIRED');
  });

  it('accepts only consent or objection', () => {
    given(proposed)
      .when(decideTask('s0-t1', 'approve', employeeUser()))
      .then('DECISION_NOT_ALLOWED_FOR_TASK');
  });

  it('is answered by the employee concerned only', () => {
    given(proposed)
      .when(decideTask('s0-t1', 'consent', holder('P000110')))
      .then('TASK_NOT_ASSIGNED_TO_YOU');
  });
});
